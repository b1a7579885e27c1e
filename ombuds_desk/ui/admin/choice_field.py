"""A setting that takes one of a few values, chosen from a list of words in the window's
language while the value stored stays the program's (``A4``, ``kmu2010``, ``uk``).

It answers as a :class:`~ombuds_desk.ui.common.form_fields.ValidatedLine` does (``text()``,
``set_problem``, ``problem``, ``edit``), so the Settings dialog treats every setting alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ombuds_desk.ui.common.form_fields import field_with_problem


class ChoiceBox(QComboBox):
    """The choices; ``text()`` is the value stored. Read-only is disabled."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, words in choices:
            self.addItem(words, value)

    def text(self) -> str:
        value = self.currentData()
        return value if isinstance(value, str) else ""

    def setText(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a value stored by hand that the list does not offer: shown as it is
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def selectAll(self) -> None:
        """Nothing to select in a list of choices."""

    def isReadOnly(self) -> bool:
        return not self.isEnabled()

    def setReadOnly(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ChoiceField(QWidget):
    """``edit`` to choose in, ``problem_label`` (hidden when empty) for what is wrong."""

    def __init__(
        self, name: str, choices: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = ChoiceBox(choices, self)
        self.problem_label = field_with_problem(self, name, self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))
        self.edit.setToolTip(message or "")

    @property
    def problem(self) -> str:
        return self.problem_label.text()
