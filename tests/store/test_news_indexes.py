"""The no-news list reads each captive's silence from indexes (migration 0010): the plans
SQLite makes for the list's statements, on a real file, look up their latest letter and
their first status event in an index, never in the tables' rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.mail.no_news_filters import NoNewsFilter, no_news_ids_filtered
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def _plans(db: Database, db_path: Path, today: date) -> list[str]:
    seen: list[tuple[str, Sequence[Any]]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.reading() as session:
            no_news_ids_filtered(session, NoNewsFilter(), today=today)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    connection = sqlite3.connect(db_path)
    try:
        return [
            "\n".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, args))
            for sql, args in seen
            if "correspondence_item" in sql
        ]
    finally:
        connection.close()


def test_a_captives_silence_is_read_from_the_indexes(
    db: Database, db_path: Path, admin: User, today: date
) -> None:
    register(db, admin, today, family_name="Ґонта")
    plans = _plans(db, db_path, today)
    assert plans, "the no-news list asked nothing about letters"
    for plan in plans:
        assert "COVERING INDEX ix_correspondence_item_news" in plan, plan
        assert "ix_status_event_first" in plan, plan
