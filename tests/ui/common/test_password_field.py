"""The password field: characters hidden until Show is pressed, the problem in red under it,
Tab passing the Show button by."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.password_field import PasswordField
from tests.ui.helpers import type_text


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QWidget, PasswordField, QLineEdit]:
    widget = QWidget()
    field = PasswordField("password", widget)
    after = QLineEdit(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, field, after


def test_typed_characters_are_hidden_until_shown(
    qtbot: QtBot, form: tuple[QWidget, PasswordField, QLineEdit]
) -> None:
    _widget, field, _after = form
    type_text(qtbot, field.edit, "пароль-Ґудзь")
    assert field.text() == "пароль-Ґудзь"
    assert field.edit.echoMode() is QLineEdit.EchoMode.Password and not field.shown
    assert field.edit.displayText() != "пароль-Ґудзь"
    qtbot.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert field.shown and field.edit.displayText() == "пароль-Ґудзь"
    assert field.show_button.text() == "Hide"
    qtbot.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert not field.shown and field.show_button.text() == "Show"


def test_the_problem_is_shown_under_the_field_and_goes(
    form: tuple[QWidget, PasswordField, QLineEdit],
) -> None:
    _widget, field, _after = form
    assert field.problem == "" and not field.problem_label.isVisible()
    field.set_problem("must be at least 10 characters")
    assert field.problem == "must be at least 10 characters"
    assert field.problem_label.isVisible()
    assert field.problem_label.geometry().top() > field.edit.geometry().bottom()
    assert field.edit.toolTip() == "must be at least 10 characters"
    field.set_problem(None)
    assert field.problem == "" and not field.problem_label.isVisible()


def test_text_changed_follows_typing_and_clear(
    qtbot: QtBot, form: tuple[QWidget, PasswordField, QLineEdit]
) -> None:
    _widget, field, _after = form
    seen: list[str] = []
    field.text_changed.connect(seen.append)
    type_text(qtbot, field.edit, "аб")
    field.clear()
    assert seen == ["а", "аб", ""]


def test_tab_goes_from_the_password_to_the_next_field(
    qtbot: QtBot, form: tuple[QWidget, PasswordField, QLineEdit]
) -> None:
    widget, field, after = form
    widget.activateWindow()
    field.setFocus()  # the field hands focus to its edit
    qtbot.waitUntil(lambda: field.edit.hasFocus())
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.show_button.focusPolicy() is Qt.FocusPolicy.NoFocus
