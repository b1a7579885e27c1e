"""Demo operations and case reviews: what the supervisors of the demo office have done.

- One completed exchange: captives whose demo history ends *repatriated* are moved to its
  date, and their last status row names the operation, as ``operations.complete_operation``
  writes it. This happens before the persons' rows are made, so histories stay consistent.
- One planned exchange of captives *listed for exchange* and one planned group return of
  evacuees *awaiting acceptance* (neither of them blocked).
- Reviews of stalled cases: deferred (kept waiting or escalated, next review ahead), and
  some whose next review has come round again.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from ombuds_desk.demo.texts import (
    ESCALATE_NOTES,
    EXCHANGE_NOTES,
    KEEP_WAITING_NOTES,
    REASSIGN_REASONS,
    RETURN_NOTES,
)
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    OperationKind,
    OperationStatus,
    ReviewDecision,
)
from ombuds_desk.domain.status_rules import completion_status, is_final
from ombuds_desk.services.workflow.review_queue import DEFAULT_NEXT_REVIEW_DAYS

S = CaseStatus
FACILITATOR = "ICRC"


class CaseLike(Protocol):
    """What this module reads of a planned demo case (``demo_cases.CasePlan``)."""

    category: Category
    walk: list[tuple[CaseStatus, date]]
    person_id: int
    blocked: bool
    operation: CompletedBy | None


@dataclass(frozen=True)
class CompletedBy:
    """The completed operation that ended a case, for its last status row."""

    operation_id: int
    reason: str
    by: int
    at: datetime


@dataclass
class OperationPlan:
    id: int
    name: str
    kind: OperationKind
    planned_on: date
    status: OperationStatus
    created_at: datetime
    notes: str
    completed_at: datetime | None = None
    members: list[tuple[int, datetime]] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": 2 + (self.status is OperationStatus.COMPLETED),
            "name": self.name,
            "kind": self.kind,
            "planned_on": self.planned_on,
            "facilitated_by": FACILITATOR,
            "status": self.status,
            "completed_at": self.completed_at,
            "notes": self.notes,
            "created_at": self.created_at,
        }

    def member_rows(self) -> list[dict[str, Any]]:
        return [
            {"operation_id": self.id, "person_id": person_id, "added_at": added}
            for person_id, added in self.members
        ]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _added(rng: random.Random, created: datetime, since: date, until: date) -> datetime:
    """When a person joined an operation: after it was set up and they were listed."""
    day = max(created.date(), since)
    day += timedelta(days=rng.randint(0, max((until - day).days, 0)))
    return max(created, _at(day, rng.randint(9, 16), rng.randint(0, 59)))


def plan_completed_exchange(
    rng: random.Random, cases: Sequence[CaseLike], today: date, operation_id: int, by: int
) -> OperationPlan | None:
    """Move some repatriated captives' repatriation to one exchange's day (before rows)."""
    on = today - timedelta(days=rng.randint(35, 75))
    eligible = [
        c
        for c in cases
        if c.category is Category.CAPTIVE
        and c.walk[-1][0] is S.REPATRIATED
        and len(c.walk) >= 2
        and c.walk[-2][1] <= on
    ]
    if not eligible:
        return None
    chosen = sorted(
        rng.sample(eligible, min(len(eligible), _clamp(len(eligible) // 3, 5, 300))),
        key=lambda c: c.person_id,
    )
    name = f"Обмін полоненими / Prisoner exchange {on:%d.%m.%Y}"
    created = _at(on - timedelta(days=rng.randint(18, 25)), 10)
    plan = OperationPlan(
        operation_id,
        name,
        OperationKind.EXCHANGE,
        on,
        OperationStatus.COMPLETED,
        created,
        EXCHANGE_NOTES,
        completed_at=_at(on, 18, 40),
    )
    # The reason ``case_status.complete_by_operation`` gives.
    done = CompletedBy(operation_id, f"Operation “{name}”", by, _at(on, 18, 40))
    for case in chosen:
        assert completion_status(case.category) is S.REPATRIATED
        case.walk[-1] = (S.REPATRIATED, on)
        case.operation = done
        plan.members.append((case.person_id, _added(rng, created, case.walk[-2][1], on)))
    return plan


def plan_planned_operations(
    rng: random.Random, cases: Sequence[CaseLike], today: date, first_id: int
) -> list[OperationPlan]:
    """An exchange and a group return still ahead, with the persons lined up for them."""
    persons = len(cases)
    plans: list[OperationPlan] = []
    for kind, status, size, label, notes in (
        (
            OperationKind.EXCHANGE,
            S.LISTED_FOR_EXCHANGE,
            _clamp(persons // 125, 12, 200),
            "Обмін полоненими / Prisoner exchange",
            EXCHANGE_NOTES,
        ),
        (
            OperationKind.GROUP_RETURN,
            S.AWAITING_ACCEPTANCE,
            _clamp(persons // 100, 10, 124),
            "Повернення цивільних / Group return of civilians",
            RETURN_NOTES,
        ),
    ):
        eligible = [c for c in cases if c.walk[-1][0] is status and not c.blocked]
        if not eligible:
            continue
        on = today + timedelta(days=rng.randint(10, 40))
        created = _at(today - timedelta(days=rng.randint(10, 20)), 11)
        plan = OperationPlan(
            first_id + len(plans),
            f"{label} {on:%d.%m.%Y}",
            kind,
            on,
            OperationStatus.PLANNED,
            created,
            notes,
        )
        for case in sorted(
            rng.sample(eligible, min(size, len(eligible))), key=lambda c: c.person_id
        ):
            plan.members.append((case.person_id, _added(rng, created, case.walk[-1][1], today)))
        plans.append(plan)
    return plans


def plan_reviews(
    rng: random.Random,
    cases: Sequence[CaseLike],
    today: date,
    supervisors: Sequence[int],
    colleagues: Sequence[int] = (),
) -> list[dict[str, Any]]:
    """Supervisors' reviews of cases stalled for 45 days or more; an escalation goes to the
    other supervisor or, now and then, to one of ``colleagues``."""
    wait, escalate = ReviewDecision.KEEP_WAITING, ReviewDecision.ESCALATE
    # Recipients drawn apart, so the reviews themselves stay what they were before.
    pick = random.Random(len(cases) * 7 + 3)

    def recipient(reviewer: int) -> int | None:
        others = [s for s in supervisors if s != reviewer]
        if colleagues and (not others or pick.random() < 0.3):
            others = [c for c in colleagues if c != reviewer] or others
        return pick.choice(others) if others else None

    eligible = [
        (c, (today - c.walk[-1][1]).days)
        for c in cases
        if not is_final(c.walk[-1][0]) and (today - c.walk[-1][1]).days >= 45
    ]
    rows: list[dict[str, Any]] = []

    def review(case: CaseLike, decision: ReviewDecision, ago: int) -> None:
        day = today - timedelta(days=ago)
        notes = KEEP_WAITING_NOTES if decision is wait else ESCALATE_NOTES
        # Drawn in this order, so the demo office stays the one it was before recipients.
        note = rng.choice(notes)
        reviewed_at = _at(day, rng.randint(9, 17), rng.randint(0, 59))
        reviewer = supervisors[rng.randrange(len(supervisors))]
        row = {
            "person_id": case.person_id,
            "decision": decision,
            "note": note,
            "next_review_on": day + timedelta(days=DEFAULT_NEXT_REVIEW_DAYS[decision]),
            "reviewed_at": reviewed_at,
            "reviewed_by_id": reviewer,
            "to_user_id": recipient(reviewer) if decision is escalate else None,
        }
        rows.append(row)

    count = min(len(eligible), _clamp(len(cases) // 100, 6, 60))
    for case, days in sorted(rng.sample(eligible, count), key=lambda e: e[0].person_id):
        stalled_for = days - 31  # reviewed only once the case was stalled
        roll = rng.random()
        if roll < 0.2 and stalled_for >= 40:  # escalated a while ago, then told to wait
            review(case, escalate, rng.randint(32, stalled_for))
            review(case, wait, rng.randint(0, 25))
        elif roll < 0.4 and stalled_for >= 31:  # kept waiting; the next review is due again
            review(case, wait, rng.randint(31, min(60, stalled_for)))
        elif roll < 0.65:
            review(case, escalate, rng.randint(0, 5))
        else:
            review(case, wait, rng.randint(0, min(25, stalled_for)))
    return rows


def plan_reassignments(
    rng: random.Random,
    held: Sequence[tuple[int, int | None]],
    today: date,
    supervisors: Sequence[int],
    holders: Sequence[int],
) -> list[dict[str, Any]]:
    """Cases a supervisor handed to another caseworker in the last fortnight, with a reason:
    ``held`` is (person id, caseworker id) of the open cases; the rows are case assignments
    (the builder moves the cases to their ``to_user_id``)."""
    if not held or len(holders) < 2 or not supervisors:
        return []
    count = min(len(held), _clamp(len(held) // 80, 4, 40))
    rows: list[dict[str, Any]] = []
    for person_id, before in sorted(rng.sample(list(held), count)):
        after = rng.choice([h for h in holders if h != before])
        day = today - timedelta(days=rng.randint(0, 12))
        rows.append(
            {
                "person_id": person_id,
                "from_user_id": before,
                "to_user_id": after,
                "reason": rng.choice(REASSIGN_REASONS),
                "assigned_at": _at(day, rng.randint(9, 17), rng.randint(0, 59)),
                "assigned_by_id": rng.choice(supervisors),
            }
        )
    return rows
