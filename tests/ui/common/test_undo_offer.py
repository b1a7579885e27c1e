"""The Undo offer after a removal: the message and the button; a click undoes once and hides
them; the offer lapses by itself without undoing anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.undo_offer import UndoOffer
from tests.ui.clock import Stopwatch


@pytest.fixture
def main(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.statusBar()  # made before the window shows, as the main window does
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_offer_shows_the_message_and_the_undo_button(main: QMainWindow) -> None:
    offer = UndoOffer(main.statusBar())
    assert not offer.button.isVisible() and not offer.pending
    offer.offer("Лист від Ґудзь Євгенії вилучено", lambda: None)
    assert main.statusBar().currentMessage() == "Лист від Ґудзь Євгенії вилучено"
    assert offer.button.isVisible()
    assert offer.button.text() == "&Undo"
    assert main.statusBar().findChild(type(offer.button), "undoButton") is offer.button
    assert offer.pending


def test_clicking_undo_runs_it_once_and_hides_the_offer(qtbot: QtBot, main: QMainWindow) -> None:
    offer = UndoOffer(main.statusBar())
    undone: list[str] = []
    offer.offer("Контакт Пʼятницького вилучено", lambda: undone.append("контакт"))
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert undone == ["контакт"]
    assert not offer.button.isVisible()
    assert main.statusBar().currentMessage() == ""
    assert not offer.pending
    offer.on_button_clicked()  # a second click (e.g. a queued one) undoes nothing more
    assert undone == ["контакт"]


def test_the_offer_lapses_without_undoing(qtbot: QtBot, main: QMainWindow) -> None:
    offer = UndoOffer(main.statusBar())
    undone: list[str] = []
    clock = Stopwatch()
    offer.offer("Посилку Ї-0042 вилучено", lambda: undone.append("посилка"), seconds=1)
    qtbot.wait(300)
    # Still on offer within its time (unless a busy host held the test past it).
    assert offer.button.isVisible() or clock.passed(1000)
    qtbot.waitUntil(lambda: not offer.button.isVisible())
    assert not offer.pending
    qtbot.waitUntil(lambda: main.statusBar().currentMessage() == "")
    offer.on_button_clicked()
    assert undone == []


def test_a_new_offer_replaces_the_previous_one(qtbot: QtBot, main: QMainWindow) -> None:
    offer = UndoOffer(main.statusBar())
    undone: list[str] = []
    offer.offer("Лист 1 вилучено", lambda: undone.append("перший"), seconds=1)
    offer.offer("Лист 2 вилучено", lambda: undone.append("другий"), seconds=30)
    assert main.statusBar().currentMessage() == "Лист 2 вилучено"
    qtbot.wait(1300)  # the first offer's time is over, the second one's is not
    assert offer.button.isVisible()
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert undone == ["другий"]


def test_without_seconds_the_offer_lasts_the_default_time(qtbot: QtBot, main: QMainWindow) -> None:
    offer = UndoOffer(main.statusBar())
    offer.SECONDS = 1  # the class default, shortened for this one offer
    clock = Stopwatch()
    offer.offer("Справу закрито", lambda: None)
    qtbot.wait(300)
    assert offer.button.isVisible() or clock.passed(1000)
    qtbot.waitUntil(lambda: not offer.button.isVisible())
    assert UndoOffer.SECONDS == 10
