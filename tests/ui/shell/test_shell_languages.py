"""The window's frame and the start in other languages: the main window's menus, title and
status line, sign-in, a new password, the first start, the passphrase, the fault dialog and
the lock screen put every word through a translator (the pseudo-language finds any that does
not), and read as Ukrainian and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin import feature as admin_feature
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell import backup_menu, integrity
from ombuds_desk.ui.shell.fault_dialog import FaultDialog
from ombuds_desk.ui.shell.first_start_dialog import FirstStartDialog
from ombuds_desk.ui.shell.idle_lock import LockScreen
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.passphrase_dialog import PassphraseDialog
from ombuds_desk.ui.shell.sign_in_dialog import ChangePasswordDialog, SignInDialog
from tests.ui.helpers import wait_idle
from tests.ui.untranslated import untranslated_texts

ROLE_WORDS = [word for role in Role for word in (role.label, role.label.lower())]
BRAND = "Ombuds Desk"  # the program's name, the same in every language


@pytest.fixture
def frame(qtbot: QtBot, db: Database, admin: User, ui_settings: QSettings) -> Iterator[MainWindow]:
    """The main window with the features of this workstream only (Settings, Retention, the
    Administration page, the backups, the database check): every word in it is ours."""
    window = MainWindow(db, admin, settings=ui_settings)
    admin_feature.install(window)
    backup_menu.install(window)
    integrity.install(window)
    window.finish_menus()
    window.show()
    qtbot.waitExposed(window)
    yield window
    wait_idle(qtbot, window)
    window.close()
    window.deleteLater()


def test_the_main_window_and_its_menus_are_translatable(
    pseudo_language: None, frame: MainWindow, db: Database
) -> None:
    allow = [BRAND, db.display_name, *ROLE_WORDS]
    assert untranslated_texts(frame, allow=allow) == []
    menus = frame.menuBar().findChildren(QMenu)
    assert menus and all(untranslated_texts(menu, allow=allow) == [] for menu in menus)
    assert frame.menus[MenuKey.FILE].title() == "⟦&File⟧"
    # What the status line says of each entry (not among the texts the walk reads).
    tips = [action.statusTip() for action in frame.findChildren(QAction)]
    assert [tip for tip in tips if tip and not tip.startswith("⟦")] == []


def test_a_demo_window_says_demo_in_the_language(
    qtbot: QtBot, pseudo_language: None, db: Database, admin: User, ui_settings: QSettings
) -> None:
    db.demo = True
    window = MainWindow(db, admin, settings=ui_settings)
    window.finish_menus()
    try:
        assert untranslated_texts(window, allow=[BRAND, db.display_name, *ROLE_WORDS]) == []
        assert "⟦DEMO⟧" in window.windowTitle()
    finally:
        window.close()
        window.deleteLater()


def test_the_main_window_in_ukrainian(ukrainian: None, frame: MainWindow) -> None:
    titles = [action.text() for action in frame.menuBar().actions() if action.isVisible()]
    assert titles[:2] == ["&Файл", "&Вигляд"]
    file_entries = [a.text() for a in frame.menus[MenuKey.FILE].actions() if a.text()]
    assert "&Налаштування…" in file_entries
    assert file_entries[-1] == "&Вийти"


def test_the_main_window_in_russian(russian: None, frame: MainWindow) -> None:
    file_entries = [a.text() for a in frame.menus[MenuKey.FILE].actions() if a.text()]
    assert "&Настройки…" in file_entries
    assert "&Проверить базу данных на повреждения" in file_entries


def test_sign_in_and_a_new_password_are_translatable(
    qtbot: QtBot, pseudo_language: None, db: Database, admin: User
) -> None:
    dialog = SignInDialog(db, "Офіс Уповноваженого", "")
    dialog.show()
    dialog.sign_in_button.click()  # nothing typed: the problem line says so
    assert dialog.problem.isVisible()
    assert untranslated_texts(dialog, allow=[db.display_name]) == []

    change = ChangePasswordDialog(db, admin)
    change.show()
    assert untranslated_texts(change, allow=[db.display_name]) == []


def test_sign_in_in_ukrainian_and_russian(db: Database, admin: User, ukrainian: None) -> None:
    dialog = SignInDialog(db, "Офіс", "")
    assert dialog.windowTitle() == "Вхід — Ombuds Desk"
    assert dialog.sign_in_button.text() == "&Увійти"
    change = ChangePasswordDialog(db, admin)
    assert "щонайменше 10 символів" in change.intro.text()


def test_first_start_is_translatable(qtbot: QtBot, pseudo_language: None, db: Database) -> None:
    dialog = FirstStartDialog(db)
    dialog.show()
    dialog.encrypt.setChecked(True)  # the passphrase's rows and note too
    assert untranslated_texts(dialog, allow=[db.display_name]) == []


def test_the_passphrase_is_translatable(
    pseudo_language: None, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "encrypted.sqlite3"
    dialog = PassphraseDialog(path)
    dialog.show()
    assert untranslated_texts(dialog, allow=[str(path)]) == []


def test_the_fault_dialog_and_the_lock_screen_are_translatable(
    pseudo_language: None, admin: User
) -> None:
    message = "The database file is damaged (malformed)."  # the store's words: data here
    dialog = FaultDialog(message, backup="створено 25.11.2026 о 18:02")
    assert untranslated_texts(dialog, allow=[message]) == []
    screen = LockScreen(admin)
    screen.reset(1)
    assert untranslated_texts(screen, allow=[*ROLE_WORDS, "admin"]) == []
