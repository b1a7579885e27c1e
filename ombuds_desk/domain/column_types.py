"""Column types shared by the tables."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class EnumText(TypeDecorator[StrEnum]):
    """A ``StrEnum`` stored as plain text, so a new value needs no schema change.

    Migrations render it as ``sa.String(length=40)`` (see ``store/migrations/env.py``).
    """

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum_cls(value)


def utcnow() -> datetime:
    """Aware UTC, as SQLModel's datetime columns require; the UI shows local time."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """An aware UTC moment from what a column returned (SQLite gives naive UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
