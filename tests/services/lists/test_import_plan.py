"""What the person and item imports share: a row's cells by column, the file's own header
in a problem, every problem in line order, and a walk over the rows that reports progress
and stops on cancel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.lists.import_plan import TablePlan, each_row, header_of, row_cells
from ombuds_desk.services.lists.person_import_writer import PersonRowPlan
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table, read_table
from tests.services.table_files import write_csv


@pytest.fixture
def table(tmp_path: Path) -> Table:
    return read_table(
        write_csv(
            tmp_path / "особи.csv",
            [
                ["Прізвище", "Імʼя", "Дата народження"],
                ["Ґонта", "Їжак", "1985"],
                [],
                ["Пʼятницька", "", "14.03.1985"],
            ],
            delimiter=";",
        )
    )


COLUMNS = {"family_name": 0, "given_name": 1, "date_of_birth": 2}


def test_a_rows_cells_by_column_leave_out_the_empty_ones(table: Table) -> None:
    first, second = table.rows
    assert (first.line, second.line) == (2, 4)  # the blank line 3 is no row
    assert row_cells(first, COLUMNS) == {
        "family_name": "Ґонта",
        "given_name": "Їжак",
        "date_of_birth": "1985",
    }
    assert row_cells(second, COLUMNS) == {
        "family_name": "Пʼятницька",
        "date_of_birth": "14.03.1985",
    }


def test_cells_from_a_workbook_become_text_and_short_rows_are_fine() -> None:
    row = SourceRow(7, ("Іваненко", 1985.0, datetime(2026, 11, 2, 0, 0)))
    columns = {"family_name": 0, "date_of_birth": 1, "status_date": 2, "notes": 5}
    assert row_cells(row, columns) == {
        "family_name": "Іваненко",
        "date_of_birth": "1985",
        "status_date": date(2026, 11, 2).isoformat(),
    }


def test_a_problem_names_the_column_as_the_file_does(table: Table) -> None:
    assert header_of(table, COLUMNS, "given_name") == "Імʼя"
    assert header_of(table, COLUMNS, "category") == "category"  # the file has no such column


def test_problems_come_in_line_order_and_valid_rows_are_those_without(table: Table) -> None:
    good = PersonRowPlan(line=2)
    bad = PersonRowPlan(line=4, problems=[ImportProblem(4, "Імʼя", "is required")])
    worse = PersonRowPlan(
        line=3,
        problems=[
            ImportProblem(3, "Дата народження", "31.02.1990 does not exist"),
            ImportProblem(3, "Прізвище", "is required"),
        ],
    )
    plan = TablePlan(
        table, COLUMNS, [ImportProblem(1, "Колір", "unknown column")], [good, bad, worse]
    )
    assert [str(p) for p in plan.problems] == [
        "line 1: Колір: unknown column",
        "line 3: Дата народження: 31.02.1990 does not exist",
        "line 3: Прізвище: is required",
        "line 4: Імʼя: is required",
    ]
    assert plan.valid_rows == [good]


def _many(n: int) -> Table:
    rows = [SourceRow(line + 2, (f"Особа {line}",)) for line in range(n)]
    return Table(name="великий.csv", kind="csv", headers=["Прізвище"], header_line=1, rows=rows)


def test_the_walk_reports_progress_every_two_hundred_rows() -> None:
    seen: list[tuple[int, int]] = []
    walked = list(each_row(_many(450), lambda done, total: seen.append((done, total)), None))
    assert len(walked) == 450 and walked[0].line == 2 and walked[-1].line == 451
    assert seen == [(0, 450), (200, 450), (400, 450)]


def test_a_cancel_stops_the_walk_at_the_next_check() -> None:
    walked: list[SourceRow] = []
    seen: list[int] = []
    with pytest.raises(OperationCancelledError):
        for row in each_row(
            _many(450), lambda done, total: seen.append(done), lambda: len(seen) >= 2
        ):
            walked.append(row)
    assert len(walked) == 400 and seen == [0, 200]


def test_no_progress_and_no_cancel_walk_every_row() -> None:
    assert len(list(each_row(_many(3), None, None))) == 3
