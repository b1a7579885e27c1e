"""The Print menu's documents built off the GUI thread and shown in the preview: a case
sheet (internal or the counterpart's), the stalled-cases report, a shipment's manifest or
its parcel labels.

Every document is read by a service in the worker's own session (``read``), laid out by
``reports/`` inside a :class:`BackgroundJob`, and recorded in the audit trail as printed;
it speaks the language chosen, else the window's (the counterpart's for what goes to the
other side). What the menu asks before building one is ``print_choices``; the batch of the
whole list, written to a file, is ``batch_sheets``.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ombuds_desk.domain.enums import AuditAction
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
from ombuds_desk.ui.common.background_job import BackgroundJob, JobCancelledError
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.lazy import lazy_module
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.printing.language_choice import interface_language

if TYPE_CHECKING:
    from ombuds_desk import reports
    from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog, PdfSource
else:  # ReportLab is imported when something is first printed, not at the window's start
    reports = lazy_module("ombuds_desk.reports")

QUICK_MS = 400  # a single document shows its progress dialog only if it takes this long


def _pdf(render: Callable[[BytesIO], object]) -> bytes:
    buffer = BytesIO()
    render(buffer)
    return buffer.getvalue()


class DocumentPrinter(QObject):
    """The documents of one window's Print menu, and the previews they opened."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.host = host
        self.window = host.window()
        self.previews: list[PdfPreviewDialog] = []

    def say(self, text: str) -> None:
        """``text`` in the window's status bar for a while."""
        self.host.show_status(text, 8000)

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

    def printed(self, entity: str, ids: list[int], details: dict[str, str]) -> None:
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
            self.printed("person", [person_id], details)
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
            self.printed("person", ids, {"document": "stalled-cases report"})
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
                self.printed("shipment", shipment_ids, {"document": "parcel labels"})
                return pdf
            if counterpart:  # its own data, from the allow-list
                other = read(db, lambda s: counterpart_manifest_data(s, reference, today=today))
                pdf = _pdf(lambda out: reports.render_counterpart_manifest(other, out))
            else:
                data = read(db, lambda s: rd.manifest_data(s, reference, today=today))
                pdf = _pdf(lambda out: reports.render_manifest(data, out, generated_by=by))
            details = {"document": "manifest", "version": version.value}
            self.printed("shipment", shipment_ids, details)
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
