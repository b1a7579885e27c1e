"""Starting a session on a real SQLite file, the dialogs answered as a user would: each
fault at start gives its dialog with the ways out that fit it, a new database its first
start, a real one its sign-in (wrong, right, locked, a reset password), the demo database
nobody's password."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.commands.gui import window_opener
from ombuds_desk.demo import builder
from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, Role
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.backups import backup_now
from ombuds_desk.services.core.office_settings import OFFICE_NAME, get_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import deactivate, find_user, reset_password
from ombuds_desk.store import engine as engine_module
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.shell.fault_dialog import Choice, FaultDialog
from ombuds_desk.ui.shell.first_start_dialog import FirstStartDialog
from ombuds_desk.ui.shell.sign_in_dialog import ChangePasswordDialog, SignInDialog
from ombuds_desk.ui.shell.start import LAST_USERNAME, Start, Started
from tests.conftest import PASSWORDS
from tests.services.helpers import register
from tests.ui.helpers import type_text
from tests.ui.shell.modal import Answers

CASEWORKER = "o.bondar"


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def start(path: Path, settings: QSettings, username: str = "") -> Start:
    return Start(url_of(path), window_opener(False), username, settings)


def run(begin: Start, answers: Answers) -> Started | None:
    try:
        return begin.run()
    finally:
        answers.check()


def copy_database(source: Path, target: Path) -> Path:
    """A copy of a closed database through SQLite's backup API: one file, no log beside it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    return target


@pytest.fixture
def staffed(db: Database, caseworker: User, supervisor: User, tmp_path: Path) -> Path:
    """A copy of a real database with staff (an admin, a supervisor, a caseworker), in a
    folder of its own: the test may break it as it likes."""
    assert db.path is not None
    db.dispose()
    return copy_database(db.path, tmp_path / "start" / "office.sqlite3")


def sign_in_as(qtbot: QtBot, username: str, password: str) -> Callable[[SignInDialog], None]:
    def act(dialog: SignInDialog) -> None:
        dialog.username.setText(username)
        type_text(qtbot, dialog.password.edit, password)
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)  # Enter signs in

    return act


def choose(choice: Choice, offered: list[Choice] | None = None) -> Callable[[FaultDialog], None]:
    def act(dialog: FaultDialog) -> None:
        if offered is not None:
            assert dialog.offered() == offered
        dialog.buttons[choice].click()

    return act


# -- signing in ---------------------------------------------------------------------------


def test_the_right_password_signs_in(qtbot: QtBot, staffed: Path, ui_settings: QSettings) -> None:
    answers = Answers().then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    started = run(start(staffed, ui_settings), answers)
    assert started is not None
    assert started.user.username == CASEWORKER and started.user.role is Role.CASEWORKER
    assert started.idle_minutes == 15  # the office's default
    assert not started.db.demo
    assert ui_settings.value(LAST_USERNAME) == CASEWORKER  # offered again next time
    with started.db.reading() as session:
        entry = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
        assert entry is not None and entry.action is AuditAction.SIGN_IN
        assert json.loads(entry.changes)["via"] == "window"
    started.db.dispose()


def test_a_wrong_password_is_refused_in_the_dialog_and_cleared(
    qtbot: QtBot, staffed: Path, ui_settings: QSettings
) -> None:
    def refused(dialog: SignInDialog) -> None:
        assert dialog.isVisible()  # the dialog stays for another try
        assert dialog.problem.text() == "Wrong user name or password."
        assert dialog.password.text() == ""
        assert dialog.focusWidget() is dialog.password.edit
        assert dialog.username.text() == CASEWORKER
        type_text(qtbot, dialog.password.edit, PASSWORDS[CASEWORKER])
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)

    answers = (
        Answers()
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, "не-той-пароль"))
        .then(SignInDialog, refused)
    )
    started = run(start(staffed, ui_settings), answers)
    assert started is not None and started.user.username == CASEWORKER
    with started.db.reading() as session:
        failed = session.exec(
            select(AuditEntry).where(AuditEntry.action == AuditAction.SIGN_IN_FAILED)
        ).all()
        assert len(failed) == 1
    started.db.dispose()


