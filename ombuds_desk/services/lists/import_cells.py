"""What is wrong in a table's cells, found while the file is read: each an
:class:`~ombuds_desk.services.lists.import_problem.ImportProblem` of its line and column.

A cell holding a control character (a NUL, a bell: a damaged file or a bad copy), one showing
a formula's error (``#N/A``, LibreOffice's ``Err:502``: a lookup that found nothing), an XLSX
formula whose result was never saved (read as empty, it would import as nothing). The
characters that show as nothing (a soft hyphen, a zero-width space, from a copy-paste) are
not a problem: they are left out of the cell. ``tabular_files`` reads the rows and keeps
what :meth:`CellChecks.row` finds on ``Table.line_problems``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.phrases import Phrase
from ombuds_desk.services.lists.import_problem import ImportProblem, unnamed_column

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
# What a copy from a web page, Word or a PDF leaves in a cell and no one sees: a soft hyphen,
# zero-width spaces and joiners, direction marks, a BOM mid-file. "Шев\u00adченко" looks
# like Шевченко but failed "letters only", and would not be found by its name: removed.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# What Excel and LibreOffice Calc show (and save) for a formula that failed.
_FORMULA_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
     "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!")
)  # fmt: skip
_CALC_ERROR = re.compile(r"Err:\d{3}")
# A cell's control character, said (the import says no other problem of that cell: a name
# with a NUL in it is not "letters only" either, and the control character says why).
CONTROL_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "holds a control character ({code}), which a list should not: the file may be damaged; "
    "correct the cell",
)


@dataclass(frozen=True, slots=True)
class CellChecks:
    """The checks a table's rows need: all, unless one search of a CSV's whole text found
    that no cell could fail one (:meth:`needed_in`), so that no row is searched for it."""

    controls: bool = True
    invisible: bool = True
    errors: bool = True

    @classmethod
    def needed_in(cls, text: str) -> CellChecks:
        return cls(
            controls=_CONTROL.search(text) is not None,
            invisible=_INVISIBLE.search(text) is not None,
            errors="#" in text or "Err:" in text,
        )

    def row(
        self, line: int, cells: Sequence[Any], headers: Sequence[str] | None
    ) -> tuple[Sequence[Any], list[ImportProblem]]:
        """``cells`` without what shows as nothing, and their problems; ``headers`` None:
        the row is the header (a formula's error in it is no value, so not checked)."""
        if self.invisible:
            cells = without_invisible(cells)
        found = control_problems(line, cells, headers or []) if self.controls else []
        if self.errors and headers is not None:
            found.extend(formula_error_problems(line, cells, headers))
        return cells, found


EVERY_CHECK = CellChecks()


def in_cell(line: int, index: int, headers: Sequence[str], said: Phrase) -> ImportProblem:
    """The problem ``said`` of the cell ``index`` of a line: named by its column's header,
    else by its number."""
    header = headers[index] if index < len(headers) and headers[index] else ""
    return ImportProblem(line, header or unnamed_column(index + 1), said)


def without_invisible(cells: Sequence[Any]) -> Sequence[Any]:
    """``cells`` without the characters that show as nothing (``_INVISIBLE``): ``cells``
    itself when none holds one."""
    if not _INVISIBLE.search("".join(c for c in cells if type(c) is str)):
        return cells  # one search a row, not one a cell
    return [_INVISIBLE.sub("", c) if type(c) is str else c for c in cells]


def control_problems(
    line: int, cells: Sequence[Any], headers: Sequence[str]
) -> list[ImportProblem]:
    """A problem for each cell holding a control character (a NUL, a bell…), which no list
    means to hold: they come from a damaged file or a bad copy."""
    found: list[ImportProblem] = []
    if not _CONTROL.search("".join(map(str, cells))):
        return found  # one search a row, not one a cell
    for index, cell in enumerate(cells):
        if isinstance(cell, str) and (match := _CONTROL.search(cell)):
            said = Phrase("ImportProblems", CONTROL_MESSAGE, code=f"U+{ord(match.group()):04X}")
            found.append(in_cell(line, index, headers, said))
    return found


def formula_error_problems(
    line: int, cells: Sequence[Any], headers: Sequence[str]
) -> list[ImportProblem]:
    """A problem for each cell showing a formula's error (#N/A, #REF!, LibreOffice's
    Err:502): what a lookup that found nothing left, which imported as the text "#N/A"."""
    found: list[ImportProblem] = []
    strings = "".join(c for c in cells if type(c) is str)
    if "#" not in strings and "Err:" not in strings:
        return found  # one search a row, not one a cell
    for index, cell in enumerate(cells):
        if type(cell) is str and (cell in _FORMULA_ERRORS or _CALC_ERROR.fullmatch(cell)):
            said = Phrase(
                "ImportProblems",
                QT_TRANSLATE_NOOP(
                    "ImportProblems",
                    "shows {error}, the error of a formula in the program that made "
                    "the file (a lookup that found nothing, a cell deleted): correct "
                    "it there and save the file again, or type the value",
                ),
                error=cell,
            )
            found.append(in_cell(line, index, headers, said))
    return found


def without_result(
    line: int, pending: Mapping[tuple[int, int], str], headers: Sequence[str]
) -> list[ImportProblem]:
    """A problem for each cell of ``line`` among ``pending`` (line, column from 1: the
    formula), whose formula's result was not saved."""
    return [
        in_cell(
            line,
            column - 1,
            headers,
            Phrase(
                "ImportProblems",
                QT_TRANSLATE_NOOP(
                    "ImportProblems",
                    "the formula ={formula} has no saved result (the program "
                    "that wrote the file did not calculate it): open the file "
                    "in Excel or LibreOffice Calc and save it again, or type "
                    "the value",
                ),
                formula=formula,
            ),
        )
        for (at, column), formula in pending.items()
        if at == line
    ]
