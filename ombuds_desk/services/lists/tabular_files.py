"""Reading the tables users exchange: CSV as any office writes it, XLSX, ODS and old XLS.

:func:`read_table` gives the header and every non-blank row with its line number in the file
(the row number Excel or LibreOffice shows). For CSV it detects the encoding
(``text_encodings``: UTF-8 with or without BOM, UTF-16, Windows-1251, KOI8-R, KOI8-U, DOS 866,
Mac Cyrillic, Windows-1252) and the delimiter (comma, semicolon or tab, by ``csv.Sniffer``
checked against the header line); the caller may override either, and the :class:`Table`
says what was used so a dialog can show it. Text that reads as a mix of letters in the
encoding detected or chosen is refused (``GarbledTextError``), offering the choice. A file
that is no text at all (a PDF or a picture renamed ``.csv``: control bytes throughout, or
its signature) is refused as such rather than blamed on the encoding; a stray control
character in one row is that row's problem (``Table.line_problems``), as are a formula's
error and an XLSX formula whose result was never saved: ``import_cells`` checks every cell
(and leaves out the characters that show as nothing); each problem is an ``ImportProblem``,
which callers import from here too. A workbook renamed ``.csv`` is read as the workbook it
is, and text under a workbook's name (a web system's "list.xls") as the text it is. XLSX is
read by openpyxl, ODS and XLS by calamine, the first sheet not hidden; cells keep their
types: a date cell arrives as a ``date``. Rows with one cell filled above the header are its
title, not the header.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core.formula_cells import restore
from ombuds_desk.services.core.phrases import Phrase
from ombuds_desk.services.lists.import_cells import EVERY_CHECK, CellChecks, without_result
from ombuds_desk.services.lists.import_problem import ImportProblem, unnamed_column
from ombuds_desk.services.lists.import_quotes import check_closed, too_long
from ombuds_desk.services.lists.import_workbooks import is_protected, unreadable_workbook
from ombuds_desk.services.lists.list_collector import unwalked
from ombuds_desk.services.lists.plurals import ImportProblemsPlurals
from ombuds_desk.services.lists.text_encodings import (
    SINGLE_BYTE,
    check_plausible,
    detect_encoding,
    utf16_without_bom,
)

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", *SINGLE_BYTE)
# The delimiters by name (translated where shown: ``translate("ImportDialog", name)``).
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
}
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
_SAMPLE = 64 * 1024
_ZIP_MAGIC = b"PK\x03\x04"  # XLSX and ODS are ZIP archives
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls (and .doc) file
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# Files that are surely no list, whatever the bytes after their signature.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_TEXT_CONTROLS = b"\t\n\r\x0c\x1a"  # tab, line ends, form feed, DOS end of file
_NOT_CONTROLS = bytes(range(0x20, 0x100)) + _TEXT_CONTROLS
_STRAY_CONTROLS = 4  # in a small file, one in a hundred would be none at all
_TITLE_ROWS = 5  # rows of one cell above the header taken for its title, at most
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "{name} is not a text (CSV) file, an Excel workbook (.xlsx, .xls) or an OpenDocument "
    "spreadsheet (.ods).",
)


class NotAWorkbookError(ValidationError):
    """The file could not be opened as an XLSX workbook at all."""


@dataclass(frozen=True, slots=True)  # one per row of the file: no __dict__ each
class SourceRow:
    """One row of a file: its line number (as Excel numbers rows) and its cells."""

    line: int
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class Table:
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


def is_binary(data: bytes) -> bool:
    """True for bytes no text file holds: a picture's or PDF's signature, or control bytes
    (NUL among them) throughout (UTF-16, whose every other byte is NUL, is text); one in a
    hundred (and a few in a small file) is allowed: a stray one is its row's problem."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:_SAMPLE]
    if not sample or utf16_without_bom(sample):
        return False
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls > max(len(sample) // 100, _STRAY_CONTROLS)


def _not_text(path: Path) -> ValidationError:
    return ValidationError(translate("ImportProblems", NOT_A_LIST).format(name=path.name))


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: what ``csv.Sniffer`` finds, if the header line has it."""
    sample = text[:_SAMPLE]
    if len(text) > _SAMPLE and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    header = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in DELIMITERS and sniffed in header:
        return sniffed
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _is_blank(cells: Sequence[Any]) -> bool:
    return all(cell_text(c) is None for c in cells)


def _filled(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if cell_text(c) is not None)


def _table(
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
    more. A file whose every row has one cell has its first as the header."""
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


# A line and its end as ``io.StringIO(text, newline="")`` gives them: \r\n, \r or \n kept.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time: a StringIO would first copy the whole text at
    four bytes a letter (some 75 MB more for a list of 100,000 persons)."""
    for match in _LINE.finditer(text):
        yield match.group()


_TEXT_FORMULA = re.compile(r'="((?:[^"]|"")*)"')
_MARKS = frozenset("'=")  # an empty cell's [:1] is "", in no set


def _unmarked(cell: str) -> str:
    if cell[:1] == "'":
        return restore(cell)
    match = _TEXT_FORMULA.fullmatch(cell)
    return match[1].replace('""', '"') if match else cell


def _csv_rows(text: str, delimiter: str, name: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(_lines(text), delimiter=delimiter)
    start, last, began = 1, list[str](), 1
    try:
        for cells in reader:
            # A cell our export marked against spreadsheet formulas ("'+380…") comes back as
            # it was; one a system wrote as Excel's text formula (="00123", to keep its
            # leading zeros) as the text Excel shows: it was saved as ="00123".
            yield start, [_unmarked(cell) if cell[:1] in _MARKS else cell for cell in cells]
            last, began = cells, start
            start = reader.line_num + 1
    except csv.Error as exc:
        raise too_long(exc, start, name) or exc from None
    check_closed(text, last, began, name)  # a quotation mark never closed


_UTF8_CYRILLIC = re.compile(rb"(?:[\xd0-\xd3][\x80-\xbf]){3}")


def _not_utf8_lines(data: bytes) -> list[int]:
    """The lines (from 1) of ``data`` that are not UTF-8, when the others are and some of them
    hold letters beyond ASCII: lists pasted together from files in two encodings. Else []."""
    if not _UTF8_CYRILLIC.search(data):
        return []  # no word of UTF-8 Cyrillic: one code page throughout (the usual case)
    lines = data.split(b"\n")
    bad: list[int] = []
    unicode = False
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
        else:
            unicode = True
    return bad if unicode and len(bad) * 2 < len(lines) else []


def _two_encodings(path: Path, lines: Sequence[int]) -> ValidationError:
    shown = ", ".join(map(str, lines[:5])) + (" …" if len(lines) > 5 else "")
    return ValidationError(
        ImportProblemsPlurals.tr(
            "{name} is in two encodings at once: most of it is UTF-8, but %n line(s) ({lines}) "
            "not, most likely lists put together from files saved differently, so no one "
            "encoding reads it all. Save those lines again in UTF-8 (or ask for the file in "
            "UTF-8) and import it again. Nothing was imported.",
            "",
            len(lines),
        ).format(name=path.name, lines=shown)
    )


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    data = path.read_bytes()
    if encoding is None and is_binary(data):
        raise _not_text(path)
    used = encoding or detect_encoding(data)
    if encoding is None and used in SINGLE_BYTE and (bad := _not_utf8_lines(data)):
        raise _two_encodings(path, bad)
    try:
        text = data.decode(used)
    except (UnicodeDecodeError, LookupError):
        if is_binary(data):
            raise _not_text(path) from None
        if used.startswith("utf") and (bad := _not_utf8_lines(data)):
            raise _two_encodings(path, bad) from None
        raise ValidationError(
            translate(
                "ImportProblems", "{name} cannot be read as {encoding}; choose another encoding."
            ).format(name=path.name, encoding=used)
        ) from None
    if encoding is not None and is_binary(data):
        raise _not_text(path)
    del data  # the text is what is read from here on
    text = text.removeprefix("\ufeff")
    check_plausible(path.name, text, used, chosen=encoding is not None)
    used_delimiter = delimiter or detect_delimiter(text)
    try:
        return _table(
            path.name,
            "csv",
            _csv_rows(text, used_delimiter, path.name),
            checks=CellChecks.needed_in(text),
            encoding=used,
            delimiter=used_delimiter,
        )
    except csv.Error as exc:
        raise ValidationError(
            translate("ImportProblems", "{name} is not a readable CSV file: {error}.").format(
                name=path.name, error=exc
            )
        ) from None


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
            return _table(
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
    return _table(path.name, kind, numbered, sheet=title, sheets=max(len(shown), 1))


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
            head = file.read(_SAMPLE)
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
        raise _not_text(path)
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
        raise _not_text(path) from None  # another archive (.docx, .zip, .doc…) renamed
