"""The small-rows model base: columns as data, sorting by raw value, colours from hooks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from ombuds_desk.ui.common.columns import RIGHT, Column, value_columns
from ombuds_desk.ui.common.rows_model import RowsTableModel

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
