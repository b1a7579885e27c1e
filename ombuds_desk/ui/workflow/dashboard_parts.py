"""Building blocks of the dashboard: a table of a chart's exact numbers, a panel holding the
chart (``bar_chart.py``) and the table, and a big key figure.

Every chart is drawn with its numbers on the bars and again in a table beside it, so a
supervisor can read each figure exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.ui.common.formatting import number

if TYPE_CHECKING:
    from ombuds_desk.ui.workflow.bar_chart import BarChart

Cell = str | int

FIGURE_STYLE = "font-size: 20pt; font-weight: bold;"
CAPTION_STYLE = "color: #505050;"


class NumbersTable(QTableWidget):
    """A compact read-only table; integer cells are right-aligned and shown with separators."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(number(value) if isinstance(value, int) else value)
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    item.setData(Qt.ItemDataRole.UserRole, value)
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows: no empty white box under the numbers.
        height = header.sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(len(rows)))
        self.setFixedHeight(height)

    def values(self) -> dict[str, list[int]]:
        """The numbers by first-column text (for tests and copy-out)."""
        found: dict[str, list[int]] = {}
        for r in range(self.rowCount()):
            key = self.item(r, 0)
            cells = [self.item(r, c) for c in range(1, self.columnCount())]
            numbers = [int(c.data(Qt.ItemDataRole.UserRole) or 0) if c else 0 for c in cells]
            found[key.text() if key else ""] = numbers
        return found


class ChartPanel(QGroupBox):
    """A titled box with a chart and, beside it, the table of its numbers.

    The chart and the table are made when first filled (:attr:`chart`, :attr:`table`): six
    charts (QtCharts views then) and six tables made with the page held the window for
    60-120 ms at its first opening; filled a panel at a time (the page's steps), each panel's
    are made in an event-loop turn of their own. Until then the panel keeps their room.
    """

    def __init__(
        self,
        title: str,
        name: str,
        horizontal: bool = False,
        table_width: int = 230,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}Panel")
        self.name = name
        self.horizontal = horizontal
        self.label_angle = 0  # the categories' angle (a month's, turned to fit)
        self._chart: BarChart | None = None
        self._table: NumbersTable | None = None
        # The room the chart and the table will take, until they are made.
        self._chart_room = QWidget(self)
        self._chart_room.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._table_room = QWidget(self)
        self._table_width = table_width
        self._table_room.setFixedWidth(table_width)
        self.note = QLabel(self)
        self.note.setStyleSheet(CAPTION_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        self._row = QHBoxLayout()
        self._row.addWidget(self._chart_room, 1)
        self._side = QVBoxLayout()
        self._side.addWidget(self._table_room)
        self._side.addStretch(1)
        self._row.addLayout(self._side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._row, 1)
        layout.addWidget(self.note)

    @property
    def chart(self) -> BarChart:
        """The panel's chart, made in its place the first time it is asked for."""
        if self._chart is None:
            from ombuds_desk.ui.workflow.bar_chart import BarChart

            self._chart = BarChart(self.horizontal, self)
            self._chart.setObjectName(f"{self.name}Chart")
            # A screen reader names the chart by its box's title (its numbers: the chart's
            # description).
            self._chart.setAccessibleName(self.title())
            self._chart.label_angle = self.label_angle
            _put_in_place(self._row, self._chart_room, self._chart)
        return self._chart

    @property
    def table(self) -> NumbersTable:
        """The table of the chart's numbers, made in its place the first time it is asked for."""
        if self._table is None:
            self._table = NumbersTable(f"{self.name}Table", self)
            self._table.setFixedWidth(self._table_width)
            _put_in_place(self._side, self._table_room, self._table)
        return self._table

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


def _put_in_place(layout: QHBoxLayout | QVBoxLayout, room: QWidget, widget: QWidget) -> None:
    """``widget`` where ``room`` held its place; the room goes."""
    layout.replaceWidget(room, widget)
    room.hide()
    room.deleteLater()


class Figure(QWidget):
    """A key figure: a big number over a caption."""

    def __init__(
        self, caption: str, name: str, color: str = "#202020", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.number = QLabel("—", self)
        self.number.setObjectName(f"figure_{name}")
        self.number.setStyleSheet(f"{FIGURE_STYLE} color: {color};")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(CAPTION_STYLE)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.number.setText(number(value))

    def value(self) -> int:
        return int(self.number.text().replace(",", ""))
