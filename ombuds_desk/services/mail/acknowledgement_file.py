"""Reading an acknowledgement list: CSV in any usual encoding and delimiter, or XLSX.

The other side sends whatever its software makes: a CSV in UTF-8 (with or without BOM),
Windows-1251 or UTF-16, separated by commas, semicolons or tabs, or a spreadsheet with real
date cells, with a title row or extra columns. The reader finds the header row (within the
first rows) by its parcel-number column, and an optional delivery-date column, by name in
English, Ukrainian or Russian; other columns are ignored. Rows without a number are skipped
(blank and total rows). Dates are YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY; every bad date is
reported with its line number and nothing is read.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import charset_normalizer

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate

HEADER_SEARCH_ROWS = 10
_DELIMITERS = ";,\t|"
MAX_REPORTED = 15
_PARCEL_WORDS = ("parcel", "package", "посилк", "посылк", "пакун", "колет")
_ID_WORDS = ("number", "no", "nr", "№", "#", "номер", "code", "код", "barcode")
_PLAIN_NUMBER = {"number", "no", "no.", "nr", "№", "номер", "barcode", "штрихкод", "штрих-код"}
_DELIVERY_WORDS = ("deliver", "received", "достав", "вруч", "получ", "отрим")
_DATE_WORDS = ("date", "дата")
# "Получатель" and "Отримувач" (recipient) share their stem with "получено"/"отримано"
# (received), but a column of recipients holds names, not delivery dates.
_RECIPIENT_WORDS = ("recipient", "получател", "отримувач")
_DATE_FORMATS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("d", "m", "y")),
)
_TIME_PART = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


@dataclass(frozen=True)
class AckFileLine:
    line: int  # as the spreadsheet or a text editor numbers it, from 1
    parcel_number: str
    delivered_on: date | None


@dataclass(frozen=True)
class AckFile:
    lines: list[AckFileLine]
    number_column: str
    date_column: str | None
    encoding: str | None  # of a CSV; None for XLSX

    def pairs(self) -> list[tuple[str, date | None]]:
        """What ``reconcile_acknowledgement`` takes."""
        return [(line.parcel_number, line.delivered_on) for line in self.lines]


def _words(header: Any) -> str:
    return " ".join(str(header or "").lower().replace("_", " ").split())


def number_column_score(header: Any) -> int:
    text = _words(header)
    parcel = any(w in text for w in _PARCEL_WORDS)
    ident = any(re.search(rf"(^|\W){re.escape(w)}($|\W)", text) for w in _ID_WORDS)
    if parcel and ident:
        return 3
    if parcel:
        return 2
    return 1 if text in _PLAIN_NUMBER else 0


def date_column_score(header: Any) -> int:
    """3 for "Delivery date", 2 for any "Date", 1 for "Delivered" alone (not "Delivered by")."""
    text = _words(header)
    delivery = any(w in text for w in _DELIVERY_WORDS)
    delivery = delivery and not any(w in text for w in _RECIPIENT_WORDS)
    dated = any(w in text for w in _DATE_WORDS)
    if delivery and dated:
        return 3
    if dated:
        return 2
    return 1 if delivery and not re.search(r"(^|\W)(by|кем|ким)($|\W)", text) else 0


def _best(scores: list[int]) -> int | None:
    top = max(scores, default=0)
    return scores.index(top) if top > 0 else None


def parse_date_cell(value: Any) -> date | None:
    """A date from a spreadsheet cell or text; ValueError when it is not one."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _TIME_PART.sub("", str(value).strip())
    if not text:
        return None
    for pattern, order in _DATE_FORMATS:
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            return date(parts["y"], parts["m"], parts["d"])
    raise ValueError(text)


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def lines_from_rows(rows: Sequence[Sequence[Any]], encoding: str | None = None) -> AckFile:
    """Find the header and read the numbered rows (row *i* of ``rows`` is line *i + 1*)."""
    header_at = number_at = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        number_at = _best([number_column_score(h) for h in row])
        if number_at is not None:
            header_at = index
            break
    if header_at is None or number_at is None:
        raise ValidationError(
            translate(
                "AcknowledgementFile",
                "No parcel-number column was found: the list needs a header such as "
                "“Parcel number”, “Номер посилки” or “Номер посылки” in its first rows.",
            )
        )
    header = rows[header_at]
    date_scores = [0 if i == number_at else date_column_score(h) for i, h in enumerate(header)]
    date_at = _best(date_scores)
    lines: list[AckFileLine] = []
    bad: list[str] = []
    for index in range(header_at + 1, len(rows)):
        row = rows[index]
        number = _cell_text(row[number_at]) if number_at < len(row) else ""
        if not number:
            continue
        raw = row[date_at] if date_at is not None and date_at < len(row) else None
        try:
            delivered = parse_date_cell(raw)
        except (ValueError, TypeError):
            bad.append(
                translate("AcknowledgementFile", "line {line}: “{text}” is not a date").format(
                    line=index + 1, text=_cell_text(raw)
                )
            )
            continue
        lines.append(AckFileLine(index + 1, number, delivered))
    if bad:
        more = (
            translate("AcknowledgementFile", "; and {count} more").format(
                count=len(bad) - MAX_REPORTED
            )
            if len(bad) > MAX_REPORTED
            else ""
        )
        raise ValidationError(
            translate(
                "AcknowledgementFile",
                "Nothing was imported. Dates must be YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY — "
                "{problems}.",
            ).format(problems="; ".join(bad[:MAX_REPORTED]) + more)
        )
    if not lines:
        raise ValidationError(
            translate(
                "AcknowledgementFile",
                "The list has a parcel-number column but no parcel numbers in it.",
            )
        )
    return AckFile(
        lines=lines,
        number_column=_cell_text(header[number_at]),
        date_column=_cell_text(header[date_at]) if date_at is not None else None,
        encoding=encoding,
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValidationError(
            translate(
                "AcknowledgementFile",
                "The file's text encoding cannot be recognised; save it as CSV UTF-8 and try "
                "again.",
            )
        )
    return str(best), best.encoding


def read_csv(data: bytes) -> AckFile:
    text, encoding = decode_text(data)
    text = text.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text)))
    return lines_from_rows(rows, encoding)


