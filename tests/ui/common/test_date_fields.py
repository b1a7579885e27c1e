"""Date fields as the office types them: DD.MM.YYYY, never past the latest date allowed, a
calendar to pick from, and the typed day read back as a ``date``."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.date_fields import date_edit, picked, qdate

TODAY = date(2026, 11, 26)


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_qdate_is_the_same_day() -> None:
    assert qdate(date(2024, 2, 29)) == QDate(2024, 2, 29)
    assert qdate(date(1, 1, 1)) == QDate(1, 1, 1)


def test_the_field_shows_dd_mm_yyyy_with_a_calendar(form: QWidget) -> None:
    edit = date_edit(form, TODAY)
    assert isinstance(edit, QDateEdit) and edit.parent() is form
    assert edit.text() == "26.11.2026"
    assert edit.displayFormat() == "dd.MM.yyyy"
    assert edit.calendarPopup()
    assert picked(edit) == TODAY


def test_a_typed_day_is_picked(qtbot: QtBot, form: QWidget) -> None:
    edit = date_edit(form, TODAY)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "03022025")  # each section full moves on to the next
    assert edit.text() == "03.02.2025"
    assert picked(edit) == date(2025, 2, 3)


def test_the_latest_day_caps_the_field(qtbot: QtBot, form: QWidget) -> None:
    edit = date_edit(form, date(2026, 10, 1), latest=TODAY)
    assert edit.maximumDate() == QDate(2026, 11, 26)
    edit.setDate(QDate(2027, 1, 15))
    assert picked(edit) == TODAY
    edit.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the day section: one past today is refused
    assert picked(edit) == TODAY


def test_without_a_latest_day_the_future_is_allowed(form: QWidget) -> None:
    edit = date_edit(form, TODAY)
    edit.setDate(QDate(2027, 1, 15))
    assert picked(edit) == date(2027, 1, 15)
