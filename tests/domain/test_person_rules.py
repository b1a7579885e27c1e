"""Checking a person's typed values: each problem is told of the field the user typed."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.person_rules import clean_person, field_problem, is_name

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    "name",
    ["Іваненко", "Пʼятницький", "O'Brien", "Müller-Lüdenscheidt", "Jr. Smith", "Ван Дер Берг"],
)
def test_names_of_letters_spaces_hyphens_apostrophes_and_dots_pass(name: str) -> None:
    assert is_name(name)
    assert field_problem("family_name", name, TODAY) is None


@pytest.mark.parametrize("name", ["Smith2", "Тестенко1", "Іван_", "Петро (брат)", "--", "@"])
def test_a_name_with_anything_else_must_contain_letters_only(name: str) -> None:
    assert not is_name(name)
    for field in ("family_name", "given_name", "patronymic"):
        assert field_problem(field, name, TODAY) == "must contain letters only"


@pytest.mark.parametrize(("family", "given"), [("Smith2", "John"), ("Тестенко1", "Петро")])
def test_a_bad_name_is_blamed_not_the_latin_made_from_it(family: str, given: str) -> None:
    _values, problems = clean_person(
        {"category": "captive", "family_name": family, "given_name": given}, TODAY
    )
    assert problems == {"family_name": "must contain letters only"}


def test_a_typed_latin_name_is_still_checked() -> None:
    _values, problems = clean_person(
        {
            "category": "captive",
            "family_name": "Іваненко",
            "given_name": "Петро",
            "family_name_latin": "Іvanenko",
        },
        TODAY,
    )
    assert problems == {"family_name_latin": "must be in Latin letters"}


def test_a_latin_name_that_cannot_be_made_asks_for_it() -> None:
    values, problems = clean_person(
        {"category": "captive", "family_name": "Παπαδόπουλος", "given_name": "Nikos"}, TODAY
    )
    assert problems == {
        "family_name_latin": "cannot be made from the family name; type it in Latin letters"
    }
    _values, problems = clean_person(
        {
            "category": "captive",
            "family_name": "Παπαδόπουλος",
            "given_name": "Nikos",
            "family_name_latin": "Papadopoulos",
        },
        TODAY,
    )
    assert problems == {}
    assert values["given_name_latin"] == "Nikos"
