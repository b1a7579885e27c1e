"""The review queue reads a small covering index, not every wide person row (migrations 0004
and 0005): the plan SQLite makes for the queue's query on a real file says so."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.workflow.review_queue import queue_condition
from ombuds_desk.store.database import Database


def _plan(db: Database, db_path: Path, today: date, *, stored: bool) -> str:
    with db.reading() as session:
        rule = replace(stalled_after_days(session), stored=stored)
        query = (
            select(Person.id)
            .where(queue_condition(today, rule))
            .order_by(col(Person.status_since), col(Person.id))
        )
        sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    connection = sqlite3.connect(db_path)
    try:
        return "\n".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
    finally:
        connection.close()


def test_the_queue_ranges_over_the_stored_stalled_days(
    db: Database, db_path: Path, today: date
) -> None:
    plan = _plan(db, db_path, today, stored=True)
    assert "SEARCH person USING COVERING INDEX ix_person_stalled_on (stalled_on<?)" in plan
    assert "case_review" not in plan  # the deferral is on the case, in the same index


def test_without_stored_days_the_queue_scans_the_covering_index(
    db: Database, db_path: Path, today: date
) -> None:
    plan = _plan(db, db_path, today, stored=False)
    assert "COVERING INDEX ix_person_stalled" in plan
    assert "SCAN person\n" not in plan + "\n"  # never the table itself
