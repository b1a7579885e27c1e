"""The bar above the person list: search box, category, status and the three narrowing boxes.

It only gathers what the user chose into a ``PersonFilter``; the model asks the database.
Typing in the search box waits ``DEBOUNCE_MS`` after the last key before narrowing.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.status_rules import statuses_for
from ombuds_desk.services.person_query import PersonFilter
from ombuds_desk.ui.enum_combo import EnumCombo


class FilterPanel(QWidget):
    """Emits ``filter_changed`` whenever the filter the user sees differs from the last one."""

    DEBOUNCE_MS = 150

    filter_changed = Signal()

    def __init__(self, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor_id = actor_id

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, any spelling, or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.setToolTip(self.tr("Ctrl+F. Every word must match the start of a name."))

        self.category = EnumCombo(Category, none_label=self.tr("All"), parent=self)
        self.status = EnumCombo(CaseStatus, none_label=self.tr("All"), parent=self)
        self.status.setMinimumContentsLength(16)

        self.blocked_only = QCheckBox(self.tr("&Blocked only"), self)
        self.stalled_only = QCheckBox(self.tr("S&talled only"), self)
        self.assigned_to_me = QCheckBox(self.tr("Assigned to &me"), self)
        self.assigned_to_me.setEnabled(actor_id is not None)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")

        search_label = QLabel(self.tr("Searc&h:"), self)
        search_label.setBuddy(self.search)
        category_label = QLabel(self.tr("Categor&y:"), self)
        category_label.setBuddy(self.category)
        status_label = QLabel(self.tr("Stat&us:"), self)
        status_label.setBuddy(self.status)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(search_label)
        layout.addWidget(self.search, 3)
        layout.addSpacing(8)
        layout.addWidget(category_label)
        layout.addWidget(self.category)
        layout.addWidget(status_label)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.blocked_only)
        layout.addWidget(self.stalled_only)
        layout.addWidget(self.assigned_to_me)
        layout.addStretch(1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.on_debounce_timeout)

        self._fill_statuses()
        self.search.textChanged.connect(self.on_search_text_changed)
        self.category.currentIndexChanged.connect(self.on_category_changed)
        self.status.currentIndexChanged.connect(self.on_choice_changed)
        for box in (self.blocked_only, self.stalled_only, self.assigned_to_me):
            box.toggled.connect(self.on_choice_changed)

    def current_filter(self) -> PersonFilter:
        return PersonFilter(
            text=self.search.text().strip(),
            category=self.category.current(),
            status=self.status.current(),
            blocked_only=self.blocked_only.isChecked(),
            stalled_only=self.stalled_only.isChecked(),
            assigned_to_id=self._actor_id if self.assigned_to_me.isChecked() else None,
        )

    def clear(self) -> None:
        """Show every case again (used when a saved case would be hidden by the filter)."""
        for widget in (self, self.search, self.category, self.status):
            widget.blockSignals(True)
        self.search.clear()
        self.category.setCurrentIndex(0)
        self._fill_statuses()
        for box in (self.blocked_only, self.stalled_only, self.assigned_to_me):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        for widget in (self, self.search, self.category, self.status):
            widget.blockSignals(False)

    def set_count(self, count: int) -> None:
        number = f"{count:,}"
        text = self.tr("%s case") if count == 1 else self.tr("%s cases")
        self.count_label.setText(text % number)

    def _fill_statuses(self) -> None:
        category = self.category.current()
        self.status.set_members(statuses_for(category) if category else list(CaseStatus))

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def on_debounce_timeout(self) -> None:
        self.filter_changed.emit()

    @Slot(int)
    def on_category_changed(self, _index: int) -> None:
        self._fill_statuses()
        self.filter_changed.emit()

    @Slot()
    def on_choice_changed(self) -> None:
        self.filter_changed.emit()
