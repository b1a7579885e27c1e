"""The stored search keys follow the current spelling rules: a rebuild recomputes every
person's keys in batches, reports progress, can be cancelled, and records the rules'
version."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.name_keys import KEYS_VERSION
from ombuds_desk.domain.people import PersonNameKey
from ombuds_desk.services.cases import search_index
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.persons import search_keys_of
from ombuds_desk.services.cases.search_index import (
    VERSION_SETTING,
    mark_keys_current,
    rebuild_search_keys,
    search_keys_stale,
)
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

NAMES = [
    ("Харченко", "Юрій"),
    ("Пʼятницька", "Євгенія"),
    ("Воробьёв", "Илья"),
    ("Ґонта", "Микола"),
    ("Smith", "John"),
]


def _keys(session: Session) -> set[tuple[int, str]]:
    return {(k.person_id, k.key) for k in session.exec(select(PersonNameKey))}


@pytest.fixture
def register_of_five(db: Database, admin: User, today: date) -> list[int]:
    return [
        id_of(register(db, admin, today, family_name=family, given_name=given))
        for family, given in NAMES
    ]


def test_a_database_without_a_recorded_version_is_stale(db: Database, admin: User) -> None:
    with db.reading() as session:
        assert search_keys_stale(session)
    with unit_of_work(db, admin) as session:
        mark_keys_current(session)
    with db.reading() as session:
        assert not search_keys_stale(session)
        setting = session.get(OfficeSetting, VERSION_SETTING)
        assert setting is not None and setting.value == str(KEYS_VERSION)


def test_keys_made_by_other_rules_are_stale(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        session.add(OfficeSetting(key=VERSION_SETTING, value=str(KEYS_VERSION - 1)))
    with db.reading() as session:
        assert search_keys_stale(session)
    with unit_of_work(db, admin) as session:
        mark_keys_current(session)  # updates the row it finds
    with db.reading() as session:
        assert not search_keys_stale(session)
        assert len(session.exec(select(OfficeSetting)).all()) == 1


def _found(db: Database, text: str, today: date) -> list[int]:
    with db.reading() as session:
        return person_ids(session, PersonFilter(text=text), today=today, threshold_days=30)


def test_a_rebuild_makes_exactly_the_keys_registration_makes(
    db: Database, admin: User, today: date, register_of_five: list[int]
) -> None:
    with db.reading() as session:
        made_at_registration = _keys(session)
    with unit_of_work(db, admin) as session:  # keys lost, and one that no rule makes
        session.execute(delete(PersonNameKey))
        session.execute(insert(PersonNameKey).values(person_id=register_of_five[0], key="stale"))
    assert _found(db, "Kharchenko", today) == []
    with unit_of_work(db, admin) as session:
        assert rebuild_search_keys(session) == len(NAMES)
    with db.reading() as session:
        assert _keys(session) == made_at_registration
        assert not search_keys_stale(session)
    assert _found(db, "Kharchenko", today) == [register_of_five[0]]
    assert _found(db, "stale", today) == []


def test_a_typed_latin_spelling_is_keyed_too(db: Database, admin: User, today: date) -> None:
    person = register(
        db, admin, today, family_name="Харченко", family_name_latin="Charczenko", given_name="Юрій"
    )
    with unit_of_work(db, admin) as session:
        session.execute(delete(PersonNameKey))
    with unit_of_work(db, admin) as session:
        rebuild_search_keys(session)
        stored = {k for pid, k in _keys(session) if pid == person.id}
        assert stored == search_keys_of(person)
    assert _found(db, "Charczenko", today) == [person.id]  # the typed Latin column
    assert _found(db, "Харченко", today) == [person.id]  # the name as written


def test_a_rebuild_goes_in_batches_and_says_how_far_it_got(
    db: Database, admin: User, register_of_five: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "BATCH", 2)
    seen: list[tuple[int, int]] = []
    with unit_of_work(db, admin) as session:
        rebuild_search_keys(session, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 5), (4, 5), (5, 5)]


def test_a_cancelled_rebuild_changes_nothing(
    db: Database, admin: User, register_of_five: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "BATCH", 2)
    with unit_of_work(db, admin) as session:
        session.execute(
            delete(PersonNameKey).where(col(PersonNameKey.person_id) == register_of_five[4])
        )
    with db.reading() as session:
        before = _keys(session)
    seen: list[int] = []
    with pytest.raises(OperationCancelledError), unit_of_work(db, admin) as session:
        rebuild_search_keys(
            session, progress=lambda done, total: seen.append(done), is_cancelled=lambda: bool(seen)
        )
    assert seen == [2]  # the first batch was rewritten, then the cancel rolled it back
    with db.reading() as session:
        assert _keys(session) == before
        assert search_keys_stale(session)


def test_an_empty_register_is_rebuilt_at_once(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        assert rebuild_search_keys(session) == 0
    with db.reading() as session:
        assert not search_keys_stale(session) and _keys(session) == set()
