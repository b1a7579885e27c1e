"""A filter's combo box: "Any …" then each choice with how many rows it holds.

Choices are keyed by plain strings (so a page can remember the choice in ``QSettings``); the
counts come with each read of the list, and :meth:`CountedCombo.set_choices` replaces the
entries without losing the choice or emitting a change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from ombuds_desk.ui.common.formatting import number

Choice = tuple[str, str, int | None]  # key, label, count (None: not counted)


class CountedCombo(QComboBox):
    """``key()`` is the chosen key, "" for the "any" entry; ``choice_changed`` follows a
    choice the user (or :meth:`set_key`) made."""

    choice_changed = Signal()

    def __init__(self, name: str, any_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._any_label = any_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(260)
        self.addItem(any_label, "")
        self.currentIndexChanged.connect(lambda _i: self.choice_changed.emit())

    def set_choices(self, choices: Sequence[Choice], total: int | None = None) -> None:
        """Replace the entries, keeping the current key (offered with 0 if it vanished)."""
        keep = self.key()
        self.blockSignals(True)
        self.clear()
        self.addItem(_counted(self._any_label, total), "")
        for key, label, count in choices:
            self.addItem(_counted(label, count), key)
        if keep and self.findData(keep) < 0:
            label = next((label for key, label, _c in choices if key == keep), keep)
            self.addItem(_counted(label, 0), keep)
        self.setCurrentIndex(max(self.findData(keep), 0))
        self.blockSignals(False)

    def key(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_key(self, key: str) -> None:
        """Choose ``key`` (kept as a choice, with no count, until the counts arrive)."""
        if key and self.findData(key) < 0:
            self.addItem(key, key)
        self.setCurrentIndex(max(self.findData(key), 0))

    def labels(self) -> list[str]:
        return [self.itemText(i) for i in range(self.count())]


def _counted(label: str, count: int | None) -> str:
    return label if count is None else f"{label} ({number(count)})"
