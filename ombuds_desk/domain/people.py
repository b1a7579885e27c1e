"""Tables of a case: the person, their relatives, their status history and notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, Text, UniqueConstraint, text

from ombuds_desk.domain.column_types import EnumText, utcnow
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Consent,
    Relationship,
    ReviewDecision,
    Sex,
    StatusEventKind,
)
from ombuds_desk.domain.table_base import Field, SQLModel


def full_name(*parts: str | None) -> str:
    """Name parts (family, given, patronymic) as one line, empty parts left out."""
    return " ".join(filter(None, parts))  # no generator: lists call this for every row


class PersonBase(SQLModel):
    """What a caseworker types about a person; shared by the table and the forms."""

    category: Category = Field(sa_type=EnumText(Category))
    family_name: str = Field(max_length=120)
    given_name: str = Field(max_length=120)
    patronymic: str | None = Field(default=None, max_length=120)
    family_name_latin: str | None = Field(default=None, max_length=120)
    given_name_latin: str | None = Field(default=None, max_length=120)
    patronymic_latin: str | None = Field(default=None, max_length=120)
    # Partial dates are ISO text: "1985", "1985-03" or "1985-03-14".
    date_of_birth: str | None = Field(default=None, max_length=10)
    sex: Sex = Field(default=Sex.UNKNOWN, sa_type=EnumText(Sex))
    citizenship: str | None = Field(default=None, max_length=80)
    home_region: str | None = Field(default=None, max_length=120)
    # captives
    service_number: str | None = Field(default=None, max_length=60, index=True)
    rank: str | None = Field(default=None, max_length=80)
    unit: str | None = Field(default=None, max_length=160)
    captured_on: str | None = Field(default=None, max_length=10)
    captured_at: str | None = Field(default=None, max_length=160)
    holding_party: str | None = Field(default=None, max_length=120)
    detention_place: str | None = Field(default=None, max_length=200)
    icrc_number: str | None = Field(default=None, max_length=60, index=True)
    # evacuees
    evacuated_from: str | None = Field(default=None, max_length=160)
    evacuated_on: str | None = Field(default=None, max_length=10)
    current_location: str | None = Field(default=None, max_length=200)
    evacuated_by: str | None = Field(default=None, max_length=160)

    @property
    def full_name(self) -> str:
        """Family, given and patronymic as written."""
        return full_name(self.family_name, self.given_name, self.patronymic)

    @property
    def latin_full_name(self) -> str:
        return full_name(self.family_name_latin, self.given_name_latin, self.patronymic_latin)


# The partial index of the deferred cases (migration 0009), the same on both back ends.
DEFERRED_INDEX = "ix_person_count_deferred"
DEFERRED_WHERE = "deferred_until IS NOT NULL"


class Person(PersonBase, table=True):
    """The subject of one case."""

    __table_args__ = (
        UniqueConstraint("category", "case_year", "case_seq", name="uq_person_case_seq"),
        Index("ix_person_status_since", "status", "status_since"),
        # Covers the stalled condition and the queue's filters, so that the queue reads this
        # small index rather than every (wide) person row.
        Index(
            "ix_person_stalled",
            "status",
            "category",
            "blocked",
            "status_since",
            "assigned_to_id",
        ),
        # The day each case counts as stalled (kept on every save): "stalled today" is one
        # range on this index, which also covers the queue's filters and every column it
        # sorts on (the last review's date apart).
        Index(
            "ix_person_stalled_on",
            "stalled_on",
            "status_since",
            "category",
            "status",
            "blocked",
            "assigned_to_id",
            "deferred_until",
            "case_number",
            "sort_name",
        ),
        # The dashboard's counts, each a count of ranges of one of these (migration 0009,
        # services/workflow/stalled_counts.py): the figure's groups, then the stalled day.
        Index(
            "ix_person_count_status", "blocked", "category", "status", "stalled_on", "status_since"
        ),
        Index("ix_person_count_reason", "blocked", "blocked_reason", "stalled_on"),
        Index("ix_person_count_caseworker", "assigned_to_id", "stalled_on"),
        # Only the few cases a review deferred: so small that the planner takes it for them.
        # Its PostgreSQL WHERE is declared with the first PostgreSQL engine
        # (declare_postgresql_where).
        Index(
            DEFERRED_INDEX,
            "deferred_until",
            "stalled_on",
            "assigned_to_id",
            sqlite_where=text(DEFERRED_WHERE),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    case_number: str = Field(max_length=20, unique=True)
    case_year: int
    case_seq: int
    status: CaseStatus = Field(default=CaseStatus.REGISTERED, sa_type=EnumText(CaseStatus))
    status_since: date
    blocked: bool = Field(default=False, index=True)
    # Derived on every save from the status, its date, the block and the office's thresholds
    # (services/core/stalled_dates.py); None while final.
    stalled_on: date | None = Field(default=None)
    # The latest next-review date of its reviews: out of the review queue until then. Kept
    # on every save of a review (services/core/stalled_dates.py).
    deferred_until: date | None = Field(default=None)
    blocked_reason: str | None = Field(default=None, max_length=200)
    blocked_note: str | None = Field(default=None, sa_type=Text)
    assigned_to_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    # Derived on every save (domain/collation.py and domain/name_keys.py).
    sort_name: str = Field(default="", max_length=240, index=True)
    birth_year: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Set when the case was anonymised at the end of its retention (services/cases/retention.py).
    anonymised_at: datetime | None = Field(default=None)


class PersonNameKey(SQLModel, table=True):
    """One search key of one word of a person's names (see ``domain/name_keys.py``)."""

    __tablename__ = "person_name_key"
    __table_args__ = (Index("ix_person_name_key_key", "key", "person_id"),)

    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    key: str = Field(max_length=120, primary_key=True)


