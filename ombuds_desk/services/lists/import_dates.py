"""Dates written month first (``03/09/1990`` for 9 March, as Excel set to US English writes
them) in a list whose dates the import reads day first (``DD/MM/YYYY``, as the offices write
them).

A month-first date whose day is 12 or less reads as another, valid date: 9 March would have
been saved as 3 September, with nothing said. A file shows it writes the month first when one
of its slashed dates has a second number above 12 (``12/31/1990``); every slashed date of such
a file is then reported on its line, to be saved again as ``DD.MM.YYYY`` or ``YYYY-MM-DD``,
rather than guessed at.

:func:`date_problems` reads the other ways programs and people write a date in a date column:
a time after it (``1990-02-01T00:00:00``, ``01.02.1990 10:30``, as databases and other
systems export) is dropped, a date written year first with slashes or dots (``1990/02/01``, as
Excel set to Japanese or Chinese writes it) read, a month in words (``1 лютого 1990 р.``,
``1 февраля 1990``, ``1 February 1990``) read, a year word after a date dropped (``1985 г.р.``,
``01.03.1990 г.``, ``1990 р.``), and a day and month written as zeros (``00.00.1979``,
``00.05.1979``: not known) read as the year (and month) alone; a number of days as Excel
counts them (``32874``: the column was not formatted as dates when the file was saved as CSV)
and a two-digit year (``01.02.90``: 1990 or 2090?) are reported on their line, saying the date
they may be, rather than guessed at or refused as "use YYYY…" with no word of why.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping, MutableMapping
from datetime import date, timedelta
from functools import lru_cache

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.person_rules import DATE_FIELDS
from ombuds_desk.services.core.phrases import problem_phrase
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table

DATE_COLUMNS = (*DATE_FIELDS, "status_date", "date_received")
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")
MONTH_FIRST_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "“{text}”: this file writes dates month first (such as {example}), as Excel set to US "
    "English does, so this date could be read as the wrong day; save the dates as DD.MM.YYYY "
    "or YYYY-MM-DD and import the file again",
)
# The last table judged, and the month-first date that showed it (None: day first).
_judged: list[tuple[weakref.ref[Table], str | None]] = []


def month_first_problems(
    table: Table, columns: Mapping[str, int], row: SourceRow, cells: Mapping[str, str]
) -> list[ImportProblem]:
    """A problem for each slashed date of ``row`` when ``table`` writes dates month first."""
    slashed = [n for n in DATE_COLUMNS if _SLASHED.fullmatch(cells.get(n) or "")]
    if not slashed:
        return []
    example = _month_first_example(table, columns)
    if example is None:
        return []
    return [
        ImportProblem(
            row.line,
            table.headers[columns[name]] if name in columns else name,
            problem_phrase(MONTH_FIRST_MESSAGE, text=cells[name].strip(), example=example),
        )
        for name in slashed
    ]


def _month_first_example(table: Table, columns: Mapping[str, int]) -> str | None:
    """A date of ``table`` only a month-first reading makes sense of, or None. Judged once a
    table: only a row with a slashed date asks."""
    if _judged and _judged[0][0]() is table:
        return _judged[0][1]
    found: str | None = None
    indexes = [columns[n] for n in DATE_COLUMNS if n in columns]
    for source in table.rows:
        for index in indexes:
            value = source.cells[index] if index < len(source.cells) else None
            match = _SLASHED.fullmatch(value) if isinstance(value, str) else None
            if match and int(match[2]) > 12 and int(match[1]) <= 12:
                found = match[0].strip()
                break
        if found is not None:
            break
    _judged[:] = [(weakref.ref(table), found)]
    return found


# What the rules read as they are: most dates of a list (a date cell's ISO text among them).
_PLAIN = re.compile(r"\d{4}(?:-\d{1,2}){0,2}|(?:\d{1,2}[./]){1,2}\d{4}")
_ZERO_DAY = ("00", "0.", "0/")  # a plain-looking date whose day is not known
_TIME = re.compile(
    r"(?P<date>\S.*?)[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?"
)
_YEAR_FIRST = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})\.?")
_SERIAL = re.compile(r"(\d{5})(?:[.,]\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)  # day 1 is 1 January 1900 (Excel's leap day 1900 counted)
_TWO_DIGITS = re.compile(r"(\d{1,2})([./])(\d{1,2})[./](\d{2})")
_IN_WORDS = re.compile(
    r"(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})(?:\s*(?:р|г|року|года|рік|год)\.?)?", re.IGNORECASE
)
# "г.р." (год рождения), "р.н." (рік народження), "г.", "р.", "года", "року" after a date.
_YEAR_WORD = re.compile(
    r"(?P<date>.*\d)\s*(?:г\.?\s*р|р\.?\s*н|года|года рождения|року|року народження|рік|год|г|р)\.?",
    re.IGNORECASE,
)
# A day (and month) not known, written as zeros: 00.00.1979, 00.05.1979, 0.0.1979.
_UNKNOWN_DAY = re.compile(r"0{1,2}([./])(\d{1,2})\1(\d{4})")
_MONTHS: dict[str, int] = {}
for _names in (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
    "грудень",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
):
    _MONTHS.update({name: number for number, name in enumerate(_names.split(), start=1)})
SERIAL_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "“{text}” is a date written as a number of days, as Excel counts them ({date}): the column "
    "was not formatted as dates when the file was saved; format it as dates in Excel or "
    "LibreOffice Calc and save the file again, or type the date as DD.MM.YYYY",
)
TWO_DIGIT_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "“{text}”: the year has two digits, so the century is unknown ({example}?); write the "
    "year with all four digits",
)


def date_problems(
    table: Table, columns: Mapping[str, int], row: SourceRow, cells: MutableMapping[str, str]
) -> list[ImportProblem]:
    """Read the dates of ``cells`` written with a time or a month in words as the date they
    are (in place), and a problem for each written as a number of days or with a two-digit
    year (that cell is then left out: the rules would refuse it again, saying less)."""
    found: list[ImportProblem] = []
    for name in DATE_COLUMNS:
        text = cells.get(name)
        if text is None or (_PLAIN.fullmatch(text) and not text.startswith(_ZERO_DAY)):
            continue
        read, message, values = _read(text)
        if message is None:
            cells[name] = read
            continue
        del cells[name]
        header = table.headers[columns[name]] if name in columns else name
        found.append(ImportProblem(row.line, header, problem_phrase(message, -1, **values)))
    return found


@lru_cache(maxsize=4096)  # a list repeats its dates
def _read(text: str) -> tuple[str, str | None, dict[str, str]]:
    """``text`` as the rules read it, or the message (and its values) saying why not."""
    if match := _YEAR_WORD.fullmatch(text):
        text = match["date"].strip()
    if match := _TIME.fullmatch(text):
        text = match["date"].strip()
    if match := _UNKNOWN_DAY.fullmatch(text):
        known = int(match[2])  # the month, or 0 too
        return (f"{known:02d}.{match[3]}" if known else match[3]), None, {}
    if match := _YEAR_FIRST.fullmatch(text):  # Excel set to Japanese, Chinese, Hungarian
        return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}", None, {}
    if match := _IN_WORDS.fullmatch(text):
        month = _MONTHS.get(match[2].casefold())
        if month is not None:
            return f"{int(match[1]):02d}.{month:02d}.{match[3]}", None, {}
    if match := _SERIAL.fullmatch(text):
        counted = _EXCEL_EPOCH + timedelta(days=int(match[1]))
        return text, SERIAL_MESSAGE, {"text": text, "date": f"{counted:%d.%m.%Y}"}
    if match := _TWO_DIGITS.fullmatch(text):
        d, mark, m, y = match.groups()
        century = 20 if int(y) <= date.today().year % 100 else 19
        example = f"{int(d):02d}{mark}{int(m):02d}{mark}{century}{y}"
        return text, TWO_DIGIT_MESSAGE, {"text": text, "example": example}
    return text, None, {}