def test_five_wrong_passwords_lock_the_account_and_say_until_when(
    qtbot: QtBot, staffed: Path, ui_settings: QSettings
) -> None:
    messages: list[str] = []

    def wrong(dialog: SignInDialog) -> None:
        messages.append(dialog.problem.text())
        type_text(qtbot, dialog.password.edit, "wrong-password")
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)

    def cancel(dialog: SignInDialog) -> None:
        messages.append(dialog.problem.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel quits

    answers = Answers().then(SignInDialog, sign_in_as(qtbot, CASEWORKER, "wrong-password"))
    for _ in range(4):
        answers.then(SignInDialog, wrong)
    answers.then(SignInDialog, cancel)
    assert run(start(staffed, ui_settings, CASEWORKER), answers) is None
    assert messages[0] == "Wrong user name or password."
    assert "locked until" in messages[-1]
    # Even the right password is refused now.
    db = open_database(url_of(staffed))
    try:
        with pytest.raises(auth.SignInError, match="locked until"):
            auth.sign_in(db, CASEWORKER, PASSWORDS[CASEWORKER])
    finally:
        db.dispose()


def test_a_deactivated_account_is_told_so(
    qtbot: QtBot, db: Database, admin: User, caseworker: User, ui_settings: QSettings
) -> None:
    with unit_of_work(db, admin) as session:
        deactivate(session, admin, caseworker.id or 0)
    assert db.path is not None
    db.dispose()
    seen: list[str] = []

    def told(dialog: SignInDialog) -> None:
        seen.append(dialog.problem.text())
        dialog.reject()

    answers = (
        Answers()
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
        .then(SignInDialog, told)
    )
    assert run(start(db.path, ui_settings), answers) is None
    assert seen == ["This account has been deactivated. Ask an admin if you need it."]


def test_the_user_name_given_or_used_last_is_filled_in(
    qtbot: QtBot, staffed: Path, ui_settings: QSettings
) -> None:
    names: list[str] = []

    def look(dialog: SignInDialog) -> None:
        names.append(dialog.username.text())
        assert dialog.focusWidget() is dialog.password.edit  # straight to the password
        dialog.reject()

    answers = Answers().then(SignInDialog, look)
    assert run(start(staffed, ui_settings, "s.melnyk"), answers) is None
    ui_settings.setValue(LAST_USERNAME, CASEWORKER)
    answers = Answers().then(SignInDialog, look)
    assert run(start(staffed, ui_settings), answers) is None
    assert names == ["s.melnyk", CASEWORKER]


def test_a_reset_password_must_be_changed_before_the_window_opens(
    qtbot: QtBot, db: Database, admin: User, caseworker: User, ui_settings: QSettings
) -> None:
    temporary = "тимчасовий-123"
    with unit_of_work(db, admin) as session:
        reset_password(session, admin, caseworker.id or 0, temporary)
    assert db.path is not None
    db.dispose()
    new = "мій-новий-пароль-2026"

    def change(dialog: ChangePasswordDialog) -> None:
        assert "An admin has reset your password" in dialog.intro.text()
        assert not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.current.edit, temporary)
        type_text(qtbot, dialog.new.edit, "short")
        assert dialog.new.problem == "must be at least 10 characters"
        dialog.new.clear()
        type_text(qtbot, dialog.new.edit, new)
        assert dialog.new.problem == ""
        type_text(qtbot, dialog.again.edit, new[:-1])
        assert dialog.again.problem == "is not the same as the new password"
        assert not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.again.edit, new[-1])
        assert dialog.again.problem == "" and dialog.save_button.isEnabled()
        dialog.save_button.click()

    answers = (
        Answers()
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, temporary))
        .then(ChangePasswordDialog, change)
    )
    started = run(start(db.path, ui_settings), answers)
    assert started is not None and started.user.username == CASEWORKER
    assert not started.user.must_change_password
    assert auth.sign_in(started.db, CASEWORKER, new).id == caseworker.id
    with pytest.raises(auth.SignInError):
        auth.sign_in(started.db, CASEWORKER, temporary)
    started.db.dispose()


def test_a_wrong_current_password_is_said_under_its_field(
    qtbot: QtBot, db: Database, admin: User, caseworker: User, ui_settings: QSettings
) -> None:
    temporary = "тимчасовий-123"
    with unit_of_work(db, admin) as session:
        reset_password(session, admin, caseworker.id or 0, temporary)
    assert db.path is not None
    db.dispose()
    new = "мій-новий-пароль-2026"

    def wrong_current(dialog: ChangePasswordDialog) -> None:
        type_text(qtbot, dialog.current.edit, "not-the-temporary")
        type_text(qtbot, dialog.new.edit, new)
        type_text(qtbot, dialog.again.edit, new)
        dialog.save_button.click()
        assert dialog.isVisible()
        assert dialog.current.problem == "is not your current password"
        assert dialog.current.text() == "" and not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.current.edit, temporary)
        assert dialog.current.problem == ""
        dialog.save_button.click()

    answers = (
        Answers()
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, temporary))
        .then(ChangePasswordDialog, wrong_current)
    )
    started = run(start(db.path, ui_settings), answers)
    assert started is not None and not started.user.must_change_password
    started.db.dispose()


