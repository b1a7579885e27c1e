"""What the case view and the edit forms read about one case, as plain dataclasses.

Read-only helpers for screens: one call gathers a case's identity, current status, contacts,
status history, notes and the review in force, so a window never walks the tables itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from ombuds_desk.domain.enums import CaseStatus, Category, Consent, Relationship, Sex
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import Contact, Person, PersonBase, full_name
from ombuds_desk.domain.person_rules import DATE_FIELDS
from ombuds_desk.domain.status_rules import StalledRule, allowed_next, is_final, is_stalled
from ombuds_desk.services.cases.case_status import HistoryRow, status_history
from ombuds_desk.services.cases.contacts import list_contacts
from ombuds_desk.services.cases.notes import NoteRow, list_notes
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.cases.reviews import ReviewRecord, current_review
from ombuds_desk.services.core.users import get_user


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
    consent: Consent
    notes: str | None

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
    )


def contact_snapshot(contact: Contact) -> dict[str, Any]:
    """Everything needed to put a removed contact back (``contacts.restore_contact``)."""
    return contact.model_dump(exclude={"id", "version"})


def case_details(
    session: Session, person_id: int, *, today: date, threshold_days: StalledRule | int
) -> CaseDetails:
    """The whole case for the case view; raises NotFoundError when it is gone."""
    person: Person = get_person(session, person_id)
    assigned = ""
    if person.assigned_to_id is not None:
        assigned = get_user(session, person.assigned_to_id).full_name
    facts = {
        name: _display(name, getattr(person, name))
        for name in PersonBase.model_fields
        if getattr(person, name) not in (None, "")
    }
    return CaseDetails(
        id=person_id,
        version=person.version,
        case_number=person.case_number,
        category=person.category,
        name=person.full_name,
        latin_name=person.latin_full_name,
        sex=person.sex,
        status=person.status,
        status_since=person.status_since,
        days_in_status=(today - person.status_since).days,
        stalled=is_stalled(
            person.status,
            person.blocked,
            person.status_since,
            today,
            threshold_days,
            category=person.category,
        ),
        final=is_final(person.status),
        blocked=person.blocked,
        blocked_reason=person.blocked_reason,
        blocked_note=person.blocked_note,
        assigned_to=assigned,
        next_statuses=allowed_next(person.category, person.status),
        facts=facts,
        contacts=[contact_row(c) for c in list_contacts(session, person_id)],
        history=status_history(session, person_id),
        notes=list_notes(session, person_id),
        review=None if is_final(person.status) else current_review(session, person_id, today=today),
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
