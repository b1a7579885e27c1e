"""Reading the tables users exchange: CSV as any Excel writes it, and XLSX.

:func:`read_table` gives the header and every non-blank row with its line number in the file
(the row number Excel shows). For CSV it detects the encoding (UTF-8 with or without BOM,
UTF-16, else the Windows code page charset-normalizer finds likelier: 1251 or 1252) and the
delimiter (comma, semicolon or tab, by ``csv.Sniffer`` checked against the header line); the
caller may override either, and the :class:`Table` says what was used so a dialog can show
it. A file that is no text at all (NUL or other control bytes, say a PDF or a picture renamed
``.csv``) is refused as such rather than blamed on the encoding; a workbook renamed ``.csv``
is read as the workbook it is. XLSX cells keep their types: a date cell arrives as a ``date``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ombuds_desk.domain.errors import ValidationError

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_SAMPLE = 64 * 1024
_ZIP_MAGIC = b"PK\x03\x04"  # an XLSX workbook is a ZIP archive
_TEXT_CONTROLS = b"\t\n\r\x0c\x1a"  # tab, line ends, form feed, DOS end of file
_NOT_CONTROLS = bytes(range(0x20, 0x100)) + _TEXT_CONTROLS


class NotAWorkbookError(ValidationError):
    """The file could not be opened as an XLSX workbook at all."""


@dataclass(frozen=True)
class SourceRow:
    """One row of a file: its line number (as Excel numbers rows) and its cells."""

    line: int
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    name: str
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    header_line: int
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def delimiter_name(self) -> str:
        return DELIMITERS.get(self.delimiter or "", self.delimiter or "")


@dataclass(frozen=True, order=True)
class ImportProblem:
    """One thing wrong in a file: where (line and column, as the file names it) and what."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.message}"


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
                problems.append(ImportProblem(table.header_line, shown, "unknown column"))
        elif field in columns:
            problems.append(
                ImportProblem(table.header_line, shown, f"repeats the column for {field}")
            )
        else:
            columns[field] = index
    return columns, problems


def cell_text(value: Any) -> str | None:
    """A cell as text: dates in ISO, whole floats without ``.0``, empty as None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 of Latin and Cyrillic text: nearly every high byte is 0x00 (the delimiters and
    line ends are ASCII), 0x04 (Cyrillic) or 0x02 / 0x20 (apostrophes, quotes)."""
    for high, name in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        usual = sum(high.count(b) for b in (0x00, 0x04, 0x02, 0x20))
        if high and high.count(0) and usual >= 0.95 * len(high):
            try:
                sample[: len(sample) // 2 * 2].decode(name)
            except UnicodeDecodeError:
                continue
            return name
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding of a CSV file's bytes, by BOM, strict UTF-8, then charset-normalizer."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:_SAMPLE]
    guess = _utf16_without_bom(sample)
    if guess:
        return guess
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp1251", "cp1252"]).best()
    return best.encoding if best is not None else "cp1251"


def is_binary(data: bytes) -> bool:
    """True for bytes no text file holds: NUL or other control bytes (UTF-16, whose every
    other byte is NUL, is text); one control byte in a hundred is allowed for stray ones."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:_SAMPLE]
    if not sample or _utf16_without_bom(sample):
        return False
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return b"\x00" in sample or controls * 100 > len(sample)


def _not_text(path: Path) -> ValidationError:
    return ValidationError(f"{path.name} is not a text (CSV) file or an Excel .xlsx file.")


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


def _table(name: str, kind: str, numbered: Iterable[tuple[int, Sequence[Any]]], **kw: Any) -> Table:
    headers: list[str] | None = None
    header_line = 0
    rows: list[SourceRow] = []
    # One string per distinct text: a list repeats its values (a region, a rank, a status),
    # and at 100,000 rows a copy of each cell was 117 MB where the distinct ones are 12.
    same: dict[str, str] = {}
    for line, cells in numbered:
        if _is_blank(cells):
            continue
        if headers is None:
            headers = [cell_text(c) or "" for c in cells]
            header_line = line
        else:
            kept = [same.setdefault(c, c) if type(c) is str else c for c in cells]
            rows.append(SourceRow(line, tuple(kept)))
    if headers is None:
        raise ValidationError(f"{name} is empty: it has no header row.")
    while headers and not headers[-1]:
        headers.pop()
    return Table(name, kind, headers, header_line, rows, **kw)


def _csv_rows(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for cells in reader:
        yield start, cells
        start = reader.line_num + 1


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    data = path.read_bytes()
    if encoding is None and is_binary(data):
        raise _not_text(path)
    used = encoding or detect_encoding(data)
    try:
        text = data.decode(used)
    except (UnicodeDecodeError, LookupError):
        if is_binary(data):
            raise _not_text(path) from None
        raise ValidationError(
            f"{path.name} cannot be read as {used}; choose another encoding."
        ) from None
    text = text.removeprefix("\ufeff")
    used_delimiter = delimiter or detect_delimiter(text)
    try:
        return _table(
            path.name,
            "csv",
            _csv_rows(text, used_delimiter),
            encoding=used,
            delimiter=used_delimiter,
        )
    except csv.Error as exc:
        raise ValidationError(f"{path.name} is not a readable CSV file: {exc}.") from None


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    with path.open("rb") as file:  # a file, so openpyxl does not judge by the extension
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = load_workbook(file, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise NotAWorkbookError(
                f"{path.name} is not a readable XLSX workbook ({exc})."
            ) from None
        try:
            sheet = book.worksheets[0]
            numbered = enumerate(sheet.iter_rows(values_only=True), start=1)
            return _table(path.name, "xlsx", ((n, list(cells)) for n, cells in numbered))
        finally:
            book.close()


def _starts_with_zip(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(_ZIP_MAGIC)) == _ZIP_MAGIC
    except OSError:
        return False  # read_csv says what is wrong with it


def read_table(
    path: str | Path, *, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """The header and rows of a CSV or XLSX file (by its extension, or a workbook's content)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if _starts_with_zip(path):
        try:
            return read_xlsx(path)
        except NotAWorkbookError:
            raise _not_text(path) from None  # another ZIP archive (.docx, .zip…) renamed
    return read_csv(path, encoding=encoding, delimiter=delimiter)