# -- the first start ------------------------------------------------------------------------


def test_a_new_database_opens_the_first_start_and_signs_its_admin_in(
    qtbot: QtBot, db_path: Path, ui_settings: QSettings
) -> None:
    password = "пароль-адміна-2026"

    def fill(dialog: FirstStartDialog) -> None:
        assert not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.office.edit, "Офіс Уповноваженого")
        type_text(qtbot, dialog.full_name.edit, "Ірина Коваленко-Пʼятницька")
        type_text(qtbot, dialog.username.edit, "i.kovalenko")
        type_text(qtbot, dialog.password.edit, "I.Kovalenko")
        assert dialog.password.problem == "must not be the user name"
        dialog.password.clear()
        type_text(qtbot, dialog.password.edit, "коротко")
        assert dialog.password.problem == "must be at least 10 characters"
        dialog.password.clear()
        type_text(qtbot, dialog.password.edit, password)
        assert dialog.password.problem == ""
        assert not dialog.save_button.isEnabled()  # not yet typed again
        type_text(qtbot, dialog.again.edit, password + "x")
        assert dialog.again.problem == "is not the same as the password"
        assert not dialog.save_button.isEnabled()
        qtbot.keyClick(dialog.again.edit, Qt.Key.Key_Backspace)
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()

    answers = Answers().then(FirstStartDialog, fill)
    started = run(start(db_path, ui_settings), answers)
    assert started is not None
    assert started.user.username == "i.kovalenko" and started.user.role is Role.ADMIN
    assert started.user.full_name == "Ірина Коваленко-Пʼятницька"
    # The founder is signed in like anyone: on the record, with a last sign-in to show.
    assert started.user.last_sign_in_at is not None
    with started.db.reading() as session:
        assert get_setting(session, OFFICE_NAME) == "Офіс Уповноваженого"
        sign_ins = session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == AuditAction.SIGN_IN)
        ).all()
        assert [json.loads(e.changes).get("via") for e in sign_ins] == ["first start"]
    assert auth.sign_in(started.db, "i.kovalenko", password).role is Role.ADMIN
    started.db.dispose()


def test_a_user_name_the_service_refuses_is_said_under_its_field(
    qtbot: QtBot, db_path: Path, ui_settings: QSettings
) -> None:
    password = "пароль-адміна-2026"

    def fill(dialog: FirstStartDialog) -> None:
        type_text(qtbot, dialog.office.edit, "Офіс")
        type_text(qtbot, dialog.full_name.edit, "Ірина Коваленко")
        type_text(qtbot, dialog.username.edit, "ірина коваленко")  # a space: refused
        type_text(qtbot, dialog.password.edit, password)
        type_text(qtbot, dialog.again.edit, password)
        dialog.save_button.click()
        assert dialog.isVisible()
        assert "letters, digits" in dialog.username.problem
        dialog.username.edit.clear()
        assert dialog.username.problem == ""
        type_text(qtbot, dialog.username.edit, "ірина")
        dialog.save_button.click()

    answers = Answers().then(FirstStartDialog, fill)
    started = run(start(db_path, ui_settings), answers)
    assert started is not None and started.user.username == "ірина"
    started.db.dispose()


def test_cancelling_the_first_start_quits_and_creates_nobody(
    qtbot: QtBot, db_path: Path, ui_settings: QSettings
) -> None:
    answers = Answers().then(FirstStartDialog, lambda dialog: dialog.reject())
    assert run(start(db_path, ui_settings), answers) is None
    db = open_database(url_of(db_path))
    try:
        with db.reading() as session:
            assert not auth.has_staff(session)
    finally:
        db.dispose()


# -- the demo -------------------------------------------------------------------------------


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    db = open_database(url_of(path), demo=True)
    builder.build_demo(db, persons=30, seed=7)
    db.dispose()
    return path


