"""The dashboard's figures, read from index range counts (``stalled_counts``), agree with a
full recount of the register in Python after every kind of change a case goes through,
on each day as time passes, and with the thresholds tested as written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision, StatusEventKind
from ombuds_desk.domain.people import CaseReview, Person, StatusEvent
from ombuds_desk.domain.status_rules import StalledRule, is_final
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.cases.reassignment import reassign_cases
from ombuds_desk.services.core.office_settings import (
    STALLED_AFTER_DAYS,
    set_setting,
    stalled_after_days,
    stalled_days_key,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import review_queue
from ombuds_desk.services.workflow.review_queue import NOT_BLOCKED_REASON
from ombuds_desk.services.workflow.statistics import AGE_BANDS, office_stats
from ombuds_desk.store.database import Database
from tests.services.helpers import register

# Days a case has been in its status: either side of every threshold (14, 30, 60, 90 days)
# and of every age band's edge.
AGES = (0, 13, 14, 15, 29, 30, 31, 59, 60, 61, 89, 90, 91, 95, 200)


def _band(days: int) -> str:
    for label, low, high in AGE_BANDS:
        if days >= low and (high is None or days <= high):
            return label
    raise AssertionError(days)


def recount(session: Session, today: date, rule: StalledRule, months: int = 12) -> dict[str, Any]:
    """Every figure of ``office_stats(...).as_json()`` from every row, one by one in
    Python: the thresholds as written, the reviews themselves, the events themselves."""
    persons = session.exec(select(Person)).all()
    names = {u.id: u.full_name for u in session.exec(select(User)).all()}
    deferred_to: dict[int, date] = {}
    for review in session.exec(select(CaseReview)).all():
        if review.next_review_on is not None:
            so_far = deferred_to.get(review.person_id, date.min)
            deferred_to[review.person_id] = max(so_far, review.next_review_on)
    figures: dict[str, Any] = {
        "total_cases": len(persons),
        "open_cases": 0,
        "blocked_cases": 0,
        "stalled_cases": 0,
        "review_queue": 0,
        "open_by_category_status": {},
        "stalled_by_reason": {},
        "stalled_by_age": {label: 0 for label, _low, _high in AGE_BANDS},
    }
    by_caseworker: dict[int | None, list[int]] = {}
    for p in persons:
        category, status = Category(p.category), CaseStatus(p.status)
        if is_final(status):
            continue
        figures["open_cases"] += 1
        by_status = figures["open_by_category_status"].setdefault(category.value, {})
        by_status[status.value] = by_status.get(status.value, 0) + 1
        figures["blocked_cases"] += bool(p.blocked)
        days = (today - p.status_since).days
        if not (p.blocked or days > rule.days(category, status)):
            continue
        figures["stalled_cases"] += 1
        queued = deferred_to.get(int(p.id or 0), date.min) <= today
        figures["review_queue"] += queued
        reason = (
            (p.blocked_reason or "Blocked")
            if p.blocked
            else NOT_BLOCKED_REASON.format(days=rule.days(category, status))
        )
        figures["stalled_by_reason"][reason] = figures["stalled_by_reason"].get(reason, 0) + 1
        if days >= 0:
            figures["stalled_by_age"][_band(days)] += 1
        counts = by_caseworker.setdefault(p.assigned_to_id, [0, 0])
        counts[0] += 1
        counts[1] += queued
    figures["stalled_by_caseworker"] = sorted(
        (
            {"caseworker": names[i] if i is not None else "", "stalled": n, "in_queue": q}
            for i, (n, q) in by_caseworker.items()
        ),
        key=lambda row: (-row["stalled"], row["caseworker"]),
    )
    first = date(today.year, today.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    completed: dict[str, dict[str, int]] = {}
    cursor = first
    while cursor <= today:
        completed[f"{cursor:%Y-%m}"] = {"repatriated": 0, "returned": 0}
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    kinds = {StatusEventKind.CHANGE.value, StatusEventKind.CORRECTION.value}
    for event in session.exec(select(StatusEvent)).all():
        on, to_status = event.effective_on, CaseStatus(event.to_status).value
        if (
            event.kind in kinds
            and first <= on <= today
            and to_status in ("repatriated", "returned")
        ):
            completed[f"{on:%Y-%m}"][to_status] += 1
    figures["completed_per_month"] = completed
    return figures


def _compare(db: Database, today: date, *, stored: bool = True) -> None:
    """The office's figures as the dashboard reads them (stored stalled days) equal the
    recount, and equal the figures with the thresholds tested as written."""
    with db.reading() as session:
        rule = stalled_after_days(session)
        assert rule.stored == stored  # the quick counts are the ones under test
        rule = replace(rule, stored=True)
        quick = office_stats(session, today=today, threshold_days=rule).as_json()
        written = office_stats(
            session, today=today, threshold_days=replace(rule, stored=False)
        ).as_json()
        expected = recount(session, today, rule)
    for key, value in expected.items():
        assert quick[key] == value, (today, key)
    assert quick == written


def _steps(db: Database, supervisor: User, caseworker: User, today: date) -> list[int]:
    """A register that has been through every kind of change; the ids of its cases."""
    ids: list[int] = []
    for n, age in enumerate(AGES):
        for category in (Category.CAPTIVE, Category.EVACUEE):
            actor = caseworker if n % 3 else supervisor
            person = register(
                db,
                actor,
                today,
                category=category.value,
                family_name="Ґонтаренко" if n % 2 else "Їжакевич",
                status_since=today - timedelta(days=age),
            )
            ids.append(int(person.id or 0))
    captives, evacuees = ids[0::2], ids[1::2]
    # the first of this month less three days: a completion in the month before
    last_month = date(today.year, today.month, 1) - timedelta(days=3)
    with unit_of_work(db, supervisor) as session:
        for person_id in captives[4:10]:  # confirmed, some long ago
            case_status.change_status(
                session,
                supervisor,
                person_id,
                CaseStatus.CONFIRMED,
                effective_on=today,
                today=today,
            )
        for person_id in captives[10:]:  # on to an exchange list, then home
            case_status.change_status(
                session,
                supervisor,
                person_id,
                CaseStatus.CONFIRMED,
                effective_on=last_month - timedelta(days=60),
                today=today,
            )
            case_status.change_status(
                session,
                supervisor,
                person_id,
                CaseStatus.LISTED_FOR_EXCHANGE,
                effective_on=last_month - timedelta(days=40),
                today=today,
            )
        for person_id in captives[12:]:
            case_status.change_status(
                session,
                supervisor,
                person_id,
                CaseStatus.REPATRIATED,
                effective_on=last_month,
                today=today,
                reason="Exchanged, met by the family",
            )
        # a completion corrected to another day, and one undone
        case_status.correct_status(
            session,
            supervisor,
            captives[12],
            CaseStatus.REPATRIATED,
            effective_on=today,
            today=today,
            reason="Arrived a month later than recorded",
        )
        case_status.undo_status_change(session, supervisor, captives[13], today=today)
        for person_id in evacuees[5:9]:
            case_status.change_status(
                session,
                supervisor,
                person_id,
                CaseStatus.RETURN_REQUESTED,
                effective_on=today - timedelta(days=20),
                today=today,
            )
        # blocked for two reasons; one blocked and let go again
        for person_id in (*evacuees[:3], captives[2]):
            case_status.block_case(
                session, supervisor, person_id, "Home country does not accept return", today=today
            )
        case_status.block_case(
            session, supervisor, captives[0], "Identity not confirmed by holding party", today=today
        )
        case_status.unblock_case(session, supervisor, evacuees[1], today=today)
        # reviews: one deferring a case to next month, one whose next review is already due
        review_queue.review_case(
            session, supervisor, captives[9], ReviewDecision.KEEP_WAITING, today=today
        )
        review_queue.review_case(
            session,
            supervisor,
            evacuees[14],
            ReviewDecision.KEEP_WAITING,
            today=today,
            next_review_on=today + timedelta(days=2),
        )
        reassign_cases(
            session,
            supervisor,
            [captives[9], evacuees[3], evacuees[14]],
            supervisor.id,
            "Covering while away",
        )
    return ids


def test_the_counts_agree_with_a_full_recount_after_every_kind_of_change(
    db: Database, supervisor: User, caseworker: User, today: date
) -> None:
    _steps(db, supervisor, caseworker, today)
    for later in (0, 1, 3, 16, 31, 45, 100, 400):  # days pass: cases cross their thresholds
        _compare(db, today + timedelta(days=later))
    # The office changes a threshold: every stored day is worked out again, and the counts
    # follow at once.
    with unit_of_work(db, supervisor) as session:
        key = stalled_days_key(Category.CAPTIVE, CaseStatus.CONFIRMED)
        set_setting(session, supervisor, key, "20")
        set_setting(session, supervisor, STALLED_AFTER_DAYS, "45")
    for later in (0, 21, 46):
        _compare(db, today + timedelta(days=later))


def test_counts_of_an_empty_register(db: Database, today: date) -> None:
    # No case yet, so no stored day either: the quick counts are asked for all the same.
    _compare(db, today, stored=False)
