"""The parts every form dialog is built of: its buttons, its problem line, its layout, and
showing a refused save's ``ValidationError`` next to the fields or under the form."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import grow_to_fit
from ombuds_desk.ui.common.palette import problem_style


def accept_buttons(
    dialog: QDialog, text: str, on_accept: Callable[[], object], object_name: str | None = "save"
) -> tuple[QDialogButtonBox, QPushButton]:
    """The named default button ``text`` (running ``on_accept``) and Cancel (rejecting)."""
    buttons = QDialogButtonBox(dialog)
    button = QPushButton(text, dialog)
    if object_name is not None:
        button.setObjectName(object_name)
    button.setDefault(True)
    buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    button.clicked.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def problem_label(parent: QWidget, object_name: str | None = None, wrap: bool = True) -> QLabel:
    """The red line under a form that says what is wrong; hidden until there is something."""
    problem = QLabel(parent)
    if object_name is not None:
        problem.setObjectName(object_name)
    problem.setStyleSheet(problem_style())
    if wrap:
        problem.setWordWrap(True)
    problem.hide()
    return problem


def stack(dialog: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Lay ``parts`` (widgets and layouts) out top to bottom in ``dialog``."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
    grow_to_fit(label)


def report_problems(
    dialog: QWidget, label: QLabel, exc: ValidationError, text: Callable[[ValidationError], str]
) -> None:
    """Field problems in ``label`` as ``text`` words them; a problem of no field in a box."""
    if exc.fields:
        show_problem(label, text(exc))
    else:
        show_error(dialog, exc)


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


FIELD_NAMES = {
    "on": QT_TRANSLATE_NOOP("DialogParts", "The date"),
    "packed_on": QT_TRANSLATE_NOOP("DialogParts", "The packing date"),
}


def _field_name(field: str) -> str:
    """A field's name as a sentence starts it (a field without a name here: its key)."""
    if field in FIELD_NAMES:
        return QCoreApplication.translate("DialogParts", FIELD_NAMES[field])
    return field.replace("_", " ").capitalize()


def field_problems(exc: ValidationError) -> str:
    """A ValidationError's field problems as lines a person can read."""
    if not exc.fields:
        return exc.message
    return "\n".join(
        QCoreApplication.translate("DialogParts", "{field} {problem}").format(
            field=_field_name(field), problem=problem
        )
        for field, problem in exc.fields.items()
    )


class ShowsProblem(Protocol):
    """A field that shows its own problem under it (``ValidatedLine``, a list of choices)."""

    def set_problem(self, message: str | None) -> None: ...


def place_problems(
    exc: ValidationError,
    lines: Mapping[str, ShowsProblem],
    describe: Callable[[str, str], str] = lambda _field, problem: upper_first(problem),
) -> dict[str, str]:
    """Show each field problem under its line (worded by ``describe(field, problem)``);
    returns the problems of fields that have no line here."""
    rest: dict[str, str] = {}
    for field, problem in exc.fields.items():
        line = lines.get(field)
        if line is not None:
            line.set_problem(describe(field, problem))
        else:
            rest[field] = problem
    return rest


def show_rest(label: QLabel, rest: Mapping[str, str]) -> None:
    """Problems of fields without a line, one ``Field name: problem`` a line (hidden if none)."""
    label.setText(
        "\n".join(
            QCoreApplication.translate("DialogParts", "{field}: {problem}").format(
                field=f.replace("_", " ").capitalize(), problem=p
            )
            for f, p in rest.items()
        )
    )
    label.setVisible(bool(rest))
