"""What the Print menu asks before a document is built: the version (internal or the
counterpart's) and language of the selected case's sheet; which shipment, then the version
of its manifest, or where on the sheet its labels start (``label_dialog``).

Each question is a window-modal dialog opened with ``open()``; what it chose goes to the
:class:`~ombuds_desk.ui.printing.documents.DocumentPrinter`, which builds the document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog
from sqlmodel import Session

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.ui.common.errors import show_message
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.printing.documents import DocumentPrinter
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog

PRINT_MANIFEST = QT_TRANSLATE_NOOP("Printing", "Print a manifest")


def ask_case_sheet(printer: DocumentPrinter) -> None:
    """Which version of the sheet of the case shown, then build it; without a case shown,
    say to select one."""
    details = printer.host.current_case()
    if details is None:
        printer.say(
            QCoreApplication.translate("Printing", "Select a case first, then print its sheet.")
        )
        return
    what = QCoreApplication.translate("Printing", "Case sheet of %s, %s")
    dialog = SheetVersionDialog(
        what % (details.case_number, details.name),
        printer.window,
        counterpart_language=printer.counterpart_default(),
    )
    dialog.accepted.connect(
        lambda: printer.print_case_sheet(
            details.id, details.case_number, dialog.version, dialog.language
        )
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _shipment_choices(session: Session) -> dict[str, str]:
    """Each shipment as the chooser lists it (newest first), with its reference."""
    from ombuds_desk.services.mail.shipments import list_shipments  # at the first use

    return {
        f"{s.reference} · {s.channel.label} · {s.status.label.lower()}": s.reference
        for s in list_shipments(session)
    }


def choose_shipment(printer: DocumentPrinter, labels: bool) -> None:
    """Ask which shipment (newest first), then build its manifest or labels."""
    choices = QueryOp(printer.host, printer.window, _shipment_choices).run_now()
    if choices is None:
        return  # the database could not be read; the error was shown
    if not choices:
        no = (
            QCoreApplication.translate("Printing", "No shipments"),
            QCoreApplication.translate("Printing", "No shipment has been recorded yet."),
        )
        show_message(printer.window, *no)
        return
    dialog = QInputDialog(printer.window)
    dialog.setObjectName("chooseShipment")
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Parcel labels")
        if labels
        else QCoreApplication.translate("Printing", "Shipment manifest")
    )
    dialog.setLabelText(QCoreApplication.translate("Printing", "Shipment (newest first):"))
    dialog.setComboBoxItems(list(choices))
    dialog.textValueSelected.connect(lambda text: _shipment_chosen(printer, choices[text], labels))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _shipment_chosen(printer: DocumentPrinter, reference: str, labels: bool) -> None:
    """Labels first ask where on the sheet to start and say what is missing; a manifest
    is internal or the counterpart's."""
    if labels:
        from ombuds_desk.ui.printing.label_dialog import ask_labels  # at the first use

        ask_labels(printer, reference)
        return
    dialog = SheetVersionDialog(
        QCoreApplication.translate("Printing", "Manifest of shipment %s") % reference,
        printer.window,
        PRINT_MANIFEST,
        counterpart_language=printer.counterpart_default(),
    )
    dialog.accepted.connect(
        lambda: printer.print_shipment(reference, False, dialog.version, language=dialog.language)
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
