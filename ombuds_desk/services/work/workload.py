"""Who carries how many cases: each caseworker's open, stalled and overdue cases, in one
grouped SQL count (a supervisor's, for sharing the work out and reassigning).

Open: not final. Stalled: as the review queue counts it (``stalled_condition``). Overdue: the
latest review's next review date has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseReview, Person
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.person_query import fetch_ids, stalled_condition
from ombuds_desk.services.cases.reassignment import case_holders
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.permissions import Action, require


@dataclass(frozen=True)
class Workload:
    user_id: int | None  # None: the cases nobody holds
    name: str
    role: str
    open: int
    stalled: int
    overdue: int


def _latest_review_ids() -> Any:
    return (
        sa.select(func.max(CaseReview.id).label("id"))
        .group_by(col(CaseReview.person_id))
        .subquery("latest_review")
    )


def _open() -> ColumnElement[bool]:
    return col(Person.status).not_in([s.value for s in FINAL_STATUSES])


def workloads(session: Session, actor: User, *, today: date) -> list[Workload]:
    """Every active caseworker and supervisor (those with no case too), then the cases
    nobody holds; by name."""
    require(actor, Action.VIEW_TEAM_WORK)
    latest = _latest_review_ids()
    overdue = sa.and_(col(CaseReview.id).is_not(None), col(CaseReview.next_review_on) < today)
    stalled = stalled_condition(today, stalled_after_days(session))
    query = (
        sa.select(
            col(Person.assigned_to_id),
            func.count(),
            func.count(sa.case((stalled, 1))),
            func.count(sa.case((overdue, 1))),
        )
        .select_from(Person)
        .outerjoin(
            CaseReview,
            sa.and_(
                col(CaseReview.person_id) == col(Person.id),
                col(CaseReview.id).in_(sa.select(latest.c.id)),
            ),
        )
        .where(_open())
        .group_by(col(Person.assigned_to_id))
    )
    counts = {row[0]: row[1:] for row in session.connection().execute(query)}
    loads = []
    for user in case_holders(session):
        opened, stalled_n, overdue_n = counts.pop(user.id, (0, 0, 0))
        loads.append(
            Workload(user.id, user.full_name, user.role.label, opened, stalled_n, overdue_n)
        )
    unassigned = counts.pop(None, None)
    # Cases of staff who left or became admins: still theirs until reassigned, so shown.
    if counts:
        gone: dict[int, User] = {
            int(u.id or 0): u
            for u in session.exec(select(User).where(col(User.id).in_(list(counts))))
        }
        for user_id, (opened, stalled_n, overdue_n) in sorted(counts.items()):
            former = gone.get(int(user_id or 0))
            name = former.full_name if former else f"#{user_id}"
            role = (
                translate("MyWork", "left")
                if former is not None and not former.active
                else (former.role.label if former else "")
            )
            loads.append(Workload(user_id, name, role, opened, stalled_n, overdue_n))
    if unassigned is not None:
        loads.append(Workload(None, translate("MyWork", "Nobody"), "", *unassigned))
    return loads


class Held(StrEnum):
    """Which of a caseworker's cases a supervisor hands on from the workload."""

    OPEN = "open"
    STALLED = "stalled"
    OVERDUE = "overdue"


def held_case_ids(
    session: Session, actor: User, user_id: int | None, which: Held, *, today: date
) -> list[int]:
    """The ids of ``user_id``'s open (or stalled, or overdue) cases, by case number; the
    cases nobody holds for ``None``. The same conditions as :func:`workloads` counts."""
    require(actor, Action.VIEW_TEAM_WORK)
    holder = (
        col(Person.assigned_to_id).is_(None)
        if user_id is None
        else col(Person.assigned_to_id) == user_id
    )
    query = sa.select(col(Person.id)).where(holder, _open())
    if which is Held.STALLED:
        query = query.where(stalled_condition(today, stalled_after_days(session)))
    elif which is Held.OVERDUE:
        query = query.join(CaseReview, col(CaseReview.person_id) == col(Person.id)).where(
            col(CaseReview.id).in_(sa.select(_latest_review_ids().c.id)),
            col(CaseReview.next_review_on) < today,
        )
    return fetch_ids(session, query.order_by(col(Person.case_number)))