def guess_delimiter(text: str) -> str:
    """``csv.Sniffer``'s guess, or, when a title row or blank rows confuse it, the candidate
    found the same number of times on most lines; a comma for a one-column list."""
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, best_score = ",", 0
    for candidate in _DELIMITERS:
        counts = [line.count(candidate) for line in lines]
        common = max(set(counts), key=counts.count, default=0)
        score = counts.count(common) if common else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_xlsx(data: bytes) -> AckFile:
    import openpyxl  # here, not at the top: the window's start does not wait for it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # style warnings of files made by other programs
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(
            translate("AcknowledgementFile", "The spreadsheet cannot be read ({problem}).").format(
                problem=exc
            )
        ) from exc
    first_problem: ValidationError | None = None
    for sheet in book.worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        try:
            return lines_from_rows(rows)
        except ValidationError as exc:
            first_problem = first_problem or exc
    raise first_problem or ValidationError(
        translate("AcknowledgementFile", "The spreadsheet is empty.")
    )


def read_acknowledgement(file_name: str, data: bytes) -> AckFile:
    """Read a list as CSV or XLSX (told apart by content, not only by name)."""
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0") or file_name.lower().endswith(".xls"):
        raise ValidationError(
            translate(
                "AcknowledgementFile",
                "This is an old Excel file (.xls); save it as .xlsx or CSV and import that.",
            )
        )
    if not data.strip():
        raise ValidationError(translate("AcknowledgementFile", "The file is empty."))
    return read_csv(data)


def read_acknowledgement_path(path: str | Path) -> AckFile:
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("AcknowledgementFile", "Cannot read {file}: {problem}.").format(
                file=file, problem=exc.strerror or exc
            )
        ) from exc
    return read_acknowledgement(file.name, data)
