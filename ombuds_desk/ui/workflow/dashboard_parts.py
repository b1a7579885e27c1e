"""Building blocks of the dashboard: a bar chart (QtCharts), a table of its exact numbers,
a panel holding both, and a big key figure.

Every chart is drawn with its numbers on the bars and again in a table beside it, so a
supervisor can read each figure exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
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

Series = tuple[str, Sequence[int], QColor]
Cell = str | int

FIGURE_STYLE = "font-size: 20pt; font-weight: bold;"
CAPTION_STYLE = "color: #505050;"


class BarChart(QChartView):
    """Bars of one or more series over text categories; ``set_data`` redraws them."""

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.horizontal = horizontal
        self.label_angle = 0
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7.0))
        chart.legend().setFont(self._small)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        # A horizontal chart draws its first category at the bottom; list it top-down.
        order = list(reversed(range(len(categories)))) if self.horizontal else None
        for name, values, color in series:
            bar_set = QBarSet(name)
            shown = [values[i] for i in order] if order is not None else list(values)
            bar_set.append([float(v) for v in shown])
            bar_set.setColor(color)
            bar_set.setBorderColor(color.darker(120))
            bar_set.setLabelColor(QColor("#202020"))
            bar_set.setLabelFont(self._small)
            bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value")
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelsPrecision(10)
        bars.setBarWidth(0.75)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append([categories[i] for i in order] if order is not None else list(categories))
        counts = QValueAxis()
        top = max((max(values, default=0) for _n, values, _c in series), default=0)
        counts.setRange(0, max(top * 1.15, 4))
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        counts.setGridLineColor(QColor("#e4e4e4"))
        for axis in (names, counts):
            axis.setLabelsFont(self._small)
        names.setLabelsAngle(self.label_angle)
        names.setTruncateLabels(False)
        if self.horizontal:
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        bars.attachAxis(counts)
        chart.legend().setVisible(len(series) > 1)


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

    The chart is made when first drawn (:attr:`chart`): six QtCharts views made with the page
    held the window for 60-120 ms at its first opening; drawn a panel at a time (the page's
    steps), each is made in its own event-loop turn.
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
        self.horizontal = horizontal
        self.label_angle = 0  # the categories' angle (a month's, turned to fit)
        self._chart: BarChart | None = None
        # Where the chart goes: the room it will take, until it is made.
        self._room = QWidget(self)
        self._room.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table = NumbersTable(f"{name}Table", self)
        self.table.setFixedWidth(table_width)
        self.note = QLabel(self)
        self.note.setStyleSheet(CAPTION_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        self._row = QHBoxLayout()
        self._row.addWidget(self._room, 1)
        side = QVBoxLayout()
        side.addWidget(self.table)
        side.addStretch(1)
        self._row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._row, 1)
        layout.addWidget(self.note)

    @property
    def chart(self) -> BarChart:
        """The panel's chart, made in its place the first time it is asked for."""
        if self._chart is None:
            self._chart = BarChart(self.horizontal, self)
            self._chart.label_angle = self.label_angle
            self._row.replaceWidget(self._room, self._chart)
            self._room.hide()
            self._room.deleteLater()
        return self._chart

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


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
