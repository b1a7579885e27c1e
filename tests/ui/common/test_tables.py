"""The table view every page uses: read-only whole rows, Enter or a double click opens, rows
selected by number (clamped), many rows when asked, and columns sized to a cap."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView, fit_columns

PEOPLE = [
    ("CAP-2026-00001", "Ґудзь Євген Іванович", "Житомирська"),
    ("CAP-2026-00002", "Їжакевич Олексій Ігорович", "Київська"),
    ("EVA-2026-00003", "Завʼялова Євгенія Олегівна", "Запорізька"),
    ("EVA-2026-00004", "Пʼятницький Юрій Григорович", "Херсонська"),
]


def _model(rows: Sequence[tuple[str, ...]] = PEOPLE) -> QStandardItemModel:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Справа", "ПІБ", "Область"])
    for row in rows:
        model.appendRow([QStandardItem(cell) for cell in row])
    return model


def _view(
    qtbot: QtBot, model: QStandardItemModel | None = None, *, multi: bool = False
) -> RowsView:
    view = RowsView(_model() if model is None else model, "peopleTable", multi=multi)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_view_is_read_only_and_selects_whole_rows(qtbot: QtBot) -> None:
    view = _view(qtbot)
    assert view.objectName() == "peopleTable"
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.verticalHeader().isVisible()
    assert view.horizontalHeader().stretchLastSection()
    assert not view.isSortingEnabled()
    view.select_row(1)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # no editor opens
    assert view.state() != QAbstractItemView.State.EditingState
    assert view.model().index(1, 1).data() == "Їжакевич Олексій Ігорович"


def test_a_sortable_view_lets_the_header_sort(qtbot: QtBot) -> None:
    view = RowsView(_model(), "sorted", sortable=True)
    qtbot.addWidget(view)
    assert view.isSortingEnabled()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_row_asks_to_open_it(qtbot: QtBot, key: Qt.Key) -> None:
    view = _view(qtbot)
    view.select_row(2)
    with qtbot.waitSignal(view.open_requested):
        qtbot.keyClick(view, key)
    assert view.current_row() == 2


def test_enter_without_a_current_row_opens_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.setCurrentIndex(view.model().index(-1, -1))
    opened: list[bool] = []
    view.open_requested.connect(lambda: opened.append(True))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == []


def test_a_double_click_asks_to_open_the_row(qtbot: QtBot) -> None:
    view = _view(qtbot)
    centre = view.visualRect(view.model().index(3, 1)).center()
    opened: list[bool] = []
    view.open_requested.connect(lambda: opened.append(True))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == []  # one click only selects
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [True]
    assert view.current_row() == 3


def test_select_row_clamps_to_the_rows_there_are(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.select_row(2)
    assert (view.current_row(), view.selected_rows()) == (2, [2])
    assert view.currentIndex().row() == 2
    view.select_row(99)
    assert (view.current_row(), view.selected_rows()) == (3, [3])
    view.select_row(-5)
    assert (view.current_row(), view.selected_rows()) == (0, [0])


def test_select_row_in_an_empty_list_selects_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot, _model([]))
    view.select_row(0)
    assert view.current_row() is None
    assert view.selected_rows() == []


def test_many_rows_are_selected_in_order(qtbot: QtBot) -> None:
    view = _view(qtbot, multi=True)
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    for row in (3, 0, 2):
        centre = view.visualRect(view.model().index(row, 0)).center()
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, centre
        )
    assert view.selected_rows() == [0, 2, 3]


def test_a_single_selection_view_keeps_one_row(qtbot: QtBot) -> None:
    view = _view(qtbot)
    for row in (3, 0):
        centre = view.visualRect(view.model().index(row, 0)).center()
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, centre
        )
    assert view.selected_rows() == [0]


def test_stretch_column_gives_the_spare_width_to_that_column(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.stretch_column(1)
    header = view.horizontalHeader()
    assert not header.stretchLastSection()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    qtbot.waitUntil(lambda: header.sectionSize(1) > header.sectionSize(0))


def test_fit_columns_sizes_to_the_cells_at_most_the_widest(qtbot: QtBot) -> None:
    long_name = "Пʼятницький-Завʼялов " * 12
    view = _view(qtbot, _model([("Ї-1", long_name, "Київська")]))
    view.setColumnWidth(0, 400)
    fit_columns(view, widest=200)
    assert view.columnWidth(0) < 200  # "Ї-1" or its title is narrow
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("Справа")
    assert view.columnWidth(1) == 200  # the long name is capped


def test_fit_columns_leaves_the_last_column_to_stretch(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.horizontalHeader().setStretchLastSection(False)
    view.setColumnWidth(2, 37)
    fit_columns(view)
    assert view.columnWidth(2) == 37


def test_fit_columns_of_a_view_without_a_model_does_nothing(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    fit_columns(view)
    assert view.model() is None


def test_fit_on_reset_refits_when_the_rows_are_replaced(qtbot: QtBot) -> None:
    columns: list[Column[tuple[str, str]]] = [
        Column("Справа", lambda r: r[0]),
        Column("ПІБ", lambda r: r[1]),
    ]
    model: RowsTableModel[tuple[str, str]] = RowsTableModel(columns, rows=[("Ї-1", "Ґудзь")])
    view = RowsView(model, "resetTable")
    qtbot.addWidget(view)
    view.show()
    view.fit_on_reset()
    fit_columns(view)
    narrow = view.columnWidth(0)
    model.set_rows([("EVA-2026-00003 / Завʼялова Євгенія", "Ґудзь")])
    assert view.columnWidth(0) > narrow


def test_every_view_fits_its_columns_when_rows_arrive_and_the_last_stretches(
    qtbot: QtBot,
) -> None:
    columns: list[Column[tuple[str, str, str]]] = [
        Column("Справа", lambda r: r[0], width=150),
        Column("ПІБ", lambda r: r[1]),
        Column("Примітка", lambda r: r[2]),
    ]
    model: RowsTableModel[tuple[str, str, str]] = RowsTableModel(columns)
    view = RowsView(model, "policyTable")
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(0) >= 150  # no row yet: the column's starting width
    model.set_rows([(number, name, "") for number, name, _region in PEOPLE])
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(name) for _n, name, _r in PEOPLE)
    assert view.columnWidth(1) >= widest  # no name cut
    assert view.columnWidth(0) < 150 + 60  # sized to "EVA-2026-00003", not left as it was
    header = view.horizontalHeader()
    # The empty last column takes what is left, up to the right edge.
    assert header.sectionViewportPosition(2) + header.sectionSize(2) >= view.viewport().width() - 1


def test_a_column_the_user_dragged_keeps_its_width_when_rows_change(qtbot: QtBot) -> None:
    columns: list[Column[tuple[str, str]]] = [
        Column("Справа", lambda r: r[0]),
        Column("ПІБ", lambda r: r[1]),
    ]
    model: RowsTableModel[tuple[str, str]] = RowsTableModel(columns, rows=[("Ї-1", "Ґудзь")])
    view = RowsView(model, "draggedTable")
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 120, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 120, y))
    dragged = view.columnWidth(0)
    assert view.user_sized
    model.set_rows([("EVA-2026-00003 / Завʼялова Євгенія Олегівна", "Ґудзь")])
    assert view.columnWidth(0) == dragged
