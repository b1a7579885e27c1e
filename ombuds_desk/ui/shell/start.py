"""Starting a session before the window opens: the database opened, and someone signed in.

The database is opened by the ``opener`` the command gives (``commands/gui.py``: open,
migrate, build the demo office on first use, update search keys). When it cannot be used,
:class:`~ombuds_desk.ui.shell.fault_dialog.FaultDialog` says why and offers what fits: try
again, open another database (a file chooser), restore the newest backup, quit. Once open:

- a demo database (marked so inside the file) signs its demo supervisor in by itself (or
  the demo member of staff named by ``--user``), and the window says so;
- a database nobody can sign in to yet opens the first-start dialog (the office and its
  first admin);
- any other opens the sign-in dialog, and a member of staff whose password an admin reset
  chooses a new one before going on.

A damaged database with a backup in its backup folder offers to restore the newest one
(``services/core/backups.newest_backup``): the user confirms, an admin of the backup signs
in on a copy of it, and the start tries the restored database (``restore.py``).

A database that opens but cannot be written (locked by another program, a full disk, a
read-only medium) is found at the first write, the sign-in's record; the same fault dialog
answers it. The dialogs run one after another with ``exec()``: no window is open yet (a demo
start's frame, shown while the database opens, is closed before the first of them:
``before_dialog``). Their modules, and the database's (SQLAlchemy, the tables, the services),
are imported when one is needed: a demo database, or a start with no fault, shows none of
them, and the window comes sooner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.store.locations import sqlite_path, to_url

if TYPE_CHECKING:
    # The ORM, the tables and the services are imported when the start opens the database:
    # a demo start shows the window's frame before (ui/shell/app.py, store/start_peek.py).
    from sqlmodel import Session

    from ombuds_desk.domain.accounts import User
    from ombuds_desk.store.database import Database

log = logging.getLogger(__name__)

Opener = Callable[[str], "Database"]
LAST_USERNAME = "sign_in/last_username"
DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "Start", "Ombuds Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"
)


@dataclass
class Started:
    """An open database and who signed in to it; ``idle_minutes`` None: no idle lock."""

    db: Database
    user: User
    idle_minutes: int | None


@dataclass(frozen=True)
class Situation:
    """What the start needs to know of an open database, read once."""

    demo: bool
    demo_member: User | None
    has_staff: bool
    office_name: str
    idle_minutes: int


def situation(session: Session, username: str = "") -> Situation:
    from ombuds_desk.services.core import auth, users
    from ombuds_desk.services.core.office_settings import (
        IDLE_LOCK_MINUTES,
        OFFICE_NAME,
        get_int_setting,
        get_setting,
    )

    demo = auth.is_demo(session)
    member = None
    if demo:
        named = users.find_user(session, username) if username.strip() else None
        member = named if named is not None and named.active else auth.demo_user(session)
    return Situation(
        demo=demo,
        demo_member=member,
        has_staff=auth.has_staff(session),
        office_name=get_setting(session, OFFICE_NAME),
        idle_minutes=get_int_setting(session, IDLE_LOCK_MINUTES),
    )


def _closed(dialog: QDialog) -> None:
    """After a start dialog was refused: its database fault goes to the fault dialog."""
    fault = getattr(dialog, "fault", None)
    if isinstance(fault, DatabaseUnavailableError):
        raise fault


class StartWords(QObject):
    """The start's words that count (``self.tr`` is what pyside6-lupdate reads a plural of)."""

    def reset_reason(self, least: int) -> str:
        return self.tr(
            "An admin has reset your password. Choose a new one of your own before you go on: "
            "at least %n characters, not your user name.",
            "",
            least,
        )


