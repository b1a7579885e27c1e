"""A PostgreSQL register's planner statistics are taken when it is closed after a bulk change
(store/server_statistics.py), as SQLite's are (``database.keep_statistics``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text

from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.server_statistics import stale_tables
from tests.backends import NO_PG_REASON, PG_URL, new_server_database

pytestmark = pytest.mark.skipif(not PG_URL, reason=NO_PG_REASON)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new database on the test server for this test alone."""
    assert PG_URL
    with new_server_database(PG_URL) as url:
        yield url


def _rows_counted(engine: Engine, table: str) -> float:
    """The planner's idea of the table's rows (-1: never analysed)."""
    with engine.connect() as connection:
        return float(
            connection.execute(
                text("SELECT reltuples FROM pg_class WHERE oid = CAST(:t AS regclass)"),
                {"t": table},
            ).scalar_one()
        )


def _fill(db: Database, rows: int) -> None:
    """Settings enough for a table of some size, autovacuum kept off it so that only the
    app can have analysed it."""
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE office_setting SET (autovacuum_enabled = false)"))
        connection.execute(
            text(
                "INSERT INTO office_setting (key, value) "
                "SELECT 'bulk.' || n, repeat('x', 200) FROM generate_series(1, :rows) AS n"
            ),
            {"rows": rows},
        )


def test_closing_analyses_the_tables_a_bulk_change_grew(pg_url: str) -> None:
    db = open_database(pg_url)
    assert stale_tables(db.engine) == []  # a new register: nothing to plan from yet
    _fill(db, 3000)
    assert stale_tables(db.engine) == ["office_setting"]
    db.dispose()

    check = create_engine(pg_url)
    try:
        assert _rows_counted(check, "office_setting") >= 3000
        assert stale_tables(check) == []
    finally:
        check.dispose()


def test_a_small_change_is_left_to_autovacuum(pg_url: str) -> None:
    db = open_database(pg_url)
    _fill(db, 20)
    db.dispose()

    check = create_engine(pg_url)
    try:
        assert _rows_counted(check, "office_setting") < 20
    finally:
        check.dispose()
