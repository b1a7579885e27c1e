"""How an import names one thing wrong in a file: :class:`ImportProblem`, its line, its
column as the file names it (:func:`unnamed_column` for one without a header) and what.

Every step of an import says its problems this way: reading the file (``import_cells``),
matching its header (``import_headers.match_headers``), checking its values and planning its
rows; the import dialog and the command line show them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core.phrases import Phrase, said


@dataclass(frozen=True, order=True)
class ImportProblem:
    """One thing wrong in a file: where (line and column, as the file names it) and what.

    ``message`` (and ``column`` when the file has no header there) is usually a
    :class:`~ombuds_desk.services.core.phrases.Phrase`: English, said in the reader's
    language by :attr:`text` and ``str()`` (the import dialog, the command line)."""

    line: int
    column: str
    message: str

    @property
    def text(self) -> str:
        """The message in the reader's language."""
        return said(self.message)

    @property
    def where(self) -> str:
        """The column in the reader's language (``column 3`` when it has no header)."""
        return said(self.column)

    def __str__(self) -> str:
        return translate("ImportProblems", "line {line}: {column}: {message}").format(
            line=self.line, column=self.where, message=self.text
        )


def unnamed_column(number: int) -> str:
    """A column the file gave no header, by its number (from 1)."""
    return Phrase(
        "ImportProblems", QT_TRANSLATE_NOOP("ImportProblems", "column {number}"), number=number
    )
