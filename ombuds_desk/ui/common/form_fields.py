"""A line edit with its problem shown in red right under it, for forms that check as you type."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ombuds_desk.ui.common.palette import problem_style

# The red of a light window; a form takes problem_style() (ui/common/palette.py), which
# suits the palette in use.
ERROR_STYLE = "color: #b00020;"
# Padding keeps the height a plain line edit has: a style sheet border drops the native frame.
INVALID_EDIT_STYLE = (
    "QLineEdit { border: 1px solid #b00020; border-radius: 2px; padding: 2px 1px; }"
)


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for what it shows now (a problem line that just
    appeared): a window keeps its height, and would squeeze its fields below their natural
    height to make room for the new line."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = window.sizeHint().height()
    if layout.hasHeightForWidth():  # wrapped lines: as tall as the width now makes them
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    if window.height() < needed:
        window.resize(window.width(), needed)


def mark_problem(edit: QLineEdit, label: QLabel, message: str | None) -> None:
    """Show ``message`` in red under ``edit`` with its border red, or clear both."""
    label.setText(message or "")
    label.setVisible(bool(message))
    edit.setStyleSheet(INVALID_EDIT_STYLE if message else "")
    edit.setToolTip(message or "")
    if message:
        grow_to_fit(label)


def field_with_problem(box: QWidget, name: str, edit: QWidget) -> QLabel:
    """Lay out ``edit`` in ``box`` (both named after ``name``) above the label that says what
    is wrong with it (hidden while there is nothing); returns that label."""
    box.setObjectName(f"{name}_box")
    edit.setObjectName(name)
    label = QLabel(box)
    label.setObjectName(f"{name}_problem")
    label.setStyleSheet(problem_style())
    label.setWordWrap(True)
    label.hide()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(edit)
    layout.addWidget(label)
    box.setFocusProxy(edit)
    return label


class ValidatedLine(QWidget):
    """``edit`` for typing, ``problem_label`` (hidden when empty) for what is wrong."""

    def __init__(self, name: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.problem_label = field_with_problem(self, name, self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_problem(self, message: str | None) -> None:
        mark_problem(self.edit, self.problem_label, message)

    @property
    def problem(self) -> str:
        return self.problem_label.text()
