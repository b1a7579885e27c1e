"""Dates written month first (``03/09/1990`` for 9 March, as Excel set to US English writes
them) in a list whose dates the import reads day first (``DD/MM/YYYY``, as the offices write
them).

A month-first date whose day is 12 or less reads as another, valid date: 9 March would have
been saved as 3 September, with nothing said. A file shows it writes the month first when one
of its slashed dates has a second number above 12 (``12/31/1990``); every slashed date of such
a file is then reported on its line, to be saved again as ``DD.MM.YYYY`` or ``YYYY-MM-DD``,
rather than guessed at.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.person_rules import DATE_FIELDS
from ombuds_desk.services.core.phrases import problem_phrase
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table

DATE_COLUMNS = (*DATE_FIELDS, "status_date", "date_received")
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")
MONTH_FIRST_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "“{text}”: this file writes dates month first (such as {example}), as Excel set to US "
    "English does, so this date could be read as the wrong day; save the dates as DD.MM.YYYY "
    "or YYYY-MM-DD and import the file again",
)
# The last table judged, and the month-first date that showed it (None: day first).
_judged: list[tuple[weakref.ref[Table], str | None]] = []


def month_first_problems(
    table: Table, columns: Mapping[str, int], row: SourceRow, cells: Mapping[str, str]
) -> list[ImportProblem]:
    """A problem for each slashed date of ``row`` when ``table`` writes dates month first."""
    slashed = [n for n in DATE_COLUMNS if _SLASHED.fullmatch(cells.get(n) or "")]
    if not slashed:
        return []
    example = _month_first_example(table, columns)
    if example is None:
        return []
    return [
        ImportProblem(
            row.line,
            table.headers[columns[name]] if name in columns else name,
            problem_phrase(MONTH_FIRST_MESSAGE, text=cells[name].strip(), example=example),
        )
        for name in slashed
    ]


def _month_first_example(table: Table, columns: Mapping[str, int]) -> str | None:
    """A date of ``table`` only a month-first reading makes sense of, or None. Judged once a
    table: only a row with a slashed date asks."""
    if _judged and _judged[0][0]() is table:
        return _judged[0][1]
    found: str | None = None
    indexes = [columns[n] for n in DATE_COLUMNS if n in columns]
    for source in table.rows:
        for index in indexes:
            value = source.cells[index] if index < len(source.cells) else None
            match = _SLASHED.fullmatch(value) if isinstance(value, str) else None
            if match and int(match[2]) > 12 and int(match[1]) <= 12:
                found = match[0].strip()
                break
        if found is not None:
            break
    _judged[:] = [(weakref.ref(table), found)]
    return found