class ContactBase(SQLModel):
    family_name: str = Field(max_length=120)
    given_name: str = Field(max_length=120)
    patronymic: str | None = Field(default=None, max_length=120)
    relationship: Relationship = Field(sa_type=EnumText(Relationship))
    phone: str | None = Field(default=None, max_length=60)
    email: str | None = Field(default=None, max_length=120)
    address: str | None = Field(default=None, sa_type=Text)
    # Consent to be contacted by the office.
    consent: Consent = Field(default=Consent.UNKNOWN, sa_type=EnumText(Consent))
    # Consent to have their name and relationship given to the counterpart (migration 0007):
    # only a yes puts the relative on a counterpart document.
    share_consent: Consent = Field(default=Consent.UNKNOWN, sa_type=EnumText(Consent))
    notes: str | None = Field(default=None, sa_type=Text)


class Contact(ContactBase, table=True):
    """A relative or next of kin of a person."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)


class StatusEvent(SQLModel, table=True):
    """One row of a case's status history: a change, correction, block or unblock."""

    __tablename__ = "status_event"
    # The dashboard's completions per month: one range per status, kind and month (0009);
    # a case's first event, its registration, for the no-news list's silences (0010).
    __table_args__ = (
        Index("ix_status_event_completed", "to_status", "kind", "effective_on"),
        Index("ix_status_event_first", "person_id", "effective_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    kind: StatusEventKind = Field(sa_type=EnumText(StatusEventKind))
    from_status: CaseStatus | None = Field(default=None, sa_type=EnumText(CaseStatus))
    to_status: CaseStatus = Field(sa_type=EnumText(CaseStatus))
    effective_on: date
    reason: str | None = Field(default=None, sa_type=Text)
    blocked_reason: str | None = Field(default=None, max_length=200)
    operation_id: int | None = Field(default=None, foreign_key="operation.id")
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by_id: int | None = Field(default=None, foreign_key="user.id")


class CaseNote(SQLModel, table=True):
    """A free-text note on a case."""

    __tablename__ = "case_note"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    text: str = Field(sa_type=Text)
    author_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow)


class CaseReview(SQLModel, table=True):
    """A supervisor's review of a stalled case; hides it from the queue until the next date."""

    __tablename__ = "case_review"
    # Answers "is a review deferring this case?" from the index alone, once per queued case.
    __table_args__ = (Index("ix_case_review_next_review", "person_id", "next_review_on"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    decision: ReviewDecision = Field(sa_type=EnumText(ReviewDecision))
    note: str | None = Field(default=None, sa_type=Text)
    next_review_on: date | None = None
    reviewed_at: datetime = Field(default_factory=utcnow)
    reviewed_by_id: int | None = Field(default=None, foreign_key="user.id")
    # Whom the decision sends the case to: the supervisor or colleague an escalation goes to
    # (required then), or the caseworker a reassignment hands it to.
    to_user_id: int | None = Field(default=None, foreign_key="user.id")


class CaseAssignment(SQLModel, table=True):
    """A case handed to another caseworker, by whom and why (on review, from the Cases list
    or from a workload); the new caseworker finds it on their My work page."""

    __tablename__ = "case_assignment"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    from_user_id: int | None = Field(default=None, foreign_key="user.id")
    to_user_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    reason: str = Field(sa_type=Text)
    assigned_at: datetime = Field(default_factory=utcnow)
    assigned_by_id: int | None = Field(default=None, foreign_key="user.id")


class BlockReason(SQLModel, table=True):
    """A reason a case can be blocked for; the office extends the list."""

    __tablename__ = "block_reason"

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(max_length=200, unique=True)
    active: bool = True
    # May the reason be printed for the counterpart (migration 0007)? Internal unless the
    # office says so; a standard reason the office has not marked has no row here.
    shareable: bool = False


def declare_postgresql_where() -> None:
    """Give the deferred cases' index its ``postgresql_where`` (as migration 0009 made it), for
    the DDL and the schema comparison on PostgreSQL; ``store/engine.py`` calls it when it makes
    a PostgreSQL engine. It is not declared with the index: SQLAlchemy checks a dialect's
    argument by loading that dialect, and the whole PostgreSQL dialect (with its asyncpg,
    psycopg and pg8000 drivers' modules) was loaded at every start, on SQLite too."""
    table = Person.__table__  # type: ignore[attr-defined]
    index = next(i for i in table.indexes if i.name == DEFERRED_INDEX)
    if index.dialect_options["postgresql"]["where"] is None:
        index.dialect_kwargs["postgresql_where"] = text(DEFERRED_WHERE)
