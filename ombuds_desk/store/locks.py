"""One writer at a time where the next number of a kind (case numbers, parcel numbers) is
handed out as the highest number so far plus one.

On SQLite this costs nothing: every write transaction begins with ``BEGIN IMMEDIATE``
(``store/engine.py``), so writers already take turns. On PostgreSQL writers run side by side:
two registering at once would read the same highest number and both take the next one, and
the second would be refused by the unique index ("the change clashes with a record already
saved"). A transaction-level advisory lock, one per kind of number, taken before the highest
number is read, makes the second writer wait until the first has committed; its next
statement then reads the new highest number (READ COMMITTED reads afresh each statement).
The lock ends with the transaction.
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlmodel import Session


def lock_numbering(session: Session, kind: str) -> None:
    """Wait for, then hold until the transaction ends, the right to number ``kind``."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    # crc32: the same key in every process (Python's hash() of a str is not).
    connection.execute(
        text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(kind.encode())}
    )
