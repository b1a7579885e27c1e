"""A row of counted filter choices ("&Filter: [Any caseworker (934)] [Any status (934)] …
Clear filters") that a page reads its list through, remembers between sessions, and clears
in one click; the review queue's and the no-news list's bars are two of these."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSettings, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ombuds_desk.ui.common.counted_combo import Choice, CountedCombo
from ombuds_desk.ui.common.flow_layout import FlowLayout

UNASSIGNED = "none"  # the caseworker choice of the cases nobody holds


def caseworker_choices(
    counts: Mapping[int | None, int], staff: Sequence[tuple[int, str]]
) -> list[Choice]:
    """Each member of staff with their count, then the cases nobody holds if there are any."""
    people: list[Choice] = [(str(uid), name, counts.get(uid, 0)) for uid, name in staff]
    if counts.get(None):
        people.append(
            (UNASSIGNED, QCoreApplication.translate("FilterBar", "(no caseworker)"), counts[None])
        )
    return people


class FilterBar(QWidget):
    """``combos`` by name, laid out after a "&Filter:" caption, then a Clear filters button;
    ``changed`` after each choice and after clearing. ``settings_group`` is where the choices
    are remembered (``save`` / ``restore``)."""

    changed = Signal()

    def __init__(self, settings_group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings_group = settings_group
        self.combos: dict[str, CountedCombo] = {}
        self.clear_button = QPushButton(
            QCoreApplication.translate("FilterBar", "C&lear filters"), self
        )
        self.clear_button.clicked.connect(self.on_clear_clicked)

    def lay_out(self, combos: Mapping[str, CountedCombo], first: QWidget) -> None:
        """Put ``combos`` in a row, the caption's Alt+F going to ``first``."""
        self.combos = dict(combos)
        layout = FlowLayout(self)  # wraps: at 200 % a row of choices is wider than a screen
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(QCoreApplication.translate("FilterBar", "&Filter:"), self)
        caption.setBuddy(first)
        layout.addWidget(caption)
        for combo in self.combos.values():
            layout.addWidget(combo)
            combo.choice_changed.connect(self.on_choice_changed)
        layout.addWidget(self.clear_button)
        self._update_clear()

    def is_filtered(self) -> bool:
        return any(combo.key() for combo in self.combos.values())

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.is_filtered())

    @Slot()
    def on_choice_changed(self) -> None:
        self._update_clear()
        self.changed.emit()

    @Slot()
    def on_clear_clicked(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.set_key("")
            combo.blockSignals(False)
        self._update_clear()
        self.changed.emit()

    def save(self, settings: QSettings) -> None:
        for name, combo in self.combos.items():
            settings.setValue(f"{self._settings_group}/{name}", combo.key())

    def restore(self, settings: QSettings) -> None:
        """The choices of the last session (no ``changed``: the page reads once shown)."""
        for name, combo in self.combos.items():
            value = settings.value(f"{self._settings_group}/{name}", "")
            combo.blockSignals(True)
            combo.set_key(value if isinstance(value, str) else "")
            combo.blockSignals(False)
        self._update_clear()
