"""Whether a copy's target holds a register, or only what its own making and first opening
wrote; and that bookkeeping cleared inside the copy's transaction (``ombuds-desk copy``).

A database that was opened once is not empty: opening it writes the version of the search
keys (and its audit entry); ``ombuds-desk init`` or the window's first start add the office's
name and its first admin; a sign-in adds its audit entry and the stalled-days rule; checking
the audit trail the date it was checked. None of that is a register, and the copy brings the
source's own staff, settings and audit trail: the copy takes such a target, removes those rows
and fills it. Anything else — a person, a letter, a campaign, a second member of staff, a
setting someone chose, an audit entry about anything but settings, staff and backups — is a
register, and the target is refused as before (``register_copy.copy_register``).
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, select
from sqlmodel import col

from ombuds_desk.domain.accounts import AuditEntry, OfficeSetting, User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core.data_locations import LAST_VERIFICATION
from ombuds_desk.services.core.office_settings import OFFICE_NAME, STALLED_ON_RULE_KEY
from ombuds_desk.store.table_copy import register_tables, tables_with_rows

# The tables a database's making, first opening and first sign-in write to.
BOOKKEEPING_TABLES = frozenset({"audit_entry", "backup_record", "office_setting", "user"})
# The settings those write: the app's own, or the office's name typed at its making.
# ("search_keys_version" is services/cases/search_index.VERSION_SETTING, which the core does
# not import; tests/services/core/test_register_copy.py opens a database to write it.)
BOOKKEEPING_SETTINGS = frozenset(
    {"search_keys_version", OFFICE_NAME, STALLED_ON_RULE_KEY, LAST_VERIFICATION}
)
# What the audit entries of such a database are about.
BOOKKEEPING_ENTITIES = frozenset({"office_setting", "user", "backup_record"})


def register_rows(connection: Connection) -> list[tuple[str, int]]:
    """The tables of the target that hold a register, with their rows (the bookkeeping of a
    database opened once counts as none); [] when the copy may fill it."""
    occupied = tables_with_rows(connection)
    if not occupied or _only_bookkeeping(connection, occupied):
        return []
    return occupied


def _only_bookkeeping(connection: Connection, occupied: list[tuple[str, int]]) -> bool:
    if any(name not in BOOKKEEPING_TABLES for name, _rows in occupied):
        return False
    staff = connection.execute(select(col(User.role))).scalars().all()
    if len(staff) > 1 or any(role != Role.ADMIN for role in staff):
        return False  # staff beyond the first admin: someone worked here
    chosen = (
        select(func.count())
        .select_from(OfficeSetting)
        .where(col(OfficeSetting.key).not_in(BOOKKEEPING_SETTINGS))
    )
    if connection.execute(chosen).scalar_one():
        return False  # a setting someone chose
    about_others = (
        select(func.count())
        .select_from(AuditEntry)
        .where(col(AuditEntry.entity).not_in(BOOKKEEPING_ENTITIES))
    )
    return not connection.execute(about_others).scalar_one()


def clear_bookkeeping(connection: Connection) -> None:
    """Remove what the target's making and first opening wrote (inside the copy's
    transaction: a copy that fails leaves it as it was)."""
    tables: list[Table] = [t for t in register_tables() if t.name in BOOKKEEPING_TABLES]
    for table in reversed(tables):  # each before the tables it refers to
        connection.execute(table.delete())
