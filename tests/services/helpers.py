"""Small builders shared by service tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol

from sqlalchemy import inspect, text

from ombuds_desk.domain.accounts import User
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
