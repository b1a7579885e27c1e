"""Reading a list saved as text: CSV as any office writes it (or tab-separated, under any name).

:func:`read_csv` detects the encoding (``text_encodings``: UTF-8 with or without BOM, UTF-16,
Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, Windows-1252) and the delimiter (comma,
semicolon or tab, by ``csv.Sniffer`` checked against the header line:
:func:`detect_delimiter`); the caller may override either, and the table says what was used
so a dialog can show it. Text that reads as a mix of letters in the encoding detected or
chosen is refused (``GarbledTextError``), offering the choice, as is a file in two encodings
at once. A file that is no text at all (a PDF or a picture renamed ``.csv``: control bytes
throughout, or its signature: :func:`is_binary`) is refused as such rather than blamed on
the encoding. A cell our export marked against spreadsheet formulas, or one a system wrote
as Excel's text formula (``="00123"``), reads as the text it shows.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core.formula_cells import restore
from ombuds_desk.services.lists.import_cells import CellChecks
from ombuds_desk.services.lists.import_quotes import check_closed, too_long
from ombuds_desk.services.lists.import_table import DELIMITERS, Table, table_of
from ombuds_desk.services.lists.plurals import ImportProblemsPlurals
from ombuds_desk.services.lists.text_encodings import (
    SINGLE_BYTE,
    check_plausible,
    detect_encoding,
    utf16_without_bom,
)

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", *SINGLE_BYTE)
SAMPLE = 64 * 1024
# Files that are surely no list, whatever the bytes after their signature.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_TEXT_CONTROLS = b"\t\n\r\x0c\x1a"  # tab, line ends, form feed, DOS end of file
_NOT_CONTROLS = bytes(range(0x20, 0x100)) + _TEXT_CONTROLS
_STRAY_CONTROLS = 4  # in a small file, one in a hundred would be none at all
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "{name} is not a text (CSV) file, an Excel workbook (.xlsx, .xls) or an OpenDocument "
    "spreadsheet (.ods).",
)


def is_binary(data: bytes) -> bool:
    """True for bytes no text file holds: a picture's or PDF's signature, or control bytes
    (NUL among them) throughout (UTF-16, whose every other byte is NUL, is text); one in a
    hundred (and a few in a small file) is allowed: a stray one is its row's problem."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:SAMPLE]
    if not sample or utf16_without_bom(sample):
        return False
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls > max(len(sample) // 100, _STRAY_CONTROLS)


def not_text(path: Path) -> ValidationError:
    return ValidationError(translate("ImportProblems", NOT_A_LIST).format(name=path.name))


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: what ``csv.Sniffer`` finds, if the header line has it."""
    sample = text[:SAMPLE]
    if len(text) > SAMPLE and "\n" in sample:
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
        raise not_text(path)
    used = encoding or detect_encoding(data)
    if encoding is None and used in SINGLE_BYTE and (bad := _not_utf8_lines(data)):
        raise _two_encodings(path, bad)
    try:
        text = data.decode(used)
    except (UnicodeDecodeError, LookupError):
        if is_binary(data):
            raise not_text(path) from None
        if used.startswith("utf") and (bad := _not_utf8_lines(data)):
            raise _two_encodings(path, bad) from None
        raise ValidationError(
            translate(
                "ImportProblems", "{name} cannot be read as {encoding}; choose another encoding."
            ).format(name=path.name, encoding=used)
        ) from None
    if encoding is not None and is_binary(data):
        raise not_text(path)
    del data  # the text is what is read from here on
    text = text.removeprefix("\ufeff")
    check_plausible(path.name, text, used, chosen=encoding is not None)
    used_delimiter = delimiter or detect_delimiter(text)
    try:
        return table_of(
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
