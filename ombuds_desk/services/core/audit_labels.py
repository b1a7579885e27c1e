"""The words of the audit trail: what each table's records, each field and each kind of
entry are called, and which columns hold an enum, a date, a moment, a yes/no or a link.

Fields carry the labels the window uses (a person's are the case view's, kept in step by a
test); what a column holds is read from the tables' own declarations, so a new column needs
no entry here unless its name says too little.

The words are declared in English (``QT_TRANSLATE_NOOP``, context ``AuditTrail``) and said
in the reader's language by the functions below (:func:`field_word`, :func:`entity_word`,
:func:`kind_word`, :func:`created_word`, :func:`removed_word`): the window's trail, a case's
Trail tab and the trail's export read them so.
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
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.person_rules import DATE_FIELDS
from ombuds_desk.services.core.audit_details import key_word

APP_NAME = "Ombuds Desk"  # who did what the app did by itself (user id None)
EMPTY = "—"
ARROW = " → "

# What each table's records are called (a person's record is their case).
ENTITY_WORDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("AuditTrail", "Case"),
    "contact": QT_TRANSLATE_NOOP("AuditTrail", "Contact"),
    "case_note": QT_TRANSLATE_NOOP("AuditTrail", "Note"),
    "case_review": QT_TRANSLATE_NOOP("AuditTrail", "Review"),
    "case_assignment": QT_TRANSLATE_NOOP("AuditTrail", "Reassignment"),
    "correspondence_item": QT_TRANSLATE_NOOP("AuditTrail", "Item"),
    "parcel": QT_TRANSLATE_NOOP("AuditTrail", "Parcel"),
    "shipment": QT_TRANSLATE_NOOP("AuditTrail", "Shipment"),
    "acknowledgement": QT_TRANSLATE_NOOP("AuditTrail", "Acknowledgement"),
    "acknowledgement_line": QT_TRANSLATE_NOOP("AuditTrail", "Acknowledgement line"),
    "campaign": QT_TRANSLATE_NOOP("AuditTrail", "Campaign"),
    "operation": QT_TRANSLATE_NOOP("AuditTrail", "Operation"),
    "operation_member": QT_TRANSLATE_NOOP("AuditTrail", "Operation member"),
    "block_reason": QT_TRANSLATE_NOOP("AuditTrail", "Block reason"),
    "user": QT_TRANSLATE_NOOP("AuditTrail", "Member of staff"),
    "office_setting": QT_TRANSLATE_NOOP("AuditTrail", "Setting"),
    "backup_record": QT_TRANSLATE_NOOP("AuditTrail", "Backup"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditTrail", "Audit trail"),
    "database": QT_TRANSLATE_NOOP("AuditTrail", "Database"),
}

KIND_WORDS: dict[AuditAction, str] = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("AuditTrail", "Added"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("AuditTrail", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("AuditTrail", "Removed"),
    AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("AuditTrail", "Signed in"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditTrail", "Sign-in refused"),
    AuditAction.VIEW: QT_TRANSLATE_NOOP("AuditTrail", "Case opened"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("AuditTrail", "Printed"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("AuditTrail", "Exported"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("AuditTrail", "Backup made"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditTrail", "Backup restored"),
    AuditAction.ANONYMISE: QT_TRANSLATE_NOOP("AuditTrail", "Anonymised"),
    AuditAction.ENCRYPT: QT_TRANSLATE_NOOP("AuditTrail", "Database encrypted"),
    AuditAction.DECRYPT: QT_TRANSLATE_NOOP("AuditTrail", "Database decrypted"),
}

# A person's fields as the case view and the register form label them (a test keeps the two
# in step with ``ui/common/field_labels.py``), then what else the case carries.
PERSON_FIELDS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("AuditTrail", "Category"),
    "family_name": QT_TRANSLATE_NOOP("AuditTrail", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("AuditTrail", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("AuditTrail", "Patronymic"),
    "family_name_latin": QT_TRANSLATE_NOOP("AuditTrail", "Family name, Latin"),
    "given_name_latin": QT_TRANSLATE_NOOP("AuditTrail", "Given name, Latin"),
    "patronymic_latin": QT_TRANSLATE_NOOP("AuditTrail", "Patronymic, Latin"),
    "date_of_birth": QT_TRANSLATE_NOOP("AuditTrail", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("AuditTrail", "Sex"),
    "citizenship": QT_TRANSLATE_NOOP("AuditTrail", "Citizenship"),
    "home_region": QT_TRANSLATE_NOOP("AuditTrail", "Home region"),
    "service_number": QT_TRANSLATE_NOOP("AuditTrail", "Service number"),
    "rank": QT_TRANSLATE_NOOP("AuditTrail", "Rank"),
    "unit": QT_TRANSLATE_NOOP("AuditTrail", "Unit"),
    "captured_on": QT_TRANSLATE_NOOP("AuditTrail", "Captured on"),
    "captured_at": QT_TRANSLATE_NOOP("AuditTrail", "Captured at (where)"),
    "holding_party": QT_TRANSLATE_NOOP("AuditTrail", "Holding party"),
    "detention_place": QT_TRANSLATE_NOOP("AuditTrail", "Place of detention"),
    "icrc_number": QT_TRANSLATE_NOOP("AuditTrail", "ICRC no."),
    "evacuated_from": QT_TRANSLATE_NOOP("AuditTrail", "Evacuated from"),
    "evacuated_on": QT_TRANSLATE_NOOP("AuditTrail", "Evacuated on"),
    "current_location": QT_TRANSLATE_NOOP("AuditTrail", "Current location"),
    "evacuated_by": QT_TRANSLATE_NOOP("AuditTrail", "Evacuated by"),
    "case_number": QT_TRANSLATE_NOOP("AuditTrail", "Case number"),
    "status": QT_TRANSLATE_NOOP("AuditTrail", "Status"),
    "status_since": QT_TRANSLATE_NOOP("AuditTrail", "Status since"),
    "blocked": QT_TRANSLATE_NOOP("AuditTrail", "Blocked"),
    "blocked_reason": QT_TRANSLATE_NOOP("AuditTrail", "Block reason"),
    "blocked_note": QT_TRANSLATE_NOOP("AuditTrail", "Block note"),
    "assigned_to_id": QT_TRANSLATE_NOOP("AuditTrail", "Caseworker"),
}

FIELD_WORDS: dict[str, dict[str, str]] = {
    "person": PERSON_FIELDS,
    "contact": {
        "phone": QT_TRANSLATE_NOOP("AuditTrail", "Phone"),
        "email": QT_TRANSLATE_NOOP("AuditTrail", "E-mail"),
        "person_id": QT_TRANSLATE_NOOP("AuditTrail", "Case"),
        "consent": QT_TRANSLATE_NOOP("AuditTrail", "Consent to be contacted"),
        "share_consent": QT_TRANSLATE_NOOP("AuditTrail", "Consent to be named to the counterpart"),
    },
    "case_note": {
        "author_id": QT_TRANSLATE_NOOP("AuditTrail", "Author"),
        "person_id": QT_TRANSLATE_NOOP("AuditTrail", "Case"),
    },
    "case_review": {
        "next_review_on": QT_TRANSLATE_NOOP("AuditTrail", "Next review on"),
        "reviewed_by_id": QT_TRANSLATE_NOOP("AuditTrail", "Reviewed by"),
        "to_user_id": QT_TRANSLATE_NOOP("AuditTrail", "Sent to"),
    },
    "case_assignment": {
        "from_user_id": QT_TRANSLATE_NOOP("AuditTrail", "From"),
        "to_user_id": QT_TRANSLATE_NOOP("AuditTrail", "To"),
        "assigned_by_id": QT_TRANSLATE_NOOP("AuditTrail", "Reassigned by"),
        "person_id": QT_TRANSLATE_NOOP("AuditTrail", "Case"),
    },
    "correspondence_item": {
        "author_contact_id": QT_TRANSLATE_NOOP("AuditTrail", "Author (relative)"),
        "author_name": QT_TRANSLATE_NOOP("AuditTrail", "Author"),
        "author_relationship": QT_TRANSLATE_NOOP("AuditTrail", "Author's relationship"),
        "status_on": QT_TRANSLATE_NOOP("AuditTrail", "Status date"),
        "withheld_reason": QT_TRANSLATE_NOOP("AuditTrail", "Withheld because"),
        "logged_by_id": QT_TRANSLATE_NOOP("AuditTrail", "Logged by"),
        "person_id": QT_TRANSLATE_NOOP("AuditTrail", "Case"),
    },
    "parcel": {
        "weight_grams": QT_TRANSLATE_NOOP("AuditTrail", "Weight (g)"),
        "status_reason": QT_TRANSLATE_NOOP("AuditTrail", "Reason"),
        "created_by_id": QT_TRANSLATE_NOOP("AuditTrail", "Made up by"),
        "person_id": QT_TRANSLATE_NOOP("AuditTrail", "Case"),
    },
    "shipment": {
        "handover_on": QT_TRANSLATE_NOOP("AuditTrail", "Handover date"),
        "handed_over_org": QT_TRANSLATE_NOOP("AuditTrail", "Handed over for"),
        "received_org": QT_TRANSLATE_NOOP("AuditTrail", "Received for"),
        "receipt_file_name": QT_TRANSLATE_NOOP("AuditTrail", "Signed receipt"),
    },
    "campaign": {"target_parcels": QT_TRANSLATE_NOOP("AuditTrail", "Target (parcels)")},
    "operation_member": {"person_id": QT_TRANSLATE_NOOP("AuditTrail", "Case")},
    "user": {"username": QT_TRANSLATE_NOOP("AuditTrail", "User name")},
    "office_setting": {"key": QT_TRANSLATE_NOOP("AuditTrail", "Setting")},
    "acknowledgement": {
        "file_name": QT_TRANSLATE_NOOP("AuditTrail", "File"),
        "imported_by_id": QT_TRANSLATE_NOOP("AuditTrail", "Imported by"),
    },
    "block_reason": {
        "active": QT_TRANSLATE_NOOP("AuditTrail", "In use"),
        "shareable": QT_TRANSLATE_NOOP("AuditTrail", "Shareable with the counterpart"),
    },
    "backup_record": {
        "made_by_id": QT_TRANSLATE_NOOP("AuditTrail", "Made by"),
        "size_bytes": QT_TRANSLATE_NOOP("AuditTrail", "Size (bytes)"),
    },
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


CONTEXT = "AuditTrail"


def field_word(entity: str, name: str) -> str:
    """``Phone``, ``Status since``, ``Caseworker``: a field as the window names it."""
    known = FIELD_WORDS.get(entity, {}).get(name)
    if known is not None:
        return translate(CONTEXT, known)
    detail = key_word(name)  # a field named as an event's detail (a backup's path)
    if detail is not None:
        return detail
    words = name.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]


def entity_word(entity: str) -> str:
    known = ENTITY_WORDS.get(entity)
    return translate(CONTEXT, known) if known else entity.replace("_", " ").capitalize()


def kind_word(action: AuditAction) -> str:
    known = KIND_WORDS.get(action)
    return translate(CONTEXT, known) if known else action.label


def created_word(entity: str) -> str:
    """``Contact added``, ``Case registered``: a record made."""
    known = CREATE_WORDS.get(entity)
    if known:
        return translate(CONTEXT, known)
    return translate("AuditTrail", "{record} added").format(record=entity_word(entity))


def removed_word(entity: str) -> str:
    """``Contact removed``: a record removed."""
    known = DELETE_WORDS.get(entity)
    if known:
        return translate(CONTEXT, known)
    return translate("AuditTrail", "{record} removed").format(record=entity_word(entity))


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
    "person": QT_TRANSLATE_NOOP("AuditTrail", "Case registered"),
    "contact": QT_TRANSLATE_NOOP("AuditTrail", "Contact added"),
    "case_note": QT_TRANSLATE_NOOP("AuditTrail", "Note written"),
    "case_review": QT_TRANSLATE_NOOP("AuditTrail", "Case reviewed"),
    "case_assignment": QT_TRANSLATE_NOOP("AuditTrail", "Case reassigned"),
    "correspondence_item": QT_TRANSLATE_NOOP("AuditTrail", "Logged"),
    "parcel": QT_TRANSLATE_NOOP("AuditTrail", "Parcel made up"),
    "shipment": QT_TRANSLATE_NOOP("AuditTrail", "Shipment started"),
    "operation_member": QT_TRANSLATE_NOOP("AuditTrail", "Included in operation"),
    "user": QT_TRANSLATE_NOOP("AuditTrail", "Member of staff added"),
    "office_setting": QT_TRANSLATE_NOOP("AuditTrail", "Setting"),
    "block_reason": QT_TRANSLATE_NOOP("AuditTrail", "Block reason added"),
}
DELETE_WORDS = {
    "person": QT_TRANSLATE_NOOP("AuditTrail", "Case removed"),
    "contact": QT_TRANSLATE_NOOP("AuditTrail", "Contact removed"),
    "case_note": QT_TRANSLATE_NOOP("AuditTrail", "Note removed"),
    "correspondence_item": QT_TRANSLATE_NOOP("AuditTrail", "Removed"),
    "parcel": QT_TRANSLATE_NOOP("AuditTrail", "Parcel removed"),
    "operation_member": QT_TRANSLATE_NOOP("AuditTrail", "Taken out of operation"),
}
