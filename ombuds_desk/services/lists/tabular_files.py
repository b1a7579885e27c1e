"""Reading the tables users exchange: CSV as any office writes it, XLSX, ODS and old XLS.

:func:`read_table` gives the header and every non-blank row with its line number in the file
(the row number Excel or LibreOffice shows), as a :class:`Table` (``import_table``). Which
reader is by the file's content, not its name: a workbook renamed ``.csv`` is read as the
workbook it is, and text under a workbook's name (a web system's "list.xls") as the text it
is (``import_csv``: encodings and delimiters); another archive or a web page under a
spreadsheet's name is refused, saying what it is. XLSX is read by openpyxl, ODS and XLS by
calamine, the first sheet not hidden; cells keep their types: a date cell arrives as a
``date``. A stray control character in one row is that row's problem
(``Table.line_problems``), as are a formula's error and an XLSX formula whose result was
never saved (``import_cells`` checks every cell).

The import's callers import what reading gives from here: the table and its rows
(``import_table``), a problem (``import_problem``) and the header's matching
(``import_headers``).
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.lists.import_csv import SAMPLE, is_binary, not_text, read_csv
from ombuds_desk.services.lists.import_headers import match_headers, normalise_header
from ombuds_desk.services.lists.import_problem import ImportProblem
from ombuds_desk.services.lists.import_table import SourceRow, Table, cell_text, table_of
from ombuds_desk.services.lists.import_workbooks import is_protected, unreadable_workbook
from ombuds_desk.services.lists.list_collector import unwalked

__all__ = [
    "ImportProblem",
    "NotAWorkbookError",
    "SourceRow",
    "Table",
    "cell_text",
    "is_workbook",
    "match_headers",
    "normalise_header",
    "read_table",
]

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
_ZIP_MAGIC = b"PK\x03\x04"  # XLSX and ODS are ZIP archives
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls (and .doc) file
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class NotAWorkbookError(ValidationError):
    """The file could not be opened as an XLSX workbook at all."""


def _wide(cells: Sequence[Any], width: int) -> list[Any]:
    """``cells`` with empty ones after them up to ``width``."""
    row = list(cells)
    if len(row) < width:
        row.extend([None] * (width - len(row)))
    return row


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    from ombuds_desk.services.lists.xlsx_formulas import formulas_without_result

    with path.open("rb") as file:  # a file, so openpyxl does not judge by the extension
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = load_workbook(file, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise NotAWorkbookError(
                unreadable_workbook(path, exc)
                or translate(
                    "ImportProblems", "{name} is not a readable XLSX workbook ({error})."
                ).format(name=path.name, error=exc)
            ) from None
        try:
            # The first sheet shown: a hidden one (instructions, lookup lists) is no list.
            shown = [w for w in book.worksheets if w.sheet_state == "visible"]
            sheet = (shown or book.worksheets)[0]
            # openpyxl reads a formula's saved result and nothing else: find those without.
            pending = formulas_without_result(path, getattr(sheet, "_worksheet_path", ""))
            # The size the sheet declares (its <dimension>) is not believed: a program that
            # writes "A1" there had every row after the header read as none, and the list
            # imported nothing, saying nothing. Every row is read; each as wide as declared
            # at least (a title merged across the columns stays a row of several cells).
            width = 0
            if isinstance(sheet, ReadOnlyWorksheet):
                width = sheet.max_column or 0
                sheet.reset_dimensions()
            numbered = enumerate(sheet.iter_rows(values_only=True), start=1)
            return table_of(
                path.name,
                "xlsx",
                ((n, _wide(c, width)) for n, c in numbered),
                pending,
                sheet=sheet.title,
                sheets=max(len(shown), 1),
            )
        finally:
            book.close()


def read_calamine(path: Path, kind: str) -> Table:
    """An OpenDocument spreadsheet (.ods) or an old Excel workbook (.xls), its first sheet
    shown (not hidden)."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            shown = [
                n
                for n, m in enumerate(book.sheets_metadata)
                if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet
            ]
            index = (shown or [0])[0]
            sheet = book.get_sheet_by_index(index)
            title = book.sheets_metadata[index].name
            rows = sheet.to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError) as exc:
        what = (
            translate(
                "ImportProblems", "{name} is not a readable OpenDocument spreadsheet ({error})."
            )
            if kind == "ods"
            else translate(
                "ImportProblems", "{name} is not a readable Excel .xls workbook ({error})."
            )
        )
        known = unreadable_workbook(path, exc)
        raise NotAWorkbookError(known or what.format(name=path.name, error=exc)) from None
    # Calamine gives "" for an empty cell, openpyxl None: the rest of the import expects None.
    numbered = ((n, [None if c == "" else c for c in cells]) for n, cells in enumerate(rows, 1))
    return table_of(path.name, kind, numbered, sheet=title, sheets=max(len(shown), 1))


