"""The Print menu: case sheets (one, or every case in the list), the stalled-cases report,
shipment manifests and parcel labels, each built off the GUI thread and shown in the preview.

``install(host)`` adds the actions to the Print menu. Every document is read by a service in
the worker's own session (``read``) and laid out by ``reports/`` inside a
:class:`BackgroundJob`; the batch writes straight to the file the user chose
(``write_case_sheets``: nothing is left there on Cancel).
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services import printing as rd
from ombuds_desk.services.core.permissions import Action
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.services.printing.languages import (
    DocumentLanguage,
    counterpart_language,
    document_language,
    speaking,
)
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.background_job import BackgroundJob, JobCancelledError
from ombuds_desk.ui.common.errors import show_message
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.common.lazy import lazy_module
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.printing.language_choice import interface_language
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog

if TYPE_CHECKING:
    from ombuds_desk import reports
    from ombuds_desk.reports import BatchResult
    from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog, PdfSource
else:  # ReportLab is imported when something is first printed, not at the window's start
    reports = lazy_module("ombuds_desk.reports")

QUICK_MS = 400  # a single document shows its progress dialog only if it takes this long


PRINT_MANIFEST = QT_TRANSLATE_NOOP("Printing", "Print a manifest")


def _pdf(render: Callable[[BytesIO], object]) -> bytes:
    buffer = BytesIO()
    render(buffer)
    return buffer.getvalue()


def _shipment_choices(session: Session) -> dict[str, str]:
    """Each shipment as the chooser lists it (newest first), with its reference."""
    from ombuds_desk.services.mail.shipments import list_shipments  # at the first use

    return {
        f"{s.reference} · {s.channel.label} · {s.status.label.lower()}": s.reference
        for s in list_shipments(session)
    }


class PrintingFeature(QObject):
    """The Print menu of one window, and the jobs it started."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("printing")
        self.host = host
        self.window = host.window()
        self.batch_job: BackgroundJob | None = None
        self.previews: list[PdfPreviewDialog] = []
        self.menu = host.menu(MenuKey.PRINT)
        add = self._action
        self.case_sheet = add(
            "printCaseSheet",
            QCoreApplication.translate("Printing", "&Case sheet…"),
            "Ctrl+P",
            QCoreApplication.translate(
                "Printing",
                "Preview and print the selected case's sheet (internal or for the counterpart)",
            ),
            self.on_case_sheet_triggered,
        )
        self.case_sheets = add(
            "printCaseSheets",
            QCoreApplication.translate("Printing", "Case sheets for the &list…"),
            "Ctrl+Shift+P",
            QCoreApplication.translate(
                "Printing", "One PDF of the case sheets of every case in the list as filtered"
            ),
            self.on_case_sheets_triggered,
        )
        self.menu.addSeparator()
        add(
            "printStalled",
            QCoreApplication.translate("Printing", "&Stalled cases report…"),
            None,
            QCoreApplication.translate(
                "Printing", "Every stalled case, grouped by reason, longest stalled first"
            ),
            self.on_stalled_triggered,
        )
        add(
            "printManifest",
            QCoreApplication.translate("Printing", "Shipment &manifest…"),
            None,
            QCoreApplication.translate(
                "Printing", "The manifest of a shipment, with totals and signature lines"
            ),
            lambda: self.choose_shipment(labels=False),
        )
        add(
            "printLabels",
            QCoreApplication.translate("Printing", "Parcel la&bels…"),
            None,
            QCoreApplication.translate(
                "Printing", "A sheet of labels with QR codes for every parcel of a shipment"
            ),
            lambda: self.choose_shipment(labels=True),
        )

    def _action(
        self, name: str, text: str, keys: str | None, tip: str, slot: Callable[[], None]
    ) -> QAction:
        return add_action(self.window, text, keys, tip, slot, name=name, menu=self.menu)

    def _say(self, text: str) -> None:
        self.host.show_status(text, 8000)

    # -- documents shown in the preview --------------------------------------------------

    def show_preview(self, source: PdfSource, title: str, file_name: str) -> PdfPreviewDialog:
        # Qt's PDF and printing modules load with the first preview, not at the window's start.
        from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog

        preview = PdfPreviewDialog(source, title, file_name, self.window)
        self.previews.append(preview)
        preview.finished.connect(lambda _r, p=preview: self._forget(p))
        preview.show()
        return preview

    def _forget(self, preview: PdfPreviewDialog) -> None:
        if preview in self.previews:
            self.previews.remove(preview)
        preview.deleteLater()

    def preview_job(
        self, label: str, title: str, file_name: str, build: Callable[[], bytes]
    ) -> BackgroundJob:
        """Build a PDF in the background, then open it in the preview."""
        job = BackgroundJob(self.window, label, lambda _p, _c: build(), show_after_ms=QUICK_MS)
        job.succeeded.connect(lambda pdf: self.show_preview(pdf, title, file_name))
        return job.start()

    def _printed(self, entity: str, ids: list[int], details: dict[str, str]) -> None:
        """Record the document in the audit trail (on the job's worker thread): printing is
        everyone's work, and a preview can be printed or saved, so building it counts."""
        from ombuds_desk.services.core.disclosures import log_disclosure  # at the first use

        log_disclosure(
            self.host.db,
            self.host.actor,
            Action.PRINT_DOCUMENTS,
            AuditAction.PRINT,
            entity,
            ids,
            details | {"via": "window"},
        )

    def document_language(
        self, counterpart: bool, chosen: DocumentLanguage | None
    ) -> DocumentLanguage:
        """``chosen``, else the default: the window's language, or for the counterpart's
        documents the office's counterpart language (with its second language)."""
        if chosen is not None:
            return chosen
        interface = interface_language()
        return read(
            self.host.db,
            lambda s: document_language(
                s, counterpart=counterpart, chosen=None, interface=interface
            ),
        )

    def counterpart_default(self) -> DocumentLanguage | None:
        """The office's language for the counterpart's documents (None: unreadable now)."""
        return QueryOp(self.host, self.window, counterpart_language).run_now()

    def print_case_sheet(
        self,
        person_id: int,
        case_number: str,
        version: SheetVersion,
        language: DocumentLanguage | None = None,
    ) -> BackgroundJob:
        from ombuds_desk.services.printing.counterpart_sheet import counterpart_sheet_data

        db, today, by = self.host.db, self.host.today(), self.host.actor.full_name
        counterpart = version is SheetVersion.COUNTERPART
        language = self.document_language(counterpart, language)

        def build() -> bytes:
            with speaking(language):
                if counterpart:  # its own data, from the allow-list
                    other = read(db, lambda s: counterpart_sheet_data(s, person_id, today=today))
                    pdf = _pdf(lambda out: reports.render_counterpart_sheet(other, out))
                else:
                    data = read(db, lambda s: rd.case_sheet_data(s, person_id, today=today))
                    pdf = _pdf(lambda out: reports.render_case_sheet(data, out, generated_by=by))
            details = {"document": "case sheet", "version": version.value}
            self._printed("person", [person_id], details)
            return pdf

        suffix = (
            QCoreApplication.translate("Printing", " (counterpart version)") if counterpart else ""
        )
        return self.preview_job(
            QCoreApplication.translate("Printing", "Preparing the case sheet of %s…") % case_number,
            QCoreApplication.translate("Printing", "Case sheet %s%s") % (case_number, suffix),
            f"{case_number} case sheet{' counterpart' if counterpart else ''}.pdf",
            build,
        )

    @Slot()
    def on_case_sheet_triggered(self) -> None:
        details = self.host.current_case()
        if details is None:
            self._say(
                QCoreApplication.translate("Printing", "Select a case first, then print its sheet.")
            )
            return
        what = QCoreApplication.translate("Printing", "Case sheet of %s, %s")
        dialog = SheetVersionDialog(
            what % (details.case_number, details.name),
            self.window,
            counterpart_language=self.counterpart_default(),
        )
        dialog.accepted.connect(
            lambda: self.print_case_sheet(
                details.id, details.case_number, dialog.version, dialog.language
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def on_stalled_triggered(self) -> None:
        self.print_stalled()

    def print_stalled(self) -> BackgroundJob:
        """The stalled-cases report in the preview; thousands of cases take a while, so the
        progress dialog counts the cases laid out, and Cancel stops the layout."""
        db, today, by = self.host.db, self.host.today(), self.host.actor.full_name
        language = DocumentLanguage(interface_language())  # an internal report: the office's

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bytes:
            def laid_out(done: int, total: int) -> None:
                if cancelled():
                    raise JobCancelledError
                progress(done, total)

            with speaking(language):
                data = read(db, lambda s: rd.stalled_report_data(s, today=today))
                pdf = _pdf(
                    lambda out: reports.render_stalled_report(
                        data, out, generated_by=by, progress=laid_out
                    )
                )
            ids = [row.person_id for group in data.groups for row in group.rows]
            self._printed("person", ids, {"document": "stalled-cases report"})
            return pdf

        job = BackgroundJob(
            self.window,
            QCoreApplication.translate("Printing", "Preparing the stalled-cases report…"),
            work,
            show_after_ms=QUICK_MS,
        )
        job.succeeded.connect(
            lambda pdf: self.show_preview(
                pdf,
                QCoreApplication.translate("Printing", "Stalled cases"),
                f"Stalled cases {today.isoformat()}.pdf",
            )
        )
        return job.start()

    def print_shipment(
        self,
        reference: str,
        labels: bool,
        version: SheetVersion = SheetVersion.INTERNAL,
        first_position: int = 1,
        language: DocumentLanguage | None = None,
    ) -> BackgroundJob:
        """The manifest (internal or the counterpart's), or the labels (from label
        ``first_position`` of the first sheet); labels travel with the parcels to the other
        side, so by default they speak the counterpart's language, as its manifest does."""
        from ombuds_desk.services.mail.shipments import find_shipment
        from ombuds_desk.services.printing.counterpart_manifest import counterpart_manifest_data
        from ombuds_desk.services.printing.labels import label_sheet

        db, today, by = self.host.db, self.host.today(), self.host.actor.full_name
        counterpart = version is SheetVersion.COUNTERPART
        language = self.document_language(counterpart or labels, language)

        def build() -> bytes:
            with speaking(language):
                return _build()

        def _build() -> bytes:
            shipment = read(db, lambda s: find_shipment(s, reference))
            shipment_ids = [shipment.id] if shipment is not None and shipment.id else []
            if labels:
                sheet = read(
                    db, lambda s: label_sheet(s, today=today, shipment_reference=reference)
                )
                pdf = _pdf(
                    lambda out: reports.render_labels(sheet, out, first_position=first_position)
                )
                self._printed("shipment", shipment_ids, {"document": "parcel labels"})
                return pdf
            if counterpart:  # its own data, from the allow-list
                other = read(db, lambda s: counterpart_manifest_data(s, reference, today=today))
                pdf = _pdf(lambda out: reports.render_counterpart_manifest(other, out))
            else:
                data = read(db, lambda s: rd.manifest_data(s, reference, today=today))
                pdf = _pdf(lambda out: reports.render_manifest(data, out, generated_by=by))
            details = {"document": "manifest", "version": version.value}
            self._printed("shipment", shipment_ids, details)
            return pdf

        what = (
            QCoreApplication.translate("Printing", "Parcel labels")
            if labels
            else QCoreApplication.translate("Printing", "Shipment manifest")
        )
        suffix = (
            QCoreApplication.translate("Printing", " (counterpart version)") if counterpart else ""
        )
        kind = "labels" if labels else "manifest" + (" counterpart" if counterpart else "")
        return self.preview_job(
            QCoreApplication.translate("Printing", "Preparing %s…") % what.lower(),
            f"{what} {reference}{suffix}",
            f"{reference} {kind}.pdf",
            build,
        )

    def choose_shipment(self, labels: bool) -> None:
        """Ask which shipment (newest first), then build its manifest or labels."""
        choices = QueryOp(self.host, self.window, _shipment_choices).run_now()
        if choices is None:
            return  # the database could not be read; the error was shown
        if not choices:
            no = (
                QCoreApplication.translate("Printing", "No shipments"),
                QCoreApplication.translate("Printing", "No shipment has been recorded yet."),
            )
            show_message(self.window, *no)
            return
        dialog = QInputDialog(self.window)
        dialog.setObjectName("chooseShipment")
        dialog.setWindowTitle(
            QCoreApplication.translate("Printing", "Parcel labels")
            if labels
            else QCoreApplication.translate("Printing", "Shipment manifest")
        )
        dialog.setLabelText(QCoreApplication.translate("Printing", "Shipment (newest first):"))
        dialog.setComboBoxItems(list(choices))
        dialog.textValueSelected.connect(lambda text: self._shipment_chosen(choices[text], labels))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _shipment_chosen(self, reference: str, labels: bool) -> None:
        """Labels first ask where on the sheet to start and say what is missing; a manifest
        is internal or the counterpart's."""
        if labels:
            from ombuds_desk.ui.printing.label_dialog import ask_labels  # at the first use

            ask_labels(self, reference)
            return
        dialog = SheetVersionDialog(
            QCoreApplication.translate("Printing", "Manifest of shipment %s") % reference,
            self.window,
            PRINT_MANIFEST,
            counterpart_language=self.counterpart_default(),
        )
        dialog.accepted.connect(
            lambda: self.print_shipment(reference, False, dialog.version, language=dialog.language)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- the batch ---------------------------------------------------------------------------

    def list_ids(self) -> list[int]:
        """The ids of the person list as filtered and sorted now."""
        return self.host.case_list().ids()

    @Slot()
    def on_case_sheets_triggered(self) -> None:
        if self.batch_job is not None:
            return
        ids = self.list_ids()
        if not ids:
            empty = (
                QCoreApplication.translate("Printing", "Nothing to print"),
                QCoreApplication.translate(
                    "Printing", "The list is empty; change the filter first."
                ),
            )
            show_message(self.window, *empty)
            return
        text = QCoreApplication.translate(
            "Printing", "Case sheets of all %d cases in the list, one PDF, each case on a new page."
        )
        dialog = SheetVersionDialog(
            text % len(ids), self.window, counterpart_language=self.counterpart_default()
        )
        dialog.accepted.connect(lambda: self._ask_file(ids, dialog.version, dialog.language))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_file(
        self, ids: list[int], version: SheetVersion, language: DocumentLanguage | None = None
    ) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"Case sheets {self.host.today().isoformat()}.pdf"
        dialog = QFileDialog(
            self.window,
            QCoreApplication.translate("Printing", "Save the case sheets as"),
            str(Path(folder) / name),
            QCoreApplication.translate("Printing", "PDF (*.pdf)"),
        )
        dialog.setObjectName("batchFile")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(
            lambda path: self.print_list(ids, Path(path), version, language)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def print_list(
        self,
        ids: list[int],
        path: Path,
        version: SheetVersion,
        language: DocumentLanguage | None = None,
    ) -> BackgroundJob:
        """Write the case sheets of ``ids`` to ``path`` in the background (progress, Cancel),
        in ``language`` (by default the window's, or the counterpart's for their version)."""
        db, today, by = self.host.db, self.host.today(), self.host.actor.full_name
        language = self.document_language(version is SheetVersion.COUNTERPART, language)

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> BatchResult:
            result = reports.write_case_sheets(
                db,
                ids,
                path,
                today=today,
                version=version,
                generated_by=by,
                progress=progress,
                is_cancelled=cancelled,
                isolate=True,  # layout in worker processes: the GUI thread keeps the GIL
                language=language,  # the worker processes speak it too
            )
            if not result.completed:
                raise JobCancelledError
            details = {"document": "case sheet", "version": version.value, "file": path.name}
            self._printed("person", ids, details)
            return result

        label = QCoreApplication.translate("Printing", "Writing %d case sheets to %s…") % (
            len(ids),
            path.name,
        )
        job = BackgroundJob(self.window, label, work, total=len(ids))
        self.batch_job = job
        self.case_sheets.setEnabled(False)
        job.succeeded.connect(lambda result: self._batch_done(result, path))
        job.cancelled.connect(
            lambda: self._say(
                QCoreApplication.translate("Printing", "Batch cancelled; no file was written.")
            )
        )
        job.finished.connect(self._batch_ended)
        return job.start()

    @Slot()
    def _batch_ended(self) -> None:
        self.batch_job = None
        self.case_sheets.setEnabled(True)

    def _batch_done(self, result: BatchResult, path: Path) -> None:
        summary = QCoreApplication.translate("Printing", "%d case sheets, %d pages, written to %s.")
        summary %= (result.sheets, result.pages, path)
        self._say(summary)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Printing", "Case sheets ready"),
            summary,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("batchDone")
        preview = box.addButton(
            QCoreApplication.translate("Printing", "Open &preview"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(preview)
        box.buttonClicked.connect(
            lambda button: button is preview and self.show_preview(path, path.name, path.name)
        )
        box.finished.connect(box.deleteLater)
        box.open()


def install(host: Host) -> None:
    """Add the Print menu's actions to ``host`` (the feature lives as long as its window)."""
    from ombuds_desk.ui.printing.counterpart_export import CounterpartExport

    feature = PrintingFeature(host)
    CounterpartExport(host, feature.menu, feature.list_ids)
