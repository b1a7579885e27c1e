"""A line edit that shows its problem in red right under it, and clears it again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.form_fields import ERROR_STYLE, INVALID_EDIT_STYLE, ValidatedLine
from tests.ui.helpers import type_text


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    return widget


def _line(qtbot: QtBot, form: QWidget) -> ValidatedLine:
    line = ValidatedLine("family_name", form, placeholder="Прізвище, як у документі")
    form.show()
    qtbot.waitExposed(form)
    return line


def test_the_line_is_named_and_starts_without_a_problem(qtbot: QtBot, form: QWidget) -> None:
    line = _line(qtbot, form)
    assert line.objectName() == "family_name_box"
    assert line.edit.objectName() == "family_name"
    assert line.problem_label.objectName() == "family_name_problem"
    assert line.edit.placeholderText() == "Прізвище, як у документі"
    assert line.edit.isVisible()
    assert not line.problem_label.isVisible()
    assert line.problem == ""
    assert line.edit.styleSheet() == ""


def test_typed_text_is_read_back(qtbot: QtBot, form: QWidget) -> None:
    line = _line(qtbot, form)
    type_text(qtbot, line.edit, "Пʼятницький-Ґудзь")
    assert line.text() == "Пʼятницький-Ґудзь"


def test_focus_goes_to_the_edit(qtbot: QtBot, form: QWidget) -> None:
    line = _line(qtbot, form)
    form.activateWindow()
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line.edit)


def test_a_problem_shows_under_the_field_in_red(qtbot: QtBot, form: QWidget) -> None:
    line = _line(qtbot, form)
    line.set_problem("Прізвище не може містити цифри: «Їжак3»")
    assert line.problem_label.isVisible()
    assert line.problem == "Прізвище не може містити цифри: «Їжак3»"
    assert line.problem_label.styleSheet() == ERROR_STYLE
    assert line.problem_label.wordWrap()
    assert line.edit.styleSheet() == INVALID_EDIT_STYLE
    assert line.edit.toolTip() == "Прізвище не може містити цифри: «Їжак3»"
    assert line.problem_label.geometry().top() >= line.edit.geometry().bottom()  # under it


@pytest.mark.parametrize("cleared", [None, ""])
def test_no_problem_clears_it(qtbot: QtBot, form: QWidget, cleared: str | None) -> None:
    line = _line(qtbot, form)
    line.set_problem("Завелике")
    line.set_problem(cleared)
    assert not line.problem_label.isVisible()
    assert line.problem == ""
    assert line.edit.styleSheet() == ""
    assert line.edit.toolTip() == ""
