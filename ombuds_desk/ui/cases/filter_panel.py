"""The bar above the person list: search box, category, status and the three narrowing boxes.

It only gathers what the user chose into a ``PersonFilter``; the model asks the database.
Typing in the search box waits ``DEBOUNCE_MS`` after the last key before narrowing; Down or
Enter there narrows at once, and Down asks the window to move into the results
(``results_requested``). A legend beside the count says what the row colours mean.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.status_rules import statuses_for
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.ui.cases.person_model import RowColour, row_legend
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.flow_layout import FlowLayout
from ombuds_desk.ui.common.formatting import number


def _swatch(colour: RowColour) -> str:
    return (
        f'<span style="background-color: {colour.background}; color: {colour.text};">'
        "&nbsp;&nbsp;&nbsp;&nbsp;</span>"
    )


class FilterPanel(QWidget):
    """Emits ``filter_changed`` whenever the filter the user sees differs from the last one,
    and ``results_requested`` on Down in the search box."""

    DEBOUNCE_MS = 150

    filter_changed = Signal()
    results_requested = Signal()

    def __init__(self, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor_id = actor_id

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, any spelling, or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setToolTip(
            self.tr(
                "Ctrl+F. Every word must match the start of a name. "
                "Down: into the list; Enter: show the case when only one matches."
            )
        )

        self.category = EnumCombo(Category, none_label=self.tr("All"), parent=self)
        self.status = EnumCombo(CaseStatus, none_label=self.tr("All"), parent=self)
        self.status.setMinimumContentsLength(16)

        self.blocked_only = QCheckBox(self.tr("&Blocked only"), self)
        self.stalled_only = QCheckBox(self.tr("S&talled only"), self)
        self.assigned_to_me = QCheckBox(self.tr("Assigned to &me"), self)
        self.assigned_to_me.setEnabled(actor_id is not None)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        self.legend: dict[str, QLabel] = {}
        legend = row_legend()
        for key, box in (("stalled", self.stalled_only), ("blocked", self.blocked_only)):
            colour = legend[key]
            chip = QLabel(colour.label, self)
            chip.setObjectName(f"{key}Legend")
            chip.setStyleSheet(
                f"background: {colour.background}; color: {colour.text}; "
                "padding: 1px 6px; border-radius: 3px;"
            )
            chip.setToolTip(colour.meaning)
            box.setToolTip(
                f"{_swatch(colour)}&nbsp;{colour.meaning}<br>"
                + self.tr("Tick to list only these cases.")
            )
            self.legend[key] = chip

        search_label = QLabel(self.tr("Searc&h:"), self)
        search_label.setBuddy(self.search)
        category_label = QLabel(self.tr("Categor&y:"), self)
        category_label.setBuddy(self.category)
        status_label = QLabel(self.tr("Stat&us:"), self)
        status_label.setBuddy(self.status)

        # The bar wraps onto a second line rather than widen the window past the screen
        # (1280 pixels); a label stays on the line of the field it names.
        layout = FlowLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.add_widget(self._group(search_label, self.search), stretch=True)
        layout.add_widget(self._group(category_label, self.category))
        layout.add_widget(self._group(status_label, self.status))
        layout.add_widget(self._group(self.blocked_only, self.stalled_only, self.assigned_to_me))
        layout.add_widget(self._group(*self.legend.values(), self.count_label))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.on_debounce_timeout)

        self._fill_statuses()
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.category.currentIndexChanged.connect(self.on_category_changed)
        self.status.currentIndexChanged.connect(self.on_choice_changed)
        for box in (self.blocked_only, self.stalled_only, self.assigned_to_me):
            box.toggled.connect(self.on_choice_changed)

    def _group(self, *widgets: QWidget) -> QWidget:
        """Widgets kept together on one line of the bar."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1 if widget is self.search else 0)
        return group

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
        # "1 case" on its own: right in English even where no translator is installed.
        text = self.tr("1 case") if count == 1 else self.tr("%n cases", "", count)
        self.count_label.setText(text.replace(str(count), number(count), 1))

    def apply_search_now(self) -> None:
        """Narrow by what is typed without waiting for the pause after the last key."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.filter_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.apply_search_now()
            self.results_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def _fill_statuses(self) -> None:
        category = self.category.current()
        self.status.set_members(statuses_for(category) if category else list(CaseStatus))

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def on_search_return_pressed(self) -> None:
        self.apply_search_now()  # connected first, so the window's Enter sees the narrowed list

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
