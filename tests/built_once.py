"""A register a fixture fills through the services (hundreds of persons registered one by one),
filled once per test session (per xdist worker) and put back for every later test that asks.

The first test that asks fills its own fresh database as the fixture always did, and what
that wrote is kept. A later test's fixture puts the kept register back into its own fresh
database instead of filling it again, when that database holds what the first one held
before filling (the same number of rows in every table, the same staff); otherwise it fills
it as the first did. What the test then reads is what the services wrote, row for row, the
audit trail's chain and the sequences' places included: only the filling is not repeated.

- SQLite: SQLite's online backup (``sqlite3.Connection.backup``) from the filled database to
  a file, and from that file into the later test's database, through a connection of its own
  engine (the other connections see the new content as they see another process's commit).
- PostgreSQL: every table's rows as JSON and every sequence's place; the later test's
  database is emptied as ``ServerDatabase.fresh`` empties it and they are put back
  (:meth:`tests.backends.ServerDatabase.put_back`).

Filling 300 persons took 10–25 s of a test's set-up on the loaded 2-core machine (17 such
tests in ``tests/ui/cases/test_person_model.py``); put back, the set-up took 0.4–1.1 s, its
window host included.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, inspect, text

from ombuds_desk.store.database import Database
from tests.backends import ServerDatabase


@dataclass(frozen=True)
class _Kept:
    before: tuple[Any, ...]  # what the database held before it was filled
    file: Path | None = None  # SQLite: the filled database
    rows: tuple[tuple[str, str], ...] = ()  # PostgreSQL: (table, rows as JSON)
    sequences: tuple[tuple[str, str, int | None], ...] = ()  # (schema, sequence, last value)


# Per test session (per xdist worker): (name, back end) -> what the first filling wrote.
_kept: dict[tuple[str, str], _Kept] = {}


def _tables(connection: Connection) -> list[str]:
    return sorted(t for t in inspect(connection).get_table_names() if t != "alembic_version")


def _held(db: Database) -> tuple[Any, ...]:
    """Every table's number of rows and the staff: what the fixtures before this one made."""
    with db.engine.connect() as connection:
        counts = tuple(
            (table, connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
            for table in _tables(connection)
        )
        staff = tuple(
            tuple(row)
            for row in connection.execute(text('SELECT username, role FROM "user" ORDER BY id'))
        )
    return counts, staff


def _keep(db: Database, before: tuple[Any, ...], folder: Path) -> _Kept:
    if db.engine.dialect.name == "sqlite":
        file = folder / "filled.sqlite3"
        raw = db.engine.raw_connection()
        try:
            target = sqlite3.connect(file)
            try:
                raw.driver_connection.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        finally:
            raw.close()
        return _Kept(before, file=file)
    with db.engine.connect() as connection:
        rows = tuple(
            (table, found)
            for table in _tables(connection)
            for found in connection.execute(
                text(f'SELECT json_agg(t)::text FROM "{table}" t')
            ).scalars()
            if found is not None
        )
        sequences = tuple(
            (schema, name, last)
            for schema, name, last in connection.execute(
                text("SELECT schemaname, sequencename, last_value FROM pg_sequences")
            )
        )
    return _Kept(before, rows=rows, sequences=sequences)


def put_back(request: pytest.FixtureRequest, db: Database, name: str) -> None:
    """Put what the first ``fill`` of ``name`` on this back end wrote back into ``db``,
    whatever it holds now."""
    kept = _kept[(name, db.engine.dialect.name)]
    if kept.file is not None:
        raw = db.engine.raw_connection()
        try:
            source = sqlite3.connect(kept.file)
            try:
                source.backup(raw.driver_connection)  # type: ignore[arg-type]
            finally:
                source.close()
        finally:
            raw.close()
        return
    server: ServerDatabase = request.getfixturevalue("server_database")
    with db.engine.begin() as connection:
        server.put_back(connection, kept.rows, kept.sequences)


def fill_once(
    request: pytest.FixtureRequest, db: Database, name: str, fill: Callable[[], object]
) -> None:
    """Fill ``db`` with ``fill()`` (services writing it), or put back what the first
    ``fill`` of this ``name`` on this back end wrote, if ``db`` held the same before."""
    key = (name, db.engine.dialect.name)
    before = _held(db)
    kept = _kept.get(key)
    if kept is not None and kept.before == before:
        put_back(request, db, name)
        return
    fill()
    if kept is None:
        folder = request.getfixturevalue("tmp_path_factory").mktemp("filled")
        _kept[key] = _keep(db, before, folder)
