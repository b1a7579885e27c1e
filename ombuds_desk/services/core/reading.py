"""Reads that are not part of a change: a short read-only session, and driver errors worded
for the user as the unit of work words them.

The window's pages read through this on a worker thread (``ui/common/operations.py``), and
so do background jobs such as the import check and batch printing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store.database import Database, describe_db_error

T = TypeVar("T")


def read(db: Database, query: Callable[[Session], T]) -> T:
    """``query(session)`` in a short read-only session; a driver error (locked, damaged,
    server gone) becomes a ``DatabaseUnavailableError`` a user can act on."""
    try:
        with db.reading() as session:
            return query(session)
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, db.display_name)) from exc
