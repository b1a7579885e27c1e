"""The dashboard's bar chart (QtCharts), its numbers on the bars: imported when the first
chart is made (``dashboard_parts.ChartPanel.chart``), not with the page.
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
from PySide6.QtWidgets import QSizePolicy, QWidget

Series = tuple[str, Sequence[int], QColor]


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
