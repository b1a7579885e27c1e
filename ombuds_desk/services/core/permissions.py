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
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate


class Action(StrEnum):
    """Everything a signed-in member of staff can ask a service to do."""

    # the register
    REGISTER_PERSON = QT_TRANSLATE_NOOP("Permissions", "register a person")
    EDIT_PERSON = QT_TRANSLATE_NOOP("Permissions", "edit a case")
    ASSIGN_CASE = QT_TRANSLATE_NOOP("Permissions", "reassign a case")
    CHANGE_STATUS = QT_TRANSLATE_NOOP("Permissions", "change a case's status")
    CORRECT_STATUS = QT_TRANSLATE_NOOP("Permissions", "correct a status")
    UNDO_OWN_STATUS_CHANGE = QT_TRANSLATE_NOOP(
        "Permissions", "undo one's own status change of the last minutes"
    )
    BLOCK_CASE = QT_TRANSLATE_NOOP("Permissions", "block or unblock a case")
    ADD_BLOCK_REASON = QT_TRANSLATE_NOOP("Permissions", "extend the list of block reasons")
    EDIT_CONTACTS = QT_TRANSLATE_NOOP("Permissions", "add, edit or remove a relative")
    ADD_NOTE = QT_TRANSLATE_NOOP("Permissions", "write a note")
    VIEW_CASE = QT_TRANSLATE_NOOP("Permissions", "open a case")
    # letters and parcels
    LOG_ITEMS = QT_TRANSLATE_NOOP("Permissions", "log, edit or remove letters and items")
    SCREEN_ITEMS = QT_TRANSLATE_NOOP("Permissions", "screen items")
    PACK_PARCELS = QT_TRANSLATE_NOOP("Permissions", "make up, seal and reopen parcels")
    SHIP_PARCELS = QT_TRANSLATE_NOOP("Permissions", "make up and hand over shipments")
    CONFIRM_DELIVERY = QT_TRANSLATE_NOOP("Permissions", "confirm the delivery of chosen parcels")
    CONFIRM_ALL_DELIVERIES = QT_TRANSLATE_NOOP(
        "Permissions", "confirm the delivery of every parcel of a shipment"
    )
    UNDO_DELIVERY = QT_TRANSLATE_NOOP("Permissions", "undo a confirmed delivery")
    RECORD_RETURN_OR_LOSS = QT_TRANSLATE_NOOP("Permissions", "record a parcel returned or lost")
    RECONCILE_ACKNOWLEDGEMENT = QT_TRANSLATE_NOOP("Permissions", "reconcile an acknowledgement")
    MANAGE_CAMPAIGNS = QT_TRANSLATE_NOOP("Permissions", "set up campaigns")
    # the workflow
    REVIEW_CASES = QT_TRANSLATE_NOOP("Permissions", "review stalled cases")
    VIEW_TEAM_WORK = QT_TRANSLATE_NOOP("Permissions", "see the team's work and workloads")
    PLAN_OPERATIONS = QT_TRANSLATE_NOOP("Permissions", "plan an operation and choose its persons")
    COMPLETE_OPERATION = QT_TRANSLATE_NOOP("Permissions", "complete an operation")
    CANCEL_OPERATION = QT_TRANSLATE_NOOP("Permissions", "cancel or reopen an operation")
    # lists and documents
    IMPORT_LISTS = QT_TRANSLATE_NOOP("Permissions", "import lists")
    MERGE_CASES = QT_TRANSLATE_NOOP("Permissions", "merge cases")
    EXPORT_PERSONAL_DATA = QT_TRANSLATE_NOOP("Permissions", "export personal data")
    APPLY_RETENTION = QT_TRANSLATE_NOOP(
        "Permissions", "export and anonymise closed cases past their retention"
    )
    PRINT_DOCUMENTS = QT_TRANSLATE_NOOP("Permissions", "print case sheets, manifests and reports")
    # the office
    CHANGE_SETTINGS = QT_TRANSLATE_NOOP("Permissions", "change the office's settings")
    CHANGE_SECURITY_SETTINGS = QT_TRANSLATE_NOOP(
        "Permissions", "change the idle lock and the backup folder"
    )
    MANAGE_STAFF = QT_TRANSLATE_NOOP("Permissions", "administer staff accounts")
    VIEW_AUDIT_TRAIL = QT_TRANSLATE_NOOP("Permissions", "browse and export the audit trail")
    VERIFY_AUDIT_TRAIL = QT_TRANSLATE_NOOP("Permissions", "verify the audit trail")
    MAKE_BACKUP = QT_TRANSLATE_NOOP("Permissions", "make a backup")
    RESTORE_BACKUP = QT_TRANSLATE_NOOP("Permissions", "restore a backup")
    COPY_REGISTER = QT_TRANSLATE_NOOP(
        "Permissions", "copy the whole register into another database"
    )
    ENCRYPT_DATABASE = QT_TRANSLATE_NOOP("Permissions", "encrypt or decrypt the database file")


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
        raise PermissionDeniedError(
            translate("Permissions", "Sign in first to {action}.").format(action=doing(action))
        )
    if not allowed(actor.role, action):
        raise PermissionDeniedError(
            translate(
                "Permissions", "Only {roles} can {action}; you are signed in as {role}."
            ).format(
                roles=_roles(roles_for(action)),
                action=doing(action),
                role=_a(actor.role.label.lower()),
            )
        )


def doing(action: Action) -> str:
    """What ``action`` does, in the reader's words (``register a person``)."""
    return translate("Permissions", action.value)


def _roles(roles: list[Role]) -> str:
    names = [role.label.lower() for role in roles]
    while len(names) > 1:
        last = names.pop()
        names[-1] = translate("Permissions", "{first} or {second}").format(
            first=names[-1], second=last
        )
    return _a(names[0])


def _a(name: str) -> str:
    """``a caseworker``, ``an admin``: English needs the article; ru/uk translate it away."""
    if name[:1] in "aeiou":
        return translate("Permissions", "an {role}").format(role=name)
    return translate("Permissions", "a {role}").format(role=name)
