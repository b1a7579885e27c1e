"""One demo case: a status walk the rules allow, dated in order, and rows indistinguishable
from what registration and the status services write."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import inspect

from ombuds_desk.demo.cases import (
    BLOCK_REASONS,
    OLDEST_CASE_DAYS,
    CasePlan,
    CaseRows,
    Staff,
    case_rows,
    plan_case,
)
from ombuds_desk.demo.mail import DemoMail, plan_shipments
from ombuds_desk.demo.office import CompletedBy
from ombuds_desk.domain.enums import CaseStatus, Category, StatusEventKind
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import is_final, transition_problem
from ombuds_desk.services.cases.block_reasons import STANDARD_REASONS
from ombuds_desk.services.cases.persons import derived_fields, format_case_number, search_keys_of

TODAY = date(2026, 11, 26)
STAFF = Staff(
    ids=[3, 4, 5, 1, 2],
    weights=[10.0, 10.0, 10.0, 5.0, 3.0],
    supervisor_ids=[1, 2],
    names=[(1, "Наталія Руденко"), (2, "Світлана Мельник"), (3, "Олег Бондар")],
)


def _plans(count: int = 600, seed: int = 2026) -> list[CasePlan]:
    rng = random.Random(seed)
    plans = [plan_case(rng, i, TODAY) for i in range(count)]
    for number, plan in enumerate(plans, start=1):
        plan.person_id, plan.case_seq = number, number
    return plans


def _rows(plans: list[CasePlan], seed: int = 2026) -> tuple[CaseRows, list[tuple[bool, bool]]]:
    out = CaseRows()
    mail = DemoMail(
        plan_shipments(random.Random(seed), TODAY, set(), STAFF.names, "Demo"), TODAY, 1
    )
    contact_ids = itertools.count(1)
    flags = [case_rows(p, seed, TODAY, STAFF, out, contact_ids, mail) for p in plans]
    return out, flags


def test_every_walk_follows_the_rules_in_date_order() -> None:
    for plan in _plans():
        statuses = [s for s, _ in plan.walk]
        dates = [d for _, d in plan.walk]
        assert statuses[0] is CaseStatus.REGISTERED
        assert dates == sorted(dates) and dates[-1] <= TODAY
        assert (TODAY - plan.registered_on).days <= OLDEST_CASE_DAYS
        for before, after in itertools.pairwise(statuses):
            assert transition_problem(plan.category, before, after) is None
        assert not any(is_final(s) for s in statuses[:-1])  # nothing follows an ending


def test_the_register_has_both_kinds_young_and_old_cases_and_long_walks() -> None:
    plans = _plans()
    captives = sum(p.category is Category.CAPTIVE for p in plans) / len(plans)
    assert 0.5 < captives < 0.7
    ages = [(TODAY - p.registered_on).days for p in plans]
    assert min(ages) < 30 and max(ages) > 365
    assert max(len(p.walk) for p in plans) >= 4
    assert any(len(p.walk) == 1 for p in plans)


def test_the_same_seed_plans_the_same_cases() -> None:
    assert [(p.category, p.walk) for p in _plans(50, 7)] == [
        (p.category, p.walk) for p in _plans(50, 7)
    ]
    assert [p.walk for p in _plans(50, 7)] != [p.walk for p in _plans(50, 8)]


def test_a_persons_row_is_what_registration_makes() -> None:
    plans = _plans(200)
    rows, _ = _rows(plans)
    columns = {c.key for c in inspect(Person).columns}
    keys: dict[int, set[str]] = {}
    for key in rows.keys:
        keys.setdefault(key["person_id"], set()).add(key["key"])
    for plan, person in zip(plans, rows.persons, strict=True):
        assert set(person) == columns
        assert person["case_number"] == format_case_number(
            plan.category, plan.registered_on.year, plan.case_seq
        )
        assert (person["status"], person["status_since"]) == plan.walk[-1]
        assert person["sort_name"] == derived_fields(person)["sort_name"]
        assert person["birth_year"] == derived_fields(person)["birth_year"]
        assert keys[plan.person_id] == search_keys_of(person)
        assert person["assigned_to_id"] in (*STAFF.ids, None)
        assert person["created_at"].date() == plan.registered_on


def test_a_cases_history_is_the_walk_plus_its_blocks() -> None:
    plans = _plans(400)
    rows, flags = _rows(plans)
    by_person: dict[int, list[dict[str, Any]]] = {}
    for event in rows.events:
        by_person.setdefault(event["person_id"], []).append(event)
    blocked_seen = 0
    for plan, person, (blocked, finished) in zip(plans, rows.persons, flags, strict=True):
        events = by_person[plan.person_id]
        walk = [
            e for e in events if e["kind"] in (StatusEventKind.REGISTERED, StatusEventKind.CHANGE)
        ]
        assert [(e["to_status"], e["effective_on"]) for e in walk] == plan.walk
        assert walk[0]["kind"] is StatusEventKind.REGISTERED and walk[0]["from_status"] is None
        for before, after in itertools.pairwise(walk):
            assert after["from_status"] is before["to_status"] and after["reason"]
        blocks = [e for e in events if e["kind"] is StatusEventKind.BLOCKED]
        assert all(e["blocked_reason"] in STANDARD_REASONS for e in blocks)
        assert blocked is person["blocked"] is (person["blocked_reason"] is not None)
        assert finished is is_final(plan.walk[-1][0])
        if blocked:
            blocked_seen += 1
            assert not finished and blocks
            assert person["blocked_reason"] in BLOCK_REASONS.values()
    assert blocked_seen > 0


def test_relatives_and_notes_belong_to_their_case() -> None:
    plans = _plans(300)
    rows, _ = _rows(plans)
    ids = [c["id"] for c in rows.contacts]
    assert ids == list(range(1, len(ids) + 1))  # from the ids given, in order
    persons = {p.person_id for p in plans}
    assert {c["person_id"] for c in rows.contacts} <= persons
    assert rows.notes and {n["person_id"] for n in rows.notes} <= persons
    assert all(n["author_id"] in STAFF.ids for n in rows.notes)


def test_a_case_ended_by_an_exchange_names_it_in_its_last_step() -> None:
    plans = _plans(300)
    plan = next(p for p in plans if p.walk[-1][0] is CaseStatus.REPATRIATED)
    at = datetime.combine(plan.walk[-1][1], time(18, 40), tzinfo=UTC)
    done = CompletedBy(9, "Operation “Обмін”", 2, at)
    plan.operation = done
    rows, _ = _rows(plans)
    last = [e for e in rows.events if e["person_id"] == plan.person_id][len(plan.walk) - 1]
    assert (last["operation_id"], last["reason"], last["recorded_by_id"]) == (
        9,
        "Operation “Обмін”",
        2,
    )
    person = rows.persons[plans.index(plan)]
    assert person["updated_at"] == done.at


@pytest.mark.parametrize("seed", [1, 2])
def test_nothing_is_dated_after_today(seed: int) -> None:
    rows, _ = _rows(_plans(200, seed), seed)
    assert all(e["effective_on"] <= TODAY for e in rows.events)
    assert all(n["created_at"].date() <= TODAY for n in rows.notes)
    assert all(p["updated_at"].date() <= TODAY for p in rows.persons)
