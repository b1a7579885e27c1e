"""The small-rows model base: columns as data, sorting by raw value, colours from hooks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.columns import RIGHT, Column, Index, value_columns
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView

ROWS: list[tuple[Any, ...]] = [
    (12, "Ґудзь", None),
    (3, "Іваненко", "B"),
    (101, "Яковенко", "A"),
    (7, "ʼЯнчук", ""),
]


def _column(model: RowsTableModel[Any], column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_value_columns_show_plain_values_and_pass_qt_checks(qtmodeltester: ModelTester) -> None:
    model = RowsTableModel(value_columns(["Line", "Name", "Code"]), rows=ROWS)
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert _column(model, 0) == ["12", "3", "101", "7"]
    assert model.index(0, 2).data() == ""  # None shows as an empty cell
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_numbers_sort_as_numbers_and_empty_cells_last(qtmodeltester: ModelTester) -> None:
    model = RowsTableModel(value_columns(["Line", "Name", "Code"]), rows=ROWS)
    model.sort(0)
    assert _column(model, 0) == ["3", "7", "12", "101"]  # not "101" < "12" as text
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(model, 0) == ["101", "12", "7", "3"]
    model.sort(2)
    assert _column(model, 2) == ["A", "B", "", ""]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert _column(model, 2)[:2] == ["B", "A"]  # empty cells stay last either way
    qtmodeltester.check(model)


def test_set_rows_replaces_rows_and_columns() -> None:
    model = RowsTableModel(value_columns(["A"]), rows=[(1,)])
    model.set_rows([("x", "y")], value_columns(["B", "C"]))
    assert model.columnCount() == 2 and model.rowCount() == 1
    assert model.row_at(0) == ("x", "y") and model.row_at(1) is None


class Tinted(RowsTableModel[str]):
    def background(self, row: str) -> QColor | None:
        return QColor("#f8c4b4") if row.startswith("!") else None


def test_hooks_colour_rows_and_long_text_has_a_tooltip() -> None:
    model = Tinted([Column("Text", lambda r: r)], rows=["!" + "ї" * 40, "ok"])
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#f8c4b4")
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "!" + "ї" * 40
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None


# What a paint or a column's fitting asks each cell at once (QStyledItemDelegate), and what
# a hover or a screen reader asks.
ASKED = (
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def _at_once(index: QModelIndex, role: Qt.ItemDataRole) -> object:
    slot = QModelRoleData(int(role))
    index.multiData(QModelRoleDataSpan(slot))
    return slot.data()


class Counted(Tinted):
    """Counts the calls of ``data``."""

    asked = 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.asked += 1
        return super().data(index, role)


def test_a_cell_asked_at_once_answers_as_one_by_one_and_a_paint_asks_it_once(
    qtbot: QtBot,
) -> None:
    """A paint, or fitting a column to 200 rows, asks each cell for seven roles: one call
    into Python a cell (``multiData``), not seven of ``data``, with the same answers."""
    rows = ["!" + "ї" * 40, "ok", *(f"Ґалина {n}" for n in range(30))]
    model = Counted(
        [Column("Text", lambda r: r), Column("Len", lambda r: str(len(r)), value=len)], rows=rows
    )
    for row in (0, 1):
        for column in (0, 1):
            index = model.index(row, column)
            assert [_at_once(index, role) for role in ASKED] == [index.data(r) for r in ASKED]
    assert _at_once(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == QBrush(QColor("#f8c4b4"))
    assert _at_once(model.index(1, 1), Qt.ItemDataRole.DisplayRole) == "2"
    assert _at_once(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    view = RowsView(model, "rowsView")
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    qtbot.waitExposed(view)
    model.asked = 0
    view.viewport().grab()  # painted now
    assert model.asked == 0
    view.refit()  # the first column measured again over every row (the last stretches)
    assert model.asked <= len(rows)  # the delegate's size hint only, asked on its own