def test_the_demo_signs_its_supervisor_in_without_a_dialog(
    demo_path: Path, ui_settings: QSettings
) -> None:
    answers = Answers()  # no dialog at all
    started = run(Start(url_of(demo_path), window_opener(False), "", ui_settings), answers)
    assert started is not None
    assert started.user.username == "n.rudenko" and started.user.full_name == "Наталія Руденко"
    assert started.user.role is Role.SUPERVISOR
    assert started.db.demo  # the mark in the file, though not started with --demo
    assert started.idle_minutes is None  # nobody to ask for a password
    started.db.dispose()


def test_the_demo_signs_in_the_member_of_staff_named(
    demo_path: Path, ui_settings: QSettings
) -> None:
    answers = Answers()
    started = run(Start(url_of(demo_path), window_opener(True), "admin", ui_settings), answers)
    assert started is not None and started.user.username == "admin"
    started.db.dispose()


def test_a_real_database_opened_as_demo_still_asks_for_a_password(
    qtbot: QtBot, staffed: Path, ui_settings: QSettings
) -> None:
    answers = Answers().then(SignInDialog, lambda dialog: dialog.reject())
    assert run(Start(url_of(staffed), window_opener(True), "", ui_settings), answers) is None


# -- faults at start ------------------------------------------------------------------------


def test_a_damaged_file_offers_another_database_or_quit(
    staffed: Path, ui_settings: QSettings
) -> None:
    data = bytearray(staffed.read_bytes())
    data[100:] = os.urandom(len(data) - 100)  # the header stays: SQLite, but garbage
    staffed.write_bytes(bytes(data))
    for extra in staffed.parent.glob(staffed.name + "-*"):
        extra.unlink()
    seen: list[str] = []

    def look(dialog: FaultDialog) -> None:
        seen.append(dialog.message.text())
        assert dialog.windowTitle() == "Ombuds Desk cannot open the database"
        choose(Choice.QUIT, [Choice.OTHER_DATABASE, Choice.QUIT])(dialog)

    answers = Answers().then(FaultDialog, look)
    begin = start(staffed, ui_settings)
    assert run(begin, answers) is None
    assert "damaged" in seen[0] and str(staffed) in seen[0]


def test_a_file_that_is_no_database_can_be_swapped_for_another(
    qtbot: QtBot, staffed: Path, tmp_path: Path, ui_settings: QSettings
) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Список полонених — не база даних\n", encoding="utf-8")

    def pick(chooser: QFileDialog) -> None:
        assert chooser.windowTitle() == "Open another database"
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(staffed))  # the whole path pasted, as a user may
        qtbot.keyClick(name, Qt.Key.Key_Return)

    answers = (
        Answers()
        .then(FaultDialog, choose(Choice.OTHER_DATABASE, [Choice.OTHER_DATABASE, Choice.QUIT]))
        .then(QFileDialog, pick)
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    )
    begin = start(notes, ui_settings)
    started = run(begin, answers)
    assert started is not None and started.db.path == staffed
    assert "not an Ombuds Desk database" in begin.faults[0]
    assert notes.read_text(encoding="utf-8").startswith("Список")  # untouched
    started.db.dispose()


def test_a_cancelled_file_chooser_asks_again(staffed: Path, ui_settings: QSettings) -> None:
    notes = staffed.parent / "notes.sqlite3"
    notes.write_bytes(b"PK\x03\x04 a zip, not a database")
    answers = (
        Answers()
        .then(FaultDialog, choose(Choice.OTHER_DATABASE))
        .then(QFileDialog, lambda chooser: chooser.reject())
        .then(FaultDialog, choose(Choice.QUIT))
    )
    assert run(start(notes, ui_settings), answers) is None


