"""Every table, importable from one place so that ``SQLModel.metadata`` is complete."""

from ombuds_desk.domain.accounts import AuditEntry, AuditHead, BackupRecord, OfficeSetting, User
from ombuds_desk.domain.mail import (
    Acknowledgement,
    AcknowledgementLine,
    Campaign,
    CorrespondenceItem,
    MailEvent,
    Parcel,
    Shipment,
)
from ombuds_desk.domain.operations import Operation, OperationMember
from ombuds_desk.domain.people import (
    BlockReason,
    CaseAssignment,
    CaseNote,
    CaseReview,
    Contact,
    ContactBase,
    Person,
    PersonBase,
    PersonNameKey,
    StatusEvent,
)

__all__ = [
    "Acknowledgement",
    "AcknowledgementLine",
    "AuditEntry",
    "AuditHead",
    "BackupRecord",
    "BlockReason",
    "Campaign",
    "CaseAssignment",
    "CaseNote",
    "CaseReview",
    "Contact",
    "ContactBase",
    "CorrespondenceItem",
    "MailEvent",
    "OfficeSetting",
    "Operation",
    "OperationMember",
    "Parcel",
    "Person",
    "PersonBase",
    "PersonNameKey",
    "Shipment",
    "StatusEvent",
    "User",
]
