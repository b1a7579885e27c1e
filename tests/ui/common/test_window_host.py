"""What every host window has in common: who acts on which database and when, one change
notification per change, the menus in a fixed order, the status line, the Undo offer."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.common.tasks import TaskRunner
from ombuds_desk.ui.common.window_host import WindowHost

MENU_BAR = ["&File", "&Case", "&View", "&Go", "&Print", "&Mail"]


@pytest.fixture
def window_host(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> WindowHost:
    host = WindowHost(db, caseworker, lambda: today, ui_settings)
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_it_answers_who_acts_on_which_database_and_when(
    window_host: WindowHost, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> None:
    assert window_host.db is db
    assert window_host.actor.full_name == "Олег Бондар"
    assert window_host.actor is caseworker
    assert window_host.today() == today
    assert window_host.settings() is ui_settings
    assert window_host.window() is window_host  # the parent of dialogs
    assert isinstance(window_host.tasks, TaskRunner)
    assert window_host.tasks.pending == 0


def test_today_is_asked_each_time(
    qtbot: QtBot, db: Database, caseworker: User, ui_settings: QSettings
) -> None:
    """A window left open over midnight dates the next change with the new day."""
    days = [date(2026, 12, 31), date(2027, 1, 1)]
    host = WindowHost(db, caseworker, lambda: days[0], ui_settings)
    qtbot.addWidget(host)
    assert host.today() == date(2026, 12, 31)
    days.pop(0)
    assert host.today() == date(2027, 1, 1)


def test_without_settings_it_uses_the_offices_own(
    qtbot: QtBot, db: Database, caseworker: User, today: date
) -> None:
    host = WindowHost(db, caseworker, lambda: today)
    qtbot.addWidget(host)
    assert host.settings().organizationName() == "Ombuds Desk"
    assert host.settings().applicationName() == "Ombuds Desk"


def test_notify_emits_changed_once_with_the_change(window_host: WindowHost) -> None:
    seen: list[Change] = []
    window_host.signals.changed.connect(seen.append)
    window_host.notify(Change.CONTACTS | Change.NOTES)
    assert seen == [Change.CONTACTS | Change.NOTES]
    window_host.notify(Change.STATUS)
    assert seen == [Change.CONTACTS | Change.NOTES, Change.STATUS]


def test_the_menus_come_in_a_fixed_order(window_host: WindowHost) -> None:
    bar = window_host.menuBar()
    assert [a.text() for a in bar.actions()] == MENU_BAR
    for key in MenuKey:
        assert window_host.menu(key) is window_host.menus[key]
        assert window_host.menu(key).objectName() == f"{key.value}Menu"


def test_filling_a_later_menu_first_keeps_the_order(window_host: WindowHost) -> None:
    """Features fill the menus in the order they are installed, not in menu-bar order."""
    window_host.menu(MenuKey.MAIL).addAction("Посилки…")
    window_host.menu(MenuKey.PRINT).addAction("Друк справи…")
    window_host.menu(MenuKey.FILE).addAction("Новий запис…")
    assert [a.text() for a in window_host.menuBar().actions()] == MENU_BAR
    assert [a.text() for a in window_host.menu(MenuKey.MAIL).actions()] == ["Посилки…"]


def test_show_status_shows_the_message_for_a_while(qtbot: QtBot, window_host: WindowHost) -> None:
    window_host.show_status("Справу Пʼятницького збережено", 300)
    assert window_host.statusBar().currentMessage() == "Справу Пʼятницького збережено"
    qtbot.waitUntil(lambda: window_host.statusBar().currentMessage() == "")


def test_a_status_widget_stays_when_messages_come_and_go(window_host: WindowHost) -> None:
    line = QLabel("Кампанія: 1 204 з 2 000 посилок", window_host)
    window_host.add_status_widget(line)
    assert line.parent() is window_host.statusBar()
    assert line.isVisible()
    window_host.show_status("Посилку Ї-0042 відправлено")
    assert line.isVisible()  # a permanent widget: a message does not cover it


def test_offer_undo_shows_the_button_and_undoes_once(qtbot: QtBot, window_host: WindowHost) -> None:
    undone: list[str] = []
    window_host.offer_undo("Контакт Ґави Ольги вилучено", lambda: undone.append("Ольга"))
    button = window_host.undo.button
    assert button.isVisible()
    assert window_host.statusBar().currentMessage() == "Контакт Ґави Ольги вилучено"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert undone == ["Ольга"]
    assert not button.isVisible()
