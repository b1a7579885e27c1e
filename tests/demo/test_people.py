"""The people of the demo register: names a registration form accepts, feminine forms as
each language makes them, and details that fit a captive or an evacuee."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from ombuds_desk.demo.people import (
    FOREIGN,
    UA_PATRONYMIC_ROOTS,
    captive_details,
    evacuee_details,
    feminine,
    partial_date,
    random_contacts,
    random_name,
    random_phone,
    random_surname,
    ua_patronymic,
)
from ombuds_desk.domain.enums import CaseStatus, Relationship
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.person_rules import clean_person

TODAY = date(2026, 11, 26)
ORIGINS = ["ua", "ru", *sorted(FOREIGN)]


@pytest.mark.parametrize(
    ("surname", "origin", "female"),
    [
        ("Пʼятницький", "ua", "Пʼятницька"),
        ("Лозинський", "ua", "Лозинська"),
        ("Підгірний", "ua", "Підгірна"),
        ("Дʼяков", "ua", "Дʼякова"),
        ("Шевченко", "ua", "Шевченко"),
        ("Мельник", "ua", "Мельник"),
        ("Успенский", "ru", "Успенская"),
        ("Иванов", "ru", "Иванова"),
        ("Соловьёв", "ru", "Соловьёва"),
        ("Ильин", "ru", "Ильина"),
        ("Цыганков", "ru", "Цыганкова"),
        ("Wiśniewski", "Poland", "Wiśniewska"),
        ("Dvořák", "Czech Republic", "Dvořák"),
        ("O'Brien", "United Kingdom", "O'Brien"),
    ],
)
def test_feminine_family_names(surname: str, origin: str, female: str) -> None:
    assert feminine(surname, origin) == female


def test_ukrainian_patronymics() -> None:
    rng = random.Random(7)
    roots = set(UA_PATRONYMIC_ROOTS)
    for _ in range(200):
        female = rng.random() < 0.5
        name = ua_patronymic(rng, female)
        if female:
            root = re.sub(r"(івна|ївна)$", "", name)
            assert name.endswith(("івна", "ївна")) and (root in roots or root + "й" in roots)
        else:
            assert name.endswith("ович") and name.removesuffix("ович") in roots
    assert ua_patronymic(random.Random(1), False) == ua_patronymic(random.Random(1), False)


@pytest.mark.parametrize("origin", ORIGINS)
def test_every_made_up_name_passes_the_registration_rules(origin: str) -> None:
    rng = random.Random(2026)
    for n in range(150):
        female = n % 2 == 0
        name = random_name(rng, origin, female)
        values, problems = clean_person({"category": "captive", **name}, TODAY)
        assert problems == {}, (name, problems)
        assert values["family_name_latin"] and values["given_name_latin"]
        assert "'" not in (values["family_name"] or "") or origin != "ua"
        if origin not in ("ua", "ru"):
            assert name["patronymic"] is None


def test_a_ukrainian_apostrophe_is_sometimes_typed_plain_and_cleaned() -> None:
    rng = random.Random(3)
    typed = [random_name(rng, "ua", False, "Пʼятницький")["family_name"] for _ in range(60)]
    assert set(typed) == {"Пʼятницький", "П'ятницький"}
    values, _ = clean_person(
        {"category": "captive", "family_name": "П'ятницький", "given_name": "Ігор"}, TODAY
    )
    assert values["family_name"] == "Пʼятницький"


def test_a_family_name_given_is_kept_and_made_feminine() -> None:
    name = random_name(random.Random(5), "ru", True, "Воробьёв")
    assert name["family_name"] == "Воробьёва"


def test_a_surname_comes_from_the_origins_list() -> None:
    rng = random.Random(11)
    assert random_surname(rng, "Georgia") in FOREIGN["Georgia"][2]
    assert re.search("[а-яіїєґʼ]", random_surname(rng, "ua"))


def test_partial_dates_are_mostly_full_sometimes_year_or_month() -> None:
    rng = random.Random(13)
    born = date(1985, 3, 14)
    made = [partial_date(rng, born) for _ in range(1000)]
    assert {PartialDate.parse(d).iso() for d in made} == {"1985", "1985-03", "1985-03-14"}
    assert 0.05 < made.count("1985") / len(made) < 0.15
    assert made.count("1985-03-14") / len(made) > 0.75


@pytest.mark.parametrize(
    ("origin", "pattern"),
    [
        ("ua", r"\+380 (50|63|66|67|68|93|97) \d{3} \d{2} \d{2}"),
        ("ru", r"\+7 9\d{2} \d{3}-\d{2}-\d{2}"),
        ("Georgia", r"\+995 5\d{2} \d{6}"),
        ("Brazil", r"\+55 11 9\d{2} \d{6}"),
    ],
)
def test_phone_numbers_look_like_the_countrys(origin: str, pattern: str) -> None:
    rng = random.Random(17)
    for _ in range(30):
        assert re.fullmatch(pattern, random_phone(rng, origin))


@pytest.mark.parametrize("origin", ["ua", "ru", "Poland"])
def test_a_captives_details_fit_his_case(origin: str) -> None:
    registered = TODAY - timedelta(days=100)
    rng = random.Random(19)
    for status in (CaseStatus.REGISTERED, CaseStatus.CONFIRMED) * 20:
        details = captive_details(rng, origin, registered, status)
        _, problems = clean_person(
            {"category": "captive", "family_name": "Бойко", "given_name": "Ігор", **details},
            TODAY,
        )
        assert problems == {}
        captured = PartialDate.parse(details["captured_on"])
        assert captured.earliest() < registered
        assert re.fullmatch(r"[АВСКМНРТ]{2}-\d{6}", details["service_number"])
        assert details["holding_party"] == ("Україна" if origin == "ru" else "Російська Федерація")
        if status is CaseStatus.REGISTERED:
            assert "icrc_number" not in details  # no visit before the case is confirmed


def test_an_evacuees_details_fit_her_case() -> None:
    registered = TODAY - timedelta(days=30)
    rng = random.Random(23)
    for origin in ORIGINS:
        details = evacuee_details(rng, origin, registered, CaseStatus.RETURN_REQUESTED)
        assert PartialDate.parse(details["evacuated_on"]).earliest() <= registered
        assert details["evacuated_from"] and details["current_location"]
        _, problems = clean_person(
            {"category": "evacuee", "family_name": "Коваль", "given_name": "Ганна", **details},
            TODAY,
        )
        assert problems == {}


def test_relatives_are_cleaned_and_never_a_second_spouse_of_the_same_sex() -> None:
    rng = random.Random(29)
    counts = set()
    for n in range(300):
        female = n % 2 == 0
        relatives = random_contacts(rng, "ua", "Ковальчук", female)
        counts.add(len(relatives))
        for relative in relatives:
            assert isinstance(relative["relationship"], Relationship)
            assert relative["relationship"] is not (
                Relationship.WIFE if female else Relationship.HUSBAND
            )
            if relative["relationship"] not in (Relationship.PARTNER, Relationship.LAWYER):
                assert relative["family_name"] == "Ковальчук"  # kin share the family name
    assert counts == {0, 1, 2, 3, 4}


def test_the_same_seed_gives_the_same_people() -> None:
    def people(seed: int) -> list[object]:
        rng = random.Random(seed)
        return [
            (random_name(rng, "ua", False), random_contacts(rng, "ru", "Орлов", True))
            for _ in range(20)
        ]

    assert people(31) == people(31) != people(32)


def test_only_relatives_who_may_be_contacted_were_asked_about_the_counterpart() -> None:
    """The demo's counterpart sheets name some relatives: those who agreed to be contacted
    were asked, and answered yes or no or not yet; nobody else was asked."""
    rng = random.Random(11)
    relatives = [c for _ in range(300) for c in random_contacts(rng, "ua", "Ковальчук", False)]
    asked = [c for c in relatives if c["consent"].value == "given"]
    others = [c for c in relatives if c["consent"].value != "given"]
    assert {c["share_consent"].value for c in others} == {"unknown"}
    answers = [c["share_consent"].value for c in asked]
    assert {"given", "refused", "unknown"} == set(answers)
    assert 0.2 < answers.count("given") / len(answers) < 0.5
