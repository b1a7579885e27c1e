"""The rebuild of the database file that anonymising owes, kept owed until it is done.

Anonymising removes names in one transaction and then rebuilds the SQLite file
(``store/compaction.py``) so the removed text leaves its free pages and log. A process killed
between the commit and the rebuild (or a rebuild another program's connection kept from
finishing) would leave the names readable in the file's bytes until some later ``VACUUM``.
So the anonymising marks the rebuild owed in its own transaction (:func:`owe_rebuild`), the
rebuild clears the mark once done (:func:`rebuild_if_owed`), and every opening of the
database — the window's and each command's, ``services/startup.prepare_database`` — rebuilds
a file still marked. The mark is the program's bookkeeping, not a change anyone made: it is
written beside the audit trail, not in it (as ``data_locations``' last verification is).

A server keeps old row versions until its own ``VACUUM`` (its administrator's): nothing is
owed there.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import OfficeSetting
from ombuds_desk.store import encryption
from ombuds_desk.store.compaction import compact
from ombuds_desk.store.database import Database

log = logging.getLogger(__name__)

REBUILD_OWED = "retention.rebuild_owed"
# What the rebuild may raise: SQLAlchemy's, or either driver's (it runs on the raw connection).
_DRIVER_ERRORS: tuple[type[Exception], ...] = (DBAPIError, *encryption.DRIVER_ERRORS)


def owe_rebuild(session: Session) -> None:
    """Mark the file's rebuild owed, in the caller's transaction (the anonymising's)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    _clear(connection)
    connection.execute(insert(OfficeSetting).values(key=REBUILD_OWED, value="yes"))


def rebuild_owed(db: Database) -> bool:
    """Whether the file still owes the rebuild an anonymising marked."""
    with db.engine.connect() as connection:
        found = connection.execute(
            select(col(OfficeSetting.value)).where(col(OfficeSetting.key) == REBUILD_OWED)
        ).first()
    return found is not None


def rebuild_if_owed(db: Database) -> bool:
    """Rebuild the file if an anonymising marked it owed, and clear the mark once the file
    is rebuilt and its log emptied; True when that was done now. A rebuild that cannot be
    done now (another connection writing, a disk full) stays owed for the next opening."""
    if db.read_only or db.path is None or not rebuild_owed(db):
        return False
    try:
        done = compact(db.engine)
    except _DRIVER_ERRORS as exc:
        # INFO: the command line has no log file, and a warning would reach its stderr.
        log.info("The rebuild owed after anonymising could not be done now: %s", exc)
        return False
    if not done:
        log.info("The rebuild owed after anonymising did not empty the log: owed still")
        return False
    with db.write_engine.begin() as connection:
        _clear(connection)
    log.info("Rebuilt %s after anonymising: the removed data is gone from the file", db.path)
    return True


def _clear(connection: Connection) -> None:
    connection.execute(delete(OfficeSetting).where(col(OfficeSetting.key) == REBUILD_OWED))
