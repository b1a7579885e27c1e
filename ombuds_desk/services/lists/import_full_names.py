"""A person list's full name in one column (``ФИО``, ``ПІБ``, ``Full name``), read as the
family name, given name and patronymic, in the order Russian and Ukrainian lists write them.

:func:`split` reads a row's cell: the first word the family name, the second the given name,
the rest the patronymic (``Петренко-Сидоренко`` and ``Мар'яненко`` stay one word each; words
are parted by spaces and commas). :func:`header_problems` says when a list has the full name
column and separate name columns too: which to read is not for the import to guess (but
``Name`` beside ``Surname`` is the given name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.phrases import Phrase, problem_phrase
from ombuds_desk.services.lists.import_headers import normalise_header
from ombuds_desk.services.lists.import_problem import ImportProblem
from ombuds_desk.services.lists.import_table import Table

FULL_NAME = "full_name"
NAME_PARTS = ("family_name", "given_name", "patronymic")
_WORDS = re.compile(r"[\s,]+")
_NAME = ("name", "names")  # the given name beside a family name column, else the full name


def header_problems(table: Table, columns: dict[str, int]) -> list[ImportProblem]:
    """The full name column beside separate name columns: a header problem, and the full
    name is then not read (``columns`` loses it), so each row is read by the others."""
    if FULL_NAME not in columns:
        return []
    others = [table.headers[columns[p]] for p in NAME_PARTS if p in columns]
    if not others:
        return []
    index = columns.pop(FULL_NAME)
    if (
        "family_name" in columns
        and "given_name" not in columns
        and normalise_header(table.headers[index]) in _NAME
    ):
        # "Surname; Name; Patronymic", as Russian and Ukrainian staff put "Фамилия; Имя;
        # Отчество" into English: "Name" is the given name there, beside the family name.
        columns["given_name"] = index
        return []
    return [
        ImportProblem(
            table.header_line,
            table.headers[index],
            problem_phrase(
                QT_TRANSLATE_NOOP(
                    "ImportProblems",
                    "holds the full name, and the list has separate name columns as well "
                    "({columns}): which to read is not clear; delete this column or those",
                ),
                columns=", ".join(others),
            ),
        )
    ]


def split(cells: dict[str, str]) -> Phrase | None:
    """Put the full name of a row's ``cells`` (taken out of them) in its three fields; the
    problem with it (one word only: no given name), or None."""
    text = cells.pop(FULL_NAME, None)
    if text is None:
        return None
    words = [w for w in _WORDS.split(text) if w]
    for name, word in zip(NAME_PARTS[:2], words, strict=False):
        cells[name] = word
    if len(words) > 2:
        cells["patronymic"] = " ".join(words[2:])
    if len(words) == 1:
        return problem_phrase(
            QT_TRANSLATE_NOOP(
                "ImportProblems",
                "“{text}” has one word only, so the given name is missing (read as family "
                "name, given name, patronymic)",
            ),
            text=text,
        )
    return None


def column_of(columns: Mapping[str, int], name: str) -> str:
    """The column a problem of field ``name`` is told of: the full name's for a name read
    from it."""
    if name in NAME_PARTS and name not in columns and FULL_NAME in columns:
        return FULL_NAME
    return name
