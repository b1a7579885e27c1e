"""A quotation mark a CSV file opens and never closes: the rest of the file read as one cell.

Python's CSV reader, like Excel, reads on to the next quotation mark through line ends (a
note written on two lines is one cell). A mark left open by hand (``"Малий`` typed into a
name) therefore swallows every row after it into that cell: the list then imported one
person where it named seven, saying nothing. Such a file is refused, naming the line where
the cell began; a cell grown past the reader's limit (128 K characters) is said the same way
rather than as the reader's English ("field larger than field limit").
"""

from __future__ import annotations

import csv
from collections.abc import Sequence

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate


def check_closed(text: str, last: Sequence[str], line: int, name: str) -> None:
    """Refuse ``text`` when its last record (``last``, begun on ``line``) runs over a line
    end inside a quotation mark that is never closed (the file then holds an odd number of
    them: each closed cell and each doubled mark holds two)."""
    if not any("\n" in cell or "\r" in cell for cell in last):
        return
    if text.count('"') % 2 == 0:
        return
    raise ValidationError(
        translate(
            "ImportProblems",
            "{name}: the quotation mark that opens a cell on line {line} is never closed, so "
            "every line after it would be read into that one cell. Close it or remove it, and "
            "import the file again. Nothing was imported.",
        ).format(name=name, line=line)
    )


def too_long(error: csv.Error, line: int, name: str) -> ValidationError | None:
    """The refusal of a cell longer than the reader takes, begun on ``line``; None for
    another error of the reader."""
    if "field larger than field limit" not in str(error):
        return None
    return ValidationError(
        translate(
            "ImportProblems",
            "{name}: the cell that begins on line {line} is longer than {limit} characters, "
            "most likely because a quotation mark opened there is never closed. Close it or "
            "remove it, and import the file again. Nothing was imported.",
        ).format(name=name, line=line, limit=f"{csv.field_size_limit():,}")
    )
