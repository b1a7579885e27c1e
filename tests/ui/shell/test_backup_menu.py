"""File → Back up now and File → Restore a backup… in the whole window, on a real SQLite
file: who sees them, a backup made and said, a restore chosen, checked, confirmed, and done
once the window closed (then the app signs in again on the restored database); the day's
backup when the window opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.commands.gui import window_opener
from ombuds_desk.domain.accounts import BackupRecord, User
from ombuds_desk.domain.enums import BackupKind
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.backups import backup_now
from ombuds_desk.services.core.office_settings import BACKUP_FOLDER, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell.app import open_window
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.restore import restore_and_report
from ombuds_desk.ui.shell.sign_in_dialog import SignInDialog
from ombuds_desk.ui.shell.start import Start, Started
from tests.conftest import PASSWORDS
from tests.services.helpers import register
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import action, wait_idle
from tests.ui.shell.modal import Answers


def family_names(db: Database) -> set[str]:
    with db.reading() as session:
        return {p.family_name for p in session.exec(select(Person)).all()}


def visible_box(qtbot: QtBot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == name, box
    return box


def choose_file(qtbot: QtBot, path: Path) -> None:
    """The backup chosen in the file dialog the window opened (its path pasted, Enter)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    chooser = QApplication.activeModalWidget()
    assert isinstance(chooser, QFileDialog)
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("who", "backs_up", "restores"),
    [("caseworker", False, False), ("supervisor", True, False), ("admin", True, True)],
)
def test_each_role_sees_only_what_it_may_do(
    request: pytest.FixtureRequest,
    make_window: WindowFactory,
    who: str,
    backs_up: bool,
    restores: bool,
) -> None:
    user: User = request.getfixturevalue(who)
    window = make_window(user)
    assert action(window, "backUpNow").isVisible() is backs_up
    assert action(window, "restoreBackup").isVisible() is restores
    entries = [a.objectName() for a in window.menus[MenuKey.FILE].actions() if a.isVisible()]
    ours = [name for name, shown in (("backUpNow", backs_up), ("restoreBackup", restores)) if shown]
    assert [name for name in entries if name in ("backUpNow", "restoreBackup")] == ours
    if ours:  # after the features' entries, before Quit, a group of their own
        first = entries.index(ours[0])
        assert entries[first - 1] == "" and entries[-1] == "quit"
        assert entries.index(ours[-1]) < entries.index("quit")
    every = [a.objectName() for a in window.menus[MenuKey.FILE].actions()]
    assert ("backUpNow" in every) is backs_up and ("restoreBackup" in every) is restores


def test_back_up_now_makes_a_backup_and_says_where(
    qtbot: QtBot, make_window: WindowFactory, supervisor: User, db: Database
) -> None:
    window = make_window(supervisor)
    action(window, "backUpNow").trigger()
    assert not action(window, "backUpNow").isEnabled()  # once at a time
    wait_idle(qtbot, window)
    box = visible_box(qtbot, "backupMade")
    assert db.path is not None
    [made] = list((db.path.parent / "backups").glob("*.sqlite3"))
    assert str(made) in box.text()
    assert action(window, "backUpNow").isEnabled()
    assert str(made) in window.statusBar().currentMessage()
    with db.reading() as session:
        [record] = session.exec(select(BackupRecord)).all()
    assert record.kind is BackupKind.ON_DEMAND and record.made_by_id == supervisor.id


def test_a_backup_that_cannot_be_made_is_said(
    qtbot: QtBot, make_window: WindowFactory, admin: User, db: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, BACKUP_FOLDER, str(blocker))
    window = make_window(admin)
    action(window, "backUpNow").trigger()
    wait_idle(qtbot, window)
    box = visible_box(qtbot, "")
    assert box.windowTitle() == "Backup"
    assert str(blocker) in box.text()
    with db.reading() as session:
        assert session.exec(select(BackupRecord)).all() == []


def test_a_restore_chosen_and_confirmed_is_done_once_the_window_closed(
    qtbot: QtBot,
    make_window: WindowFactory,
    admin: User,
    db: Database,
    today: date,
    ui_settings: QSettings,
) -> None:
    register(db, admin, today, family_name="Ґудзь", given_name="Євген")
    backup = Path(backup_now(db, admin).path)
    register(db, admin, today, family_name="Пʼятницький", given_name="Юрій")  # after it
    window = make_window(admin)
    action(window, "restoreBackup").trigger()
    choose_file(qtbot, backup)
    question = visible_box(qtbot, "restoreQuestion")
    assert question.text().startswith("Restore the backup made on ")
    assert str(db.path) in question.informativeText() and backup.name in question.informativeText()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    restore = question.findChild(type(question.defaultButton()), "restore")
    assert restore is not None
    restore.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restore_request == backup
    assert family_names(db) == {"Ґудзь", "Пʼятницький"}  # nothing is done while it is open

    # What the app does next (app.run_gui): restore with nothing open, then start again.
    db.dispose()
    answers = Answers().then(QMessageBox, lambda box: box.accept())
    result = restore_and_report(db.url, admin, backup)
    answers.check()
    assert result is not None and result.set_aside is not None and result.set_aside.exists()
    assert answers.seen[0].objectName() == "restored"
    assert family_names(db) == {"Ґудзь"}

    def sign_in(dialog: SignInDialog) -> None:
        dialog.username.setText("admin")
        dialog.password.edit.setText(PASSWORDS["admin"])
        dialog.sign_in_button.click()

    answers = Answers().then(SignInDialog, sign_in)
    started = Start(db.url, window_opener(False), "admin", ui_settings).run()
    answers.check()
    assert started is not None and started.user.username == "admin"
    started.db.dispose()


def test_cancelling_the_question_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, admin: User, db: Database, today: date
) -> None:
    backup = Path(backup_now(db, admin).path)
    window = make_window(admin)
    action(window, "restoreBackup").trigger()
    choose_file(qtbot, backup)
    question = visible_box(qtbot, "restoreQuestion")
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter is Cancel here
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.isVisible() and window.restore_request is None


def test_a_file_that_is_no_backup_is_refused_with_the_reason(
    qtbot: QtBot, make_window: WindowFactory, admin: User, tmp_path: Path
) -> None:
    notes = tmp_path / "списки.sqlite3"
    notes.write_text("Список — не резервна копія", encoding="utf-8")
    window = make_window(admin)
    action(window, "restoreBackup").trigger()
    choose_file(qtbot, notes)
    wait_idle(qtbot, window)
    box = visible_box(qtbot, "")
    assert box.windowTitle() == "Backup"
    assert "is not an Ombuds Desk backup" in box.text()
    box.accept()
    assert window.isVisible() and window.restore_request is None


def test_the_days_backup_is_made_when_the_window_opens(
    qtbot: QtBot, db: Database, admin: User, ui_settings: QSettings
) -> None:
    window: MainWindow = open_window(Started(db, admin, 15), settings=ui_settings)
    qtbot.addWidget(window)
    wait_idle(qtbot, window)
    with db.reading() as session:
        records = session.exec(select(BackupRecord).order_by(col(BackupRecord.id))).all()
    assert [r.kind for r in records] == [BackupKind.DAILY]
    assert records[0].made_by_id is None  # the app's own
    assert records[0].path in window.statusBar().currentMessage()
    window.close()
    again = open_window(Started(db, admin, 15), settings=ui_settings)  # the same day
    qtbot.addWidget(again)
    wait_idle(qtbot, again)
    with db.reading() as session:
        assert len(session.exec(select(BackupRecord)).all()) == 1
    again.close()
