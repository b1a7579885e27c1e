"""Who may do what: one table of every action a service performs × the roles allowed it.

The services call :func:`require` before they change or disclose anything; the window
reads :func:`allowed` to hide what the signed-in role cannot do; the tests walk the whole
table. A caseworker does the daily work of the register and the mail; a supervisor also
corrects, cancels, merges, exports personal data, confirms deliveries in bulk and sets
office figures; an admin also runs the staff, the security settings, backups and the
audit trail.
"""

from __future__ import annotations

from enum import StrEnum

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import PermissionDeniedError


class Action(StrEnum):
    """Everything a signed-in member of staff can ask a service to do."""

    # the register
    REGISTER_PERSON = "register a person"
    EDIT_PERSON = "edit a case"
    ASSIGN_CASE = "reassign a case"
    CHANGE_STATUS = "change a case's status"
    CORRECT_STATUS = "correct a status"
    UNDO_OWN_STATUS_CHANGE = "undo one's own status change of the last minutes"
    BLOCK_CASE = "block or unblock a case"
    ADD_BLOCK_REASON = "extend the list of block reasons"
    EDIT_CONTACTS = "add, edit or remove a relative"
    ADD_NOTE = "write a note"
    VIEW_CASE = "open a case"
    # letters and parcels
    LOG_ITEMS = "log, edit or remove letters and items"
    SCREEN_ITEMS = "screen items"
    PACK_PARCELS = "make up, seal and reopen parcels"
    SHIP_PARCELS = "make up and hand over shipments"
    CONFIRM_DELIVERY = "confirm the delivery of chosen parcels"
    CONFIRM_ALL_DELIVERIES = "confirm the delivery of every parcel of a shipment"
    UNDO_DELIVERY = "undo a confirmed delivery"
    RECORD_RETURN_OR_LOSS = "record a parcel returned or lost"
    RECONCILE_ACKNOWLEDGEMENT = "reconcile an acknowledgement"
    MANAGE_CAMPAIGNS = "set up campaigns"
    # the workflow
    REVIEW_CASES = "review stalled cases"
    VIEW_TEAM_WORK = "see the team's work and workloads"
    PLAN_OPERATIONS = "plan an operation and choose its persons"
    COMPLETE_OPERATION = "complete an operation"
    CANCEL_OPERATION = "cancel or reopen an operation"
    # lists and documents
    IMPORT_LISTS = "import lists"
    MERGE_CASES = "merge cases"
    EXPORT_PERSONAL_DATA = "export personal data"
    APPLY_RETENTION = "export and anonymise closed cases past their retention"
    PRINT_DOCUMENTS = "print case sheets, manifests and reports"
    # the office
    CHANGE_SETTINGS = "change the office's settings"
    CHANGE_SECURITY_SETTINGS = "change the idle lock and the backup folder"
    MANAGE_STAFF = "administer staff accounts"
    VIEW_AUDIT_TRAIL = "browse and export the audit trail"
    VERIFY_AUDIT_TRAIL = "verify the audit trail"
    MAKE_BACKUP = "make a backup"
    RESTORE_BACKUP = "restore a backup"
    COPY_REGISTER = "copy the whole register into another database"
    ENCRYPT_DATABASE = "encrypt or decrypt the database file"


EVERYONE = frozenset(Role)
SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})

# The single source of who may do what (tests/services/core/test_permissions.py walks it).
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.REGISTER_PERSON: EVERYONE,
    Action.EDIT_PERSON: EVERYONE,
    Action.ASSIGN_CASE: SUPERVISORS,
    Action.CHANGE_STATUS: EVERYONE,
    Action.CORRECT_STATUS: SUPERVISORS,
    # Only one's own, only the case's latest change, only within minutes (case_status.py).
    Action.UNDO_OWN_STATUS_CHANGE: EVERYONE,
    Action.BLOCK_CASE: EVERYONE,
    Action.ADD_BLOCK_REASON: SUPERVISORS,
    Action.EDIT_CONTACTS: EVERYONE,
    Action.ADD_NOTE: EVERYONE,
    Action.VIEW_CASE: EVERYONE,
    Action.LOG_ITEMS: EVERYONE,
    Action.SCREEN_ITEMS: EVERYONE,
    Action.PACK_PARCELS: EVERYONE,
    Action.SHIP_PARCELS: EVERYONE,
    Action.CONFIRM_DELIVERY: EVERYONE,
    Action.CONFIRM_ALL_DELIVERIES: SUPERVISORS,
    Action.UNDO_DELIVERY: SUPERVISORS,
    Action.RECORD_RETURN_OR_LOSS: EVERYONE,
    Action.RECONCILE_ACKNOWLEDGEMENT: EVERYONE,
    Action.MANAGE_CAMPAIGNS: SUPERVISORS,
    Action.REVIEW_CASES: SUPERVISORS,
    Action.VIEW_TEAM_WORK: SUPERVISORS,
    Action.PLAN_OPERATIONS: EVERYONE,
    Action.COMPLETE_OPERATION: SUPERVISORS,
    Action.CANCEL_OPERATION: SUPERVISORS,
    Action.IMPORT_LISTS: EVERYONE,
    Action.MERGE_CASES: SUPERVISORS,
    Action.EXPORT_PERSONAL_DATA: SUPERVISORS,
    Action.APPLY_RETENTION: SUPERVISORS,
    Action.PRINT_DOCUMENTS: EVERYONE,
    Action.CHANGE_SETTINGS: SUPERVISORS,
    Action.CHANGE_SECURITY_SETTINGS: ADMINS,
    Action.MANAGE_STAFF: ADMINS,
    Action.VIEW_AUDIT_TRAIL: ADMINS,
    Action.VERIFY_AUDIT_TRAIL: ADMINS,
    Action.MAKE_BACKUP: SUPERVISORS,
    Action.RESTORE_BACKUP: ADMINS,
    Action.COPY_REGISTER: ADMINS,
    Action.ENCRYPT_DATABASE: ADMINS,
}


def allowed(role: Role | None, action: Action) -> bool:
    return role is not None and role in PERMISSIONS[action]


def roles_for(action: Action) -> list[Role]:
    """The roles allowed ``action``, lowest first."""
    return sorted(PERMISSIONS[action], key=lambda role: role.rank)


def require(actor: User | None, action: Action) -> None:
    """Refuse ``action`` unless ``actor`` is an active, signed-in member of staff whose role
    allows it."""
    if actor is None or actor.id is None or not actor.active:
        raise PermissionDeniedError(f"Sign in first to {action.value}.")
    if not allowed(actor.role, action):
        who = " or ".join(role.label.lower() for role in roles_for(action))
        raise PermissionDeniedError(
            f"Only {_a(who)} can {action.value}; you are signed in as {_a(actor.role.label.lower())}."
        )


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
