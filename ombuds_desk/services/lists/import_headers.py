"""Which column of a file holds which field: headers compared whatever their case, spacing
and apostrophes (:func:`normalise_header`), in any of the languages the aliases name, and
what is wrong with a header (:func:`match_headers`: a column unknown, repeated, or with
values but no header; a list on another sheet than the one read).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.phrases import Phrase
from ombuds_desk.services.lists.import_problem import ImportProblem, unnamed_column
from ombuds_desk.services.lists.import_table import Table

_HEADER_GAPS = re.compile(r"[\s\-./]+")


def normalise_header(text: str) -> str:
    """``Family name``, ``FAMILY-NAME`` and ``family_name`` alike; ``ім'я`` as ``імя``."""
    text = unicodedata.normalize("NFC", text).strip().lower().replace("ё", "е")
    for mark in "ʼ'’‘`*:":
        text = text.replace(mark, "")
    return _HEADER_GAPS.sub("_", text).strip("_")


def match_headers(
    table: Table, fields: Sequence[str], aliases: Mapping[str, str], ignored: Sequence[str] = ()
) -> tuple[dict[str, int], list[ImportProblem]]:
    """Which column holds which field, and the header's problems (unknown or repeated).

    ``aliases`` maps normalised header names (Russian, Ukrainian…) to fields; columns
    named in ``ignored`` are known but not read (what an export adds for information).
    """
    known = {normalise_header(f): f for f in fields} | {
        normalise_header(a): f for a, f in aliases.items()
    }
    columns: dict[str, int] = {}
    problems: list[ImportProblem] = []
    skip = {normalise_header(i) for i in ignored}
    for index, header in enumerate(table.headers):
        name = normalise_header(header)
        field = known.get(name)
        shown = header or f"column {index + 1}"
        if field is None:
            if name not in skip:
                problems.append(
                    ImportProblem(
                        table.header_line,
                        shown,
                        Phrase(
                            "ImportProblems", QT_TRANSLATE_NOOP("ImportProblems", "unknown column")
                        ),
                    )
                )
        elif field in columns:
            problems.append(
                ImportProblem(
                    table.header_line,
                    shown,
                    Phrase(
                        "ImportProblems",
                        QT_TRANSLATE_NOOP("ImportProblems", "repeats the column for {field}"),
                        field=field,
                    ),
                )
            )
        else:
            columns[field] = index
    for index, line in table.unheaded.items():
        # Read by no column, its values would be left out without a word (remarks typed
        # beside the list).
        problems.append(
            ImportProblem(
                table.header_line,
                unnamed_column(index + 1),
                Phrase(
                    "ImportProblems",
                    QT_TRANSLATE_NOOP(
                        "ImportProblems",
                        "has values (the first on line {line}) but no header, so they would "
                        "not be imported: give the column one of the list's headers, or delete "
                        "it",
                    ),
                    line=line,
                ),
            )
        )
    if not columns and table.sheets > 1:
        # The list is on another sheet: say which one was read rather than only that each
        # of its columns is unknown.
        problems.append(
            ImportProblem(
                table.header_line,
                table.sheet or "",
                Phrase(
                    "ImportProblems",
                    QT_TRANSLATE_NOOP(
                        "ImportProblems",
                        "none of the columns of this sheet is one of the list's: the import "
                        "reads the first sheet shown, “{sheet}”, of the {count} in the file; "
                        "move the list to the first sheet (or delete the others) and import "
                        "again",
                    ),
                    sheet=table.sheet,
                    count=table.sheets,
                ),
            )
        )
    return columns, problems
