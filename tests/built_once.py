"""A register a fixture fills through the services (hundreds of persons registered one by one),
filled once per test session (per xdist worker) and put back for every later test that asks.

The first test that asks fills its own fresh database as the fixture always did, and what
that wrote is kept. A later test's fixture puts the kept register back into its own fresh
database instead of filling it again, when that database holds what the first one held
before filling, row for row (``_held``); otherwise it fills it as the first did, and what
that filling wrote is kept too, for later tests whose database holds the same. What the test then reads is what the services wrote, row for row, the
audit trail's chain and the sequences' places included: only the filling is not repeated.

- SQLite: SQLite's online backup (``sqlite3.Connection.backup``) from the filled database to
  a file, and from that file into the later test's database, through a connection of its own
  engine (the other connections see the new content as they see another process's commit).
- PostgreSQL: every table's rows as JSON and every sequence's place; the later test's
  database is emptied as ``ServerDatabase.fresh`` empties it and they are put back
  (:meth:`tests.backends.ServerDatabase.put_back`).

Filling 300 persons took 10–25 s of a test's set-up on the loaded 2-core machine (17 such
tests in ``tests/ui/cases/test_person_model.py``); put back, the set-up took 0.4–1.1 s, its
window host included. The staff fixtures (``tests/conftest.py``) are made the same way:
thousands of tests each made the same admin, supervisor and caseworker through the services.
"""

from __future__ import annotations

import hashlib
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
    file: Path | None = None  # SQLite: the filled database
    rows: tuple[tuple[str, str], ...] = ()  # PostgreSQL: (table, rows as JSON)
    sequences: tuple[tuple[str, str, int | None], ...] = ()  # (schema, sequence, last value)


# Per test session (per xdist worker): (name, back end) -> what the database held before
# each filling (its content, ``_held``) -> what that filling wrote.
_kept: dict[tuple[str, str], dict[str, _Kept]] = {}


def _tables(connection: Connection) -> list[str]:
    return sorted(t for t in inspect(connection).get_table_names() if t != "alembic_version")


def _held(db: Database) -> str | None:
    """What the database holds, row for row (every table's rows, the schema on SQLite, every
    sequence's place on PostgreSQL), as a digest; None when what it holds could not be put
    back (a trigger or function a test made on the server, which emptying it drops)."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            driver: Any = connection.connection.driver_connection
            schema = driver.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall()
            digest.update(repr(schema).encode())
            for _type, table, _tbl, _sql in schema:
                if _type == "table":
                    rows = driver.execute(f'SELECT * FROM "{table}"').fetchall()
                    digest.update(repr((table, sorted(rows, key=repr))).encode())
            return digest.hexdigest()
        made = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) + (SELECT "
                "count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public')"
            )
        ).scalar_one()
        if made:
            return None
        tables = _tables(connection)
        found = connection.execute(
            text(
                "SELECT "
                + ", ".join(
                    f"(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                    f'FROM "{table}" t)'
                    for table in tables
                )
                + ", (SELECT string_agg(schemaname || '.' || sequencename || '=' || "
                "coalesce(last_value::text, '-'), ',' ORDER BY schemaname, sequencename) "
                "FROM pg_sequences)"
            )
        ).one()
        digest.update(repr((tables, tuple(found))).encode())
    return digest.hexdigest()


def _keep(db: Database, folder: Path) -> _Kept:
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
        return _Kept(file=file)
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
    return _Kept(rows=rows, sequences=sequences)


def put_back(request: pytest.FixtureRequest, db: Database, name: str) -> None:
    """Put what the first ``fill`` of ``name`` on this back end wrote back into ``db``,
    whatever it holds now."""
    _put_back(request, db, next(iter(_kept[(name, db.engine.dialect.name)].values())))


def _put_back(request: pytest.FixtureRequest, db: Database, kept: _Kept) -> None:
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
) -> bool:
    """Fill ``db`` with ``fill()`` (services writing it), or put back what an earlier ``fill``
    of this ``name`` on this back end wrote into a database that held what ``db`` holds now,
    row for row; True when it was put back (``fill`` not called)."""
    before = _held(db)
    kept = _kept.setdefault((name, db.engine.dialect.name), {})
    if before is not None and before in kept:
        _put_back(request, db, kept[before])
        return True
    fill()
    if before is not None:
        folder = request.getfixturevalue("tmp_path_factory").mktemp("filled")
        kept[before] = _keep(db, folder)
    return False
