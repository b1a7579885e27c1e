"""The dashboard's bar chart, its numbers on the bars, painted with QPainter.

It was a QtCharts view: six of them laid out and drawn in one turn held the GUI thread for
60-80 ms at the Dashboard's first opening (a QGraphicsScene each, its axes, labels and
legend as graphics items), and QtCharts itself took a long import. Painted here, a chart
is a few dozen rectangles and texts and costs a millisecond or two.

The layout: the count axis with its grid lines, the categories along the other axis
(elided to their room, a month's turned by ``label_angle``), a bar per series in each
category's group with its value at the bar's end, and a legend under the bars when there
is more than one series. A horizontal chart lists its categories top-down.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ombuds_desk.ui.common.formatting import number

Series = tuple[str, Sequence[int], QColor]

TEXT_COLOR = QColor("#202020")
AXIS_TEXT_COLOR = QColor("#505050")
GRID_COLOR = QColor("#e4e4e4")
BACKGROUND = QColor("#ffffff")
MARGIN = 6.0
GAP = 4.0  # between an axis' labels and the bars, a bar and its value
BAR_WIDTH = 0.75  # of a category's room, shared by its series' bars
CATEGORY_ROOM = 0.4  # at most this share of a horizontal chart's width for its names
TICKS = 4  # intervals on the count axis, before rounding to a nice step


def nice_top(top: int) -> tuple[int, int]:
    """The count axis' end and step for values up to ``top``: room above the longest bar
    (15%, and at least 4), in whole steps of 1, 2, 2.5 or 5 times a power of ten."""
    upper = max(top * 1.15, 4.0)
    raw = upper / TICKS  # at least 1
    power = 10 ** math.floor(math.log10(raw))
    # Counts: whole steps only (no 2.5 below 25).
    times = (1.0, 2.0, 2.5, 5.0, 10.0) if power >= 10 else (1.0, 2.0, 5.0, 10.0)
    step = int(next(m * power for m in times if m * power >= raw))
    return step * math.ceil(upper / step), step


class BarChart(QWidget):
    """Bars of one or more series over text categories; ``set_data`` redraws them."""

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.label_angle = 0  # the categories' angle, degrees (a vertical chart's)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[tuple[str, tuple[int, ...], QColor], ...] = ()
        self.axis_top, self.axis_step = nice_top(0)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7.0))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = tuple(categories)
        self.series = tuple((name, tuple(values), QColor(color)) for name, values, color in series)
        top = max((max(values, default=0) for _n, values, _c in self.series), default=0)
        self.axis_top, self.axis_step = nice_top(top)
        # What a screen reader says: every bar's number, as the table beside it shows them.
        self.setAccessibleDescription(
            "\n".join(
                f"{name} — "
                + "; ".join(
                    f"{c}: {number(v)}" for c, v in zip(self.categories, values, strict=True)
                )
                for name, values, _color in self.series
            )
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[list[int]]:
        """The drawn values, a list per series in category order (for tests and copy-out)."""
        return [list(values) for _name, values, _color in self.series]

    def legend_visible(self) -> bool:
        return len(self.series) > 1

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self._small).height()
        if self.horizontal:
            # A line's height per category and series: the names stay readable.
            rows = len(self.categories) * max(len(self.series), 1)
            return QSize(400, max(220, int(rows * (line + 2) + 3 * line + 2 * MARGIN)))
        return QSize(400, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 220)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._small)
        fm = QFontMetricsF(self._small)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self.legend_visible():
            area.setBottom(area.bottom() - self._paint_legend(painter, fm, area))
        if self.categories:
            if self.horizontal:
                self._paint_horizontal(painter, fm, area)
            else:
                self._paint_vertical(painter, fm, area)
        painter.end()

    def _ticks(self) -> range:
        return range(0, self.axis_top + 1, self.axis_step)

    def _paint_legend(self, painter: QPainter, fm: QFontMetricsF, area: QRectF) -> float:
        """The series' colours and names, centred under the bars; returns its height."""
        box = fm.height() * 0.7
        widths = [box + GAP + fm.horizontalAdvance(name) for name, _v, _c in self.series]
        spacing = fm.height()
        x = area.center().x() - (sum(widths) + spacing * (len(widths) - 1)) / 2
        y = area.bottom() - fm.height()
        for (name, _values, color), width in zip(self.series, widths, strict=True):
            painter.setPen(QPen(color.darker(120)))
            painter.setBrush(color)
            painter.drawRect(QRectF(x, y + (fm.height() - box) / 2, box, box))
            painter.setPen(TEXT_COLOR)
            painter.drawText(QPointF(x + box + GAP, y + fm.ascent()), name)
            x += width + spacing
        return fm.height() + GAP

    def _paint_bar(
        self,
        painter: QPainter,
        bar: QRectF,
        color: QColor,
        value: int,
        fm: QFontMetricsF,
        turned: bool = False,
    ) -> None:
        """A bar and its value beyond its end (right of it, or above it: ``turned`` to read
        upwards where the values are wider than the bars, so that neighbours do not overlap)."""
        painter.setPen(QPen(color.darker(120)))
        painter.setBrush(color)
        painter.drawRect(bar)
        text = number(value)
        painter.setPen(TEXT_COLOR)
        if turned:
            painter.save()
            painter.translate(bar.center().x(), bar.top() - GAP)
            painter.rotate(-90)
            painter.drawText(QPointF(0, (fm.ascent() - fm.descent()) / 2), text)
            painter.restore()
            return
        if self.horizontal:
            spot = QPointF(bar.right() + GAP, bar.center().y() - fm.height() / 2 + fm.ascent())
        else:
            width = fm.horizontalAdvance(text)
            spot = QPointF(bar.center().x() - width / 2, bar.top() - GAP - fm.descent())
        painter.drawText(spot, text)

    def _paint_horizontal(self, painter: QPainter, fm: QFontMetricsF, area: QRectF) -> None:
        count_labels = [number(t) for t in self._ticks()]
        names_width = min(
            max(fm.horizontalAdvance(c) for c in self.categories), area.width() * CATEGORY_ROOM
        )
        plot = QRectF(area)
        plot.setLeft(area.left() + names_width + GAP)
        plot.setBottom(area.bottom() - fm.height() - GAP)
        # Room right of the longest bar for its value.
        plot.setRight(area.right() - fm.horizontalAdvance(count_labels[-1]) / 2)
        scale = plot.width() / self.axis_top
        painter.setPen(QPen(GRID_COLOR))
        for tick, label in zip(self._ticks(), count_labels, strict=True):
            x = plot.left() + tick * scale
            painter.setPen(QPen(GRID_COLOR))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(AXIS_TEXT_COLOR)
            width = fm.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, area.bottom() - fm.descent()), label)
        room = plot.height() / len(self.categories)
        thick = room * BAR_WIDTH / max(len(self.series), 1)
        for index, category in enumerate(self.categories):
            top = plot.top() + index * room
            painter.setPen(AXIS_TEXT_COLOR)
            shown = fm.elidedText(category, Qt.TextElideMode.ElideRight, names_width)
            painter.drawText(
                QRectF(area.left(), top, names_width, room),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            y = top + room * (1 - BAR_WIDTH) / 2
            for s, (_name, values, color) in enumerate(self.series):
                bar = QRectF(plot.left(), y + s * thick, values[index] * scale, thick)
                self._paint_bar(painter, bar, color, values[index], fm)

    def _paint_vertical(self, painter: QPainter, fm: QFontMetricsF, area: QRectF) -> None:
        count_labels = [number(t) for t in self._ticks()]
        axis_width = max(fm.horizontalAdvance(label) for label in count_labels)
        plot = QRectF(area)
        plot.setLeft(area.left() + axis_width + GAP)
        room = plot.width() / len(self.categories)
        angle = math.radians(abs(self.label_angle))
        if angle:
            # Turned names: as long as the longest, at most half the chart's height.
            longest = min(max(fm.horizontalAdvance(c) for c in self.categories), area.height() / 2)
            names_height = longest * math.sin(angle) + fm.height() * math.cos(angle)
        else:
            longest = room
            names_height = fm.height()
        plot.setBottom(area.bottom() - names_height - GAP)
        thick = room * BAR_WIDTH / max(len(self.series), 1)
        widest = max(
            (fm.horizontalAdvance(number(v)) for _n, vs, _c in self.series for v in vs), default=0
        )
        turned = widest > thick + 2
        # Room above the tallest bar for its value (turned: as long as the widest value).
        plot.setTop(area.top() + (widest + GAP if turned else fm.height() / 2))
        scale = plot.height() / self.axis_top
        for tick, label in zip(self._ticks(), count_labels, strict=True):
            y = plot.bottom() - tick * scale
            painter.setPen(QPen(GRID_COLOR))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_TEXT_COLOR)
            width = fm.horizontalAdvance(label)
            painter.drawText(QPointF(plot.left() - GAP - width, y + fm.ascent() / 2 - 1), label)
        for index, category in enumerate(self.categories):
            left = plot.left() + index * room
            shown = fm.elidedText(category, Qt.TextElideMode.ElideRight, longest)
            painter.setPen(AXIS_TEXT_COLOR)
            if angle:
                # Turned about the name's end, which sits under the middle of its bars.
                painter.save()
                painter.translate(left + room / 2, plot.bottom() + GAP)
                painter.rotate(self.label_angle)
                width = fm.horizontalAdvance(shown)
                painter.drawText(QPointF(-width, fm.ascent() / 2), shown)
                painter.restore()
            else:
                painter.drawText(
                    QRectF(left, plot.bottom() + GAP, room, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    shown,
                )
            x = left + room * (1 - BAR_WIDTH) / 2
            for s, (_name, values, color) in enumerate(self.series):
                height = values[index] * scale
                bar = QRectF(x + s * thick, plot.bottom() - height, thick, height)
                self._paint_bar(painter, bar, color, values[index], fm, turned)
