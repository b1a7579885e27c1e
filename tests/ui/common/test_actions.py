"""Making an action in one call: its text, shortcut, status tip and name; owned by the window
(so its shortcut works on every page) and put on a menu; its slot runs when triggered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.actions import add_action


@pytest.fixture
def main(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.statusBar()
    qtbot.addWidget(window)
    window.resize(800, 500)
    return window


def test_the_action_has_what_it_was_given(main: QMainWindow) -> None:
    menu = main.menuBar().addMenu("&Справа")
    action = add_action(
        main,
        "&Нова справа…",
        "Ctrl+N",
        "Зареєструвати нову особу (полоненого або евакуйованого)",
        lambda: None,
        name="newCase",
        menu=menu,
    )
    assert action.text() == "&Нова справа…"
    assert action.shortcut() == QKeySequence("Ctrl+N")
    assert action.statusTip() == "Зареєструвати нову особу (полоненого або евакуйованого)"
    assert action.objectName() == "newCase"
    assert action.parent() is main
    assert action in main.actions()
    assert menu.actions() == [action]
    assert main.findChild(type(action), "newCase") is action


def test_the_slot_runs_once_on_trigger(main: QMainWindow) -> None:
    ran: list[str] = []
    action = add_action(main, "Друк", "Ctrl+P", "Друкувати справу", lambda: ran.append("друк"))
    action.trigger()
    assert ran == ["друк"]


def test_the_shortcut_works_wherever_the_focus_is_in_the_window(
    qtbot: QtBot, main: QMainWindow
) -> None:
    ran: list[str] = []
    add_action(main, "Оновити", "F5", "Оновити списки", lambda: ran.append("оновлено"))
    field = QLineEdit(main)
    main.setCentralWidget(field)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_F5)
    assert ran == ["оновлено"]


def test_the_status_tip_shows_in_the_status_bar(qtbot: QtBot, main: QMainWindow) -> None:
    action = add_action(main, "Експорт", None, "Зберегти перелік у CSV для ҐО «Їжак»")
    main.show()
    qtbot.waitExposed(main)
    assert action.showStatusText(main)
    assert main.statusBar().currentMessage() == "Зберегти перелік у CSV для ҐО «Їжак»"


def test_without_keys_slot_name_or_menu(main: QMainWindow) -> None:
    action = add_action(main, "Про програму", None, "Версія та ліцензія")
    assert action.shortcut().isEmpty()
    assert action.objectName() == ""
    assert action in main.actions()
    action.trigger()  # nothing connected: nothing happens
    empty = add_action(main, "Довідка", "", "Посібник")
    assert empty.shortcut().isEmpty()
