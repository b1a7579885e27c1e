"""Partial dates: a year alone, a month and year, or a full date.

Stored as ISO text (``1985``, ``1985-03``, ``1985-03-14``) so that text order is date order.
Typed in as ISO, ``DD.MM.YYYY``, ``DD/MM/YYYY``, ``MM.YYYY`` or ``YYYY``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, Words

_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"^(\d{4})$"), ("y",)),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), ("y", "m")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[./](\d{4})$"), ("m", "y")),
    (re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$"), ("d", "m", "y")),
]


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse typed text; raise ``ValueError`` with a message fit for the user."""
        return _parse(text.strip())

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> PartialDate:
        if not 1850 <= year <= 2200:
            raise ValueError(
                Words(QT_TRANSLATE_NOOP("Problems", "year {year} is out of range"), year=year)
            )
        if month is not None and not 1 <= month <= 12:
            raise ValueError(
                Words(QT_TRANSLATE_NOOP("Problems", "month {month} does not exist"), month=month)
            )
        if day is not None:
            if month is None:
                raise ValueError(Words(QT_TRANSLATE_NOOP("Problems", "a day needs a month")))
            try:
                date(year, month, day)
            except ValueError:
                raise ValueError(
                    Words(
                        QT_TRANSLATE_NOOP("Problems", "{day} does not exist"),
                        day=f"{day:02d}.{month:02d}.{year}",
                    )
                ) from None
        return cls(year, month, day)

    @classmethod
    def from_iso(cls, text: str | None) -> PartialDate | None:
        return None if not text else cls.parse(text)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """The form offices write by hand: ``14.03.1985``, ``03.1985`` or ``1985``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}.{self.year:04d}"
        return f"{self.day:02d}.{self.month:02d}.{self.year:04d}"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def is_after(self, today: date) -> bool:
        """True only when every date this could mean lies after ``today``."""
        return self.earliest() > today


def display_iso(text: str | None) -> str:
    """Show a stored ISO partial date the way users type it; empty for none."""
    if not text:
        return ""
    try:
        return PartialDate.parse(text).display()
    except ValueError:
        return text


@lru_cache(maxsize=16384)  # an imported list repeats its dates; a PartialDate is immutable
def _parse(raw: str) -> PartialDate:
    for pattern, order in _PATTERNS:
        match = pattern.match(raw)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            return PartialDate.of(parts["y"], parts.get("m"), parts.get("d"))
    raise ValueError(
        Words(QT_TRANSLATE_NOOP("Problems", "use YYYY, MM.YYYY, DD.MM.YYYY or YYYY-MM-DD"))
    )
