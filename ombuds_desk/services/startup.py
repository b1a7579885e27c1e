"""What the app does with a database once it is open and migrated, before anyone uses it.

Bring the stored search keys up to the current spelling rules when those changed
(``domain/name_keys.KEYS_VERSION``), so that search finds what it should in an older file;
and rebuild the file when an anonymising was cut short before it did
(``services/cases/retention_rebuild.py``), so that the names it removed leave the file.
"""

from __future__ import annotations

from collections.abc import Callable

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.cases.retention_rebuild import rebuild_if_owed
from ombuds_desk.services.cases.search_index import rebuild_search_keys, search_keys_stale
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database

# Maintenance is done by the app itself, not by a member of staff.
SYSTEM = User(id=None, username="system", full_name="Ombuds Desk (maintenance)", role=Role.ADMIN)


def prepare_database(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild stale search keys; returns how many persons were re-keyed (0 if none)."""
    if db.read_only:
        return 0
    rebuild_if_owed(db)
    with db.reading() as session:
        if not search_keys_stale(session):
            return 0
    with unit_of_work(db, SYSTEM) as session:
        return rebuild_search_keys(session, progress=progress)
