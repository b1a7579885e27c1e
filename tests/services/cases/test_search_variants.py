"""The search box finds a person by any usual spelling of their name, and not by near misses.

Spellings: the name in Cyrillic (Ukrainian, and its Russian form), ICAO 9303 (what the app
makes; computed here), the Ukrainian national KMU 2010 system (written by hand, as in
passports) and the informal Latin spellings people type.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete
from sqlmodel import col

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.people import PersonNameKey
from ombuds_desk.domain.transliteration import to_latin
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.search_index import rebuild_search_keys, search_keys_stale
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

# (family, given) as registered → what must find them: national KMU, informal, Russian.
VARIANTS: dict[tuple[str, str], list[str]] = {
    ("Харченко", "Юрій"): [
        "Kharchenko Yurii",
        "Harchenko",
        "kharch",
        "Iurii",
        "Yuriy",
        "Jurij",
        "Юрий Харченко",
        "харч",
        "yurii kh",
    ],
    ("Пʼятницька", "Євгенія"): [
        "Piatnytska",
        "Pʼyatnytska",
        "P'yatnytska",
        "Pyatnitskaya",
        "Пятницкая",
        "П'ятницька",
        "Pyatnyt",
        "Yevheniia",
        "Ievgeniia",
        "Evgenia",
        "Евгения",
        "Пʼятн",
    ],
    ("Коваленко", "Олександр"): [
        "Oleksandr Kovalenko",
        "Aleksandr",
        "Alex",
        "Александр",
        "Олекс",
        "kovalenko ol",
    ],
    ("Іваненко", "Євген"): [
        "Yevhen",
        "Ievgen",
        "Evgeniy",
        "Yevgeny",
        "Евгений",
        "Ivanenko",
        "Иваненко",
        "iva",
    ],
    ("Шевченко", "Дмитро"): ["Dmytro", "Dmitriy", "Dmitry", "Дмитрий", "Shevchenko", "shevch dm"],
    ("Ґонта", "Микола"): ["Mykola", "Nikolai", "Nikolay", "Николай", "Honta", "Gonta"],
    ("Щербак", "Володимир"): ["Volodymyr", "Vladimir", "Владимир", "Shcherbak", "Scherbak", "Shc"],
    ("Їжакевич", "Григорій"): ["Hryhorii", "Grigoriy", "Grigory", "Yizhakevych", "Izhakevich"],
    ("Мельник", "Тетяна"): ["Tetiana", "Tatiana", "Tatyana", "Татьяна", "Melnyk", "Melnik"],
    ("Кравченко", "Наталья"): ["Nataliia", "Natalya", "Natalia", "Наталія", "Kravchenko"],
    ("Петренко", "Петро"): ["Petro Petrenko", "Petr", "Pyotr", "Пётр", "Пётр Петренко"],
}

# A query, and the person it must NOT find.
NEAR_MISSES = [
    ("Kovalchuk", ("Коваленко", "Олександр")),
    ("Ivanov", ("Іваненко", "Євген")),
    ("Olena", ("Коваленко", "Олександр")),
    ("Yuliia", ("Харченко", "Юрій")),
    ("Harchuk", ("Харченко", "Юрій")),
    ("Mykhailo", ("Ґонта", "Микола")),
    ("Dmytrenko", ("Шевченко", "Дмитро")),
    ("Shevchuk", ("Шевченко", "Дмитро")),
    ("Tamara", ("Мельник", "Тетяна")),
    ("Vladyslav", ("Щербак", "Володимир")),
    ("Pyatakov", ("Пʼятницька", "Євгенія")),
    ("Petrov", ("Петренко", "Петро")),
    ("Yurii Ivanenko", ("Харченко", "Юрій")),
]


@pytest.fixture
def people(db: Database, admin: User, today: date) -> dict[tuple[str, str], int]:
    return {
        (family, given): id_of(register(db, admin, today, family_name=family, given_name=given))
        for family, given in VARIANTS
    }


def _found(db: Database, today: date, text: str) -> list[int]:
    with db.reading() as session:
        return person_ids(session, PersonFilter(text=text), today=today, threshold_days=30)


def test_every_spelling_finds_the_person(
    db: Database, today: date, people: dict[tuple[str, str], int]
) -> None:
    missed: list[tuple[str, str]] = []
    for (family, given), spellings in VARIANTS.items():
        icao = [to_latin(family), to_latin(given), f"{to_latin(given)} {to_latin(family)}"]
        for text in [*icao, *spellings]:
            if people[(family, given)] not in _found(db, today, text):
                missed.append((family, text))
    assert missed == []


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_near_misses_do_not_match(
    db: Database, today: date, people: dict[tuple[str, str], int], text: str, name: tuple[str, str]
) -> None:
    assert people[name] not in _found(db, today, text)


def test_stale_keys_are_rebuilt(
    db: Database, admin: User, today: date, people: dict[tuple[str, str], int]
) -> None:
    pid = people[("Харченко", "Юрій")]
    with unit_of_work(db, admin) as session:
        session.execute(delete(PersonNameKey).where(col(PersonNameKey.person_id) == pid))
        other = people[("Ґонта", "Микола")]
        session.execute(delete(PersonNameKey).where(col(PersonNameKey.person_id) == other))
        session.add(PersonNameKey(person_id=other, key="stale"))
        session.flush()
        assert search_keys_stale(session)
    assert _found(db, today, "Kharchenko") == [] and _found(db, today, "Honta") == []
    with unit_of_work(db, admin) as session:
        assert rebuild_search_keys(session) == len(VARIANTS)
    assert _found(db, today, "Kharchenko") == [pid]
    assert _found(db, today, "stale") == []
    with db.reading() as session:
        assert not search_keys_stale(session)
        assert session.get(OfficeSetting, "search_keys_version") is not None