def _workbook_kind(path: Path) -> str | None:
    """``xlsx``, ``ods`` or ``xls`` by the file's content (whatever its name), ``damaged``
    for a ZIP archive that cannot be opened, else None."""
    try:
        with path.open("rb") as file:
            head = file.read(len(_OLE_MAGIC))
    except OSError:
        return None  # read_csv says what is wrong with it
    if head.startswith(_OLE_MAGIC):
        return "xls"
    if not head.startswith(_ZIP_MAGIC):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIMETYPE:
                return "ods"
    except (zipfile.BadZipFile, OSError):
        return "damaged"  # an archive: judged by its name, else no text
    return "xlsx"


_MARKUP = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<", re.IGNORECASE)


def _is_text(path: Path) -> bool:
    """True for a file of text under a workbook's name, which is read as CSV; a web page or
    XML (Excel 2003's "XML Spreadsheet") under that name is refused, saying what it is."""
    try:
        with path.open("rb") as file:
            head = file.read(SAMPLE)
    except OSError:
        return False  # the workbook's reader says what is wrong with it
    if not head or is_binary(head):
        return False
    if _MARKUP.match(head):
        raise ValidationError(
            translate(
                "ImportProblems",
                "{name} is a web page (HTML) or an XML file under a spreadsheet's name, not a "
                "workbook. Open it in Excel or LibreOffice Calc, save it as an Excel workbook "
                "(.xlsx) or CSV, and import that file. Nothing was imported.",
            ).format(name=path.name)
        )
    return True


def is_workbook(path: str | Path) -> bool:
    """True when :func:`read_table` reads ``path`` as a workbook (or refuses it as one):
    no encoding or delimiter applies to it."""
    path = Path(path)
    kind = _workbook_kind(path)
    if kind not in (None, "damaged"):
        return True
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return False
    try:
        return kind == "damaged" or not _is_text(path)
    except ValidationError:
        return True  # a web page under a workbook's name: neither applies


def read_table(
    path: str | Path, *, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """The header and rows of a CSV, XLSX, ODS or XLS file (by its content, else by its
    extension)."""
    with unwalked():
        return _read_table(Path(path), encoding, delimiter)


def _read_table(path: Path, encoding: str | None, delimiter: str | None) -> Table:
    kind = _workbook_kind(path)
    suffix = path.suffix.lower()
    if kind == "damaged" and suffix not in WORKBOOK_SUFFIXES:
        raise not_text(path)
    if kind is None and suffix in WORKBOOK_SUFFIXES and _is_text(path):
        # A list a web system saved as "list.xls" that is text: CSV or tab-separated.
        return read_csv(path, encoding=encoding, delimiter=delimiter)
    if kind in (None, "damaged") and suffix in WORKBOOK_SUFFIXES:
        kind = "xlsx" if suffix in (".xlsx", ".xlsm") else suffix[1:]
    if kind is None:
        return read_csv(path, encoding=encoding, delimiter=delimiter)
    try:
        return read_xlsx(path) if kind == "xlsx" else read_calamine(path, kind)
    except NotAWorkbookError:
        if suffix in WORKBOOK_SUFFIXES or is_protected(path):
            raise
        raise not_text(path) from None  # another archive (.docx, .zip, .doc…) renamed
