"""Rebuilding a SQLite file after data was anonymised, so that removed text is gone from it.

SQLite leaves deleted and overwritten rows in free pages and in the unused part of pages,
and the old versions of changed pages in the write-ahead log, until they happen to be
reused: a name "removed" may still be read from the file's bytes. ``VACUUM`` writes the
whole database anew (every page rewritten, the file cut to its new size) and the checkpoint
with TRUNCATE empties the log; ``secure_delete`` makes later deletions on the connection
zero what they free. It takes a few seconds per 100 MB and needs no other connection
writing meanwhile (SQLite waits for one, up to the busy timeout).

A PostgreSQL server keeps old row versions until its own ``VACUUM``; that is the database
administrator's (:func:`compact` says so by returning False).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from ombuds_desk.store import encryption
from ombuds_desk.store.engine import is_sqlite


def compact(engine: Engine) -> bool:
    """Rewrite the SQLite file whole and empty its log; True when both were done (False on
    a server, or when another connection kept the log from being emptied)."""
    if not is_sqlite(engine):
        return False
    raw = engine.raw_connection()
    try:
        driver: Any = raw.driver_connection
        assert encryption.is_driver_connection(driver)  # plain SQLite's, or SQLCipher's
        driver.execute("PRAGMA secure_delete = ON")
        driver.execute("VACUUM")
        busy, _log, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy
    finally:
        raw.close()
