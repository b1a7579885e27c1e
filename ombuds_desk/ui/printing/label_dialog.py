"""Before a shipment's labels are printed: where on the sheet to start, and what is missing.

Label stock is often partly used, so the dialog asks for the first free label (1–8, left to
right, top to bottom; a small map of the sheet shows it). A parcel whose place of detention
is not recorded is named here, before anything is printed: the
button then says "Preview anyway", and Cancel is the default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.services.printing.labels import LabelSheet, describe_incomplete, label_sheet
from ombuds_desk.services.printing.languages import DocumentLanguage
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.printing.language_choice import LanguageChoice, interface_language

if TYPE_CHECKING:
    from ombuds_desk.ui.printing.documents import DocumentPrinter

COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS


class LabelOptionsDialog(QDialog):
    """The start position on the sheet, and the parcels whose labels would lack a place."""

    def __init__(
        self, sheet: LabelSheet, parent: QWidget, language: DocumentLanguage | None = None
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setObjectName("labelOptions")
        self.setWindowTitle(QCoreApplication.translate("Printing", "Parcel labels"))
        layout = QVBoxLayout(self)
        count = len(sheet.labels)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("Printing", "%d labels of %s.") % (count, sheet.title),
                self,
            )
        )
        form = QFormLayout()
        self.start = QSpinBox(self)
        self.start.setObjectName("startPosition")
        self.start.setRange(1, PER_SHEET)
        self.start.setValue(1)
        self.start.setToolTip(
            QCoreApplication.translate(
                "Printing",
                "On a partly used sheet: the first free label, counted left to right, top to bottom",
            )
        )
        label = QLabel(QCoreApplication.translate("Printing", "&Start at label:"), self)
        label.setBuddy(self.start)
        form.addRow(label, self.start)
        layout.addLayout(form)
        # The labels travel with the parcels: by default in the counterpart's language.
        self.language_choice = LanguageChoice(self)
        self.language_choice.set_language(language or DocumentLanguage(interface_language()))
        layout.addWidget(self.language_choice)
        self.map = QWidget(self)
        self.cells: list[QLabel] = []
        grid = QGridLayout(self.map)
        grid.setSpacing(2)
        for n in range(PER_SHEET):
            cell = QLabel(str(n + 1), self.map)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFixedSize(44, 26)
            grid.addWidget(cell, n // COLUMNS, n % COLUMNS)
            self.cells.append(cell)
        layout.addWidget(self.map)
        self.sheets = QLabel(self)
        self.sheets.setObjectName("sheetCount")
        layout.addWidget(self.sheets)
        self.warning: QLabel | None = None
        if sheet.incomplete:
            self.warning = QLabel(self)
            self.warning.setObjectName("missingPlaces")
            self.warning.setWordWrap(True)
            self.warning.setTextFormat(Qt.TextFormat.PlainText)
            self.warning.setStyleSheet("color: #a4262c;")
            missing = len(sheet.incomplete)
            text = (
                QCoreApplication.translate(
                    "Printing", "1 of these parcels lacks a place of detention; its label will say"
                )
                if missing == 1
                else QCoreApplication.translate(
                    "Printing",
                    "%d of these parcels lack a place of detention; their labels will say",
                )
                % missing
            )
            self.warning.setText(
                text
                + QCoreApplication.translate(
                    "Printing",
                    " it is not recorded. Record it in the case first, or preview anyway:\n",
                )
                + describe_incomplete(sheet)
            )
            layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        text = (
            QCoreApplication.translate("Printing", "&Preview anyway")
            if sheet.incomplete
            else QCoreApplication.translate("Printing", "&Preview labels")
        )
        self.preview = QPushButton(text, self)
        buttons.addButton(self.preview, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # With a parcel lacking its place, Enter must not print it by accident.
        (cancel if sheet.incomplete else self.preview).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start.valueChanged.connect(self._show_start)
        self._show_start(1)

    @property
    def first_position(self) -> int:
        return self.start.value()

    @Slot(int)
    def _show_start(self, first: int) -> None:
        for n, cell in enumerate(self.cells, start=1):
            used = n < first
            cell.setStyleSheet(
                "border: 1px solid #9aa7b4;"
                + (" background: #d0d4d8; color: #59636e;" if used else " background: white;")
            )
            cell.setToolTip(
                QCoreApplication.translate("Printing", "Already used")
                if used
                else QCoreApplication.translate("Printing", "Free")
            )
        count = len(self.sheet.labels)
        sheets = max(1, -(-(first - 1 + count) // PER_SHEET))
        self.sheets.setText(
            QCoreApplication.translate(
                "Printing",
                "Uses %n sheet(s); labels 1–{last} of the first sheet are left empty.",
                None,
                sheets,
            ).format(last=first - 1)
            if first > 1
            else QCoreApplication.translate("Printing", "Uses %n sheet(s).", None, sheets)
        )


def ask_labels(printer: DocumentPrinter, reference: str) -> None:
    """Read the labels of shipment ``reference`` (off the GUI thread), ask where to start and
    name what is missing, then build them in the preview."""
    today = printer.host.today()

    def ask(sheet: LabelSheet) -> None:
        dialog = LabelOptionsDialog(sheet, printer.window, printer.counterpart_default())
        dialog.accepted.connect(
            lambda: printer.print_shipment(
                reference,
                True,
                first_position=dialog.first_position,
                language=dialog.language_choice.language,
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    read = lambda session: label_sheet(session, today=today, shipment_reference=reference)  # noqa: E731
    QueryOp(printer.host, printer.window, read).on_success(ask).run()
