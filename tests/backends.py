"""Fresh, migrated test databases made quickly, on SQLite and on the PostgreSQL test server.

Migrating a new database runs every Alembic step (about 0.35 s on SQLite, 0.2 s on the
server); thousands of tests each want a new one. So each test session (each xdist worker)
migrates once and then:

- SQLite: copies the migrated file (``template``) for each test (10–30 ms with opening it);
- PostgreSQL: keeps one migrated database of its own on the server and, before each test,
  ends every other connection to it, then in one statement drops any trigger or function a
  test made, empties every table but ``alembic_version`` with foreign-key checks off, sets
  every sequence back to 1 (ids start where a new database's would) and puts back the rows
  the migrations wrote (the audit trail's head): 40–50 ms with opening it.

Measured on the shared 2-core machine (load 9–10): ``CREATE DATABASE … TEMPLATE`` per test
took 130–300 ms with its drop; ``TRUNCATE`` of the 22 tables 56 ms before opening.

``OMBUDS_DESK_TEST_PG_URL`` names the server's database (``scripts/pg-test-server.sh start``
prints it); each worker's own database sits beside it on the same server and is dropped at
the end of the session.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, TextClause, create_engine, inspect, make_url, text, util
from sqlalchemy.engine import Dialect

from ombuds_desk.store import engine as store_engine
from ombuds_desk.store.database import Database, open_database

PG_URL = os.environ.get("OMBUDS_DESK_TEST_PG_URL")
NO_PG_REASON = (
    "no PostgreSQL test server (OMBUDS_DESK_TEST_PG_URL is not set): make test starts one; "
    "by hand, scripts/pg-test-server.sh start, then eval $(scripts/pg-test-server.sh env)"
)


# Statements compiled by one test's engine, kept for every later engine of this test session
# of the same kind (``share_compiled_statements``): up to this many.
SHARED_STATEMENTS = 5000
_shared: dict[tuple[Any, ...], tuple[Dialect, Any]] = {}


def share_compiled_statements() -> None:
    """Every engine the app makes in this process (``store.engine.make_engine``) compiles
    each statement once and keeps it for its own life (SQLAlchemy's cache is the engine's,
    keyed by its dialect): each test's new engine compiled every statement again, about a
    tenth of a service test's time. Here each new engine takes the dialect and the cache of
    the first engine made of the same kind (the same driver module, URL scheme and options),
    so a statement is compiled once per test session (xdist worker). The SQL sent is the
    same (one dialect's compiler, the same options); each engine keeps its own pool and
    connections, each set up as before (the dialect's own set-up ran on the first)."""
    if getattr(store_engine.create_engine, "shares_compiled_statements", False):
        return
    made = store_engine.create_engine

    def create_engine_sharing(url: Any, **options: Any) -> Engine:
        engine = made(url, **options)
        dialect = engine.dialect
        kind = (
            type(dialect),
            id(getattr(dialect, "loaded_dbapi", None)),
            engine.url.drivername,
            repr(sorted((k, repr(v)) for k, v in options.items() if k != "creator")),
        )
        first = _shared.get(kind)
        if first is None or first[0].server_version_info is None:
            # The first of its kind, or the first never connected (its dialect was never
            # set up by a first connection): this one's dialect is shared from now on.
            first = _shared[kind] = (dialect, util.LRUCache(SHARED_STATEMENTS))
        engine.dialect, engine._compiled_cache = first
        return engine

    create_engine_sharing.shares_compiled_statements = True  # type: ignore[attr-defined]
    store_engine.create_engine = create_engine_sharing


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_sqlite_template(folder: Path) -> Path:
    """A migrated SQLite file with nothing in it, its log emptied into the file."""
    path = folder / "template.sqlite3"
    open_database(sqlite_url(path)).dispose()
    return path


def sqlite_from_template(template: Path, path: Path) -> Database:
    """A new database at ``path``: a copy of the migrated template, opened as the app would."""
    shutil.copyfile(template, path)
    return open_database(sqlite_url(path))


class ServerDatabase:
    """One migrated database of this test session's own on the PostgreSQL test server."""

    def __init__(self, server_url: str) -> None:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.name = f"ombuds_{worker}_{uuid.uuid4().hex[:8]}"
        self.url = (
            make_url(server_url).set(database=self.name).render_as_string(hide_password=False)
        )
        self._server = create_engine(
            make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
        )
        with self._server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        open_database(self.url).dispose()
        self._own: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with self._own.connect() as connection:
            tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            sequences = connection.execute(
                text("SELECT schemaname, sequencename FROM pg_sequences")
            ).all()
            # What the migrations wrote (the audit trail's head), put back after emptying.
            made = [
                (table, rows)
                for table in tables
                for rows in connection.execute(
                    text(f'SELECT json_agg(t)::text FROM "{table}" t')
                ).scalars()
                if rows is not None
            ]
        self._put_back = [(_insert_json(table), {"rows": rows}) for table, rows in made]
        # One statement, one round trip: triggers and functions a test made to make the
        # database fail dropped (none is the app's), every table emptied in replica mode (no
        # foreign-key checks, so any order will do), every sequence back at 1.
        self._empty = (
            "DO $$ DECLARE r record; BEGIN "
            "FOR r IN SELECT tgname, tgrelid::regclass AS tbl FROM pg_trigger "
            "WHERE NOT tgisinternal LOOP "
            "EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, r.tbl); END LOOP; "
            "FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'public' LOOP "
            "EXECUTE 'DROP FUNCTION ' || r.f; END LOOP; "
            "PERFORM set_config('session_replication_role', 'replica', true); "
            + "".join(f'DELETE FROM "{table}"; ' for table in tables)
            + "".join(f'PERFORM setval(\'"{s}"."{q}"\', 1, false); ' for s, q in sequences)
            + "END $$"
        )

    def fresh(self) -> Database:
        """The database emptied back to just migrated, opened as the app would open it."""
        with self._own.connect() as connection:
            # Ends what an earlier test left open (a leaked session would hold locks).
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            connection.execute(text(self._empty))
            for insert, params in self._put_back:
                connection.execute(insert, params)
        return open_database(self.url)

    def put_back(
        self,
        connection: Connection,
        rows: Iterable[tuple[str, str]],
        sequences: Iterable[tuple[str, str, int | None]],
    ) -> None:
        """Empty the database as :meth:`fresh` does, then insert ``rows`` ((table, its rows
        as JSON)) and set every sequence where it was ((schema, sequence, last value)): a
        register kept by ``tests/built_once.py``. In ``connection``'s transaction, whose
        foreign-key checks stay off to its end."""
        connection.execute(text(self._empty))
        for table, found in rows:
            connection.execute(_insert_json(table), {"rows": found})
        places = list(sequences)
        if places:  # one statement, one round trip
            connection.execute(
                text(
                    "SELECT "
                    + ", ".join(f"setval(:s{i}, :v{i}, :c{i})" for i in range(len(places)))
                ),
                {
                    key: value
                    for i, (schema, name, last) in enumerate(places)
                    for key, value in (
                        (f"s{i}", f'"{schema}"."{name}"'),
                        (f"v{i}", last or 1),
                        (f"c{i}", last is not None),
                    )
                },
            )

    def drop(self) -> None:
        self._own.dispose()
        with self._server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._server.dispose()


def _insert_json(table: str) -> TextClause:
    """Inserts into ``table`` the rows given as a JSON array (``:rows``)."""
    return text(
        f'INSERT INTO "{table}" SELECT * FROM json_populate_recordset(null::"{table}", :rows)'
    )


@contextmanager
def new_server_database(server_url: str) -> Iterator[str]:
    """The URL of a new, empty database (not even migrated) on the test server, dropped
    afterwards."""
    name = f"ombuds_new_{uuid.uuid4().hex[:10]}"
    server = create_engine(
        make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    try:
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()
