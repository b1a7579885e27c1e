"""Likely duplicates: any spelling of the name and the same birth year, or one service number."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.duplicates import (
    STRONG_SCORE,
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
    assert found[0].case_number == yurii.case_number
    # The name in any spelling (a typo's keys included) counts as the same name; the score
    # adds the birth evidence: at least a year, or no year known at all.
    assert found[0].reasons[0].startswith("same name")
    assert found[0].score >= 45


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
    assert both[0].reasons == ("same service number ZS-4411", "same name, both born 1985")
    assert both[0].score > found.score and both[0].strong


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
        (yurii.id, twin.id): ("same name, both born 1985",),
        (yurii.id, badge.id): ("same service number ZS-4411",),
        (no_year.id, other.id): ("same name, birth year unknown",),
    }
    with db.reading() as session:
        assert len(possible_duplicate_pairs(session, limit=1)) == 1


def _pair_scores(db: Database) -> dict[str, tuple[float, bool, tuple[str, ...]]]:
    """Each pair's score, strength and reasons, by the second case's given name."""
    with db.reading() as session:
        pairs = possible_duplicate_pairs(session)
    return {p.second.name.split()[1]: (p.score, p.strong, p.reasons) for p in pairs}


def test_the_score_separates_strong_matches_from_weak_ones(
    db: Database, admin: User, today: date
) -> None:
    def person(family: str, given: str, born: str | None, **more: Any) -> None:
        register(db, admin, today, family_name=family, given_name=given, date_of_birth=born, **more)

    # Each pair: the first person and a second one whose given name names the pair.
    person("Гнатюк", "Ілля", "14.03.1985", patronymic="Петрович", service_number="НА-1")
    person("Hnatiuk", "Illia", "14.03.1985", patronymic="Petrovych", service_number="на-1")
    person("Дорошенко", "Ївга", "02.05.1971")
    person("Doroshenko", "Yivha", "02.05.1971")
    person("Юрченко", "Єгор", "1990")
    person("Yurchenko", "Yehor", "11.11.1990")
    person("Ковальчук", "Ґабріела", None)
    person("Kovalchuk", "Gabriela", None)
    person("Бондаренко", "Олесь", "1962")
    person("Бондаренко", "Олекс", "1962")  # a similar given name, not the same
    scores = _pair_scores(db)
    everything, date_, year, unknown, similar = (
        scores["Illia"],
        scores["Yivha"],
        scores["Yehor"],
        scores["Gabriela"],
        scores["Олекс"],
    )
    assert everything == (
        100.0,
        True,
        ("same service number НА-1", "same name and birth date"),
    )
    assert date_ == (80.0, True, ("same name and birth date",))
    assert year[1:] == (False, ("same name, both born 1990",))
    assert unknown[1:] == (False, ("same name, birth year unknown",))
    assert similar[1:] == (False, ("similar name, both born 1962",))
    # Strongest first, and each kind of evidence weaker than the one before.
    assert everything[0] > date_[0] >= STRONG_SCORE > year[0] > unknown[0]
    assert year[0] > similar[0]
    with db.reading() as session:
        listed = possible_duplicate_pairs(session)
    assert [p.score for p in listed] == sorted((p.score for p in listed), reverse=True)
