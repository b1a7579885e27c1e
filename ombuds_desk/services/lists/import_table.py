"""A list as read from a file (:class:`Table`): its header, its rows with the line numbers the
file shows (:class:`SourceRow`), and what reading found wrong in their cells; how the rows a
reader gives become one (:func:`table_of`).

Rows with one cell filled above the header are its title ("Список военнопленных на
01.02.2024", often merged across the columns), not the header; each row's cells are checked
as they come (``import_cells``), and one string is kept per distinct text. :func:`cell_text`
says a cell of any type (a date, a whole number read as a float) as the import reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.lists.import_cells import EVERY_CHECK, CellChecks, without_result
from ombuds_desk.services.lists.import_problem import ImportProblem

# The delimiters by name (translated where shown: ``translate("ImportDialog", name)``).
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
}

_TITLE_ROWS = 5  # rows of one cell above the header taken for its title, at most


@dataclass(frozen=True, slots=True)  # one per row of the file: no __dict__ each
class SourceRow:
    """One row of a file: its line number (as Excel numbers rows) and its cells."""

    line: int
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """A list as read: its name, kind, header and rows, how a CSV was read, and what was
    found wrong in its cells."""

    name: str
    kind: str  # "csv", "xlsx", "ods" or "xls"
    headers: list[str]
    header_line: int
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    # What reading found wrong in a row's cells (a control character, a formula without its
    # result), by line: the import reports them on the row (``import_values.row_problems``).
    line_problems: dict[int, list[ImportProblem]] = field(default_factory=dict)
    # A workbook's sheet read, and how many it shows (a list may sit on another).
    sheet: str | None = None
    sheets: int = 1
    # Columns after the header's last with values in them, by index: the first line of each.
    unheaded: dict[int, int] = field(default_factory=dict)

    @property
    def is_workbook(self) -> bool:
        return self.kind != "csv"

    @property
    def delimiter_name(self) -> str:
        return DELIMITERS.get(self.delimiter or "", self.delimiter or "")


def cell_text(value: Any) -> str | None:
    """A cell as text: dates in ISO, whole floats without ``.0``, empty as None."""
    if type(value) is str:  # every cell of a CSV: the one test first
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, datetime):
        # A date cell with a time (01.02.1990 10:30, as a system's export writes them): the
        # lists hold dates only, and "1990-02-01T10:30:00" was refused as no date at all.
        value = value.date()
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def _is_blank(cells: Sequence[Any]) -> bool:
    return all(cell_text(c) is None for c in cells)


def _filled(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if cell_text(c) is not None)


def _column_numbers(cells: Sequence[Any], headers: Sequence[str]) -> bool:
    """True for a row numbering the columns under the header (``1;2;3;4``, as official forms
    number their columns): every filled cell is its column's number, the header's filled
    ones (two at least) each numbered."""
    texts = [cell_text(c) for c in cells]
    filled = [(i, t) for i, t in enumerate(texts) if t is not None]
    named = sum(1 for h in headers if h)
    return len(filled) >= min(named, 3) >= 2 and all(t == str(i + 1) for i, t in filled)


def table_of(
    name: str,
    kind: str,
    numbered: Iterable[tuple[int, Sequence[Any]]],
    pending: Mapping[tuple[int, int], str] | None = None,
    checks: CellChecks = EVERY_CHECK,
    **kw: Any,
) -> Table:
    """The header and rows of ``numbered``, and their cells' problems (``checks``, those a
    CSV's whole text may need: ``CellChecks.needed_in``); ``pending`` names the cells (line,
    column, from 1) holding a formula whose result was not saved.

    Rows of one cell above the header (a title, "Список военнопленных на 01.02.2024", often
    merged across the columns) are no header: the header is the first row of two cells or
    more. A file whose every row has one cell has its first as the header. A row numbering
    the columns right under the header (``1;2;3;4``) is no row of the list."""
    headers: list[str] | None = None
    header_line = 0
    titles: list[tuple[int, Sequence[Any]]] = []
    rows: list[SourceRow] = []
    problems: dict[int, list[ImportProblem]] = {}
    pending_lines = {line for line, _ in pending or ()}
    # One string per distinct text: a list repeats its values (a region, a rank, a status),
    # and at 100,000 rows a copy of each cell was 117 MB where the distinct ones are 12.
    same: dict[str, str] = {}

    def take(line: int, cells: Sequence[Any]) -> None:
        nonlocal headers, header_line
        cells, found = checks.row(line, cells, headers)
        if headers is None:
            headers = [cell_text(c) or "" for c in cells]
            header_line = line
        elif not rows and not found and _column_numbers(cells, headers):
            return  # the columns' numbers, under the header
        else:
            kept = [same.setdefault(c, c) if type(c) is str else c for c in cells]
            rows.append(SourceRow(line, tuple(kept)))
            if pending:
                found.extend(without_result(line, pending, headers))
        if found:
            problems[line] = found

    for line, cells in numbered:
        if _is_blank(cells) and line not in pending_lines:
            continue
        if headers is None:
            one = _filled(cells) < 2
            # A title fills one cell of a wider row (Excel writes "Список;;;;"); a row of
            # one cell alone is a one-column file (or one read with the wrong delimiter).
            wide = one and len(cells) > 1 and line not in pending_lines
            if wide and len(titles) < _TITLE_ROWS:
                titles.append((line, cells))  # a title, or a header of one column
                continue
            if one:  # one column throughout: the first row is its header
                for held in titles:
                    take(*held)
            titles.clear()  # else rows of one cell above a header of several: titles
        take(line, cells)
    for held in titles if headers is None else ():
        take(*held)
    if headers is None:
        raise ValidationError(
            translate("ImportProblems", "{name} is empty: it has no header row.").format(name=name)
        )
    while headers and not headers[-1]:
        headers.pop()
    unheaded: dict[int, int] = {}
    width = len(headers)
    for row in rows:
        if len(row.cells) > width:
            for index in range(width, len(row.cells)):
                if index not in unheaded and cell_text(row.cells[index]) is not None:
                    unheaded[index] = row.line
    return Table(
        name,
        kind,
        headers,
        header_line,
        rows,
        line_problems=problems,
        unheaded=dict(sorted(unheaded.items())),
        **kw,
    )
