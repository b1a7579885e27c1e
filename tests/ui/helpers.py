"""Helpers for the GUI tests: typing any script, registering many people, finding dialogs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.case_status import block_case
from ombuds_desk.services.cases.persons import register_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.common.tasks import TaskRunner
from ombuds_desk.ui.shell.main_window import MainWindow

RUSSIAN = [
    ("Иванов", "Сергей", "Петрович"),
    ("Смирнова", "Анна", "Игоревна"),
    ("Кузнецов", "Алексей", "Юрьевич"),
    ("Соловьёв", "Фёдор", "Ильич"),
]
UKRAINIAN = [
    ("Пʼятницький", "Юрій", "Григорович"),
    ("Ґудзь", "Євген", "Іванович"),
    ("Їжакевич", "Олексій", "Ігорович"),
    ("Коваленко", "Ірина", "Василівна"),
    ("Завʼялов", "Євгенія", "Олегівна"),
]
LATIN = [("Novák", "Jan", None), ("Müller", "Anna", None), ("Smith", "John", None)]
ALL_NAMES = [*RUSSIAN, *UKRAINIAN, *LATIN]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


class HasTasks(Protocol):
    @property
    def tasks(self) -> TaskRunner: ...


def wait_idle(qtbot: QtBot, host: HasTasks, timeout: int = 30_000) -> None:
    """Wait until every database read the host's pages started has come back and been shown,
    and the layouts have taken in what it changed. (A whole window's first reads took more
    than 10 s on a host kept busy by other processes.)"""
    qtbot.waitUntil(lambda: host.tasks.pending == 0, timeout=timeout)
    settle_layouts()


def settle_layouts() -> None:
    """Let every layout take in a changed text. A caption's new size reaches its row's layout
    in one turn of the event loop and the row's place in the bar in the next: a check of sizes
    made between the two finds the row's neighbours squeezed (the legend beside the case count
    did, on a busy CI host)."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def register_people(db: Database, actor: User, count: int, today: date) -> list[int]:
    """``count`` persons in both categories, every fifth long unchanged, every 25th blocked."""
    ids: list[int] = []
    with unit_of_work(db, actor) as session:
        for i in range(count):
            family, given, patronymic = ALL_NAMES[i % len(ALL_NAMES)]
            raw = {
                "category": "captive" if i % 3 else "evacuee",
                "family_name": family,
                "given_name": given,
                "patronymic": patronymic,
                "date_of_birth": str(1960 + i % 40),
            }
            since = today - timedelta(days=90 if i % 5 == 0 else i % 20)
            person = register_person(session, actor, raw, today=today, status_since=since)
            assert person.id is not None
            ids.append(person.id)
            if i % 25 == 0:
                block_case(session, actor, person.id, "No contact with family", today=today)
    return ids


def cases_page(window: MainWindow) -> CasesPage:
    """The Cases page of a whole main window (its case desk)."""
    page = window.case_desk
    assert isinstance(page, CasesPage)
    return page


def action(window: QWidget, name: str) -> QAction:
    """The window's action with this object name (e.g. "addContact", "newCase")."""
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def refresh(qtbot: QtBot, window: MainWindow) -> None:
    """F5: every list read again; returns once the reads came back."""
    window.on_refresh_triggered()
    wait_idle(qtbot, window)
