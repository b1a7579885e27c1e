"""``audit verify``: an admin checks that the audit trail is as the app wrote it.

The chain is walked by ``audit_verify.verify_chain``; the newest backup's manifest, when there
is one, adds the head recorded outside the database, so that removing the newest entries and
rewriting the head row is caught too.
"""

from __future__ import annotations

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.audit_verify import ChainReport, KnownHead, verify_chain
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.store.database import Database

BACKUPS = "ombuds_desk.services.core.backups"


def verify_audit_trail(db: Database, actor: User) -> ChainReport:
    """The whole trail checked, against the newest backup's head when one is recorded."""
    require(actor, Action.VERIFY_AUDIT_TRAIL)
    known = latest_backup_head(db)
    with db.reading() as session:
        report = verify_chain(session, known)
    # Kept for the admins' "Where the data is" tab (the window's Verify comes here too).
    from ombuds_desk.services.core.data_locations import record_verification

    record_verification(db, actor, report)
    return report


def latest_backup_head(db: Database) -> KnownHead | None:
    """The head of the chain the newest backup recorded; None with no backup (or before the
    backups module exists)."""
    try:
        from ombuds_desk.services.core.backups import latest_known_head
    except ModuleNotFoundError as exc:
        if exc.name != BACKUPS:  # a module that backups itself needs: a real fault
            raise
        return None
    known: KnownHead | None = latest_known_head(db)
    return known
