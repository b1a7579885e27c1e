"""Enumerations of the domain words. Values are stored as text, so adding one needs no DDL."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A text enum with a human label (``Awaiting acceptance`` for ``awaiting_acceptance``)."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept the value or its label in any case, with spaces, hyphens or underscores."""
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return cls(key)
        except ValueError:
            names = ", ".join(m.value for m in cls)
            raise ValueError(
                f"unknown {cls.__name__}: {text!r} (expected one of {names})"
            ) from None


class Category(LabelledEnum):
    CAPTIVE = "captive"
    EVACUEE = "evacuee"

    @property
    def prefix(self) -> str:
        return {Category.CAPTIVE: "CAP", Category.EVACUEE: "EVA"}[self]


class CaseStatus(LabelledEnum):
    REGISTERED = "registered"
    # captives
    CONFIRMED = "confirmed"
    LISTED_FOR_EXCHANGE = "listed_for_exchange"
    REPATRIATED = "repatriated"
    # evacuees
    RETURN_REQUESTED = "return_requested"
    AWAITING_ACCEPTANCE = "awaiting_acceptance"
    RETURNED = "returned"
    # either
    RELEASED = "released"
    RESETTLED = "resettled"
    DECEASED = "deceased"
    CLOSED = "closed"


class StatusEventKind(LabelledEnum):
    REGISTERED = "registered"
    CHANGE = "change"
    CORRECTION = "correction"
    BLOCKED = "blocked"
    UNBLOCKED = "unblocked"


class Sex(LabelledEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class Relationship(LabelledEnum):
    WIFE = "wife"
    HUSBAND = "husband"
    MOTHER = "mother"
    FATHER = "father"
    SON = "son"
    DAUGHTER = "daughter"
    BROTHER = "brother"
    SISTER = "sister"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    PARTNER = "partner"
    OTHER_RELATIVE = "other_relative"
    FRIEND = "friend"
    LAWYER = "lawyer"
    OTHER = "other"


class Consent(LabelledEnum):
    """A relative's answer, asked separately to be contacted and to have their details shared
    with the counterpart. Not asked counts as no: only ``GIVEN`` allows anything."""

    UNKNOWN = "unknown"
    GIVEN = "given"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _CONSENT_LABELS[self]

    @property
    def allows(self) -> bool:
        """Whether the answer allows it: yes only (no and not asked do not)."""
        return self is Consent.GIVEN

    @classmethod
    def _missing_(cls, value: object) -> Consent | None:
        # "yes", "no", "not asked" (the words the forms and lists show) parse too.
        key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        return _CONSENT_WORDS.get(key)


_CONSENT_LABELS = {Consent.UNKNOWN: "Not asked", Consent.GIVEN: "Yes", Consent.REFUSED: "No"}
_CONSENT_WORDS = {"not_asked": Consent.UNKNOWN, "yes": Consent.GIVEN, "no": Consent.REFUSED}


class ItemKind(LabelledEnum):
    LETTER = "letter"
    POSTCARD = "postcard"
    DRAWING = "drawing"
    PHOTO = "photo"
    OTHER = "other"


class Direction(LabelledEnum):
    TO_PERSON = "to_person"
    FROM_PERSON = "from_person"


class ItemStatus(LabelledEnum):
    LOGGED = "logged"
    SCREENED = "screened"
    PACKED = "packed"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    RETURNED = "returned"
    WITHHELD = "withheld"


class ParcelStatus(LabelledEnum):
    ASSEMBLING = "assembling"
    PACKED = "packed"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    RETURNED = "returned"
    LOST = "lost"


class Channel(LabelledEnum):
    COUNTERPART_OMBUDSMAN = "counterpart_ombudsman"
    ICRC = "icrc"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"icrc": "ICRC"}.get(self.value, super().label)


class ShipmentStatus(LabelledEnum):
    PREPARING = "preparing"
    HANDED_OVER = "handed_over"
    CLOSED = "closed"


class OperationKind(LabelledEnum):
    EXCHANGE = "exchange"
    GROUP_RETURN = "group_return"


class OperationStatus(LabelledEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Role(LabelledEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return {Role.CASEWORKER: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}[self]


class AuditAction(LabelledEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    VIEW = "view"  # a case opened: the access log
    PRINT = "print"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    ANONYMISE = "anonymise"  # a closed case past its retention (services/cases/retention.py)
    ENCRYPT = "encrypt"  # the database file encrypted (services/core/encryption.py)
    DECRYPT = "decrypt"  # the database file made plain again


class BackupKind(LabelledEnum):
    DAILY = "daily"
    ON_DEMAND = "on_demand"
    BEFORE_RESTORE = "before_restore"


class ReviewDecision(LabelledEnum):
    KEEP_WAITING = "keep_waiting"
    ESCALATE = "escalate"
    REASSIGN = "reassign"
    CLOSE = "close"
