"""A password field: the typed characters hidden (a Show button reveals them until pressed
again), and what is wrong with it in red right under it, as the app's other
checked fields show it.

A Show button matters here more than in most programs: staff switch between Cyrillic and
Latin keyboard layouts all day, and a password typed in the wrong layout looks right as
dots.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ombuds_desk.ui.common.form_fields import ERROR_STYLE, mark_problem


class PasswordField(QWidget):
    """``edit`` (hidden characters), ``show_button``, ``problem_label`` under them.

    ``text_changed(str)`` as the user types (the form checks the rules and calls
    :meth:`set_problem`); the field's own object name is ``name`` so tests and forms find it.
    """

    text_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_box")
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.show_button = QToolButton(self)
        self.show_button.setObjectName(f"{name}_show")
        self.show_button.setText(QCoreApplication.translate("PasswordField", "Show"))
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(
            QCoreApplication.translate(
                "PasswordField", "Show the password as typed (check the keyboard layout)"
            )
        )
        # Tab goes from the password to the next field, not to the Show button.
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.toggled.connect(self.on_show_toggled)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName(f"{name}_problem")
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.text_changed)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    @property
    def shown(self) -> bool:
        """Whether the characters are shown as typed."""
        return self.edit.echoMode() is QLineEdit.EchoMode.Normal

    def set_problem(self, message: str | None) -> None:
        mark_problem(self.edit, self.problem_label, message)

    @property
    def problem(self) -> str:
        return self.problem_label.text()

    @Slot(bool)
    def on_show_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(
            QCoreApplication.translate("PasswordField", "Hide")
            if shown
            else QCoreApplication.translate("PasswordField", "Show")
        )
