"""The person list sorted by the office's collation, in SQL: the Latin name by family name
then given name with "Černý" and "Ćwik" among the C's, and Cyrillic caseworkers' names in
Ukrainian/Russian alphabetical order (і ї є ґ in their places, not after я)."""

from __future__ import annotations

from datetime import date

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.cases.person_query import PersonFilter, SortColumn, person_ids
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_user
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of, register


def _sorted(db: Database, today: date, sort: SortColumn, descending: bool = False) -> list[int]:
    with db.reading() as session:
        return person_ids(
            session,
            PersonFilter(),
            today=today,
            threshold_days=30,
            sort=sort,
            descending=descending,
        )


def test_latin_names_sort_by_family_then_given_name_with_accents_among_their_letters(
    db: Database, caseworker: User, today: date
) -> None:
    latin = [
        ("Zima", "Petr"),
        ("Černý", "Jan"),
        ("Dvořák", "Antonín"),
        ("Ćwik", "Anna"),
        ("Cibulka", "Ota"),
        ("Kovalenko", "Petro"),
        ("Adamec", "Karel"),
        ("Kovalenko", "Andrii"),
        ("Kovalenkova", "Alla"),
        ("Ševčík", "Emil"),
        ("Sokol", "Jiří"),
    ]
    ids = {
        (family, given): id_of(
            register(
                db,
                caseworker,
                today,
                family_name="Тест",
                given_name="Особа",
                family_name_latin=family,
                given_name_latin=given,
            )
        )
        for family, given in latin
    }
    names = {person_id: name for name, person_id in ids.items()}
    expected = [
        ("Adamec", "Karel"),
        ("Černý", "Jan"),
        ("Cibulka", "Ota"),
        ("Ćwik", "Anna"),
        ("Dvořák", "Antonín"),
        ("Kovalenko", "Andrii"),
        ("Kovalenko", "Petro"),
        ("Kovalenkova", "Alla"),
        ("Ševčík", "Emil"),
        ("Sokol", "Jiří"),
        ("Zima", "Petr"),
    ]
    assert [names[i] for i in _sorted(db, today, SortColumn.LATIN_NAME)] == expected
    descending = _sorted(db, today, SortColumn.LATIN_NAME, descending=True)
    assert [names[i] for i in descending] == expected[::-1]


def test_cyrillic_caseworkers_sort_in_alphabetical_order(
    db: Database, admin: User, today: date
) -> None:
    # Given in a shuffled order; expected: Ukrainian г ґ д е є ж и і ї й, Russian ё ы э.
    full_names = [
        "Яна Бойко",
        "Їжак Петро",
        "Ґанна Лис",
        "Эльвира Ким",
        "Єва Шум",
        "Адам Кий",
        "Ілля Ткач",
        "Гліб Ом",
        "Ёсиф Ким",
        "Иван Гай",
        "Йосип Рій",
        "Евген Лук",
        "Дарина Яр",
        "Юлія Ткач",
    ]
    expected = [
        "Адам Кий",
        "Гліб Ом",
        "Ґанна Лис",
        "Дарина Яр",
        "Евген Лук",
        "Ёсиф Ким",
        "Єва Шум",
        "Иван Гай",
        "Ілля Ткач",
        "Їжак Петро",
        "Йосип Рій",
        "Эльвира Ким",
        "Юлія Ткач",
        "Яна Бойко",
    ]
    worker_of: dict[int, str] = {}
    for n, full_name in enumerate(full_names):
        with unit_of_work(db, admin) as session:
            user = create_user(
                session, admin, f"cw{n}", full_name, Role.CASEWORKER, PASSWORDS["o.bondar"]
            )
        person = register(db, user, today, family_name="Петренко", given_name="Іван")
        worker_of[id_of(person)] = full_name
    order = [worker_of[i] for i in _sorted(db, today, SortColumn.ASSIGNED_TO)]
    assert order == expected
