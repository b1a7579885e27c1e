"""What the person and item imports share: a plan of the table's rows (each with its
problems), the cells of a row by column, the header a problem names, and the walk over the
rows that reports progress and can be cancelled."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table, cell_text


class RowPlan(Protocol):
    @property
    def problems(self) -> list[ImportProblem]: ...


RowPlanT = TypeVar("RowPlanT", bound=RowPlan)


@dataclass
class TablePlan(Generic[RowPlanT]):
    """The dry run of an import: the matched columns and what every row would do."""

    table: Table
    columns: dict[str, int]
    header_problems: list[ImportProblem]
    rows: list[RowPlanT]

    @property
    def problems(self) -> list[ImportProblem]:
        """Every problem, in line order: the report."""
        return sorted([*self.header_problems, *(p for r in self.rows for p in r.problems)])

    @property
    def valid_rows(self) -> list[RowPlanT]:
        return [r for r in self.rows if not r.problems]


def row_cells(row: SourceRow, columns: dict[str, int]) -> dict[str, str]:
    """The row's text by column name; empty cells are left out."""
    cells, found = row.cells, dict[str, str]()
    count = len(cells)
    for name, index in columns.items():
        if index < count:
            cell = cells[index]
            # Every cell of a CSV is text: cell_text's first test, without the call.
            text = (cell.strip() or None) if type(cell) is str else cell_text(cell)
            if text is not None:
                found[name] = text
    return found


def header_of(table: Table, columns: dict[str, int], name: str) -> str:
    """The file's own header of column ``name``, or the name when the file has no such column."""
    index = columns.get(name)
    return table.headers[index] if index is not None else name


def each_row(
    table: Table, progress: Progress | None, is_cancelled: Cancelled | None
) -> Iterator[SourceRow]:
    """The table's rows; every 200 rows, stop if cancelled and report progress."""
    for number, row in enumerate(table.rows):
        if number % 200 == 0:
            check_cancelled(is_cancelled)
            if progress:
                progress(number, len(table.rows))
        yield row
