"""The transition rules and the stalled rule, at their edges."""

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.enums import CaseStatus as S
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.status_rules import (
    allowed_next,
    completion_status,
    is_final,
    is_stalled,
    transition_problem,
)

CAP, EVA = Category.CAPTIVE, Category.EVACUEE
ENDINGS = [S.RELEASED, S.RESETTLED, S.DECEASED, S.CLOSED]

ALLOWED = [
    (CAP, S.REGISTERED, S.CONFIRMED),
    (CAP, S.CONFIRMED, S.LISTED_FOR_EXCHANGE),
    (CAP, S.LISTED_FOR_EXCHANGE, S.REPATRIATED),
    (CAP, S.LISTED_FOR_EXCHANGE, S.CONFIRMED),
    (EVA, S.REGISTERED, S.RETURN_REQUESTED),
    (EVA, S.RETURN_REQUESTED, S.AWAITING_ACCEPTANCE),
    (EVA, S.AWAITING_ACCEPTANCE, S.RETURNED),
    (EVA, S.AWAITING_ACCEPTANCE, S.RETURN_REQUESTED),
] + [(cat, start, end) for cat in (CAP, EVA) for start in (S.REGISTERED,) for end in ENDINGS]

FORBIDDEN = [
    (CAP, S.REGISTERED, S.REPATRIATED),
    (CAP, S.REGISTERED, S.LISTED_FOR_EXCHANGE),
    (CAP, S.CONFIRMED, S.REGISTERED),
    (CAP, S.REGISTERED, S.RETURN_REQUESTED),
    (CAP, S.REPATRIATED, S.CONFIRMED),
    (CAP, S.DECEASED, S.RELEASED),
    (EVA, S.REGISTERED, S.RETURNED),
    (EVA, S.REGISTERED, S.CONFIRMED),
    (EVA, S.RETURNED, S.RETURN_REQUESTED),
    (EVA, S.RETURN_REQUESTED, S.REPATRIATED),
    (EVA, S.RETURN_REQUESTED, S.RETURN_REQUESTED),
]


@pytest.mark.parametrize(("category", "current", "new"), ALLOWED)
def test_allowed(category: Category, current: S, new: S) -> None:
    assert transition_problem(category, current, new) is None
    assert new in allowed_next(category, current)


@pytest.mark.parametrize(("category", "current", "new"), FORBIDDEN)
def test_forbidden_with_a_reason(category: Category, current: S, new: S) -> None:
    problem = transition_problem(category, current, new)
    assert problem
    assert new not in allowed_next(category, current)


def test_final_statuses_have_no_next_and_operations_end_paths() -> None:
    for status in [S.REPATRIATED, S.RETURNED, *ENDINGS]:
        assert is_final(status)
        assert allowed_next(CAP, status) == []
    assert completion_status(CAP) is S.REPATRIATED
    assert completion_status(EVA) is S.RETURNED


@pytest.mark.parametrize(("days", "stalled"), [(29, False), (30, False), (31, True)])
def test_stalled_after_more_than_threshold_days(days: int, stalled: bool) -> None:
    today = date(2026, 11, 26)
    since = today - timedelta(days=days)
    assert is_stalled(S.CONFIRMED, False, since, today, 30) is stalled


def test_blocked_is_stalled_at_once_unless_final() -> None:
    today = date(2026, 11, 26)
    assert is_stalled(S.AWAITING_ACCEPTANCE, True, today, today, 30)
    assert not is_stalled(S.RETURNED, True, today - timedelta(days=400), today, 30)
    assert not is_stalled(S.CLOSED, False, today - timedelta(days=400), today, 30)


def test_the_next_step_forward_is_offered_first() -> None:
    assert allowed_next(CAP, S.LISTED_FOR_EXCHANGE)[:2] == [S.REPATRIATED, S.CONFIRMED]
    assert allowed_next(EVA, S.AWAITING_ACCEPTANCE)[:2] == [S.RETURNED, S.RETURN_REQUESTED]
    assert allowed_next(CAP, S.REGISTERED) == [S.CONFIRMED, *ENDINGS]
