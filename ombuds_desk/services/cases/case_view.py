"""What the case view and the edit forms read about one case, as plain dataclasses.

Read-only helpers for screens: one call gathers a case's identity, current status, contacts,
status history, notes and the review in force, so a window never walks the tables itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, Connection, Executable, Integer, bindparam
from sqlalchemy import select as core_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, Consent, Relationship, Sex
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import (
    CaseNote,
    CaseReview,
    Contact,
    Person,
    PersonBase,
    StatusEvent,
    full_name,
)
from ombuds_desk.domain.person_rules import DATE_FIELDS, shown_latin
from ombuds_desk.domain.status_rules import StalledRule, allowed_next, is_final, is_stalled
from ombuds_desk.services.cases.case_status import HistoryRow
from ombuds_desk.services.cases.notes import NoteRow
from ombuds_desk.services.cases.persons import get_person, office_latin_form
from ombuds_desk.services.cases.reviews import ReviewRecord, local_day


@dataclass(frozen=True)
class ContactRow:
    id: int
    version: int
    family_name: str
    given_name: str
    patronymic: str | None
    relationship: Relationship
    phone: str | None
    email: str | None
    address: str | None
    consent: Consent  # to be contacted
    notes: str | None
    share_consent: Consent = Consent.UNKNOWN  # to be named to the counterpart

    @property
    def name(self) -> str:
        return full_name(self.family_name, self.given_name, self.patronymic)


@dataclass(frozen=True)
class CaseDetails:
    """One case as the case view shows it; dates of birth etc. already in display form."""

    id: int
    version: int
    case_number: str
    category: Category
    name: str
    latin_name: str
    sex: Sex
    status: CaseStatus
    status_since: date
    days_in_status: int
    stalled: bool
    final: bool
    blocked: bool
    blocked_reason: str | None
    blocked_note: str | None
    assigned_to: str
    next_statuses: list[CaseStatus]
    # Field name → display text, for every PersonBase field that has a value.
    facts: dict[str, str] = field(default_factory=dict)
    contacts: list[ContactRow] = field(default_factory=list)
    history: list[HistoryRow] = field(default_factory=list)
    notes: list[NoteRow] = field(default_factory=list)
    # The latest review while it is in force: the header shows the decision to the caseworker.
    review: ReviewRecord | None = None


@dataclass(frozen=True)
class PersonForm:
    """An existing person's editable fields as a form shows them (dates as typed)."""

    id: int
    version: int
    case_number: str
    category: Category
    values: dict[str, str]


