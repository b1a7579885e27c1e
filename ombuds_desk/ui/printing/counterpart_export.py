"""Print menu ▸ "Export the list for the counterpart…": the listed cases as a spreadsheet
holding only what the allow-list lets the counterpart read (``counterpart_export.py``).

Supervisors only (an export of personal data); the action is hidden from other roles. The
file is written on a worker thread and the export recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QMenu

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.services.core.reading import read
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.background_job import BackgroundJob
from ombuds_desk.ui.common.errors import show_message
from ombuds_desk.ui.common.host import Host


class CounterpartExport(QObject):
    """The menu action and the export it runs for the person list as filtered."""

    def __init__(self, host: Host, menu: QMenu, list_ids: Callable[[], list[int]]) -> None:
        super().__init__(host.window())
        self.setObjectName("counterpartExport")
        self.host = host
        self.list_ids = list_ids
        self.job: BackgroundJob | None = None
        self.action = add_action(
            host.window(),
            QCoreApplication.translate("Printing", "E&xport the list for the counterpart…"),
            None,
            QCoreApplication.translate(
                "Printing",
                "The cases in the list as a spreadsheet for the counterpart: only what the "
                "office may share, relatives only with their consent",
            ),
            self.on_triggered,
            name="exportForCounterpart",
            menu=menu,
        )
        self.action.setVisible(allowed(host.actor.role, Action.EXPORT_PERSONAL_DATA))

    @Slot()
    def on_triggered(self) -> None:
        ids = self.list_ids()
        if not ids:
            empty = (
                QCoreApplication.translate("Printing", "Nothing to export"),
                QCoreApplication.translate(
                    "Printing", "The list is empty; change the filter first."
                ),
            )
            show_message(self.host.window(), *empty)
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = QCoreApplication.translate("Printing", "For the counterpart {day}.xlsx").format(
            day=self.host.today().isoformat()
        )
        dialog = QFileDialog(
            self.host.window(),
            QCoreApplication.translate("Printing", "Export %d cases for the counterpart as")
            % len(ids),
            str(Path(folder) / name),
            QCoreApplication.translate("Printing", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        dialog.setObjectName("counterpartExportFile")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda path: self.export(ids, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export(self, ids: list[int], path: Path) -> BackgroundJob:
        """Write the export of ``ids`` to ``path`` in the background, then record it."""
        # The export's own modules at its first use, not at the window's start.
        from ombuds_desk.services.core.disclosures import log_disclosure
        from ombuds_desk.services.printing.counterpart_export import export_for_counterpart

        db, actor, today = self.host.db, self.host.actor, self.host.today()

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> int:
            # In the counterpart's language (office settings); the column headers stay English.
            count = read(db, lambda s: export_for_counterpart(s, actor, ids, path, today=today))
            details = {"export": "for the counterpart", "file": path.name, "rows": count}
            log_disclosure(
                db,
                actor,
                Action.EXPORT_PERSONAL_DATA,
                AuditAction.EXPORT,
                "person",
                ids,
                details | {"via": "window"},
            )
            return count

        job = BackgroundJob(
            self.host.window(),
            QCoreApplication.translate("Printing", "Exporting %d cases for the counterpart…")
            % len(ids),
            work,
        )
        self.job = job
        job.succeeded.connect(
            lambda count: self.host.show_status(
                QCoreApplication.translate(
                    "Printing", "%d cases exported for the counterpart to %s."
                )
                % (count, path),
                8000,
            )
        )
        job.finished.connect(self._ended)
        return job.start()

    @Slot()
    def _ended(self) -> None:
        self.job = None
