"""The dashboard's building blocks: the numbers table beside each chart, the bar chart, the
panel's note and a key figure."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.workflow.bar_chart import BarChart, nice_top
from ombuds_desk.ui.workflow.dashboard_parts import ChartPanel, Figure, NumbersTable

RED, BLUE = QColor("#a33a2a"), QColor("#3a6ea5")


def _colour_rows(image: QImage, color: QColor) -> list[int]:
    """The rows of a grabbed chart where ``color`` (a bar's) is painted."""
    x_range = range(0, image.width(), 2)
    return [
        y for y in range(image.height()) if any(image.pixelColor(x, y) == color for x in x_range)
    ]


def _colour_columns(image: QImage, color: QColor) -> list[int]:
    y_range = range(0, image.height(), 2)
    return [
        x for x in range(image.width()) if any(image.pixelColor(x, y) == color for y in y_range)
    ]


def test_numbers_table_shows_integers_with_separators_and_gives_them_back(qtbot: QtBot) -> None:
    table = NumbersTable("someTable")
    qtbot.addWidget(table)
    table.set_rows(["Status", "Cases"], [("Registered", 12_345), ("Закрито", 7)])
    assert table.objectName() == "someTable"
    assert (table.rowCount(), table.columnCount()) == (2, 2)
    cell = table.item(0, 1)
    assert cell is not None and cell.text() == "12,345"
    assert cell.textAlignment() == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label = table.item(1, 0)
    assert label is not None and label.text() == "Закрито"
    assert table.values() == {"Registered": [12_345], "Закрито": [7]}
    # As tall as its rows, so no empty box shows under the numbers.
    rows = table.rowHeight(0) + table.rowHeight(1)
    assert (
        table.height()
        == table.horizontalHeader().sizeHint().height() + 2 * (table.frameWidth()) + rows
    )

    table.set_rows(["Month", "A", "B"], [("01.2026", 1, 2)])
    assert table.values() == {"01.2026": [1, 2]}


def test_the_count_axis_ends_above_the_longest_bar_in_whole_nice_steps() -> None:
    assert nice_top(0) == (4, 1)  # small numbers still get a readable scale
    assert nice_top(3) == (4, 1)
    assert nice_top(9) == (15, 5) and nice_top(31_000) == (40_000, 10_000)
    assert nice_top(8) == (10, 5)  # 9.2 in quarters: a step of 2.5 is no count
    for top in (1, 7, 35, 120, 999, 12_345, 31_000, 99_999):
        end, step = nice_top(top)
        assert end >= top * 1.15 and end % step == 0 and end // step <= 2 * 4
        assert str(step).strip("0") in ("1", "2", "25", "5")


def test_a_vertical_chart_draws_the_values_in_order(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_data(["a", "b", "c"], [("One", [1, 0, 3], RED)])
    assert chart.bars() == [[1, 0, 3]] and chart.categories == ("a", "b", "c")
    assert not chart.legend_visible()  # one series needs no legend
    assert chart.axis_top >= 4
    # Painted: bar "c" three times as tall as bar "a", both standing on the same line.
    image = chart.grab().toImage()
    columns = _colour_columns(image, RED)
    assert columns and columns[0] < image.width() / 3 and columns[-1] > image.width() * 2 / 3
    heights = []
    for x in (columns[0] + 2, columns[-1] - 2):
        rows = [y for y in range(image.height()) if image.pixelColor(x, y) == RED]
        heights.append(len(rows))
    assert heights[1] == pytest.approx(3 * heights[0], rel=0.05)


def test_a_horizontal_chart_lists_its_categories_top_down(qtbot: QtBot) -> None:
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_data(["first", "second"], [("One", [5, 9], RED), ("Two", [1, 2], BLUE)])
    assert chart.bars() == [[5, 9], [1, 2]] and chart.categories == ("first", "second")
    assert chart.legend_visible()
    image = chart.grab().toImage()
    # Bands of red, top-down: the first category's bar, the second's, the legend's box.
    rows = _colour_rows(image, RED)
    bands = [y for y in rows if y - 1 not in rows]
    assert len(bands) == 3
    lengths = [
        sum(image.pixelColor(x, y + 2) == RED for x in range(image.width())) for y in bands[:2]
    ]
    assert lengths[1] == pytest.approx(lengths[0] * 9 / 5, rel=0.05)  # 5 above 9
    # Each category's blue bar under its red one.
    blue = _colour_rows(image, BLUE)
    assert bands[0] < blue[0] < bands[1]
    chart.set_data(["only"], [("One", [4], RED)])  # redrawing replaces, not adds
    assert chart.bars() == [[4]] and not chart.legend_visible()
    assert _colour_rows(chart.grab().toImage(), BLUE) == []


def test_a_chart_says_its_numbers_and_fits_long_cyrillic_names(qtbot: QtBot) -> None:
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(300, 220)
    names = ["Немає відповіді на лист понад 90 днів, зʼясування ґрунтовне", "Очікує"]
    chart.set_data(names, [("Застряглі", [12_345, 7], RED)])
    assert chart.accessibleDescription() == f"Застряглі — {names[0]}: 12,345; Очікує: 7"
    # The long name is elided to at most 40% of the width: the bars keep their room.
    image = chart.grab().toImage()
    assert min(_colour_columns(image, RED)) <= 300 * 0.4 + 20
    assert chart.sizeHint().height() >= 220 and chart.minimumSizeHint().height() == 220
    many = [f"Працівник {i}" for i in range(30)]
    chart.set_data(many, [("Застряглі", list(range(30)), RED)])
    assert chart.sizeHint().height() > 30 * chart.fontMetrics().height() * 0.6


def test_panel_note_and_figure(qtbot: QtBot) -> None:
    panel = ChartPanel("Stalled cases by reason", "reason")
    qtbot.addWidget(panel)
    panel.show()
    assert panel.objectName() == "reasonPanel" and panel.table.objectName() == "reasonTable"
    assert not panel.note.isVisible()
    panel.set_note("Blocked cases count too.")
    assert panel.note.isVisible() and panel.note.text() == "Blocked cases count too."
    panel.set_note("")
    assert not panel.note.isVisible()

    figure = Figure("open cases", "open")
    qtbot.addWidget(figure)
    assert figure.number.text() == "—" and figure.number.objectName() == "figure_open"
    figure.set_value(51_717)
    assert figure.number.text() == "51,717" and figure.value() == 51_717


def test_a_panels_chart_and_table_are_made_when_first_filled_in_their_place(
    qtbot: QtBot,
) -> None:
    """Made with the page, a panel holds the room of its chart and table; they are made the
    first time they are filled, where that room was, once."""
    panel = ChartPanel("Справи за статусом", "status", horizontal=True, table_width=210)
    qtbot.addWidget(panel)
    panel.label_angle = -60
    panel.show()
    assert panel.findChildren(BarChart) == [] and panel.findChildren(NumbersTable) == []
    panel.chart.set_data(["Зареєстровано", "Підтверджено"], [("Cases", [4, 9], BLUE)])
    panel.table.set_rows(["Status", "Cases"], [("Зареєстровано", 4), ("Підтверджено", 9)])
    assert panel.findChildren(BarChart) == [panel.chart]
    # Painted by the app itself: the Dashboard needs no QtCharts (a long import and a costly
    # first layout).
    assert "PySide6.QtCharts" not in sys.modules
    assert panel.findChildren(NumbersTable) == [panel.table]
    assert panel.chart.label_angle == -60 and panel.table.width() == 210
    assert panel.table.values() == {"Зареєстровано": [4], "Підтверджено": [9]}
    assert panel.chart.categories == ("Зареєстровано", "Підтверджено")
    assert panel.chart.objectName() == "statusChart"
    assert panel.chart.accessibleName() == "Справи за статусом"
    assert panel.chart.accessibleDescription() == "Cases — Зареєстровано: 4; Підтверджено: 9"
    qtbot.waitUntil(lambda: panel.chart.isVisible() and panel.table.isVisible())
    layout = panel.layout()
    assert layout is not None and layout.contentsRect().contains(panel.chart.geometry())


def test_values_wider_than_their_bars_are_turned_and_fit_above_them(qtbot: QtBot) -> None:
    """Twelve months of two series: each value read upwards over its narrow bar, the tallest
    bar's still inside the chart; the same chart wide enough keeps them level."""
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.label_angle = -60
    chart.resize(260, 240)
    values = [5_717, 3_699] * 6
    chart.set_data([f"{m:02d}.26" for m in range(1, 13)], [("Repatriated", values, RED)])
    image = chart.grab().toImage()
    dark = QColor("#202020")
    rows = [
        y for y in range(image.height()) if any(image.pixelColor(x, y) == dark for x in range(260))
    ]
    tallest = min(_colour_rows(image, RED))
    # Turned "5,717" stands taller above its bar than a line of text, and is not cut off.
    above = [y for y in rows if y < tallest]
    assert above and tallest - min(above) > chart.fontMetrics().height() * 1.5
    assert min(above) > 0
    chart.resize(1200, 240)
    image = chart.grab().toImage()
    tallest = min(_colour_rows(image, RED))
    above = [
        y for y in range(tallest) if any(image.pixelColor(x, y) == dark for x in range(0, 1200, 1))
    ]
    assert above and tallest - min(above) < chart.fontMetrics().height() * 1.5
