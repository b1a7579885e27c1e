"""File → Retention of closed cases… (supervisors and admins): the closed cases kept longer
than the office's retention period, an encrypted archive of them, and their anonymisation.

Nothing happens by itself: the dialog lists the cases due; *Export to an encrypted
archive…* writes them whole to a password-protected .zip (``retention_archive``);
*Anonymise N cases…* asks once more, naming the number, and anonymises them
(``retention.anonymise_and_compact``), the database file rebuilt afterwards. Both run off
the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.cases.retention import (
    Anonymised,
    DueCase,
    anonymise_and_compact,
    due_cases,
    retention_months,
)
from ombuds_desk.services.lists.retention_archive import archive_due_cases
from ombuds_desk.ui.common.archive_password import ArchivePasswordDialog
from ombuds_desk.ui.common.background_job import BackgroundJob, IsCancelled, Progress
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView

FINAL_SINCE: Column[DueCase] = Column(
    QT_TRANSLATE_NOOP("Columns", "Final since"),
    lambda c: f"{c.final_since:%d.%m.%Y}",
    value=lambda c: c.final_since,
)
COLUMNS: list[Column[DueCase]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Case number"), lambda c: c.case_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: c.status.label),
    FINAL_SINCE,
]


def _read(session: Session, host: Host) -> tuple[int, list[DueCase]]:
    return retention_months(session), due_cases(session, host.actor, today=host.today())


class RetentionDialog(QDialog):
    """The cases due, and the two things a supervisor may do with them."""

    performed = Signal(str)  # what was done, for tests and the status bar

    def __init__(self, host: Host, months: int, due: list[DueCase], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention of closed cases"))
        self.resize(720, 460)
        self.host = host
        self.months = months
        self.exported = False
        self.job: BackgroundJob | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.model = RowsTableModel(COLUMNS, self, due)
        self.view = RowsView(self.model, "retentionCases", self, multi=True, sortable=True)
        self.export_button = QPushButton(self.tr("&Export to an encrypted archive…"), self)
        self.export_button.setObjectName("retentionExport")
        self.anonymise_button = QPushButton(self)
        self.anonymise_button.setObjectName("retentionAnonymise")
        self.export_button.clicked.connect(self.on_export_clicked)
        self.anonymise_button.clicked.connect(self.on_anonymise_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Anonymising removes names, relatives with their telephones and addresses, "
                "notes and every free text for good, here and in the audit trail's earlier "
                "entries; the status, its dates and the letters' and parcels' counts and "
                "dates stay for the office's figures. Nothing is anonymised automatically."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show(months, due)

    def _show(self, months: int, due: list[DueCase]) -> None:
        self.months = months
        self.model.set_rows(due)
        self.view.sortByColumn(COLUMNS.index(FINAL_SINCE), Qt.SortOrder.AscendingOrder)
        self.view.resizeColumnsToContents()
        count = len(due)
        if count:
            kept = self.tr(
                "Closed cases are kept in full for %n months after repatriation, return or "
                "closing (File → Settings).",
                "",
                months,
            )
            self.summary.setText(kept + " " + self.tr("%n cases are past that.", "", count))
        else:
            self.summary.setText(
                self.tr(
                    "No closed case is older than the retention period (%n months).", "", months
                )
            )
        self.anonymise_button.setText(self.tr("&Anonymise %n cases…", "", count))
        self.anonymise_button.setEnabled(count > 0)
        self.export_button.setEnabled(count > 0)

    def due(self) -> list[DueCase]:
        return self.model.rows()

    def reload(self) -> None:
        found = QueryOp(self.host, self, lambda s: _read(s, self.host)).run_now()
        if found is not None:
            self._show(*found)

    # -- export ----------------------------------------------------------------------------

    @Slot()
    def on_export_clicked(self) -> ArchivePasswordDialog:
        asking = ArchivePasswordDialog(
            self.tr(
                "The %n cases are written whole into an AES-encrypted .zip.", "", len(self.due())
            ),
            self.tr("Choose where to save…"),
            self,
        )
        asking.setObjectName("retentionArchivePassword")
        asking.accepted.connect(lambda: self._choose_file(asking.box.password() or ""))
        asking.finished.connect(asking.deleteLater)
        asking.open()
        return asking

    def _choose_file(self, password: str) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Closed cases {date}.zip").format(date=self.host.today().isoformat())
        files = QFileDialog(
            self,
            self.tr("Save the archive as"),
            str(Path(folder) / name),
            self.tr("Zip archive (*.zip)"),
        )
        files.setObjectName("retentionArchiveFile")
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        files.setDefaultSuffix("zip")
        files.fileSelected.connect(lambda path: self.export_to(Path(path), password))
        files.finished.connect(files.deleteLater)
        files.open()
        return files

    def export_to(self, path: Path, password: str) -> BackgroundJob:
        db, actor, today = self.host.db, self.host.actor, self.host.today()
        ids = [case.person_id for case in self.due()]

        def work(_progress: Progress, _cancelled: IsCancelled) -> Path:
            return archive_due_cases(db, actor, ids, path, password, today=today, via="window")

        job = BackgroundJob(self, self.tr("Writing the archive…"), work, show_after_ms=400)
        job.succeeded.connect(self._exported)
        return self._start(job)

    def _exported(self, written: Path) -> None:
        self.exported = True
        text = self.tr(
            "Archived %n cases to {path} (encrypted; keep the password apart).", "", len(self.due())
        ).format(path=written)
        self.host.show_status(text, 15_000)
        self.performed.emit(text)

    # -- anonymise -------------------------------------------------------------------------

    def confirmation(self) -> QMessageBox:
        count = len(self.due())
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Anonymise closed cases"), "", parent=self
        )
        box.setObjectName("retentionConfirm")
        box.setText(
            self.tr("Anonymise %n cases closed more than {months} months ago?", "", count).format(
                months=self.months
            )
        )
        words = self.tr(
            "Their names, dates of birth, numbers, places, relatives (with telephones, e-mail "
            "and postal addresses), notes and every free text are removed for good. Counts and "
            "dates stay for the office's figures. This cannot be undone."
        )
        if not self.exported:
            words += "\n\n" + self.tr(
                "They have not been exported in this window: if the office must keep a copy, "
                "choose Cancel and export them to an encrypted archive first."
            )
        box.setInformativeText(words)
        self.confirm_button = box.addButton(
            self.tr("Anonymise %n cases", "", count), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    @Slot()
    def on_anonymise_clicked(self) -> QMessageBox:
        box = self.confirmation()
        count = len(self.due())
        box.buttonClicked.connect(
            lambda button: self.anonymise(count) if button is self.confirm_button else None
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def anonymise(self, confirmed: int) -> BackgroundJob:
        db, actor, today = self.host.db, self.host.actor, self.host.today()
        ids = [case.person_id for case in self.due()]

        def work(_progress: Progress, _cancelled: IsCancelled) -> Anonymised:
            return anonymise_and_compact(db, actor, ids, today=today, confirmed=confirmed)

        job = BackgroundJob(
            self, self.tr("Anonymising %n cases and rebuilding the file…", "", confirmed), work
        )
        job.succeeded.connect(self._anonymised)
        return self._start(job)

    def _anonymised(self, result: Anonymised) -> None:
        tail = (
            self.tr("The database file was rebuilt: the removed data is gone from it.")
            if result.compacted
            else self.tr(
                "The database file could not be rebuilt now (another program is using it): it "
                "is rebuilt the next time it is opened, and until then the removed data stays "
                "in its free space."
            )
        )
        text = self.tr("Anonymised %n cases.", "", result.count) + " " + tail
        self.host.show_status(text, 15_000)
        self.host.signals.changed.emit(Change.CASES | Change.CONTACTS | Change.NOTES)
        self.reload()
        self.performed.emit(text)

    def _start(self, job: BackgroundJob) -> BackgroundJob:
        self.job = job
        job.finished.connect(self._ended)
        return job.start()

    @Slot()
    def _ended(self) -> None:
        self.job = None


def open_retention(host: Host) -> RetentionDialog | None:
    """Read the cases due and open the dialog (None: the database did not answer)."""
    found = QueryOp(host, host.window(), lambda s: _read(s, host)).run_now()
    if found is None:
        return None
    dialog = RetentionDialog(host, *found, host.window())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
