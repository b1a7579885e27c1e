"""Dates and numbers in the window by the interface's language: DD.MM.YYYY shown and typed in
Ukrainian and Russian (partial dates too, ISO still accepted), numbers with the locale's
separators, day counts with their plural forms."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.date_fields import PartialDateValidator, as_typed, date_edit, picked
from ombuds_desk.ui.common.formatting import day, days_text, number, partial_day

NBSP = "\u00a0"
TODAY = date(2026, 11, 26)


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot: QtBot, edit: QWidget, keys: str) -> None:
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, keys)


@pytest.mark.usefixtures("ukrainian")
def test_ukrainian_numbers_and_day_counts() -> None:
    assert number(1204) == f"1{NBSP}204"
    assert number(12.5, 1) == "12,5"
    assert days_text(1) == "1 день"
    assert days_text(3) == "3 дні"
    assert days_text(11) == "11 днів"
    assert days_text(21) == "21 день"
    assert days_text(1204) == f"1{NBSP}204 дні"


@pytest.mark.usefixtures("russian")
def test_russian_numbers_and_day_counts() -> None:
    assert number(2500) == f"2{NBSP}500"
    assert days_text(2) == "2 дня"
    assert days_text(5) == "5 дней"
    assert days_text(101) == "101 день"


def test_english_numbers_and_day_counts_without_a_translator() -> None:
    assert number(1204) == "1,204"
    assert number(12.5, 1) == "12.5"
    assert (days_text(1), days_text(2)) == ("1 day", "2 days")


@pytest.mark.usefixtures("ukrainian")
def test_dates_and_partial_dates_are_shown_dd_mm_yyyy_in_ukrainian() -> None:
    assert day(date(2026, 3, 4)) == "04.03.2026"
    assert partial_day("1985") == "1985"
    assert partial_day("1985-03") == "03.1985"
    assert partial_day("1985-03-14") == "14.03.1985"
    assert partial_day(None, "—") == "—"


@pytest.mark.usefixtures("ukrainian")
def test_a_date_is_typed_dd_mm_yyyy_in_ukrainian(qtbot: QtBot, form: QWidget) -> None:
    edit = date_edit(form, TODAY)
    assert edit.text() == "26.11.2026"
    _type(qtbot, edit, "03.02.2025")
    assert edit.text() == "03.02.2025"
    assert picked(edit) == date(2025, 2, 3)


@pytest.mark.usefixtures("russian")
def test_a_date_typed_the_iso_way_is_taken_and_shown_dd_mm_yyyy(
    qtbot: QtBot, form: QWidget
) -> None:
    edit = date_edit(form, TODAY)
    _type(qtbot, edit, "2025-02-03")
    assert picked(edit) == date(2025, 2, 3)
    assert edit.text() == "03.02.2025"


def test_an_iso_date_with_a_one_digit_day_is_taken_on_leaving(qtbot: QtBot, form: QWidget) -> None:
    edit = date_edit(form, TODAY)
    other = QLineEdit(form)
    other.show()
    _type(qtbot, edit, "2024-12-7")
    other.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert picked(edit) == date(2024, 12, 7)


def test_an_iso_date_past_the_latest_day_is_not_taken(qtbot: QtBot, form: QWidget) -> None:
    edit = date_edit(form, date(2026, 10, 1), latest=TODAY)
    _type(qtbot, edit, "2027-01-15")
    assert picked(edit) <= TODAY
    assert edit.maximumDate() == QDate(2026, 11, 26)


@pytest.mark.usefixtures("ukrainian")
@pytest.mark.parametrize(
    ("typed", "state"),
    [
        ("1985", QValidator.State.Acceptable),
        ("03.1985", QValidator.State.Acceptable),
        ("14.03.1985", QValidator.State.Acceptable),
        ("14/03/1985", QValidator.State.Acceptable),
        ("1985-03-14", QValidator.State.Acceptable),
        ("1985-03", QValidator.State.Acceptable),
        ("14.03.", QValidator.State.Intermediate),
        ("31.02.1985", QValidator.State.Intermediate),  # no such day: not yet a date
        ("", QValidator.State.Intermediate),
        ("14 березня", QValidator.State.Invalid),
        ("14.03.19850", QValidator.State.Invalid),
    ],
)
def test_partial_dates_are_typed_in_the_office_forms(typed: str, state: object) -> None:
    answer = PartialDateValidator().validate(typed, len(typed))
    assert isinstance(answer, tuple)
    assert answer[0] == state


def test_a_typed_partial_date_is_written_back_as_the_office_writes_it(
    qtbot: QtBot, form: QWidget
) -> None:
    line = QLineEdit(form)
    line.setValidator(PartialDateValidator(line))
    _type(qtbot, line, "1985-03a")
    assert line.text() == "1985-03"  # the letter refused at the key
    assert as_typed(line.text()) == "03.1985"
    assert as_typed("1985-03-14") == "14.03.1985"
    assert as_typed("не дата") == "не дата"