def _display(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in DATE_FIELDS:
        return display_iso(str(value))
    if isinstance(value, Sex | Category):
        return value.label
    return str(value)


def contact_row(contact: Contact) -> ContactRow:
    return ContactRow(
        id=contact.id or 0,
        version=contact.version,
        family_name=contact.family_name,
        given_name=contact.given_name,
        patronymic=contact.patronymic,
        relationship=contact.relationship,
        phone=contact.phone,
        email=contact.email,
        address=contact.address,
        consent=contact.consent,
        notes=contact.notes,
        share_consent=contact.share_consent,
    )


def contact_snapshot(contact: Contact) -> dict[str, Any]:
    """Everything needed to put a removed contact back (``contacts.restore_contact``)."""
    return contact.model_dump(exclude={"id", "version"})


# What the case view reads, as plain rows: statements made once, each a few rows by the
# case's id. Building ORM objects (and each service's statement) for every part of a case
# cost most of the time of opening one; the rows and their order are the services' own
# (``case_status.status_history``, ``notes.list_notes``, ``contacts.list_contacts``,
# ``reviews.current_review``), which tests/services/cases/test_case_view.py checks.
# The case a statement below reads (``read_for_case`` binds it); the Mail tab's reads use it too.
CASE_ID: BindParameter[int] = bindparam("person_id", type_=Integer)
_PERSON_FIELDS = tuple(PersonBase.model_fields)
_PERSON_READ = (
    core_select(
        *(col(getattr(Person, name)) for name in _PERSON_FIELDS),
        col(Person.version),
        col(Person.case_number),
        col(Person.status),
        col(Person.status_since),
        col(Person.blocked),
        col(Person.blocked_reason),
        col(Person.blocked_note),
        col(Person.assigned_to_id),
        col(User.full_name),
    )
    .select_from(Person)
    .join(User, col(User.id) == col(Person.assigned_to_id), isouter=True)
    .where(col(Person.id) == CASE_ID)
)
_CONTACTS_READ = (
    core_select(
        col(Contact.id),
        col(Contact.version),
        col(Contact.family_name),
        col(Contact.given_name),
        col(Contact.patronymic),
        col(Contact.relationship),
        col(Contact.phone),
        col(Contact.email),
        col(Contact.address),
        col(Contact.consent),
        col(Contact.notes),
        col(Contact.share_consent),
    )
    .where(col(Contact.person_id) == CASE_ID)
    .order_by(col(Contact.id))
)
_HISTORY_READ = (
    core_select(
        col(StatusEvent.effective_on),
        col(StatusEvent.kind),
        col(StatusEvent.from_status),
        col(StatusEvent.to_status),
        col(StatusEvent.reason),
        col(StatusEvent.blocked_reason),
        col(StatusEvent.recorded_at),
        col(User.full_name),
        col(StatusEvent.operation_id),
    )
    .select_from(StatusEvent)
    .join(User, col(User.id) == col(StatusEvent.recorded_by_id), isouter=True)
    .where(col(StatusEvent.person_id) == CASE_ID)
    .order_by(col(StatusEvent.effective_on).desc(), col(StatusEvent.id).desc())
)
_NOTES_READ = (
    core_select(col(CaseNote.id), col(CaseNote.text), col(User.full_name), col(CaseNote.created_at))
    .select_from(CaseNote)
    .join(User, col(User.id) == col(CaseNote.author_id), isouter=True)
    .where(col(CaseNote.person_id) == CASE_ID)
    .order_by(col(CaseNote.created_at).desc(), col(CaseNote.id).desc())
)
_REVIEWER, _RECIPIENT = aliased(User), aliased(User)
_LATEST_REVIEW_READ = (
    core_select(
        col(CaseReview.id),
        col(CaseReview.decision),
        col(CaseReview.note),
        col(CaseReview.next_review_on),
        col(CaseReview.reviewed_at),
        col(_REVIEWER.full_name),
        col(_RECIPIENT.full_name),
        col(CaseReview.to_user_id),
    )
    .select_from(CaseReview)
    .join(_REVIEWER, col(_REVIEWER.id) == col(CaseReview.reviewed_by_id), isouter=True)
    .join(_RECIPIENT, col(_RECIPIENT.id) == col(CaseReview.to_user_id), isouter=True)
    .where(col(CaseReview.person_id) == CASE_ID)
    .order_by(col(CaseReview.id).desc())
    .limit(1)
)


def read_for_case(connection: Connection, statement: Executable, person_id: int) -> list[Any]:
    """The rows of one of the statements above for the case, as plain tuples."""
    return [tuple(row) for row in connection.execute(statement, {"person_id": person_id})]


def _latest_review(connection: Connection, person_id: int, today: date) -> ReviewRecord | None:
    """The case's latest review while it is in force (``reviews.current_review``)."""
    rows = read_for_case(connection, _LATEST_REVIEW_READ, person_id)
    if not rows:
        return None
    review_id, decision, note, next_review_on, reviewed_at, by, to, to_id = rows[0]
    review = ReviewRecord(
        id=review_id,
        person_id=person_id,
        decision=decision,
        note=note,
        next_review_on=next_review_on,
        reviewed_on=local_day(reviewed_at),
        reviewer=by or "—",
        recipient=to,
        recipient_id=to_id,
    )
    return review if review.is_current(today) else None


def case_details(
    session: Session, person_id: int, *, today: date, threshold_days: StalledRule | int
) -> CaseDetails:
    """The whole case for the case view; raises NotFoundError when it is gone."""
    connection = session.connection()
    latin_form = office_latin_form(session)
    found = read_for_case(connection, _PERSON_READ, person_id)
    if not found:
        raise NotFoundError(
            translate("Errors", "No case with id {id}; it may have been merged or removed.").format(
                id=person_id
            )
        )
    row = found[0]
    fields = dict(zip(_PERSON_FIELDS, row[: len(_PERSON_FIELDS)], strict=True))
    (
        version,
        case_number,
        status,
        status_since,
        blocked,
        blocked_reason,
        blocked_note,
        assigned_to_id,
        assigned,
    ) = row[len(_PERSON_FIELDS) :]
    if assigned_to_id is not None and assigned is None:
        raise NotFoundError(translate("Errors", "No user with id {id}.").format(id=assigned_to_id))
    category: Category = fields["category"]
    facts = {
        name: _display(name, value) for name, value in fields.items() if value not in (None, "")
    }
    final = is_final(status)
    return CaseDetails(
        id=person_id,
        version=version,
        case_number=case_number,
        category=category,
        name=full_name(fields["family_name"], fields["given_name"], fields["patronymic"]),
        latin_name=full_name(
            *(
                shown_latin(fields[name], fields[f"{name}_latin"], latin_form)
                for name in ("family_name", "given_name", "patronymic")
            )
        ),
        sex=fields["sex"],
        status=status,
        status_since=status_since,
        days_in_status=(today - status_since).days,
        stalled=is_stalled(status, blocked, status_since, today, threshold_days, category=category),
        final=final,
        blocked=blocked,
        blocked_reason=blocked_reason,
        blocked_note=blocked_note,
        assigned_to=assigned or "",
        next_statuses=allowed_next(category, status),
        facts=facts,
        contacts=[ContactRow(*r) for r in read_for_case(connection, _CONTACTS_READ, person_id)],
        history=[
            HistoryRow(
                effective_on=effective_on,
                kind=kind,
                from_status=from_status,
                to_status=to_status,
                reason=reason,
                blocked_reason=blocked,
                recorded_at=recorded_at,
                recorded_by=name or "—",
                operation_id=operation_id,
            )
            for (
                effective_on,
                kind,
                from_status,
                to_status,
                reason,
                blocked,
                recorded_at,
                name,
                operation_id,
            ) in read_for_case(connection, _HISTORY_READ, person_id)
        ],
        notes=[
            NoteRow(id=note_id, text=text, author=name or "—", created_at=created_at)
            for note_id, text, name, created_at in read_for_case(connection, _NOTES_READ, person_id)
        ],
        review=None if final else _latest_review(connection, person_id, today),
    )


def person_form(session: Session, person_id: int) -> PersonForm:
    """The values an edit form starts from, with partial dates shown as users type them."""
    person = get_person(session, person_id)
    values = {
        name: _display(name, getattr(person, name))
        for name in PersonBase.model_fields
        if name not in ("category", "sex")
    }
    values["sex"] = person.sex.value
    return PersonForm(
        id=person_id,
        version=person.version,
        case_number=person.case_number,
        category=person.category,
        values=values,
    )
