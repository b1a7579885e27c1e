"""A combo box of enum members, shown by label, returned as members.

PySide stores a ``StrEnum`` put in item data as a plain string, so the value is stored and
turned back into the member on the way out.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    """``current()`` is the chosen member, or None for the optional ``none_label`` entry."""

    def __init__(
        self,
        enum_cls: type[E],
        members: Iterable[E] | None = None,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum_cls = enum_cls
        self._none_label = none_label
        self.set_members(list(enum_cls) if members is None else members)

    def set_members(self, members: Iterable[E]) -> None:
        """Replace the entries, keeping the current choice when it is still offered."""
        previous = self.current()
        self.blockSignals(True)
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, "")
        for member in members:
            label = getattr(member, "label", member.value)
            self.addItem(label, member.value)
        self.set_current(previous)
        self.blockSignals(False)

    def current(self) -> E | None:
        data = self.currentData()
        if not data:
            return None
        try:
            return self._enum_cls(data)
        except ValueError:
            return None

    def set_current(self, member: E | None) -> None:
        index = self.findData(member.value if member is not None else "")
        self.setCurrentIndex(max(index, 0))
