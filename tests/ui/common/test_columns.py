"""A column of a table model: what a cell shows, its tooltip, and columns over rows of plain
values (empty cells for None, numbers kept as numbers so they align and sort as numbers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.columns import RIGHT, Column, column_title, value_columns
from ombuds_desk.ui.common.rows_model import RowsTableModel

Person = tuple[str, str]


def _name(row: Person) -> str:
    return row[0]


def test_a_column_s_defaults() -> None:
    column: Column[Person] = Column("Name", _name)
    assert (column.sort, column.value, column.right, column.width, column.tooltip) == (
        None,
        None,
        False,
        None,
        None,
    )
    assert column_title("Columns", column) == "Name"


def test_a_short_cell_has_no_tooltip_a_long_one_shows_itself() -> None:
    column: Column[Person] = Column("Name", _name)
    short = "Ґудзь Євген Іванович"
    thirty = "Я" * 30
    long = "Пʼятницький-Завʼялов Юрій Григорович"
    assert column.tip((short, "")) is None
    assert column.tip((thirty, "")) is None
    assert column.tip((thirty + "ї", "")) == thirty + "ї"
    assert column.tip((long, "")) == long


def test_a_column_s_own_tooltip_wins() -> None:
    column: Column[Person] = Column("Name", _name, tooltip=lambda row: f"Справа {row[1]}")
    assert column.tip(("Їжакевич", "CAP-2026-00042")) == "Справа CAP-2026-00042"
    silent: Column[Person] = Column("Name", _name, tooltip=lambda row: None)
    assert silent.tip(("Пʼятницький-Завʼялов Юрій Григорович", "")) is None


def test_value_columns_show_plain_values() -> None:
    line, field, problem = value_columns(["Рядок", "Поле", "Проблема"])
    assert [c.title for c in (line, field, problem)] == ["Рядок", "Поле", "Проблема"]
    row: tuple[Any, ...] = (12, None, "невідома область «Київщинаʼ»")
    assert (line.text(row), field.text(row), problem.text(row)) == (
        "12",
        "",
        "невідома область «Київщинаʼ»",
    )
    assert line.value is not None and line.value(row) == 12  # a number stays a number
    assert field.value is not None and field.value(row) is None


def test_value_columns_tolerate_short_rows() -> None:
    _first, second = value_columns(["Перший", "Другий"])
    assert second.text(("тільки один",)) == ""
    assert second.value is not None and second.value(("тільки один",)) is None


def test_value_columns_tip_every_cell_that_has_text() -> None:
    [only] = value_columns(["Прізвище"])
    assert only.tip(("Ґудзь",)) == "Ґудзь"  # short, still tipped
    assert only.tip((None,)) is None
    assert only.tip(("",)) is None


def test_value_columns_numbers_align_right_and_sort_as_numbers(qtbot: QtBot) -> None:
    rows: list[tuple[Any, ...]] = [
        (10, "Їжакевич"),
        (9, "Ґудзь"),
        (None, "Завʼялов"),
        (100, "Ярош"),
    ]
    model: RowsTableModel[tuple[Any, ...]] = RowsTableModel(value_columns(["Рядок", "Прізвище"]))
    model.set_rows(rows)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is None
    model.sort(0)
    assert [model.data(model.index(r, 0)) for r in range(4)] == ["9", "10", "100", ""]
