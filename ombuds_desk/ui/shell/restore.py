"""Restoring a backup from the window: the question that names the backup's date and what
happens to the database in use, the restore itself, and its outcome said.

Restoring replaces the whole database, so it is done with no window open on it: from the
menu (``backup_menu.py``) the window closes with the backup to restore, and the app
restores it and opens the database again, with a new sign-in (``app.run_gui``); from the
start (``start.py``, a damaged database) before any window opened. An admin of the backup
may restore it when the database in use cannot be opened to ask its own staff: they sign in
against a throw-away copy of the backup (as ``ombuds-desk restore`` does).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.services.core.backups import (
    ENCRYPTED_AGAIN,
    RestoreResult,
    opened_copy,
    restore_backup,
)
from ombuds_desk.services.core.office_settings import OFFICE_NAME, get_setting
from ombuds_desk.services.core.reading import read
from ombuds_desk.store.backup import BackupError, check_backup, read_manifest
from ombuds_desk.store.locations import sqlite_path
from ombuds_desk.ui.shell.sign_in_dialog import SignInDialog

log = logging.getLogger(__name__)


def made_at(backup: Path) -> datetime:
    """When a backup was made: its manifest says, else the file's time (local)."""
    manifest = read_manifest(backup)
    if manifest is not None:
        return manifest.made_at.astimezone()
    return datetime.fromtimestamp(backup.stat().st_mtime).astimezone()


def when_made(backup: Path) -> str:
    """ "made 25.11.2026 at 18:02", as the dialogs say it."""
    moment = made_at(backup)
    return QCoreApplication.translate("Restore", "made {date} at {time}").format(
        date=moment.strftime("%d.%m.%Y"), time=moment.strftime("%H:%M")
    )


def widen(box: QMessageBox, width: int = 560) -> None:
    """A message box wide enough for a path on one line (it sizes itself to its title)."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


def restore_question(backup: Path, url: str, parent: QWidget | None) -> QMessageBox:
    """The question before a restore: which backup, of when, and that the database in use
    is set aside (kept, not deleted), with what was entered since then."""
    moment = made_at(backup)
    database = sqlite_path(url)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Restore", "Restore a backup"),
        QCoreApplication.translate(
            "Restore", "Restore the backup made on {date} at {time}?"
        ).format(date=f"{moment:%d.%m.%Y}", time=f"{moment:%H:%M}"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("restoreQuestion")
    box.setInformativeText(
        QCoreApplication.translate(
            "Restore",
            "The database in use is set aside beside it, not deleted:\n{database}\n\nThe backup "
            "{backup} takes its place. What was entered after {moment} stays only in the copy "
            "set aside. Everyone signs in again afterwards.",
        ).format(database=database or url, backup=backup.name, moment=f"{moment:%d.%m.%Y %H:%M}")
    )
    widen(box)
    restore = box.addButton(
        QCoreApplication.translate("Restore", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restore")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # replacing the database is never what Enter does
    return box


def ask_restore(backup: Path, url: str, parent: QWidget | None) -> bool:
    """Ask (blocking: no window is open on the database) whether to restore ``backup``."""
    box = restore_question(backup, url, parent)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def restore_and_report(
    url: str, actor: User, backup: Path, parent: QWidget | None = None
) -> RestoreResult | None:
    """Restore ``backup`` over the database at ``url`` (closed: no engine of this process
    open on it) and say how it went; None when it was refused (the database unchanged)."""
    try:
        result = restore_backup(url, actor, backup)
    except DomainError as exc:  # refused: damaged, foreign, newer, in use, not an admin
        log.warning("Restore of %s refused: %s", backup, exc.message)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Restore", "The backup was not restored"),
            exc.message,
        )
        return None
    log.info("%s restored %s (set aside: %s)", actor.username, backup, result.set_aside)
    kept = (
        QCoreApplication.translate("Restore", "The database as it was is kept as {path}.").format(
            path=result.set_aside
        )
        if result.set_aside is not None
        else ""
    )
    upgraded = (
        QCoreApplication.translate("Restore", "It was brought up to this version of Ombuds Desk.")
        if result.upgraded
        else ""
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Restore", "Backup restored"),
        " ".join(
            part
            for part in (
                QCoreApplication.translate("Restore", "The backup {name} was restored.").format(
                    name=backup.name
                ),
                upgraded,
                QCoreApplication.translate("Backup", ENCRYPTED_AGAIN)
                if result.encrypted_again
                else "",
            )
            if part
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("restored")
    box.setInformativeText(kept)
    widen(box)
    box.exec()
    return result


def fit_to_restore(backup: Path, parent: QWidget | None) -> bool:
    """Whether ``backup`` can be restored (whole, ours, not from a newer version); when
    not, the reason is said."""
    try:
        check_backup(backup)
    except BackupError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Restore", "The backup cannot be restored"),
            exc.message,
        )
        return False
    return True


def admin_of_backup(backup: Path, username: str, parent: QWidget | None) -> User | None:
    """Sign in as the backup knows its staff, on a throw-away copy of it (the backup stays
    as it is): for restoring over a database too damaged to ask its own staff."""
    with opened_copy(backup) as db:
        office = read(db, lambda session: get_setting(session, OFFICE_NAME))
        dialog = SignInDialog(
            db,
            office,
            username,
            parent,
            purpose=QCoreApplication.translate(
                "Restore",
                "To restore the backup, sign in as an admin with the user name and "
                "password you had when it was made ({when}).",
            ).format(when=when_made(backup)),
            where=QCoreApplication.translate("Restore", "Backup: {path}").format(path=backup),
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.user if accepted else None
