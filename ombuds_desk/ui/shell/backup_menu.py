"""File → Back up now (supervisors and admins) and File → Restore a backup… (admins), and the
day's backup the app makes by itself when the window opens.

Backups are made by ``services/core/backups.py`` with SQLite's online backup API, on a
worker thread: the window stays usable while the file is copied. Restoring replaces the
whole database, so the window does not do it while open: once the user chose a backup
(checked first, off the GUI thread) and confirmed, the window closes with
:attr:`~ombuds_desk.ui.shell.main_window.MainWindow.restore_request` set, and the app
restores it and opens the restored database again with a new sign-in (``app.run_gui``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ombuds_desk.domain.accounts import BackupRecord
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from ombuds_desk.store.backup import BackupCheck
    from ombuds_desk.store.database import Database

log = logging.getLogger(__name__)

BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "BackupMenu", "Ombuds Desk backups (*.sqlite3 *.sqlite *.db);;All files (*)"
)


def _size(record: BackupRecord) -> str:
    megabytes = f"{record.size_bytes / 1_048_576:.1f}"
    return QCoreApplication.translate("BackupMenu", "{megabytes} MB").format(megabytes=megabytes)


class BackupMenu(QObject):
    """The window's backup entries, for the roles allowed them (the others do not see them)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupMenu")
        self._window = window
        self.chooser: QFileDialog | None = None
        self.question: QMessageBox | None = None
        role = window.actor.role
        self.backup_action = add_action(
            window,
            QCoreApplication.translate("BackupMenu", "&Back up now"),
            None,
            QCoreApplication.translate(
                "BackupMenu", "Make a backup of the whole database now, in the backup folder"
            ),
            self.on_backup_now_triggered,
            name="backUpNow",
        )
        self.restore_action = add_action(
            window,
            QCoreApplication.translate("BackupMenu", "&Restore a backup…"),
            None,
            QCoreApplication.translate(
                "BackupMenu",
                "Put a backup in place of the database (the database in use is kept aside)",
            ),
            self.on_restore_triggered,
            name="restoreBackup",
        )
        # Only what the role may do is in the menu; a caseworker's File menu is unchanged.
        shown = [
            entry
            for entry, action in (
                (self.backup_action, Action.MAKE_BACKUP),
                (self.restore_action, Action.RESTORE_BACKUP),
            )
            if allowed(role, action)
        ]
        for entry in (self.backup_action, self.restore_action):
            entry.setVisible(entry in shown)
        if shown:
            menu = window.menu(MenuKey.FILE)
            menu.addSeparator()
            menu.addActions(shown)

    # -- Back up now -----------------------------------------------------------------------

    @Slot()
    def on_backup_now_triggered(self) -> None:
        window = self._window
        db, actor = window.db, window.actor
        self.backup_action.setEnabled(False)
        window.show_status(QCoreApplication.translate("BackupMenu", "Making a backup…"), 0)
        from ombuds_desk.services.core.backups import backup_now  # at the first use

        window.tasks.run(lambda: backup_now(db, actor), self._backed_up)

    def _backed_up(self, record: BackupRecord | None, error: BaseException | None) -> None:
        self.backup_action.setEnabled(True)
        window = self._window
        window.statusBar().clearMessage()
        if error is not None or record is None:
            show_error(
                window,
                error
                or RuntimeError(QCoreApplication.translate("BackupMenu", "no backup was made")),
            )
            return
        log.info("Backup made by %s: %s", window.actor.username, record.path)
        window.show_status(
            QCoreApplication.translate("BackupMenu", "Backup made: {path} ({size})").format(
                path=record.path, size=_size(record)
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BackupMenu", "Backup made"),
            QCoreApplication.translate(
                "BackupMenu", "The database was backed up to {path} ({size})."
            ).format(path=record.path, size=_size(record)),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("backupMade")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- Restore a backup… -----------------------------------------------------------------

    @Slot()
    def on_restore_triggered(self) -> None:
        from ombuds_desk.services.core.backups import backup_folder  # at the first use
        from ombuds_desk.store.backup import BackupError

        window = self._window
        try:
            folder = backup_folder(window.db)
        except BackupError as exc:  # a server database: its backups are pg_dump's
            show_error(window, exc)
            return
        chooser = QFileDialog(
            window,
            QCoreApplication.translate("BackupMenu", "Restore a backup"),
            str(folder if folder.is_dir() else Path.home()),
        )
        chooser.setObjectName("chooseBackup")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(QCoreApplication.translate("BackupMenu", BACKUP_FILTER))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.on_backup_chosen)
        self.chooser = chooser
        chooser.open()

    @Slot(str)
    def on_backup_chosen(self, path: str) -> None:
        from ombuds_desk.store.backup import check_backup  # at the first use

        window = self._window
        window.show_status(QCoreApplication.translate("BackupMenu", "Checking the backup…"), 0)
        backup = Path(path)
        window.tasks.run(lambda: check_backup(backup), self._checked)

    def _checked(self, checked: BackupCheck | None, error: BaseException | None) -> None:
        window = self._window
        window.statusBar().clearMessage()
        if error is not None or checked is None:
            show_error(
                window,
                error
                or RuntimeError(
                    QCoreApplication.translate("BackupMenu", "the backup was not checked")
                ),
            )
            return
        from ombuds_desk.ui.shell.restore import restore_question  # not needed at start

        box = restore_question(checked.path, window.db.url, window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(box, checked.path))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, backup: Path) -> None:
        if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.AcceptRole:
            return
        log.info("%s asked to restore %s", self._window.actor.username, backup)
        self._window.restore_request = backup
        self._window.close()


def install(window: MainWindow) -> BackupMenu:
    return BackupMenu(window)


def start_daily_backup(window: MainWindow) -> None:
    """The day's backup, made by the app itself once a day when the window opens, on a
    worker thread; a failure is said in the status line (the app can still be used)."""
    db = window.db

    def done(record: BackupRecord | None, error: BaseException | None) -> None:
        if error is not None:
            log.warning("The daily backup failed: %s", error)
            message = error.message if isinstance(error, DomainError) else str(error)
            window.show_status(
                QCoreApplication.translate(
                    "BackupMenu", "The daily backup failed: {problem}"
                ).format(problem=message),
                60_000,
            )
        elif record is not None:
            log.info("Daily backup made: %s", record.path)
            window.show_status(
                QCoreApplication.translate("BackupMenu", "Today's backup was made: {path}").format(
                    path=record.path
                )
            )

    window.tasks.run(lambda: _daily_backup(db), done)


def _daily_backup(db: Database) -> BackupRecord | None:
    # Imported here, on the worker thread once the window has shown: the backups' modules
    # (the store's backup, the audit chain's check) are not the first window's.
    from ombuds_desk.services.core.backups import daily_backup_if_due

    return daily_backup_if_due(db)
