"""The demo register: realistic, consistent with the services' rules, and never mixed in."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import CaseStatus, Category, Role, StatusEventKind
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import CaseNote, Contact, Person, PersonNameKey, StatusEvent
from ombuds_desk.domain.status_rules import is_final, is_stalled, transition_problem
from ombuds_desk.domain.transliteration import has_cyrillic
from ombuds_desk.services import persons as person_service
from ombuds_desk.services import users
from ombuds_desk.services.block_reasons import STANDARD_REASONS
from ombuds_desk.services.demo_data import DEMO_OFFICE_NAME, DemoSummary, build_demo
from ombuds_desk.services.person_query import PersonFilter, person_ids
from ombuds_desk.services.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database, open_database

TODAY = date(2026, 11, 26)
PERSONS = 300


def _build(path: Path, seed: int = 2026) -> tuple[Database, DemoSummary]:
    db = open_database(f"sqlite:///{path}", demo=True)
    return db, build_demo(db, persons=PERSONS, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    db, summary = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield db, summary
    db.dispose()


def _all(db: Database, model):
    with db.reading() as session:
        return list(session.scalars(select(model)))


def _table(db: Database, model, *skip: str) -> list[tuple]:
    """Every row of a table as plain tuples, in id order, without the ``skip`` columns."""
    table = model.__table__
    columns = [c for c in table.columns if c.name not in skip]
    with db.reading() as session:
        return [tuple(r) for r in session.execute(select(*columns).order_by(*table.primary_key))]


def test_register_has_both_categories_and_every_script(demo) -> None:
    db, summary = demo
    people = _all(db, Person)
    assert len(people) == summary.persons == PERSONS
    categories = {p.category for p in people}
    assert categories == {Category.CAPTIVE, Category.EVACUEE}
    captives = sum(p.category is Category.CAPTIVE for p in people)
    assert 0.5 < captives / PERSONS < 0.7 and captives == summary.captives
    names = " ".join(f"{p.family_name} {p.given_name} {p.patronymic or ''}" for p in people)
    for letter in "іїєґʼ":  # Ukrainian
        assert letter in names.lower(), letter
    assert re.search("[ыэё]", names.lower())  # Russian
    latin = [p for p in people if not has_cyrillic(p.family_name)]
    assert latin and all(p.family_name_latin == p.family_name for p in latin)
    cyrillic = [p for p in people if has_cyrillic(p.family_name)]
    assert not any("'" in p.family_name for p in cyrillic)  # typed ' became the Ukrainian ʼ
    assert all(p.family_name_latin and p.family_name_latin.isascii() for p in cyrillic)
    assert any(p.date_of_birth and len(p.date_of_birth) == 4 for p in people)  # year only
    assert any(p.date_of_birth and len(p.date_of_birth) == 10 for p in people)


def test_captives_and_evacuees_have_their_details(demo) -> None:
    db, _ = demo
    people = _all(db, Person)
    captives = [p for p in people if p.category is Category.CAPTIVE]
    evacuees = [p for p in people if p.category is Category.EVACUEE]
    assert all(p.service_number and p.rank and p.unit and p.holding_party for p in captives)
    assert all(p.captured_on and p.evacuated_from is None for p in captives)
    assert any(p.icrc_number for p in captives) and not all(p.icrc_number for p in captives)
    assert any(p.detention_place == "СІЗО-2, Таганрог" for p in captives)
    assert all(p.evacuated_from and p.current_location and p.evacuated_by for p in evacuees)
    assert all(p.service_number is None for p in evacuees)


def test_derived_columns_are_the_services_own(demo) -> None:
    db, _ = demo
    keys: dict[int, set[str]] = defaultdict(set)
    for row in _all(db, PersonNameKey):
        keys[row.person_id].add(row.key)
    for person in _all(db, Person):
        values = person.model_dump()
        assert person.sort_name == person_service.derived_fields(values)["sort_name"]
        assert person.birth_year == person_service.derived_fields(values)["birth_year"]
        assert keys[person.id] == person_service.search_keys_of(person)


def test_case_numbers_are_unique_and_well_formed(demo) -> None:
    db, _ = demo
    people = _all(db, Person)
    numbers = [p.case_number for p in people]
    assert len(set(numbers)) == len(numbers)
    seqs: dict[tuple[Category, int], list[int]] = defaultdict(list)
    for p in people:
        assert re.fullmatch(r"(CAP|EVA)-\d{4}-\d{5}", p.case_number)
        assert p.case_number == person_service.format_case_number(
            p.category, p.case_year, p.case_seq
        )
        seqs[(p.category, p.case_year)].append(p.case_seq)
        assert p.created_at.date().year == p.case_year  # numbered in the year registered
    for found in seqs.values():
        assert sorted(found) == list(range(1, len(found) + 1))
    assert len({year for _, year in seqs}) >= 2  # about two years of cases


def test_status_histories_follow_the_rules(demo) -> None:
    db, summary = demo
    events: dict[int, list[StatusEvent]] = defaultdict(list)
    for event in sorted(_all(db, StatusEvent), key=lambda e: (e.effective_on, e.id)):
        events[event.person_id].append(event)
    assert summary.status_events == sum(len(e) for e in events.values())
    people = _all(db, Person)
    for person in people:
        history = events[person.id]
        assert history[0].kind is StatusEventKind.REGISTERED
        assert history[0].to_status is CaseStatus.REGISTERED
        status = CaseStatus.REGISTERED
        for event in history[1:]:
            assert event.effective_on <= TODAY
            if event.kind is StatusEventKind.CHANGE:
                assert event.from_status is status
                assert transition_problem(person.category, status, event.to_status) is None
                status = event.to_status
                assert event.reason
            else:
                assert event.kind in (StatusEventKind.BLOCKED, StatusEventKind.UNBLOCKED)
                assert event.blocked_reason in STANDARD_REASONS
        assert person.status is status
        assert person.status_since == max(
            e.effective_on
            for e in history
            if e.kind in (StatusEventKind.REGISTERED, StatusEventKind.CHANGE)
        )
    assert sum(len(h) >= 3 for h in events.values()) > PERSONS // 5


def test_register_has_blocked_stalled_and_finished_cases(demo) -> None:
    db, summary = demo
    people = _all(db, Person)
    blocked = [p for p in people if p.blocked]
    assert 2 <= len(blocked) <= PERSONS // 10 and len(blocked) == summary.blocked
    assert all(p.blocked_reason in STANDARD_REASONS and not is_final(p.status) for p in blocked)
    days = [(TODAY - p.status_since).days for p in people if not is_final(p.status)]
    assert any(d < 30 for d in days)
    assert any(30 < d <= 90 for d in days)
    assert any(d >= 200 for d in days)
    assert any(is_stalled(p.status, False, p.status_since, TODAY) for p in people)
    finished = [p for p in people if is_final(p.status)]
    assert {CaseStatus.REPATRIATED, CaseStatus.RETURNED} <= {p.status for p in finished}
    assert len(finished) == summary.finished < PERSONS // 2


def test_contacts_notes_staff_and_office(demo) -> None:
    db, summary = demo
    contacts = _all(db, Contact)
    assert len(contacts) == summary.contacts
    per_person: dict[int, int] = defaultdict(int)
    for contact in contacts:
        per_person[contact.person_id] += 1
    assert max(per_person.values()) <= 4 and len(per_person) < PERSONS  # some have none
    assert any(c.phone for c in contacts) and {c.consent.value for c in contacts} >= {"given"}
    assert len(_all(db, CaseNote)) == summary.notes > 0
    staff = _all(db, User)
    assert 8 <= len(staff) <= 12 and summary.users == len(staff)
    roles = [u.role for u in staff]
    assert roles.count(Role.SUPERVISOR) == 2 and roles.count(Role.CASEWORKER) >= 5
    me = next(u for u in staff if u.username == users.login_name())
    assert me.role is Role.SUPERVISOR
    with db.reading() as session:
        mine = person_ids(
            session, PersonFilter(assigned_to_id=me.id), today=TODAY, threshold_days=30
        )
        assert mine
        setting = session.get(OfficeSetting, "office_name")
        assert setting is not None and setting.value == DEMO_OFFICE_NAME


def test_latin_spelling_finds_a_cyrillic_name(demo) -> None:
    db, _ = demo
    people = _all(db, Person)
    # ICAO gives "G" for Г; Ukrainian passports write "H": search by the other spelling.
    person = next(p for p in people if "Г" in p.family_name and p.family_name_latin.startswith("G"))
    spelling = "H" + person.family_name_latin[1:]
    with db.reading() as session:
        found = person_ids(session, PersonFilter(text=spelling), today=TODAY, threshold_days=30)
    assert person.id in found


def test_building_into_a_register_with_persons_is_refused(tmp_path: Path) -> None:
    db, summary = _build(tmp_path / "twice.sqlite3")
    try:
        with pytest.raises(ValidationError, match="already holds 300 persons"):
            build_demo(db, persons=10, today=TODAY)
        with Session(db.engine) as session:
            assert len(session.scalars(select(Person.id)).all()) == summary.persons
    finally:
        db.dispose()


def test_building_into_a_real_register_is_refused(db, admin, today) -> None:
    with unit_of_work(db, admin) as session:
        raw = {"category": "evacuee", "family_name": "Ґалаґан", "given_name": "Олег"}
        person_service.register_person(session, admin, raw, today=today)
    with pytest.raises(ValidationError, match="never mixed"):
        build_demo(db, persons=5, today=today)
    assert len(_all(db, Person)) == 1


def test_same_seed_gives_the_same_data(tmp_path: Path, demo) -> None:
    first, _ = demo
    second, _ = _build(tmp_path / "again.sqlite3")
    other, _ = _build(tmp_path / "other.sqlite3", seed=7)
    try:
        for model in (Person, PersonNameKey, StatusEvent, Contact, CaseNote):
            assert _table(first, model) == _table(second, model), model.__name__
        assert _table(first, User, "created_at") == _table(second, User, "created_at")
        assert _table(first, Person) != _table(other, Person)
    finally:
        second.dispose()
        other.dispose()


def test_persons_must_be_a_sensible_number(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'zero.sqlite3'}")
    try:
        with pytest.raises(ValidationError):
            build_demo(db, persons=0, today=TODAY)
    finally:
        db.dispose()
