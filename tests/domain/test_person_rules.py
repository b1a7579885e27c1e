"""Checking a person's typed values: each problem is told of the field the user typed."""

from __future__ import annotations

import random
from datetime import date

import pytest

from ombuds_desk.demo.people import FOREIGN, partial_date, random_name
from ombuds_desk.domain.person_rules import (
    DATE_FIELDS,
    LATIN_FIELDS,
    TEXT_FIELDS,
    clean_person,
    clean_text,
    field_problem,
    is_name,
)

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


def _checked_field_by_field(raw: dict[str, str]) -> dict[str, str]:
    """The problems ``clean_person`` reports, found as it found them before its fast path:
    every field's cleaned value checked again through ``field_problem``."""
    values, problems = clean_person(raw, TODAY)
    expected = {k: v for k, v in problems.items() if k in ("category", "sex")}
    derived = {latin: name for name, latin in LATIN_FIELDS.items() if not clean_text_of(raw, latin)}
    born = clean_text_of(raw, "date_of_birth")
    shown = {**values, **{f: clean_text_of(raw, f) for f in DATE_FIELDS if f in raw}}
    for field in (*TEXT_FIELDS, *DATE_FIELDS):
        problem = field_problem(field, shown.get(field), TODAY, born)
        if problem and field in derived:
            if derived[field] in expected:
                continue
            if problem == "must be in Latin letters":
                name = derived[field].replace("_", " ")
                expected[field] = f"cannot be made from the {name}; type it in Latin letters"
                continue
        if problem:
            expected[field] = problem
    return expected


def clean_text_of(raw: dict[str, str], field: str) -> str | None:
    return clean_text(raw.get(field))


def test_a_list_of_many_rows_is_checked_as_field_by_field() -> None:
    """The import's fast path (each cleaned value checked once, without cleaning it again)
    reports exactly what checking each field through ``field_problem`` reports, over
    thousands of rows as lists have them: clean ones, and ones with every kind of fault."""
    rng = random.Random(21)
    faults = [
        ("family_name", "Тестенко1"),
        ("given_name", "  Петро   Іванович "),
        ("patronymic", "Пʼятницький"),
        ("family_name", "Д'Арк"),
        ("family_name", "Παπαδόπουλος"),
        ("given_name", ""),
        ("family_name_latin", "Іvanenko"),
        ("given_name_latin", "Petro"),
        ("date_of_birth", "31.02.1990"),
        ("date_of_birth", "1890"),
        ("date_of_birth", "2030-01-01"),
        ("captured_on", "1970"),
        ("captured_on", "05.2024"),
        ("evacuated_on", "not a date"),
        ("sex", "жін"),
        ("sex", "maybe"),
        ("category", "евакуйований"),
        ("category", "tourist"),
        ("category", ""),
        ("home_region", "x" * 201),
        ("unit", "\tрота\u00a0 3 "),
        ("rank", "Молодший  сержант"),
    ]
    checked = 0
    for _ in range(3000):
        origin = rng.choice(("ua", "ru", *FOREIGN))
        raw = {k: v or "" for k, v in random_name(rng, origin, rng.random() < 0.3).items()}
        raw |= {
            "category": rng.choice(("captive", "evacuee", "Полонений")),
            "sex": rng.choice(("male", "female", "M", "ж", "")),
            "date_of_birth": partial_date(rng, date(rng.randint(1950, 2006), 3, 14)),
            "home_region": rng.choice(("Харківська обл.", "", "Київ")),
        }
        for name, value in rng.sample(faults, rng.choice((0, 0, 1, 2, 3))):
            raw[name] = value
        _values, problems = clean_person(raw, TODAY)
        assert problems == _checked_field_by_field(raw), raw
        checked += bool(problems)
    assert checked > 500  # the faults were met, not only clean rows
