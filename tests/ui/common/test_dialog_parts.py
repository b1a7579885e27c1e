"""The parts of every form dialog: its Save and Cancel, its red problem line, its layout, and a
refused save's problems shown next to the fields, under the form or in a box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    field_problems,
    place_problems,
    problem_label,
    report_problems,
    show_problem,
    show_rest,
    stack,
    upper_first,
)
from ombuds_desk.ui.common.field_labels import problem_text
from ombuds_desk.ui.common.form_fields import ERROR_STYLE, ValidatedLine


@pytest.fixture
def dialog(qtbot: QtBot) -> QDialog:
    form = QDialog()
    form.setWindowTitle("Нова посилка")
    qtbot.addWidget(form)
    return form


def _shown(qtbot: QtBot, form: QDialog) -> None:
    form.show()
    qtbot.waitExposed(form)


def test_accept_buttons_save_runs_the_callback_and_cancel_rejects(
    qtbot: QtBot, dialog: QDialog
) -> None:
    saved: list[str] = []
    buttons, save = accept_buttons(dialog, "З&берегти", lambda: saved.append("збережено"))
    stack(dialog, buttons)
    _shown(qtbot, dialog)
    assert save.text() == "З&берегти"
    assert save.objectName() == "save"
    assert save.isDefault()
    assert buttons.buttonRole(save) == QDialogButtonBox.ButtonRole.AcceptRole
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved == ["збережено"]
    assert dialog.isVisible()  # saving is the callback's business, not the button's
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert saved == ["збережено"]


def test_enter_in_a_field_presses_the_default_button(qtbot: QtBot, dialog: QDialog) -> None:
    saved: list[str] = []
    field = QLineEdit(dialog)
    buttons, _save = accept_buttons(dialog, "Запакувати", lambda: saved.append(field.text()))
    stack(dialog, field, buttons)
    _shown(qtbot, dialog)
    field.setText("Печатка Є-17")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert saved == ["Печатка Є-17"]


def test_accept_buttons_names_the_button_as_asked(dialog: QDialog) -> None:
    _buttons, unnamed = accept_buttons(dialog, "Гаразд", lambda: None, object_name=None)
    assert unnamed.objectName() == ""
    _buttons, named = accept_buttons(dialog, "Передати", lambda: None, object_name="handOver")
    assert named.objectName() == "handOver"


def test_problem_label_is_red_wrapped_and_hidden_until_needed(
    qtbot: QtBot, dialog: QDialog
) -> None:
    label = problem_label(dialog, "problem")
    one_line = problem_label(dialog, wrap=False)
    stack(dialog, label, one_line)
    _shown(qtbot, dialog)
    assert label.parent() is dialog
    assert label.objectName() == "problem" and one_line.objectName() == ""
    assert label.styleSheet() == ERROR_STYLE
    assert label.wordWrap() and not one_line.wordWrap()
    assert not label.isVisible() and label.text() == ""
    show_problem(label, "Посилка для Пʼятницького вже запакована")
    assert label.isVisible()
    assert label.text() == "Посилка для Пʼятницького вже запакована"


def test_stack_lays_parts_out_top_to_bottom(dialog: QDialog) -> None:
    first, last = QLabel("Перша", dialog), QLabel("Остання", dialog)
    row = QHBoxLayout()
    layout = stack(dialog, first, row, last)
    assert dialog.layout() is layout
    items = [layout.itemAt(i) for i in range(layout.count())]
    assert [(i.widget(), i.layout()) for i in items if i is not None] == [
        (first, None),
        (None, row),
        (last, None),
    ]


def test_report_problems_of_fields_goes_under_the_form(qtbot: QtBot, dialog: QDialog) -> None:
    label = problem_label(dialog)
    stack(dialog, label)
    _shown(qtbot, dialog)
    exc = ValidationError("", {"seal_number": "не може бути порожнім"})
    report_problems(dialog, label, exc, lambda e: f"Перевірте: {e.fields['seal_number']}")
    assert label.isVisible()
    assert label.text() == "Перевірте: не може бути порожнім"
    assert QApplication.activeModalWidget() is None


def test_report_problems_of_no_field_opens_a_box(qtbot: QtBot, dialog: QDialog) -> None:
    label = problem_label(dialog)
    stack(dialog, label)
    _shown(qtbot, dialog)
    exc = ValidationError("Посилку Ґ-0007 уже відправлено")
    report_problems(dialog, label, exc, lambda e: "не це")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.parent() is dialog
    assert (box.windowTitle(), box.text()) == (
        "Please correct the form",
        "Посилку Ґ-0007 уже відправлено",
    )
    assert not label.isVisible()


def test_field_problems_are_lines_a_person_can_read() -> None:
    exc = ValidationError(
        "",
        {
            "on": "is in the future",
            "packed_on": "is before the parcel was made",
            "seal_number": "must not be empty",
        },
    )
    assert field_problems(exc) == (
        "The date is in the future\n"
        "The packing date is before the parcel was made\n"
        "Seal number must not be empty"
    )


def test_field_problems_without_fields_is_the_message() -> None:
    assert field_problems(ValidationError("Справу закрито: зміни неможливі")) == (
        "Справу закрито: зміни неможливі"
    )


def test_upper_first() -> None:
    assert upper_first("ґрати зачинено") == "Ґрати зачинено"
    assert upper_first("їжак") == "Їжак"
    assert upper_first("") == ""


def _lines(parent: QWidget, *names: str) -> dict[str, ValidatedLine]:
    return {name: ValidatedLine(name, parent) for name in names}


def test_place_problems_puts_each_under_its_line_and_returns_the_rest(
    qtbot: QtBot, dialog: QDialog
) -> None:
    lines = _lines(dialog, "family_name", "given_name")
    stack(dialog, *lines.values())
    _shown(qtbot, dialog)
    exc = ValidationError(
        "",
        {"family_name": "не може бути порожнім", "home_region": "невідома область «Київщинаʼ»"},
    )
    rest = place_problems(exc, lines)
    assert lines["family_name"].problem == "Не може бути порожнім"
    assert lines["family_name"].problem_label.isVisible()
    assert lines["given_name"].problem == ""
    assert not lines["given_name"].problem_label.isVisible()
    assert rest == {"home_region": "невідома область «Київщинаʼ»"}


def test_place_problems_words_them_as_asked(dialog: QDialog) -> None:
    lines = _lines(dialog, "date_of_birth")
    exc = ValidationError("", {"date_of_birth": "is in the future"})
    assert place_problems(exc, lines, problem_text) == {}
    assert lines["date_of_birth"].problem == "Date of birth is in the future"


def test_show_rest_lists_the_problems_of_fields_without_a_line(
    qtbot: QtBot, dialog: QDialog
) -> None:
    label = problem_label(dialog)
    stack(dialog, label)
    _shown(qtbot, dialog)
    show_rest(label, {"home_region": "невідома область", "icrc_number": "вже є у справі Ї-3"})
    assert label.isVisible()
    assert label.text() == "Home region: невідома область\nIcrc number: вже є у справі Ї-3"
    show_rest(label, {})
    assert not label.isVisible()
    assert label.text() == ""
