"""One rule for a person's full name, as written and in Latin letters."""

from __future__ import annotations

from ombuds_desk.domain.enums import Category, Consent, Relationship
from ombuds_desk.domain.people import Contact, PersonBase, full_name


def test_a_full_name_leaves_out_empty_parts() -> None:
    assert full_name("Пʼятницька", "Євгенія", "Іванівна") == "Пʼятницька Євгенія Іванівна"
    assert full_name("Smith", "John", None) == "Smith John"
    assert full_name("Ґонта", "", "Олегович") == "Ґонта Олегович"
    assert full_name(None, None) == ""


def test_a_person_is_named_family_name_first_as_written_and_in_latin() -> None:
    person = PersonBase(
        category=Category.CAPTIVE,
        family_name="Воробьёв",
        given_name="Илья",
        patronymic="Сергеевич",
        family_name_latin="Vorobev",
        given_name_latin="Ilia",
    )
    assert person.full_name == "Воробьёв Илья Сергеевич"
    assert person.latin_full_name == "Vorobev Ilia"


def test_a_person_with_no_latin_form_yet_has_an_empty_latin_name() -> None:
    person = PersonBase(category=Category.EVACUEE, family_name="Їжак", given_name="Ївга")
    assert person.latin_full_name == ""


def test_a_new_contacts_consent_is_unknown_until_asked() -> None:
    contact = Contact(
        person_id=1, family_name="Ковальчук", given_name="Олена", relationship=Relationship.WIFE
    )
    assert contact.consent is Consent.UNKNOWN and contact.version == 1
