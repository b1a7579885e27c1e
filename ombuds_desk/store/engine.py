"""Engines: SQLite with foreign keys, WAL, full syncs and a busy timeout, or any SQLAlchemy URL.

Transactions on SQLite are begun by us, not by the driver: a read begins a deferred
transaction, a write (``execution_options(write=True)``) ``BEGIN IMMEDIATE``, so two
writers queue on the busy timeout instead of one of them failing half-way.

``synchronous = FULL``: in WAL mode, NORMAL syncs the log only at checkpoints, so a power
cut or a dead battery can take back the last commits after the user saw "saved"; FULL syncs
the log at every commit, so a confirmed save survives (``scripts/bench_durability.py``
measures what one save costs either way). ``fullfsync`` makes a sync reach the disk itself
on macOS, where a plain fsync stops at the drive's cache; elsewhere it changes nothing.

An encrypted SQLite file (``store/encryption.py``) is opened through SQLCipher's driver,
each connection keyed with the passphrase before anything is read; the rest is the same.

A database on a read-only medium, or in a folder the user cannot write to, is opened
through a read-only URI (``mode=ro``, or ``immutable=1`` where SQLite cannot even keep the
log's index beside it), so that it can still be looked at and printed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from ombuds_desk.store import encryption
from ombuds_desk.store.collation import register_sqlite_collation
from ombuds_desk.store.files import checkpoint as checkpoint_connection
from ombuds_desk.store.files import sqlite_uri
from ombuds_desk.store.locations import sqlite_path

BUSY_TIMEOUT_MS = 10_000
SYNCHRONOUS = "FULL"


class ReadOnly(StrEnum):
    """How a read-only SQLite file is opened."""

    # The file cannot be written, but its folder can take the log's index (-shm).
    MODE_RO = "mode=ro"
    # Nothing beside the file can be written (a read-only medium, a locked folder):
    # SQLite reads the file alone, taking no locks.
    IMMUTABLE = "immutable=1"


def read_only_uri(path: Path, how: ReadOnly) -> str:
    key, value = how.value.split("=")
    return sqlite_uri(path, **{key: value})


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not pysqlite, decide how a transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    with contextlib.suppress(Exception):  # a read-only file keeps the mode it has
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    cursor.execute("PRAGMA fullfsync = ON")
    cursor.close()
    # ORDER BY collated(name): the office's alphabetical order (store/collation.py).
    register_sqlite_collation(dbapi_connection)


def _sqlite_on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(
    url: str,
    echo: bool = False,
    *,
    read_only: ReadOnly | None = None,
    passphrase: str | None = None,
) -> Engine:
    """An engine for ``url``; ``read_only`` opens a SQLite file through a read-only URI;
    ``passphrase`` opens (or creates) it encrypted with SQLCipher."""
    if url.startswith("sqlite"):
        timeout = BUSY_TIMEOUT_MS / 1000
        options: dict[str, Any] = {}
        path = sqlite_path(url)
        if passphrase is not None and path is not None:
            uri = read_only_uri(path, read_only) if read_only is not None else None
            # Keyed in the creator, before SQLAlchemy or the listener below reads a page.
            options["creator"] = lambda: encryption.connect(
                path, passphrase, uri=uri, timeout=timeout, check_same_thread=False
            )
            # SQLAlchemy then wraps SQLCipher's exceptions as it wraps sqlite3's.
            options["module"] = encryption.module()
        elif read_only is not None and path is not None:
            ro_uri = read_only_uri(path, read_only)
            options["creator"] = lambda: sqlite3.connect(
                ro_uri, uri=True, timeout=timeout, check_same_thread=False
            )
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": timeout, "check_same_thread": False},
            **options,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    engine = create_engine(url, echo=echo, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        # Declared only now: it loads the PostgreSQL dialect (domain/people.py).
        from ombuds_desk.domain.people import declare_postgresql_where

        declare_postgresql_where()
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def checkpoint(engine: Engine) -> None:
    """Empty a SQLite database's write-ahead log into its file (``wal_checkpoint(TRUNCATE)``),
    so that the file alone, as a copy or a backup program sees it, is the whole database.
    Quietly skipped when it cannot be done now."""
    if not is_sqlite(engine):
        return
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        if driver is not None and encryption.is_driver_connection(driver):
            checkpoint_connection(driver)
            driver.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        raw.close()
