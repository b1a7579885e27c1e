"""Rows inserted by the driver's executemany (``bulk_rows.insert_rows``) are stored exactly
as SQLAlchemy's own insert stores them: enums as their values, dates and moments in the
column's format, empty cells as NULL; a row missing a column with a default is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.people import StatusEvent
from ombuds_desk.store.bulk_rows import insert_rows
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

EVENT = StatusEvent.__table__  # type: ignore[attr-defined]


def _events(person_id: int, by: int) -> list[dict[str, Any]]:
    moment = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)
    return [
        {
            "person_id": person_id,
            "kind": kind,
            "from_status": before,
            "to_status": CaseStatus.CONFIRMED,
            "effective_on": date(2026, 11, day),
            "reason": reason,
            "blocked_reason": None,
            "operation_id": None,
            "recorded_at": moment,
            "recorded_by_id": by,
        }
        for day, (kind, before, reason) in enumerate(
            [
                (StatusEventKind.CHANGE, CaseStatus.REGISTERED, "Імпортовано з «списку»"),
                (StatusEventKind.CORRECTION, None, None),
                (StatusEventKind.CHANGE, CaseStatus.REGISTERED, "Імпортовано з «списку»"),
            ],
            start=1,
        )
    ]


def _stored(db: Database, ids: range) -> list[tuple[Any, ...]]:
    """The rows as the database holds them (the driver's values, no type conversion)."""
    with db.engine.connect() as connection:
        query = select(EVENT).where(EVENT.c.id.in_(list(ids))).order_by(EVENT.c.id)
        text = str(query.compile(connection.engine, compile_kwargs={"literal_binds": True}))
        return [tuple(row)[1:] for row in connection.exec_driver_sql(text)]


def test_rows_are_stored_as_sqlalchemy_stores_them(db: Database, admin: User, today: date) -> None:
    person = register(db, admin, today, family_name="Ґонта", given_name="Ївга")
    rows = _events(id_of(person), id_of(admin))
    with db.write_engine.begin() as connection:
        first = connection.execute(select(EVENT.c.id).order_by(EVENT.c.id.desc())).scalar() or 0
        connection.execute(insert(EVENT), rows)
        insert_rows(connection, EVENT, rows)
    by_sqlalchemy = _stored(db, range(first + 1, first + 4))
    by_driver = _stored(db, range(first + 4, first + 7))
    assert by_driver == by_sqlalchemy
    assert len(by_driver) == 3
    assert by_driver[0][1:3] == ("change", "registered")  # enums as their values
    assert by_driver[1][2] is None


def test_a_row_without_a_column_that_has_a_default_is_refused(
    db: Database, admin: User, today: date
) -> None:
    person = register(db, admin, today, family_name="Ґонта", given_name="Ївга")
    row = _events(id_of(person), id_of(admin))[0]
    del row["recorded_at"]  # a default the ORM fills in; here it must be given
    with db.write_engine.begin() as connection, pytest.raises(KeyError, match="recorded_at"):
        insert_rows(connection, EVENT, [row])
