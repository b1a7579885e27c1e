"""Enumerations of the domain words. Values are stored as text, so adding one needs no DDL.

Each enum's labels are written out in a table at the end of this module, marked for the
translators with ``QT_TRANSLATE_NOOP`` in the enum's own context ("CaseStatus", "ItemStatus"),
so one English word can read differently by what it describes (a case "Returned" is a person,
an item "Returned" a thing: Russian and Ukrainian agree the word with it). ``label`` is the
word in the reader's language; ``source_label`` the English one, for what is stored or
exported and must not change with the interface.
"""

from __future__ import annotations

from enum import StrEnum

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, in_every_language, translate


def _key(text: str) -> str:
    """A typed word made comparable: case, spaces, hyphens, apostrophes and ё do not count."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_").replace("ё", "е")
    return key.replace("’", "'").replace("ʼ", "'")


class LabelledEnum(StrEnum):
    """A text enum with a human label (``Awaiting acceptance`` for ``awaiting_acceptance``)."""

    @property
    def source_label(self) -> str:
        """The label in English, as written in the table below (stored data, exports, logs)."""
        table = _LABELS.get(type(self), {})
        return table.get(self.value) or self.value.replace("_", " ").capitalize()

    @property
    def label(self) -> str:
        """The label in the reader's language."""
        return translate(type(self).__name__, self.source_label)

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept the value or its label in any case, with spaces, hyphens or underscores,
        in English, Russian or Ukrainian (what people type into a form or an imported list)."""
        key = _key(text)
        try:
            return cls(key)
        except ValueError:
            pass
        for member in cls:
            labels = in_every_language(cls.__name__, member.source_label)
            if key in {_key(label) for label in labels}:
                return member
        names = ", ".join(m.value for m in cls)
        raise ValueError(f"unknown {cls.__name__}: {text!r} (expected one of {names})")


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
    def allows(self) -> bool:
        """Whether the answer allows it: yes only (no and not asked do not)."""
        return self is Consent.GIVEN

    @classmethod
    def _missing_(cls, value: object) -> Consent | None:
        # "yes", "no", "not asked" (the words the forms and lists show) parse too.
        key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        return _CONSENT_WORDS.get(key)


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


# The labels, in English, marked for the translators in each enum's own context.
_LABELS: dict[type[LabelledEnum], dict[str, str]] = {}


def _table(enum: type[LabelledEnum], labels: dict[LabelledEnum, str]) -> None:
    assert set(labels) == set(enum), f"{enum.__name__}: a member without a label"
    _LABELS[enum] = {member.value: label for member, label in labels.items()}


_table(
    Category,
    {
        Category.CAPTIVE: QT_TRANSLATE_NOOP("Category", "Captive"),
        Category.EVACUEE: QT_TRANSLATE_NOOP("Category", "Evacuee"),
    },
)
_table(
    CaseStatus,
    {
        CaseStatus.REGISTERED: QT_TRANSLATE_NOOP("CaseStatus", "Registered"),
        CaseStatus.CONFIRMED: QT_TRANSLATE_NOOP("CaseStatus", "Confirmed"),
        CaseStatus.LISTED_FOR_EXCHANGE: QT_TRANSLATE_NOOP("CaseStatus", "Listed for exchange"),
        CaseStatus.REPATRIATED: QT_TRANSLATE_NOOP("CaseStatus", "Repatriated"),
        CaseStatus.RETURN_REQUESTED: QT_TRANSLATE_NOOP("CaseStatus", "Return requested"),
        CaseStatus.AWAITING_ACCEPTANCE: QT_TRANSLATE_NOOP("CaseStatus", "Awaiting acceptance"),
        CaseStatus.RETURNED: QT_TRANSLATE_NOOP("CaseStatus", "Returned"),
        CaseStatus.RELEASED: QT_TRANSLATE_NOOP("CaseStatus", "Released"),
        CaseStatus.RESETTLED: QT_TRANSLATE_NOOP("CaseStatus", "Resettled"),
        CaseStatus.DECEASED: QT_TRANSLATE_NOOP("CaseStatus", "Deceased"),
        CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseStatus", "Closed"),
    },
)
_table(
    StatusEventKind,
    {
        StatusEventKind.REGISTERED: QT_TRANSLATE_NOOP("StatusEventKind", "Registered"),
        StatusEventKind.CHANGE: QT_TRANSLATE_NOOP("StatusEventKind", "Change"),
        StatusEventKind.CORRECTION: QT_TRANSLATE_NOOP("StatusEventKind", "Correction"),
        StatusEventKind.BLOCKED: QT_TRANSLATE_NOOP("StatusEventKind", "Blocked"),
        StatusEventKind.UNBLOCKED: QT_TRANSLATE_NOOP("StatusEventKind", "Unblocked"),
    },
)
_table(
    Sex,
    {
        Sex.MALE: QT_TRANSLATE_NOOP("Sex", "Male"),
        Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "Female"),
        Sex.UNKNOWN: QT_TRANSLATE_NOOP("Sex", "Unknown"),
    },
)
_table(
    Relationship,
    {
        Relationship.WIFE: QT_TRANSLATE_NOOP("Relationship", "Wife"),
        Relationship.HUSBAND: QT_TRANSLATE_NOOP("Relationship", "Husband"),
        Relationship.MOTHER: QT_TRANSLATE_NOOP("Relationship", "Mother"),
        Relationship.FATHER: QT_TRANSLATE_NOOP("Relationship", "Father"),
        Relationship.SON: QT_TRANSLATE_NOOP("Relationship", "Son"),
        Relationship.DAUGHTER: QT_TRANSLATE_NOOP("Relationship", "Daughter"),
        Relationship.BROTHER: QT_TRANSLATE_NOOP("Relationship", "Brother"),
        Relationship.SISTER: QT_TRANSLATE_NOOP("Relationship", "Sister"),
        Relationship.GRANDPARENT: QT_TRANSLATE_NOOP("Relationship", "Grandparent"),
        Relationship.GRANDCHILD: QT_TRANSLATE_NOOP("Relationship", "Grandchild"),
        Relationship.PARTNER: QT_TRANSLATE_NOOP("Relationship", "Partner"),
        Relationship.OTHER_RELATIVE: QT_TRANSLATE_NOOP("Relationship", "Other relative"),
        Relationship.FRIEND: QT_TRANSLATE_NOOP("Relationship", "Friend"),
        Relationship.LAWYER: QT_TRANSLATE_NOOP("Relationship", "Lawyer"),
        Relationship.OTHER: QT_TRANSLATE_NOOP("Relationship", "Other"),
    },
)
_table(
    Consent,
    {
        Consent.UNKNOWN: QT_TRANSLATE_NOOP("Consent", "Not asked"),
        Consent.GIVEN: QT_TRANSLATE_NOOP("Consent", "Yes"),
        Consent.REFUSED: QT_TRANSLATE_NOOP("Consent", "No"),
    },
)
_table(
    ItemKind,
    {
        ItemKind.LETTER: QT_TRANSLATE_NOOP("ItemKind", "Letter"),
        ItemKind.POSTCARD: QT_TRANSLATE_NOOP("ItemKind", "Postcard"),
        ItemKind.DRAWING: QT_TRANSLATE_NOOP("ItemKind", "Drawing"),
        ItemKind.PHOTO: QT_TRANSLATE_NOOP("ItemKind", "Photo"),
        ItemKind.OTHER: QT_TRANSLATE_NOOP("ItemKind", "Other"),
    },
)
_table(
    Direction,
    {
        Direction.TO_PERSON: QT_TRANSLATE_NOOP("Direction", "To person"),
        Direction.FROM_PERSON: QT_TRANSLATE_NOOP("Direction", "From person"),
    },
)
_table(
    ItemStatus,
    {
        ItemStatus.LOGGED: QT_TRANSLATE_NOOP("ItemStatus", "Logged"),
        ItemStatus.SCREENED: QT_TRANSLATE_NOOP("ItemStatus", "Screened"),
        ItemStatus.PACKED: QT_TRANSLATE_NOOP("ItemStatus", "Packed"),
        ItemStatus.DISPATCHED: QT_TRANSLATE_NOOP("ItemStatus", "Dispatched"),
        ItemStatus.DELIVERED: QT_TRANSLATE_NOOP("ItemStatus", "Delivered"),
        ItemStatus.RETURNED: QT_TRANSLATE_NOOP("ItemStatus", "Returned"),
        ItemStatus.WITHHELD: QT_TRANSLATE_NOOP("ItemStatus", "Withheld"),
    },
)
_table(
    ParcelStatus,
    {
        ParcelStatus.ASSEMBLING: QT_TRANSLATE_NOOP("ParcelStatus", "Assembling"),
        ParcelStatus.PACKED: QT_TRANSLATE_NOOP("ParcelStatus", "Packed"),
        ParcelStatus.DISPATCHED: QT_TRANSLATE_NOOP("ParcelStatus", "Dispatched"),
        ParcelStatus.DELIVERED: QT_TRANSLATE_NOOP("ParcelStatus", "Delivered"),
        ParcelStatus.RETURNED: QT_TRANSLATE_NOOP("ParcelStatus", "Returned"),
        ParcelStatus.LOST: QT_TRANSLATE_NOOP("ParcelStatus", "Lost"),
    },
)
_table(
    Channel,
    {
        Channel.COUNTERPART_OMBUDSMAN: QT_TRANSLATE_NOOP("Channel", "Counterpart ombudsman"),
        Channel.ICRC: QT_TRANSLATE_NOOP("Channel", "ICRC"),
        Channel.OTHER: QT_TRANSLATE_NOOP("Channel", "Other"),
    },
)
_table(
    ShipmentStatus,
    {
        ShipmentStatus.PREPARING: QT_TRANSLATE_NOOP("ShipmentStatus", "Preparing"),
        ShipmentStatus.HANDED_OVER: QT_TRANSLATE_NOOP("ShipmentStatus", "Handed over"),
        ShipmentStatus.CLOSED: QT_TRANSLATE_NOOP("ShipmentStatus", "Closed"),
    },
)
_table(
    OperationKind,
    {
        OperationKind.EXCHANGE: QT_TRANSLATE_NOOP("OperationKind", "Exchange"),
        OperationKind.GROUP_RETURN: QT_TRANSLATE_NOOP("OperationKind", "Group return"),
    },
)
_table(
    OperationStatus,
    {
        OperationStatus.PLANNED: QT_TRANSLATE_NOOP("OperationStatus", "Planned"),
        OperationStatus.COMPLETED: QT_TRANSLATE_NOOP("OperationStatus", "Completed"),
        OperationStatus.CANCELLED: QT_TRANSLATE_NOOP("OperationStatus", "Cancelled"),
    },
)
_table(
    Role,
    {
        Role.CASEWORKER: QT_TRANSLATE_NOOP("Role", "Caseworker"),
        Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
        Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Admin"),
    },
)
_table(
    AuditAction,
    {
        AuditAction.CREATE: QT_TRANSLATE_NOOP("AuditAction", "Create"),
        AuditAction.UPDATE: QT_TRANSLATE_NOOP("AuditAction", "Update"),
        AuditAction.DELETE: QT_TRANSLATE_NOOP("AuditAction", "Delete"),
        AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("AuditAction", "Sign in"),
        AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditAction", "Sign in failed"),
        AuditAction.VIEW: QT_TRANSLATE_NOOP("AuditAction", "View"),
        AuditAction.PRINT: QT_TRANSLATE_NOOP("AuditAction", "Print"),
        AuditAction.EXPORT: QT_TRANSLATE_NOOP("AuditAction", "Export"),
        AuditAction.BACKUP: QT_TRANSLATE_NOOP("AuditAction", "Backup"),
        AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditAction", "Restore"),
        AuditAction.ANONYMISE: QT_TRANSLATE_NOOP("AuditAction", "Anonymise"),
        AuditAction.ENCRYPT: QT_TRANSLATE_NOOP("AuditAction", "Encrypt"),
        AuditAction.DECRYPT: QT_TRANSLATE_NOOP("AuditAction", "Decrypt"),
    },
)
_table(
    BackupKind,
    {
        BackupKind.DAILY: QT_TRANSLATE_NOOP("BackupKind", "Daily"),
        BackupKind.ON_DEMAND: QT_TRANSLATE_NOOP("BackupKind", "On demand"),
        BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupKind", "Before restore"),
    },
)
_table(
    ReviewDecision,
    {
        ReviewDecision.KEEP_WAITING: QT_TRANSLATE_NOOP("ReviewDecision", "Keep waiting"),
        ReviewDecision.ESCALATE: QT_TRANSLATE_NOOP("ReviewDecision", "Escalate"),
        ReviewDecision.REASSIGN: QT_TRANSLATE_NOOP("ReviewDecision", "Reassign"),
        ReviewDecision.CLOSE: QT_TRANSLATE_NOOP("ReviewDecision", "Close"),
    },
)
