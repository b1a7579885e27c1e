"""Print menu ▸ "Case sheets for the list…": one PDF of the sheets of every case in the person
list as filtered, written in the background straight to the file the user chose.

The version and language are asked first, then the file; the job shows its progress and can
be cancelled (``reports.write_case_sheets``: nothing is left in the file on Cancel), lays
the sheets out in worker processes, and offers the preview when done. One batch at a time:
the action is disabled while one runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.services.printing.languages import DocumentLanguage
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.background_job import BackgroundJob, JobCancelledError
from ombuds_desk.ui.common.errors import show_message
from ombuds_desk.ui.common.lazy import lazy_module
from ombuds_desk.ui.printing.documents import DocumentPrinter
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog

if TYPE_CHECKING:
    from ombuds_desk import reports
    from ombuds_desk.reports import BatchResult
else:  # ReportLab is imported when something is first printed, not at the window's start
    reports = lazy_module("ombuds_desk.reports")


class BatchSheets(QObject):
    """The menu action, and the batch it runs (``job``, None when none runs)."""

    def __init__(
        self, printer: DocumentPrinter, menu: QMenu, list_ids: Callable[[], list[int]]
    ) -> None:
        super().__init__(printer)
        self.setObjectName("batchSheets")
        self.printer = printer
        self.host = printer.host
        self.window = printer.window
        self.list_ids = list_ids
        self.job: BackgroundJob | None = None
        self.action = add_action(
            self.window,
            QCoreApplication.translate("Printing", "Case sheets for the &list…"),
            "Ctrl+Shift+P",
            QCoreApplication.translate(
                "Printing", "One PDF of the case sheets of every case in the list as filtered"
            ),
            self.on_triggered,
            name="printCaseSheets",
            menu=menu,
        )

    @Slot()
    def on_triggered(self) -> None:
        if self.job is not None:
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
            text % len(ids), self.window, counterpart_language=self.printer.counterpart_default()
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
        language = self.printer.document_language(version is SheetVersion.COUNTERPART, language)
        printed = self.printer.printed

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
            printed("person", ids, details)
            return result

        label = QCoreApplication.translate("Printing", "Writing %d case sheets to %s…") % (
            len(ids),
            path.name,
        )
        job = BackgroundJob(self.window, label, work, total=len(ids))
        self.job = job
        self.action.setEnabled(False)
        job.succeeded.connect(lambda result: self._done(result, path))
        job.cancelled.connect(
            lambda: self.printer.say(
                QCoreApplication.translate("Printing", "Batch cancelled; no file was written.")
            )
        )
        job.finished.connect(self._ended)
        return job.start()

    @Slot()
    def _ended(self) -> None:
        self.job = None
        self.action.setEnabled(True)

    def _done(self, result: BatchResult, path: Path) -> None:
        summary = QCoreApplication.translate("Printing", "%d case sheets, %d pages, written to %s.")
        summary %= (result.sheets, result.pages, path)
        self.printer.say(summary)
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
            lambda button: (
                button is preview and self.printer.show_preview(path, path.name, path.name)
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()
