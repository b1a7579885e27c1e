"""The words of the audit trail: what each table's records, each field and each kind of
entry are called, and which columns hold an enum, a date, a moment, a yes/no or a link.

Fields carry the labels the window uses (a person's are the case view's, kept in step by a
test); what a column holds is read from the tables' own declarations, so a new column needs
no entry here unless its name says too little.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlmodel import SQLModel

from ombuds_desk.domain import models  # noqa: F401  (every table in SQLModel.metadata)
from ombuds_desk.domain.column_types import EnumText
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.person_rules import DATE_FIELDS

APP_NAME = "Ombuds Desk"  # who did what the app did by itself (user id None)
EMPTY = "—"
ARROW = " → "

# What each table's records are called (a person's record is their case).
ENTITY_WORDS: dict[str, str] = {
    "person": "Case",
    "contact": "Contact",
    "case_note": "Note",
    "case_review": "Review",
    "case_assignment": "Reassignment",
    "correspondence_item": "Item",
    "parcel": "Parcel",
    "shipment": "Shipment",
    "acknowledgement": "Acknowledgement",
    "acknowledgement_line": "Acknowledgement line",
    "campaign": "Campaign",
    "operation": "Operation",
    "operation_member": "Operation member",
    "block_reason": "Block reason",
    "user": "Member of staff",
    "office_setting": "Setting",
    "backup_record": "Backup",
    "audit_entry": "Audit trail",
    "database": "Database",
}

KIND_WORDS: dict[AuditAction, str] = {
    AuditAction.CREATE: "Added",
    AuditAction.UPDATE: "Changed",
    AuditAction.DELETE: "Removed",
    AuditAction.SIGN_IN: "Signed in",
    AuditAction.SIGN_IN_FAILED: "Sign-in refused",
    AuditAction.VIEW: "Case opened",
    AuditAction.PRINT: "Printed",
    AuditAction.EXPORT: "Exported",
    AuditAction.BACKUP: "Backup made",
    AuditAction.RESTORE: "Backup restored",
    AuditAction.ANONYMISE: "Anonymised",
    AuditAction.ENCRYPT: "Database encrypted",
    AuditAction.DECRYPT: "Database decrypted",
}

# A person's fields as the case view and the register form label them (a test keeps the two
# in step with ``ui/common/field_labels.py``), then what else the case carries.
PERSON_FIELDS: dict[str, str] = {
    "category": "Category",
    "family_name": "Family name",
    "given_name": "Given name",
    "patronymic": "Patronymic",
    "family_name_latin": "Family name, Latin",
    "given_name_latin": "Given name, Latin",
    "patronymic_latin": "Patronymic, Latin",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "citizenship": "Citizenship",
    "home_region": "Home region",
    "service_number": "Service number",
    "rank": "Rank",
    "unit": "Unit",
    "captured_on": "Captured on",
    "captured_at": "Captured at (where)",
    "holding_party": "Holding party",
    "detention_place": "Place of detention",
    "icrc_number": "ICRC no.",
    "evacuated_from": "Evacuated from",
    "evacuated_on": "Evacuated on",
    "current_location": "Current location",
    "evacuated_by": "Evacuated by",
    "case_number": "Case number",
    "status": "Status",
    "status_since": "Status since",
    "blocked": "Blocked",
    "blocked_reason": "Block reason",
    "blocked_note": "Block note",
    "assigned_to_id": "Caseworker",
}

FIELD_WORDS: dict[str, dict[str, str]] = {
    "person": PERSON_FIELDS,
    "contact": {
        "phone": "Phone",
        "email": "E-mail",
        "person_id": "Case",
        "consent": "Consent to be contacted",
        "share_consent": "Consent to be named to the counterpart",
    },
    "case_note": {"author_id": "Author", "person_id": "Case"},
    "case_review": {
        "next_review_on": "Next review on",
        "reviewed_by_id": "Reviewed by",
        "to_user_id": "Sent to",
    },
    "case_assignment": {
        "from_user_id": "From",
        "to_user_id": "To",
        "assigned_by_id": "Reassigned by",
        "person_id": "Case",
    },
    "correspondence_item": {
        "author_contact_id": "Author (relative)",
        "author_name": "Author",
        "author_relationship": "Author's relationship",
        "status_on": "Status date",
        "withheld_reason": "Withheld because",
        "logged_by_id": "Logged by",
        "person_id": "Case",
    },
    "parcel": {
        "weight_grams": "Weight (g)",
        "status_reason": "Reason",
        "created_by_id": "Made up by",
        "person_id": "Case",
    },
    "shipment": {
        "handover_on": "Handover date",
        "handed_over_org": "Handed over for",
        "received_org": "Received for",
        "receipt_file_name": "Signed receipt",
    },
    "campaign": {"target_parcels": "Target (parcels)"},
    "operation_member": {"person_id": "Case"},
    "user": {"username": "User name"},
    "office_setting": {"key": "Setting"},
    "acknowledgement": {"file_name": "File", "imported_by_id": "Imported by"},
    "block_reason": {"active": "In use", "shareable": "Shareable with the counterpart"},
    "backup_record": {"made_by_id": "Made by", "size_bytes": "Size (bytes)"},
}

# Bookkeeping that says nothing to a reader (the record's own number, its edit counter,
# keys derived from the name); never shown.
HIDDEN_FIELDS = frozenset(
    {
        "id",
        "version",
        "created_at",
        "updated_at",
        "case_year",
        "case_seq",
        "birth_year",
        "sort_name",
        "logged_at",
        "imported_at",
        "added_at",
        "reviewed_at",
        "assigned_at",
        "recorded_at",
    }
)
PARTIAL_DATES = {("person", name) for name in DATE_FIELDS}


def field_word(entity: str, name: str) -> str:
    """``Phone``, ``Status since``, ``Caseworker``: a field as the window names it."""
    known = FIELD_WORDS.get(entity, {}).get(name)
    if known is not None:
        return known
    words = name.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]


def entity_word(entity: str) -> str:
    return ENTITY_WORDS.get(entity, entity.replace("_", " ").capitalize())


def kind_word(action: AuditAction) -> str:
    return KIND_WORDS.get(action, action.label)


# -- what the tables declare --------------------------------------------------------------


@dataclass(frozen=True)
class ColumnKind:
    enum: type[StrEnum] | None = None
    day: bool = False
    moment: bool = False
    flag: bool = False
    points_to: str | None = None  # the table a link column refers to


def _python_type(kind: Any) -> type | None:
    # A TypeDecorator (SQLModel's UTC moments, EnumText) wraps the type that says it.
    kind = getattr(kind, "impl_instance", None) or kind
    try:
        found = kind.python_type
    except NotImplementedError:
        return None
    return found if isinstance(found, type) else None


def _columns() -> dict[tuple[str, str], ColumnKind]:
    kinds: dict[tuple[str, str], ColumnKind] = {}
    for table in SQLModel.metadata.tables.values():
        for column in table.columns:
            kind = column.type
            python = _python_type(kind)
            target = next(iter(column.foreign_keys), None)
            kinds[(table.name, column.name)] = ColumnKind(
                enum=kind.enum_cls if isinstance(kind, EnumText) else None,
                day=python is date,
                moment=python is datetime,
                flag=python is bool,
                points_to=target.column.table.name if target is not None else None,
            )
    return kinds


COLUMNS = _columns()


CREATE_WORDS = {
    "person": "Case registered",
    "contact": "Contact added",
    "case_note": "Note written",
    "case_review": "Case reviewed",
    "case_assignment": "Case reassigned",
    "correspondence_item": "Logged",
    "parcel": "Parcel made up",
    "shipment": "Shipment started",
    "operation_member": "Included in operation",
    "user": "Member of staff added",
    "office_setting": "Setting",
    "block_reason": "Block reason added",
}
DELETE_WORDS = {
    "person": "Case removed",
    "contact": "Contact removed",
    "case_note": "Note removed",
    "correspondence_item": "Removed",
    "parcel": "Parcel removed",
    "operation_member": "Taken out of operation",
}
