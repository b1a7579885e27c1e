"""A line edit with its problem shown in red right under it, for forms that check as you type."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
INVALID_EDIT_STYLE = "QLineEdit { border: 1px solid #b00020; }"


class ValidatedLine(QWidget):
    """``edit`` for typing, ``problem_label`` (hidden when empty) for what is wrong."""

    def __init__(self, name: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_box")
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(placeholder)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName(f"{name}_problem")
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem_label)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))
        self.edit.setStyleSheet(INVALID_EDIT_STYLE if message else "")
        self.edit.setToolTip(message or "")

    @property
    def problem(self) -> str:
        return self.problem_label.text()
