"""A person's relatives and next of kin."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.contact_rules import email_problem, phone_problem
from ombuds_desk.domain.enums import Consent, Relationship
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import Contact
from ombuds_desk.domain.person_rules import clean_name, clean_text
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version

_TEXT = ("phone", "email", "address", "notes")


def clean_contact(raw: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for field in ("family_name", "given_name", "patronymic"):
        values[field] = clean_name(raw.get(field))
    for field in ("family_name", "given_name"):
        if not values[field]:
            problems[field] = translate("Problems", "is required")
    for field in _TEXT:
        values[field] = clean_text(raw.get(field))
    for field, problem in (
        ("phone", phone_problem(values.get("phone"))),
        ("email", email_problem(values.get("email"))),
    ):
        if problem:
            problems[field] = problem
    try:
        values["relationship"] = Relationship.parse(str(raw.get("relationship") or ""))
    except ValueError:
        problems["relationship"] = translate("Problems", "choose a relationship")
    # Two separate answers: to be contacted, and to be named to the counterpart. Left out,
    # either is "not asked", which counts as no.
    for field in ("consent", "share_consent"):
        try:
            values[field] = Consent.parse(str(raw.get(field) or Consent.UNKNOWN))
        except ValueError:
            problems[field] = translate("Problems", "must be yes, no or not asked")
    if problems:
        raise ValidationError("", problems)
    return values


def list_contacts(session: Session, person_id: int) -> list[Contact]:
    return list(
        session.exec(
            select(Contact).where(Contact.person_id == person_id).order_by(col(Contact.id))
        )
    )


def get_contact(session: Session, contact_id: int, *, for_update: bool = False) -> Contact:
    contact = session.get(Contact, contact_id, with_for_update=for_update or None)
    if contact is None:
        raise NotFoundError(
            translate("Errors", "That contact no longer exists; it may have been removed.")
        )
    return contact


def add_contact(
    session: Session,
    actor: User,
    person_id: int,
    raw: Mapping[str, Any],
    *,
    today: date | None = None,
) -> Contact:
    require(actor, Action.EDIT_CONTACTS)
    get_person(session, person_id)
    contact = Contact(person_id=person_id, **clean_contact(raw))
    session.add(contact)
    session.flush()
    return contact


def update_contact(
    session: Session,
    actor: User,
    contact_id: int,
    raw: Mapping[str, Any],
    *,
    expected_version: int | None,
) -> Contact:
    require(actor, Action.EDIT_CONTACTS)
    contact = get_contact(session, contact_id, for_update=True)
    values = clean_contact(raw)
    check_version(contact, expected_version, "This contact")
    for key, value in values.items():
        setattr(contact, key, value)
    session.add(contact)
    session.flush()
    return contact


def remove_contact(
    session: Session, actor: User, contact_id: int, *, expected_version: int | None = None
) -> Contact:
    """Remove a contact; items they wrote keep the author's name (copied on logging)."""
    require(actor, Action.EDIT_CONTACTS)
    contact = get_contact(session, contact_id, for_update=True)
    if expected_version is not None and contact.version != expected_version:
        check_version(contact, expected_version, "This contact")
    session.delete(contact)
    session.flush()
    return contact


def restore_contact(session: Session, actor: User, snapshot: Mapping[str, Any]) -> Contact:
    """Put back a removed contact (the undo of a mistaken removal)."""
    require(actor, Action.EDIT_CONTACTS)
    fields = {
        k: v
        for k, v in snapshot.items()
        if k in Contact.model_fields and k not in ("id", "version")
    }
    contact = Contact(**fields)
    session.add(contact)
    session.flush()
    return contact
