"""Date fields as the office types them: DD.MM.YYYY, the calendar on Alt+Down."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(parent: QWidget, value: date, latest: date | None = None) -> QDateEdit:
    """A keyboard-friendly date field (DD.MM.YYYY, calendar on Alt+Down)."""
    edit = QDateEdit(qdate(value), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
