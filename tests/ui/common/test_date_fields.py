"""Date fields as the office types them: DD.MM.YYYY, never past the latest date allowed, a
calendar to pick from, and the typed day read back as a ``date``."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget
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


def _type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> date:
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, text)
    return picked(edit)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("03.02.2025", date(2025, 2, 3)),  # the dots as on paper, after Qt's own jumps
        ("15.04.2024", date(2024, 4, 15)),
        ("03022025", date(2025, 2, 3)),  # digits only
        ("3.2.2025", date(2025, 2, 3)),  # one digit, then the dot moves on
        ("03/02/2025", date(2025, 2, 3)),
    ],
)
def test_a_date_typed_with_its_separators_is_the_date_meant(
    qtbot: QtBot, form: QWidget, typed: str, meant: date
) -> None:
    edit = date_edit(form, TODAY)
    assert _type_date(qtbot, edit, typed) == meant


def test_alt_down_and_f4_open_the_calendar_without_changing_the_date(
    qtbot: QtBot, form: QWidget
) -> None:
    edit = date_edit(form, TODAY)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit.calendarWidget().isVisible)
    assert picked(edit) == TODAY
    edit.calendarWidget().window().hide()
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    qtbot.waitUntil(edit.calendarWidget().isVisible)
    assert picked(edit) == TODAY
