"""Small builders shared by service tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import Any, Protocol

from sqlalchemy import ColumnElement, func, inspect, select, text, update

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.column_types import as_utc
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database


class Saved(Protocol):
    """A table row; once saved (flushed), its ``id`` is set."""

    @property
    def id(self) -> int | None: ...


def id_of(record: Saved) -> int:
    """The id of a saved record (a record not saved yet is a mistake in the test)."""
    assert record.id is not None, f"{record!r} has not been saved"
    return record.id


def ids(records: Iterable[Saved]) -> list[int]:
    """The ids of saved records, in order."""
    return [id_of(r) for r in records]


def recorded_on(db: Database, column: Any, day: date, *where: ColumnElement[bool]) -> None:
    """``column`` — a moment the app takes from the clock as it records something (a review's
    ``reviewed_at``) — set to noon of ``day``, the office's time, in the rows ``where`` picks.
    A test that reads the day back then expects ``day``: the clock's date, read again by the
    test, is another day if the test ran across midnight (CI may)."""
    moment = datetime.combine(day, time(12)).astimezone().astimezone(UTC)
    with db.write_engine.begin() as connection:
        connection.execute(update(column.class_).where(*where).values({column.key: moment}))


def audit_days(db: Database) -> tuple[date, date]:
    """The office's days of the audit trail's first and last entries: the day a test's
    entries were recorded on (two days if it ran across midnight, which CI may)."""
    with db.reading() as session:
        first, last = session.execute(
            select(func.min(AuditEntry.at), func.max(AuditEntry.at))
        ).one()
    return as_utc(first).astimezone().date(), as_utc(last).astimezone().date()


def register(db: Database, actor: User, today: date, **fields: Any) -> Person:
    raw: dict[str, Any] = {"category": "captive", "family_name": "Іваненко", "given_name": "Петро"}
    raw.update(fields)
    status_since = raw.pop("status_since", None)
    with unit_of_work(db, actor) as session:
        return persons.register_person(session, actor, raw, today=today, status_since=status_since)


def everything(db: Database) -> dict[str, list[str]]:
    """Every row of every table, the audit trail included: equal before and after a refused
    action shows that nothing at all was saved."""
    with db.reading() as session:
        tables = inspect(session.connection()).get_table_names()
        return {
            table: sorted(
                repr(tuple(row)) for row in session.execute(text(f'SELECT * FROM "{table}"'))
            )
            for table in tables
        }
