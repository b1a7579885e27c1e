"""Stalled per status: each waiting status of each category has its threshold (a case exactly
at it is not stalled, one day over is), an empty setting falls back to the general number,
blocked cases are always stalled, and the SQL condition every list uses agrees with the rule
a single case is judged by."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.status_rules import PATHS, StalledRule, is_stalled
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids, person_rows
from ombuds_desk.services.cases.stalled import stalled_by_threshold
from ombuds_desk.services.core.office_settings import (
    STALLED_AFTER_DAYS,
    set_setting,
    stalled_after_days,
    stalled_days_key,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

C, S = Category, CaseStatus
# The office's defaults: (category, status) → days.
DEFAULTS = {
    (C.CAPTIVE, S.REGISTERED): 14,
    (C.CAPTIVE, S.CONFIRMED): 60,
    (C.CAPTIVE, S.LISTED_FOR_EXCHANGE): 90,
    (C.EVACUEE, S.REGISTERED): 14,
    (C.EVACUEE, S.RETURN_REQUESTED): 30,  # no number of its own: the general 30
    (C.EVACUEE, S.AWAITING_ACCEPTANCE): 30,
}


def in_status(
    db: Database, actor: User, today: date, category: Category, status: CaseStatus, days: int
) -> int:
    """A case of ``category`` that has been in ``status`` for ``days`` days today."""
    since = today - timedelta(days=days)
    path = PATHS[category]
    steps = path[1 : path.index(status) + 1]
    person = register(
        db,
        actor,
        today,
        category=category.value,
        family_name="Ґалаґан",
        status_since=since - timedelta(days=len(steps)),
    )
    with unit_of_work(db, actor) as session:
        for n, step in enumerate(steps, start=1):
            change_status(
                session,
                actor,
                id_of(person),
                step,
                effective_on=since - timedelta(days=len(steps) - n),
                today=today,
            )
    return id_of(person)


def _stalled_ids(db: Database, today: date) -> set[int]:
    with db.reading() as session:
        rule = stalled_after_days(session)
        ids = person_ids(session, PersonFilter(stalled_only=True), today=today, threshold_days=rule)
        rows = person_rows(session, ids, today=today, threshold_days=rule)
    assert all(row.stalled for row in rows.values()), "the list's flag agrees with its filter"
    return set(ids)


@pytest.mark.parametrize(
    ("category", "status"), list(DEFAULTS), ids=lambda v: str(getattr(v, "value", v))
)
def test_a_case_exactly_at_its_status_threshold_is_not_stalled_one_day_over_is(
    db: Database, supervisor: User, today: date, category: Category, status: CaseStatus
) -> None:
    days = DEFAULTS[(category, status)]
    at = in_status(db, supervisor, today, category, status, days)
    over = in_status(db, supervisor, today, category, status, days + 1)
    assert _stalled_ids(db, today) == {over}
    with db.reading() as session:
        rule = stalled_after_days(session)
    assert rule.days(category, status) == days
    assert not is_stalled(status, False, today - timedelta(days), today, rule, category=category)
    assert is_stalled(status, False, today - timedelta(days + 1), today, rule, category=category)
    assert at != over


def test_the_office_sets_a_status_of_one_category_and_the_general_number_covers_the_rest(
    db: Database, supervisor: User, today: date
) -> None:
    captive = in_status(db, supervisor, today, C.CAPTIVE, S.REGISTERED, 20)
    evacuee = in_status(db, supervisor, today, C.EVACUEE, S.REGISTERED, 20)
    asked = in_status(db, supervisor, today, C.EVACUEE, S.RETURN_REQUESTED, 40)
    assert _stalled_ids(db, today) == {captive, evacuee, asked}  # 14, 14 and the general 30
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, stalled_days_key(C.CAPTIVE, S.REGISTERED), "21")
        set_setting(session, supervisor, STALLED_AFTER_DAYS, "45")
    # A captive's registration now waits 21 days; an evacuee's still 14; "return requested"
    # has no number of its own and follows the general 45.
    assert _stalled_ids(db, today) == {evacuee}
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, stalled_days_key(C.EVACUEE, S.RETURN_REQUESTED), "39")
    assert _stalled_ids(db, today) == {evacuee, asked}


def test_a_blocked_case_is_stalled_whatever_the_threshold(
    db: Database, supervisor: User, today: date
) -> None:
    fresh = in_status(db, supervisor, today, C.CAPTIVE, S.LISTED_FOR_EXCHANGE, 1)
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, fresh, "Whereabouts unknown", today=today)
    assert _stalled_ids(db, today) == {fresh}


def test_an_empty_or_broken_setting_falls_back(db: Database, supervisor: User) -> None:
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, stalled_days_key(C.CAPTIVE, S.CONFIRMED), "")
        set_setting(session, supervisor, STALLED_AFTER_DAYS, "50")
    with db.reading() as session:
        rule = stalled_after_days(session)
    assert rule.days(C.CAPTIVE, S.CONFIRMED) == 50
    assert rule.days(C.CAPTIVE, S.LISTED_FOR_EXCHANGE) == 90
    assert rule.describe() == (
        "registered 14 days, listed for exchange 90 days, awaiting acceptance 30 days; "
        "otherwise 50 days"
    )
    assert StalledRule.uniform(30).describe() == "30 days"


def test_the_counts_beside_each_threshold(db: Database, supervisor: User, today: date) -> None:
    in_status(db, supervisor, today, C.CAPTIVE, S.CONFIRMED, 61)
    in_status(db, supervisor, today, C.CAPTIVE, S.CONFIRMED, 60)
    held = in_status(db, supervisor, today, C.CAPTIVE, S.CONFIRMED, 100)
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, held, "Whereabouts unknown", today=today)
    in_status(db, supervisor, today, C.EVACUEE, S.REGISTERED, 15)
    with db.reading() as session:
        counts = stalled_by_threshold(session, today=today, threshold=stalled_after_days(session))
        lower = stalled_by_threshold(
            session,
            today=today,
            threshold=StalledRule(by_status={(C.CAPTIVE, S.CONFIRMED): 59}),
        )
    # The blocked case is stalled anyway: it is no threshold's doing.
    assert counts == {(C.CAPTIVE, S.CONFIRMED): 1, (C.EVACUEE, S.REGISTERED): 1}
    # As typed: confirmed after 59 days takes the 60-day case too; registrations follow the
    # general 30 in that rule, and the 15-day evacuee is not over it.
    assert lower == {(C.CAPTIVE, S.CONFIRMED): 2}
