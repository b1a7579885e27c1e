"""The passphrase of an encrypted database at start: asked before anything else, a wrong one
said in words in the dialog (never "file is not a database") with another try, cancel
quits; and the first start of a new database can make it encrypted."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from ombuds_desk.commands.gui import window_opener
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.backups import backup_now
from ombuds_desk.services.core.encryption import encrypt_database
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.shell.fault_dialog import Choice, FaultDialog
from ombuds_desk.ui.shell.first_start_dialog import FirstStartDialog
from ombuds_desk.ui.shell.passphrase_dialog import PassphraseDialog
from ombuds_desk.ui.shell.sign_in_dialog import SignInDialog
from ombuds_desk.ui.shell.start import Start, Started
from tests.conftest import PASSWORDS
from tests.services.helpers import register
from tests.ui.helpers import type_text
from tests.ui.shell.modal import Answers

PASSPHRASE = "ключ від сейфу 2026"
NAME = "Ґудзь-Їжакевич"
SHOTS = Path("/work/shots/17E")


@pytest.fixture(autouse=True)
def _no_passphrase_kept() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


@pytest.fixture
def encrypted(db: Database, admin: User, caseworker: User, today: date) -> Path:
    """A real database with staff and a person, encrypted; no passphrase known."""
    register(db, admin, today, family_name=NAME)
    assert db.path is not None
    db.dispose()
    encrypt_database(db.url, admin, PASSPHRASE)
    encryption.forget_all()
    return db.path


def _start(path: Path, settings: QSettings) -> Start:
    return Start(f"sqlite:///{path}", window_opener(False), "", settings)


def _run(begin: Start, answers: Answers) -> Started | None:
    try:
        return begin.run()
    finally:
        answers.check()


def _type_passphrase(qtbot: QtBot, text: str) -> Callable[[PassphraseDialog], None]:
    def act(dialog: PassphraseDialog) -> None:
        type_text(qtbot, dialog.passphrase.edit, text)
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)

    return act


def _sign_in(qtbot: QtBot, username: str) -> Callable[[SignInDialog], None]:
    def act(dialog: SignInDialog) -> None:
        dialog.username.setText(username)
        type_text(qtbot, dialog.password.edit, PASSWORDS[username])
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)

    return act


def test_a_wrong_passphrase_is_said_and_another_try_opens_the_database(
    qtbot: QtBot, encrypted: Path, ui_settings: QSettings
) -> None:
    def refused(dialog: PassphraseDialog) -> None:
        assert dialog.isVisible()  # stays for another try
        shown = dialog.problem.text()
        assert "That passphrase does not open this database (try 1)" in shown
        assert "not a database" not in shown
        assert dialog.passphrase.text() == ""
        assert dialog.focusWidget() is dialog.passphrase.edit
        dialog.adjustSize()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "passphrase-dialog-wrong.png"))
        type_text(qtbot, dialog.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)

    answers = (
        Answers()
        .then(PassphraseDialog, _type_passphrase(qtbot, "не той ключ"))
        .then(PassphraseDialog, refused)
        .then(SignInDialog, _sign_in(qtbot, "o.bondar"))
    )
    started = _run(_start(encrypted, ui_settings), answers)
    assert started is not None and started.user.username == "o.bondar"
    assert started.db.encrypted
    started.db.dispose()
    assert NAME.encode() not in encrypted.read_bytes()


def test_cancelling_the_passphrase_quits(
    qtbot: QtBot, encrypted: Path, ui_settings: QSettings
) -> None:
    def look_and_cancel(dialog: PassphraseDialog) -> None:
        assert not dialog.open_button.isEnabled()  # nothing typed yet
        dialog.adjustSize()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "passphrase-dialog.png"))
        dialog.reject()

    answers = Answers().then(PassphraseDialog, look_and_cancel)
    assert _run(_start(encrypted, ui_settings), answers) is None
    assert encryption.known_passphrase(encrypted) is None


def test_the_first_start_can_make_the_new_database_encrypted(
    qtbot: QtBot, db_path: Path, ui_settings: QSettings
) -> None:
    password = "пароль-адміна-2026"
    office = "Офіс Уповноваженого Ґудзь"

    def fill(dialog: FirstStartDialog) -> None:
        assert not dialog.passphrase.isVisible()
        type_text(qtbot, dialog.office.edit, office)
        type_text(qtbot, dialog.full_name.edit, "Ірина Коваленко")
        type_text(qtbot, dialog.username.edit, "i.kovalenko")
        type_text(qtbot, dialog.password.edit, password)
        type_text(qtbot, dialog.again.edit, password)
        assert dialog.save_button.isEnabled()
        dialog.encrypt.setChecked(True)
        assert dialog.passphrase.isVisible() and not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.passphrase.edit, "коротко")
        assert dialog.passphrase.problem.startswith("is too short")
        dialog.passphrase.clear()
        type_text(qtbot, dialog.passphrase.edit, PASSPHRASE)
        type_text(qtbot, dialog.passphrase_again.edit, PASSPHRASE + "x")
        assert dialog.passphrase_again.problem == "is not the same as the passphrase"
        qtbot.keyClick(dialog.passphrase_again.edit, Qt.Key.Key_Backspace)
        assert dialog.save_button.isEnabled()
        dialog.adjustSize()
        dialog.grab().save(str(SHOTS / "first-start-encrypt.png"))
        dialog.save_button.click()

    answers = Answers().then(FirstStartDialog, fill)
    started = _run(_start(db_path, ui_settings), answers)
    assert started is not None and started.user.username == "i.kovalenko"
    assert started.db.encrypted
    started.db.dispose()
    assert encryption.looks_encrypted(db_path)
    assert office.encode() not in db_path.read_bytes()
    assert "Коваленко".encode() not in db_path.read_bytes()


@pytest.fixture
def damaged_with_backup(encrypted: Path, admin: User) -> Path:
    """The encrypted database with an encrypted backup of it, then its first page damaged
    (after the salt): no passphrase opens it any more."""
    db = open_database(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    try:
        backup_now(db, admin)
    finally:
        db.dispose()
    data = bytearray(encrypted.read_bytes())
    data[100:600] = os.urandom(500)
    encrypted.write_bytes(bytes(data))
    encryption.forget_all()
    return encrypted


def test_the_right_passphrase_on_a_damaged_file_offers_its_backup_instead_of_asking_again(
    qtbot: QtBot, damaged_with_backup: Path, ui_settings: QSettings
) -> None:
    """SQLCipher cannot tell a wrong passphrase from a damaged first page: the passphrase
    opens the backup, so the file is damaged, and the restore is offered (it asked for the
    passphrase again and again before)."""
    said: list[str] = []

    def offered(dialog: FaultDialog) -> None:
        said.append(dialog.message.text())
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "passphrase-damaged-file.png"))
        dialog.buttons[Choice.RESTORE_BACKUP].click()

    def confirm(box: QMessageBox) -> None:
        assert box.objectName() == "restoreQuestion"
        restore = box.findChild(QPushButton, "restore")
        assert restore is not None
        restore.click()

    def restored(box: QMessageBox) -> None:
        assert box.objectName() == "restored"
        assert "not encrypted" not in box.text()  # the backup was encrypted already
        box.accept()

    answers = (
        Answers()
        .then(PassphraseDialog, _type_passphrase(qtbot, PASSPHRASE))
        .then(FaultDialog, offered)
        .then(QMessageBox, confirm)
        .then(SignInDialog, _sign_in(qtbot, "admin"))  # an admin of the backup
        .then(QMessageBox, restored)
        # The restored file opens with the passphrase given: it is not asked again.
        .then(SignInDialog, _sign_in(qtbot, "o.bondar"))
    )
    started = _run(_start(damaged_with_backup, ui_settings), answers)
    assert "The passphrase is right" in said[0] and "the file is damaged" in said[0]
    assert started is not None and started.db.encrypted
    with started.db.reading() as session:
        assert [p.family_name for p in session.exec(select(Person)).all()] == [NAME]
    started.db.dispose()
    assert NAME.encode() not in damaged_with_backup.read_bytes()
