"""Asking before typed data is thrown away: only Discard throws it away; Keep editing, Esc or
closing the question keep the form as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.discard import ask_discard


@pytest.fixture
def form(qtbot: QtBot) -> QDialog:
    dialog = QDialog()
    dialog.setWindowTitle("Лист від Завʼялової Євгенії")
    qtbot.addWidget(dialog)
    dialog.resize(500, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_the_question_is_window_modal_and_does_not_block(qtbot: QtBot, form: QDialog) -> None:
    box = ask_discard(form, lambda: None)
    assert _question(qtbot) is box  # reached at once: open(), not exec()
    assert box.objectName() == "discardQuestion"
    assert box.parent() is form
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.windowTitle() == "Discard what you typed?"
    assert box.text() == "This form has changes that are not saved. Discard them?"
    assert box.icon() == QMessageBox.Icon.Question


def test_keep_editing_is_the_default_and_keeps_the_form(qtbot: QtBot, form: QDialog) -> None:
    thrown: list[str] = []
    box = ask_discard(form, lambda: thrown.append("форму"))
    keep = box.button(QMessageBox.StandardButton.Cancel)
    assert keep.text() == "&Keep editing"
    assert box.defaultButton() is keep
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert thrown == []
    assert form.isVisible()


def test_discard_runs_the_callback_once(qtbot: QtBot, form: QDialog) -> None:
    thrown: list[str] = []
    box = ask_discard(form, lambda: thrown.append("форму"))
    discard = box.button(QMessageBox.StandardButton.Discard)
    assert discard is not None
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert thrown == ["форму"]


def test_enter_keeps_editing(qtbot: QtBot, form: QDialog) -> None:
    thrown: list[str] = []
    box = ask_discard(form, lambda: thrown.append("форму"))
    qtbot.keyClick(_question(qtbot), Qt.Key.Key_Return)  # the default: the safe answer
    qtbot.waitUntil(lambda: not box.isVisible())
    assert thrown == []


def test_esc_keeps_editing(qtbot: QtBot, form: QDialog) -> None:
    thrown: list[str] = []
    box = ask_discard(form, lambda: thrown.append("форму"))
    qtbot.keyClick(_question(qtbot), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert thrown == []
    assert form.isVisible()