class Start:
    """``Start(url, opener).run()``: a :class:`Started` session, or None when the user quit."""

    def __init__(
        self,
        url: str,
        opener: Opener,
        username: str = "",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.url = url
        self._opener = opener
        self._settings = settings or QSettings("Ombuds Desk", "Ombuds Desk")
        remembered = self._settings.value(LAST_USERNAME, "")
        self.username = username or (remembered if isinstance(remembered, str) else "")
        self._parent = parent
        self.faults: list[str] = []  # what went wrong on the way, for the log and tests
        # Called once, before the start's first dialog: the window's frame, shown while a
        # demo database is opened (ui/shell/app.show_frame), goes before anything asks.
        self.before_dialog: Callable[[], None] | None = None

    def _dialog_coming(self) -> None:
        coming, self.before_dialog = self.before_dialog, None
        if coming is not None:
            coming()

    def run(self) -> Started | None:
        while True:
            # An encrypted file: its passphrase first (passphrase_dialog.py, issue 11).
            if _needs_passphrase(self.url):
                self._dialog_coming()
                from ombuds_desk.ui.shell.passphrase_dialog import ask_passphrase_if_needed

                try:
                    if not ask_passphrase_if_needed(self.url, self._parent):
                        return None
                except DatabaseUnavailableError as exc:  # the right passphrase, a damaged file
                    if not self._after_fault(exc):
                        return None
                    continue
            try:
                db = self._opener(self.url)
            except DatabaseUnavailableError as exc:
                if not self._after_fault(exc):
                    return None
                continue
            try:
                started = self._sign_in(db)
            except DatabaseUnavailableError as exc:
                db.dispose()
                if not self._after_fault(exc):
                    return None
                continue
            if started is None:
                db.dispose()
                return None
            return started

    # -- signing in ------------------------------------------------------------------------

    def _sign_in(self, db: Database) -> Started | None:
        from ombuds_desk.services.core import auth
        from ombuds_desk.services.core.reading import read

        found = read(db, lambda session: situation(session, self.username))
        # The mark inside the file decides, not how the app was started: the banner and the
        # title say DEMO only of a demo database, and a real one never signs in by itself.
        db.demo = found.demo
        if found.demo:
            if found.demo_member is None:
                raise DatabaseUnavailableError(
                    QCoreApplication.translate(
                        "Start",
                        "The demo database {name} has no demo staff. Build it again with "
                        "`ombuds-desk demo`, or open another database.",
                    ).format(name=db.display_name)
                )
            log.info(
                "Demo database %s: signed in as %s", db.display_name, found.demo_member.username
            )
            member = auth.demo_sign_in(db, found.demo_member.username, via="window")
            return Started(db, member, None)
        self._dialog_coming()
        if not found.has_staff:
            from ombuds_desk.ui.shell.first_start_dialog import FirstStartDialog

            first = FirstStartDialog(db, self._parent)
            if first.exec() != QDialog.DialogCode.Accepted or first.user is None:
                _closed(first)
                return None
            user = first.user
            log.info("First admin %s created on %s", user.username, db.display_name)
        else:
            from ombuds_desk.ui.shell.sign_in_dialog import ChangePasswordDialog, SignInDialog

            dialog = SignInDialog(db, found.office_name, self.username, self._parent)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
                _closed(dialog)
                return None
            user = dialog.user
            if user.must_change_password:
                least = auth.MIN_PASSWORD_LENGTH
                change = ChangePasswordDialog(
                    db,
                    user,
                    StartWords().reset_reason(least),
                    self._parent,
                )
                if change.exec() != QDialog.DialogCode.Accepted:
                    _closed(change)
                    return None
                user = change.user
            log.info("%s signed in to %s", user.username, db.display_name)
        self._settings.setValue(LAST_USERNAME, user.username)
        return Started(db, user, found.idle_minutes)

    # -- when the database cannot be used -------------------------------------------------

    def _after_fault(self, exc: DatabaseUnavailableError) -> bool:
        """Ask what to do; True to try again (perhaps another database), False to quit."""
        from ombuds_desk.services.core.backups import newest_backup
        from ombuds_desk.ui.shell.fault_dialog import Choice, FaultDialog
        from ombuds_desk.ui.shell.restore import when_made

        self._dialog_coming()
        log.warning("Cannot use the database: %s", exc.message)
        self.faults.append(exc.message)
        backup = newest_backup(self.url)
        dialog = FaultDialog(
            exc.message, when_made(backup) if backup is not None else None, self._parent
        )
        dialog.exec()
        if dialog.choice is Choice.QUIT:
            return False
        if dialog.choice is Choice.OTHER_DATABASE:
            chosen = self.choose_database()
            if chosen is not None:
                self.url = to_url(chosen)
        if dialog.choice is Choice.RESTORE_BACKUP and backup is not None:
            self.restore(backup)
        return True

    def restore(self, backup: Path) -> None:
        """Restore ``backup`` over the database that cannot be used, once the user said
        so and an admin of the backup signed in; then the start tries it again."""
        from ombuds_desk.ui.shell.restore import (
            admin_of_backup,
            ask_restore,
            fit_to_restore,
            restore_and_report,
        )

        if not fit_to_restore(backup, self._parent):
            return
        if not ask_restore(backup, self.url, self._parent):
            return
        admin = admin_of_backup(backup, self.username, self._parent)
        if admin is not None:
            restore_and_report(self.url, admin, backup, self._parent)

    def choose_database(self) -> Path | None:
        """A file chooser for another database; None when cancelled."""
        current = sqlite_path(self.url)
        chooser = QFileDialog(
            self._parent,
            QCoreApplication.translate("Start", "Open another database"),
            str(current.parent if current is not None else Path.home()),
        )
        chooser.setObjectName("chooseDatabase")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(QCoreApplication.translate("Start", DATABASE_FILTER))
        if chooser.exec() != QDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return None
        return Path(chooser.selectedFiles()[0])


def _needs_passphrase(url: str) -> bool:
    """An encrypted file whose passphrase this process does not know yet: none given for it
    opens it (after a restore, the backup's opens the restored file). A plain file, the usual
    case, costs a 16-byte read and no dialog module imported."""
    from ombuds_desk.store import encryption

    path = sqlite_path(url)
    return (
        path is not None
        and encryption.looks_encrypted(path)
        and encryption.passphrase_for(path) is None
    )