@pytest.fixture(params=["garbage", "emptied"])
def damaged_with_backup(staffed: Path, today: date, request: pytest.FixtureRequest) -> Path:
    """A database with a person and a backup of it, then damaged (garbage after the header),
    or cut to nothing (a failed copy or sync)."""
    db = open_database(url_of(staffed))
    try:
        admin = auth.sign_in(db, "admin", PASSWORDS["admin"])
        register(db, admin, today, family_name="Ґудзь", given_name="Євген")
        backup_now(db, admin)
    finally:
        db.dispose()
    if request.param == "emptied":
        staffed.write_bytes(b"")
        return staffed
    data = bytearray(staffed.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    staffed.write_bytes(bytes(data))
    return staffed


def test_a_damaged_database_with_a_backup_can_be_restored_at_start(
    qtbot: QtBot, damaged_with_backup: Path, ui_settings: QSettings, request: pytest.FixtureRequest
) -> None:
    path = damaged_with_backup
    # A damaged file is set aside before the restore; an emptied one holds nothing to keep.
    kept = 0 if "emptied" in request.node.name else 1
    notes: list[str] = []

    def offered(dialog: FaultDialog) -> None:
        note = dialog.findChild(QLabel, "backupNote")
        assert note is not None
        notes.append(note.text())
        choose(Choice.RESTORE_BACKUP, [Choice.RESTORE_BACKUP, Choice.OTHER_DATABASE, Choice.QUIT])(
            dialog
        )

    def confirm(box: QMessageBox) -> None:
        assert box.objectName() == "restoreQuestion"
        assert str(path) in box.informativeText()
        restore = box.findChild(QPushButton, "restore")
        assert restore is not None
        restore.click()

    def admin_of_the_backup(dialog: SignInDialog) -> None:
        purpose = dialog.findChild(QLabel, "signInPurpose")
        assert purpose is not None and "sign in as an admin" in purpose.text()
        where = dialog.findChild(QLabel, "databaseLine")
        assert where is not None and where.text().startswith("Backup: ")
        sign_in_as(qtbot, "admin", PASSWORDS["admin"])(dialog)

    def restored(box: QMessageBox) -> None:
        assert box.objectName() == "restored"
        assert ("before-restore" in box.informativeText()) is bool(kept)
        box.accept()

    answers = (
        Answers()
        .then(FaultDialog, offered)
        .then(QMessageBox, confirm)
        .then(SignInDialog, admin_of_the_backup)
        .then(QMessageBox, restored)
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    )
    started = run(start(path, ui_settings), answers)
    assert notes[0].startswith("The newest backup was made ")
    assert started is not None and started.user.username == CASEWORKER
    with started.db.reading() as session:
        assert [p.family_name for p in session.exec(select(Person)).all()] == ["Ґудзь"]
    assert len(list(path.parent.glob("office.before-restore-*.sqlite3"))) == kept
    started.db.dispose()


def test_only_an_admin_of_the_backup_may_restore_it(
    qtbot: QtBot, damaged_with_backup: Path, ui_settings: QSettings
) -> None:
    path = damaged_with_backup
    before = path.read_bytes()
    refusals: list[str] = []

    def refused(box: QMessageBox) -> None:
        refusals.append(box.text())
        box.accept()

    answers = (
        Answers()
        .then(FaultDialog, choose(Choice.RESTORE_BACKUP))
        .then(QMessageBox, lambda box: box.findChild(QPushButton, "restore").click())
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
        .then(QMessageBox, refused)
        .then(FaultDialog, choose(Choice.QUIT))
    )
    assert run(start(path, ui_settings), answers) is None
    assert "admin" in refusals[0].lower()
    assert path.read_bytes() == before  # nothing was restored or set aside
    assert not list(path.parent.glob("office.before-restore-*"))


def test_a_newer_schema_offers_another_database_or_quit(
    staffed: Path, ui_settings: QSettings
) -> None:
    connection = sqlite3.connect(staffed)
    connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    connection.commit()
    connection.close()
    seen: list[str] = []

    def look(dialog: FaultDialog) -> None:
        seen.append(dialog.message.text())
        choose(Choice.QUIT, [Choice.OTHER_DATABASE, Choice.QUIT])(dialog)

    answers = Answers().then(FaultDialog, look)
    assert run(start(staffed, ui_settings), answers) is None
    assert "newer" in seen[0]
    connection = sqlite3.connect(staffed)
    try:  # nothing was done to the file
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("zzzz",)
    finally:
        connection.close()


def test_a_locked_database_can_be_tried_again_once_free(
    qtbot: QtBot, staffed: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)  # not ten seconds of waiting
    other = sqlite3.connect(staffed, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    seen: list[str] = []

    def free_and_retry(dialog: FaultDialog) -> None:
        seen.append(dialog.message.text())
        other.execute("ROLLBACK")
        choose(Choice.RETRY, [Choice.RETRY, Choice.OTHER_DATABASE, Choice.QUIT])(dialog)

    answers = (
        Answers()
        .then(FaultDialog, free_and_retry)
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    )
    try:
        started = run(start(staffed, ui_settings), answers)
    finally:
        other.close()
    assert "locked" in seen[0]
    assert started is not None and started.user.username == CASEWORKER
    started.db.dispose()


def _make_read_only(path: Path) -> Iterator[None]:
    """The file and its folder unwritable, as on a read-only medium: chmod, or for root
    (whom permissions do not stop) the immutable flag."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        yield
        path.parent.chmod(0o755)
        path.chmod(0o644)
        return
    if shutil.which("chattr") is None:
        pytest.skip("no chattr to make a file read-only for root")
    made = subprocess.run(["chattr", "+i", str(path), str(path.parent)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i failed here: {made.stderr.decode().strip()}")
    yield
    subprocess.run(["chattr", "-i", str(path), str(path.parent)], check=True)


@pytest.fixture
def read_only(staffed: Path) -> Iterator[Path]:
    for _made in _make_read_only(staffed):
        yield staffed


def test_a_database_locked_while_signing_in_gives_the_same_ways_out(
    qtbot: QtBot, staffed: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(staffed, isolation_level=None)
    seen: list[str] = []

    def locked_meanwhile(dialog: SignInDialog) -> None:
        other.execute("BEGIN EXCLUSIVE")  # another program takes it as the user types
        sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER])(dialog)

    def free_and_retry(dialog: FaultDialog) -> None:
        seen.append(dialog.message.text())
        other.execute("ROLLBACK")
        choose(Choice.RETRY, [Choice.RETRY, Choice.OTHER_DATABASE, Choice.QUIT])(dialog)

    answers = (
        Answers()
        .then(SignInDialog, locked_meanwhile)
        .then(FaultDialog, free_and_retry)
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    )
    try:
        started = run(start(staffed, ui_settings), answers)
    finally:
        other.close()
    assert "locked" in seen[0]
    assert started is not None and started.user.username == CASEWORKER
    started.db.dispose()


def test_a_read_only_database_opens_for_looking_after_signing_in(
    qtbot: QtBot, read_only: Path, ui_settings: QSettings
) -> None:
    answers = Answers().then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    started = run(start(read_only, ui_settings), answers)
    assert started is not None and started.db.read_only
    started.db.dispose()


@pytest.fixture
def full_disk(staffed: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The database on a small disk of its own (a tmpfs), filled up to the last byte by
    another file: (the database, the filler)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    disk = tmp_path / "small-disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {mounted.stderr.decode().strip()}")
    try:
        path = disk / "office.sqlite3"
        shutil.copyfile(staffed, path)
        filler = disk / "scans.bin"
        filler.write_bytes(b"\0" * shutil.disk_usage(disk).free)
        assert shutil.disk_usage(disk).free == 0
        yield path, filler
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


def test_a_full_disk_says_so_and_can_be_tried_again_once_space_is_freed(
    qtbot: QtBot, full_disk: tuple[Path, Path], ui_settings: QSettings
) -> None:
    path, filler = full_disk
    seen: list[str] = []

    def free_and_retry(dialog: FaultDialog) -> None:
        seen.append(dialog.message.text())
        filler.unlink()  # the user deletes something big
        choose(Choice.RETRY, [Choice.RETRY, Choice.OTHER_DATABASE, Choice.QUIT])(dialog)

    answers = (
        Answers()
        .then(FaultDialog, free_and_retry)
        .then(SignInDialog, sign_in_as(qtbot, CASEWORKER, PASSWORDS[CASEWORKER]))
    )
    started = run(start(path, ui_settings), answers)
    assert seen[0].startswith("The disk is full: nothing was saved. Free some space")
    assert started is not None and started.user.username == CASEWORKER
    started.db.dispose()


def test_the_fault_is_logged(
    staffed: Path, ui_settings: QSettings, caplog: pytest.LogCaptureFixture
) -> None:
    staffed.write_bytes(b"garbage" * 100)
    answers = Answers().then(FaultDialog, choose(Choice.QUIT))
    with caplog.at_level("WARNING", logger="ombuds_desk"):
        assert run(start(staffed, ui_settings), answers) is None
    assert any("Cannot use the database" in r.getMessage() for r in caplog.records)


def test_quitting_leaves_the_staff_as_they_were(staffed: Path, ui_settings: QSettings) -> None:
    answers = Answers().then(SignInDialog, lambda dialog: dialog.reject())
    assert run(start(staffed, ui_settings), answers) is None
    db = open_database(url_of(staffed))
    try:
        with db.reading() as session:
            user = find_user(session, CASEWORKER)
            assert user is not None and user.failed_sign_ins == 0
    finally:
        db.dispose()
