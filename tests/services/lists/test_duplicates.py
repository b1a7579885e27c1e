"""Likely duplicates: any spelling of the name and the same birth year, or one service number."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.duplicates import (
    DuplicateCandidate,
    find_candidates,
    possible_duplicate_pairs,
)
from ombuds_desk.store.database import Database
from tests.services.helpers import register


@pytest.fixture
def yurii(db: Database, admin: User, today: date) -> Person:
    return register(
        db,
        admin,
        today,
        family_name="Харченко",
        given_name="Юрій",
        date_of_birth="14.03.1985",
        service_number="ZS-4411",
    )


def _candidates(db: Database, **values: Any) -> list[DuplicateCandidate]:
    with db.reading() as session:
        return find_candidates(session, values)


@pytest.mark.parametrize(
    ("family", "given", "born"),
    [
        ("Kharchenko", "Yurii", "1985"),
        ("Harchenko", "Yuriy", "02.05.1985"),
        ("Харченко", "Юрий", "1985-03"),
        ("Харчэнко", "Юрій", "1985"),  # a typo
        ("Kharchenko", "Iurii", "1985"),
        ("Yurii", "Kharchenko", "1985"),  # swapped
        ("Kharchenko", "Yurii", None),  # birth year unknown: the name must be all but equal
    ],
)
def test_spelling_variants_born_the_same_year_are_candidates(
    db: Database, yurii: Person, family: str, given: str, born: str | None
) -> None:
    found = _candidates(db, family_name=family, given_name=given, date_of_birth=born)
    assert [c.person_id for c in found] == [yurii.id]
    assert found[0].case_number == yurii.case_number and found[0].score >= 85


@pytest.mark.parametrize(
    ("family", "given", "born"),
    [
        ("Kharchenko", "Yurii", "1986"),
        ("Kharchenko", "Oleh", "1985"),
        ("Kovalenko", "Yurii", "1985"),
        ("Kharchuk", "Yurii", None),
    ],
)
def test_other_people_are_not(
    db: Database, yurii: Person, family: str, given: str, born: str | None
) -> None:
    assert _candidates(db, family_name=family, given_name=given, date_of_birth=born) == []


def test_same_service_number_whatever_the_name(db: Database, yurii: Person) -> None:
    (found,) = _candidates(db, family_name="Smith", given_name="John", service_number="zs-4411")
    assert found.person_id == yurii.id
    assert found.reasons == ("same service number ZS-4411",)
    both = _candidates(
        db,
        family_name="Kharchenko",
        given_name="Yurii",
        date_of_birth="1985",
        service_number="ZS-4411",
    )
    assert both[0].reasons == ("same service number ZS-4411", "similar name, both born 1985")


def test_the_person_being_edited_is_not_its_own_duplicate(db: Database, yurii: Person) -> None:
    with db.reading() as session:
        values = {"family_name": "Харченко", "given_name": "Юрій", "date_of_birth": "1985"}
        assert find_candidates(session, values, exclude_id=yurii.id) == []


def test_pairs_across_the_register(db: Database, admin: User, today: date, yurii: Person) -> None:
    twin = register(
        db, admin, today, family_name="Kharchenko", given_name="Yurii", date_of_birth="1985"
    )
    register(db, admin, today, family_name="Kharchenko", given_name="Yurii", date_of_birth="1960")
    no_year = register(db, admin, today, family_name="Пʼятницька", given_name="Євгенія")
    other = register(
        db, admin, today, family_name="Piatnytska", given_name="Yevheniia", date_of_birth="1990"
    )
    badge = register(
        db,
        admin,
        today,
        family_name="Smith",
        given_name="John",
        service_number="zs-4411",
        date_of_birth="1970",
    )
    register(db, admin, today, family_name="Бойко", given_name="Ганна", date_of_birth="1985")
    with db.reading() as session:
        pairs = possible_duplicate_pairs(session)
    found = {(p.first.person_id, p.second.person_id): p.reasons for p in pairs}
    assert found == {
        (yurii.id, twin.id): ("similar name, both born 1985",),
        (yurii.id, badge.id): ("same service number ZS-4411",),
        (no_year.id, other.id): ("same name, birth year unknown",),
    }
    with db.reading() as session:
        assert len(possible_duplicate_pairs(session, limit=1)) == 1
