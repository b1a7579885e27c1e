"""The dashboard's building blocks: the numbers table beside each chart, the bar chart, the
panel's note and a key figure."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.workflow.bar_chart import BarChart
from ombuds_desk.ui.workflow.dashboard_parts import ChartPanel, Figure, NumbersTable

RED, BLUE = QColor("#a33a2a"), QColor("#3a6ea5")


def _bars(chart: BarChart) -> list[list[float]]:
    (series,) = chart.chart().series()
    assert isinstance(series, QAbstractBarSeries)
    return [[bar_set.at(i) for i in range(bar_set.count())] for bar_set in series.barSets()]


def _categories(chart: BarChart) -> list[str]:
    (axis,) = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    return axis.categories()


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


def test_a_vertical_chart_draws_the_values_in_order(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(["a", "b", "c"], [("One", [1, 0, 3], RED)])
    assert _bars(chart) == [[1.0, 0.0, 3.0]]
    assert _categories(chart) == ["a", "b", "c"]
    assert not chart.chart().legend().isVisible()  # one series needs no legend
    (counts,) = [a for a in chart.chart().axes() if isinstance(a, QValueAxis)]
    assert counts.max() >= 4  # small numbers still get a readable scale


def test_a_horizontal_chart_lists_its_categories_top_down(qtbot: QtBot) -> None:
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.set_data(["first", "second"], [("One", [5, 9], RED), ("Two", [1, 2], BLUE)])
    # Qt draws the first category at the bottom: the chart hands them over reversed.
    assert _categories(chart) == ["second", "first"]
    assert _bars(chart) == [[9.0, 5.0], [2.0, 1.0]]
    assert chart.chart().legend().isVisible()
    chart.set_data(["only"], [("One", [4], RED)])  # redrawing replaces, not adds
    assert _bars(chart) == [[4.0]]


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
    assert panel.findChildren(NumbersTable) == [panel.table]
    assert panel.chart.label_angle == -60 and panel.table.width() == 210
    assert panel.table.values() == {"Зареєстровано": [4], "Підтверджено": [9]}
    assert _categories(panel.chart) == ["Підтверджено", "Зареєстровано"]  # top-down
    qtbot.waitUntil(lambda: panel.chart.isVisible() and panel.table.isVisible())
    layout = panel.layout()
    assert layout is not None and layout.contentsRect().contains(panel.chart.geometry())
