"""What the demo office's supervisors did: one completed exchange that repatriated its
members, an exchange and a group return still ahead, and reviews of stalled cases."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ombuds_desk.demo.cases import CasePlan
from ombuds_desk.demo.office import (
    FACILITATOR,
    plan_completed_exchange,
    plan_planned_operations,
    plan_reviews,
)
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    OperationKind,
    OperationStatus,
    ReviewDecision,
)
from ombuds_desk.domain.status_rules import is_final
from ombuds_desk.services.workflow.review_queue import DEFAULT_NEXT_REVIEW_DAYS

TODAY = date(2026, 11, 26)
S = CaseStatus


def _case(person_id: int, category: Category, *walk: tuple[CaseStatus, int]) -> CasePlan:
    """A case whose walk is (status, days ago) steps."""
    steps = [(status, TODAY - timedelta(days=ago)) for status, ago in walk]
    plan = CasePlan(person_id, category, steps)
    plan.person_id = person_id
    return plan


def _repatriated(person_id: int, listed_ago: int, home_ago: int) -> CasePlan:
    return _case(
        person_id,
        Category.CAPTIVE,
        (S.REGISTERED, 300),
        (S.CONFIRMED, 200),
        (S.LISTED_FOR_EXCHANGE, listed_ago),
        (S.REPATRIATED, home_ago),
    )


def test_a_completed_exchange_moves_its_members_home_on_its_day() -> None:
    cases = [_repatriated(n, listed_ago=100, home_ago=20) for n in range(1, 31)]
    cases.append(_repatriated(99, listed_ago=10, home_ago=5))  # listed after the exchange
    before = {c.person_id: list(c.walk) for c in cases}
    plan = plan_completed_exchange(random.Random(1), cases, TODAY, operation_id=4, by=2)
    assert plan is not None
    assert (plan.id, plan.kind, plan.status) == (
        4,
        OperationKind.EXCHANGE,
        OperationStatus.COMPLETED,
    )
    on = plan.planned_on
    assert TODAY - timedelta(days=75) <= on <= TODAY - timedelta(days=35)
    assert plan.name.endswith(f"{on:%d.%m.%Y}") and "Обмін полоненими" in plan.name
    assert plan.completed_at is not None and plan.completed_at.date() == on
    members = [person_id for person_id, _ in plan.members]
    assert 5 <= len(members) <= 30 and members == sorted(members) and 99 not in members
    for case in cases:
        if case.person_id in members:
            assert case.walk[-1] == (S.REPATRIATED, on)
            assert case.operation is not None and case.operation.operation_id == 4
            assert case.operation.reason == f"Operation “{plan.name}”" and case.operation.by == 2
        else:
            assert case.operation is None and case.walk == before[case.person_id]
    for person_id, added in plan.members:
        case = next(c for c in cases if c.person_id == person_id)
        assert plan.created_at <= added and added.date() <= on
        assert added.date() >= case.walk[-2][1]
    row = plan.row()
    assert (row["version"], row["facilitated_by"], row["status"]) == (
        3,
        FACILITATOR,
        OperationStatus.COMPLETED,
    )
    assert plan.member_rows()[0] == {
        "operation_id": 4,
        "person_id": plan.members[0][0],
        "added_at": plan.members[0][1],
    }


def test_no_repatriated_captive_no_completed_exchange() -> None:
    cases = [_case(1, Category.EVACUEE, (S.REGISTERED, 100), (S.RETURN_REQUESTED, 50))]
    assert plan_completed_exchange(random.Random(1), cases, TODAY, 1, 2) is None


def test_planned_operations_line_up_open_unblocked_cases() -> None:
    listed = [
        _case(
            n,
            Category.CAPTIVE,
            (S.REGISTERED, 200),
            (S.CONFIRMED, 150),
            (S.LISTED_FOR_EXCHANGE, 30),
        )
        for n in range(1, 21)
    ]
    waiting = [
        _case(
            n,
            Category.EVACUEE,
            (S.REGISTERED, 90),
            (S.RETURN_REQUESTED, 60),
            (S.AWAITING_ACCEPTANCE, 15),
        )
        for n in range(21, 41)
    ]
    listed[0].blocked = True
    others = [_case(50, Category.CAPTIVE, (S.REGISTERED, 5))]
    plans = plan_planned_operations(random.Random(2), [*listed, *waiting, *others], TODAY, 7)
    exchange, group_return = plans
    assert (exchange.id, group_return.id) == (7, 8)
    assert (exchange.kind, group_return.kind) == (
        OperationKind.EXCHANGE,
        OperationKind.GROUP_RETURN,
    )
    assert all(p.status is OperationStatus.PLANNED and p.planned_on > TODAY for p in plans)
    exchange_ids = {person_id for person_id, _ in exchange.members}
    return_ids = {person_id for person_id, _ in group_return.members}
    assert exchange_ids <= {c.person_id for c in listed[1:]} and len(exchange_ids) == 12
    assert return_ids <= {c.person_id for c in waiting} and len(return_ids) == 10
    assert all(added.date() <= TODAY for _, added in exchange.members)
    assert exchange.row()["version"] == 2


def test_a_kind_of_operation_with_nobody_to_include_is_not_planned() -> None:
    only_captives = [
        _case(
            1, Category.CAPTIVE, (S.REGISTERED, 40), (S.CONFIRMED, 30), (S.LISTED_FOR_EXCHANGE, 2)
        )
    ]
    (plan,) = plan_planned_operations(random.Random(3), only_captives, TODAY, 1)
    assert plan.kind is OperationKind.EXCHANGE and len(plan.members) == 1


def test_reviews_are_of_cases_stalled_long_enough_and_set_their_next_date() -> None:
    rng = random.Random(4)
    cases = [
        _case(n, Category.CAPTIVE, (S.REGISTERED, 400), (S.CONFIRMED, rng.randint(0, 300)))
        for n in range(1, 301)
    ]
    cases += [
        _case(n, Category.EVACUEE, (S.REGISTERED, 400), (S.RESETTLED, 200)) for n in range(301, 311)
    ]
    reviews = plan_reviews(random.Random(5), cases, TODAY, supervisors=[1, 2])
    by_id = {c.person_id: c for c in cases}
    reviewed = {r["person_id"] for r in reviews}
    assert len(reviewed) == 6  # a hundredth of the cases, but at least six
    for review in reviews:
        case = by_id[review["person_id"]]
        assert not is_final(case.walk[-1][0])
        assert (TODAY - case.walk[-1][1]).days >= 45
        day = review["reviewed_at"].date()
        assert day <= TODAY and (day - case.walk[-1][1]).days > 30  # stalled by then
        assert review["next_review_on"] == day + timedelta(
            days=DEFAULT_NEXT_REVIEW_DAYS[review["decision"]]
        )
        assert review["reviewed_by_id"] in (1, 2) and review["note"]
    assert {r["decision"] for r in reviews} <= {
        ReviewDecision.KEEP_WAITING,
        ReviewDecision.ESCALATE,
    }


def test_no_stalled_case_no_review() -> None:
    fresh = [_case(n, Category.CAPTIVE, (S.REGISTERED, 10)) for n in range(1, 50)]
    assert plan_reviews(random.Random(6), fresh, TODAY, supervisors=[1]) == []
