"""The naming filter and popups: a date field's calendar and a combo's list open under it as
they do without it (asking Qt's accessibility about a calendar's parts while it opened
crashed the process), and the field itself is still named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.accessibility import accessible_name, install_accessible_names
from ombuds_desk.ui.common.date_fields import date_edit


@pytest.fixture
def form(qtbot: QtBot, qapp: QApplication) -> Iterator[QWidget]:
    install_accessible_names(qapp)  # removed again after the test (tests/ui/conftest.py)
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


def test_a_date_fields_calendar_opens_under_the_naming_filter(qtbot: QtBot, form: QWidget) -> None:
    layout = QFormLayout(form)
    edit = date_edit(form, date(2026, 11, 26))
    layout.addRow("Дата полону:", edit)
    form.show()
    qtbot.waitExposed(form)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit.calendarWidget().isVisible)
    edit.calendarWidget().window().hide()
    assert "Дата полону" in accessible_name(edit)


def test_a_combos_list_opens_under_the_naming_filter(qtbot: QtBot, form: QWidget) -> None:
    layout = QFormLayout(form)
    combo = QComboBox(form)
    combo.addItems(["Полонений", "Евакуйований"])
    layout.addRow("Категорія:", combo)
    form.show()
    qtbot.waitExposed(form)
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    combo.hidePopup()
    assert accessible_name(combo)
