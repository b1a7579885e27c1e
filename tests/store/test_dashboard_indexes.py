"""The dashboard's figures are read from indexes, not from every wide row (migration 0006 and
the queue's covering index of 0004): the plans SQLite makes for the statements the figures
run, on a real file, say so."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.workflow.statistics import office_stats
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def _statements(db: Database, today: date) -> list[tuple[str, Sequence[Any]]]:
    """Every statement :func:`office_stats` runs, with its parameters."""
    seen: list[tuple[str, Sequence[Any]]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.reading() as session:
            office_stats(session, today=today, threshold_days=stalled_after_days(session))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def test_every_figure_reads_an_index_and_no_table_whole(
    db: Database, db_path: Path, admin: User, today: date
) -> None:
    register(db, admin, today, family_name="Ґонта")
    plans: dict[str, str] = {}
    connection = sqlite3.connect(db_path)
    try:
        for statement, parameters in _statements(db, today):
            if statement.lstrip().upper().startswith("SELECT"):
                rows = connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                plans[statement] = "\n".join(row[3] for row in rows)
    finally:
        connection.close()
    completed = [plan for sql, plan in plans.items() if "FROM status_event" in sql]
    assert len(completed) == 1 and "ix_status_event_completed" in completed[0]
    for sql, plan in plans.items():
        for table in ("person", "status_event"):
            assert f"SCAN {table}\n" not in plan + "\n", (sql, plan)  # never a table whole
