"""A day as the database driver hands it back.

PostgreSQL's driver gives a ``date`` column a ``date``; SQLite's gives its ISO text, and a
date read through a function (``min``, ``max``, a ``CASE``) comes back as text even where
SQLAlchemy would convert the column itself — and a timestamp's text has its time after the
day. Reads that bypass SQLAlchemy's conversions (plain driver rows, aggregates) turn each
value into a day here.
"""

from __future__ import annotations

from datetime import date
from typing import overload


@overload
def driver_day(value: None) -> None: ...
@overload
def driver_day(value: date | str) -> date: ...
@overload
def driver_day(value: object) -> date | None: ...


def driver_day(value: object) -> date | None:
    """``value`` as a day: a date as it is, text by its first ten characters, None as None."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
