"""A person's relatives: add, edit, remove, and put back."""

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.contact_rules import PHONE_CHARACTERS_PROBLEM, PHONE_SHORT_PROBLEM
from ombuds_desk.domain.enums import Consent, Relationship
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import register

WIFE = {
    "family_name": "Ґонта",
    "given_name": "Їрина",
    "relationship": "wife",
    "phone": "+380 67 000 00 00",
    "consent": "given",
}


def test_add_edit_remove_restore(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today)
    assert person.id is not None
    with unit_of_work(db, caseworker) as session:
        wife = contacts.add_contact(session, caseworker, person.id, WIFE)
        assert wife.id is not None
    assert wife.relationship is Relationship.WIFE
    with unit_of_work(db, caseworker) as session:
        edited = contacts.update_contact(
            session, caseworker, wife.id, {**WIFE, "email": "iryna@example.org"}, expected_version=1
        )
    assert edited.email == "iryna@example.org" and edited.version == 2
    with pytest.raises(EditConflictError), unit_of_work(db, caseworker) as session:
        contacts.update_contact(session, caseworker, wife.id, WIFE, expected_version=1)
    snapshot = edited.model_dump()
    with unit_of_work(db, caseworker) as session:
        contacts.remove_contact(session, caseworker, wife.id)
    with db.reading() as session:
        assert contacts.list_contacts(session, person.id) == []
    with unit_of_work(db, caseworker) as session:
        contacts.restore_contact(session, caseworker, snapshot)
    with db.reading() as session:
        restored = contacts.list_contacts(session, person.id)
    assert [(c.family_name, c.given_name, c.email) for c in restored] == [
        ("Ґонта", "Їрина", "iryna@example.org")
    ]


def test_contact_needs_names_and_a_relationship(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today)
    assert person.id is not None
    with pytest.raises(ValidationError) as raised, unit_of_work(db, caseworker) as session:
        contacts.add_contact(
            session,
            caseworker,
            person.id,
            {
                "family_name": "",
                "given_name": "Ольга",
                "relationship": "",
                "email": "no at sign",
            },
        )
    assert raised.value.fields == {
        "family_name": "is required",
        "email": "is not an e-mail address",
        "relationship": "choose a relationship",
    }


def test_a_phone_that_is_not_a_number_is_refused_with_what_to_type(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today)
    assert person.id is not None
    raw = {"family_name": "Ґава", "given_name": "Ольга", "relationship": "wife"}
    for phone, problem in (
        ("тел. 067 000 11 22", PHONE_CHARACTERS_PROBLEM),
        ("+380 67", PHONE_SHORT_PROBLEM),
    ):
        with pytest.raises(ValidationError) as raised, unit_of_work(db, caseworker) as session:
            contacts.add_contact(session, caseworker, person.id, {**raw, "phone": phone})
        assert raised.value.fields == {"phone": problem}
    with unit_of_work(db, caseworker) as session:
        contact = contacts.add_contact(
            session, caseworker, person.id, {**raw, "phone": "+380 (67) 000-11-22"}
        )
        assert contact.phone == "+380 (67) 000-11-22"


def test_two_consents_yes_no_or_not_asked_which_counts_as_no(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today)
    assert person.id is not None
    with unit_of_work(db, caseworker) as session:
        asked = contacts.add_contact(
            session, caseworker, person.id, {**WIFE, "consent": "Yes", "share_consent": "no"}
        )
        unasked = contacts.add_contact(session, caseworker, person.id, {**WIFE, "consent": ""})
    assert (asked.consent, asked.share_consent) == (Consent.GIVEN, Consent.REFUSED)
    assert (unasked.consent, unasked.share_consent) == (Consent.UNKNOWN, Consent.UNKNOWN)
    assert [c.label for c in Consent] == ["Not asked", "Yes", "No"]
    assert [c.allows for c in Consent] == [False, True, False]
    assert Consent.parse("not asked") is Consent.UNKNOWN
    with pytest.raises(ValidationError) as refused, unit_of_work(db, caseworker) as session:
        contacts.add_contact(session, caseworker, person.id, {**WIFE, "share_consent": "maybe"})
    assert refused.value.fields == {"share_consent": "must be yes, no or not asked"}
