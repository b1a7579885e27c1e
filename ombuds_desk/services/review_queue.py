"""Stalled cases and the supervisor's review queue.

Stalled is derived (``domain/status_rules.py``), never typed in. The queue shows stalled
cases longest first; a review takes a case out of the queue until its next-review date,
but it stays stalled in every figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, not_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import CaseReview, Person
from ombuds_desk.services import case_status
from ombuds_desk.services.person_query import stalled_condition
from ombuds_desk.services.persons import get_person
from ombuds_desk.services.unit_of_work import require_role

DEFAULT_NEXT_REVIEW_DAYS = {
    ReviewDecision.KEEP_WAITING: 30,
    ReviewDecision.ESCALATE: 7,
    ReviewDecision.REASSIGN: 14,
}
NOT_BLOCKED_REASON = "No change for more than {days} days"


@dataclass(frozen=True)
class StalledCase:
    person_id: int
    case_number: str
    name: str
    category: Category
    status: CaseStatus
    days_stalled: int
    blocked: bool
    blocked_reason: str | None
    assigned_to: str
    assigned_to_id: int | None
    last_review_on: date | None
    last_decision: ReviewDecision | None
    next_review_on: date | None

    def reason(self, threshold_days: int) -> str:
        """The reason the case counts as stalled, for grouping."""
        if self.blocked and self.blocked_reason:
            return self.blocked_reason
        return NOT_BLOCKED_REASON.format(days=threshold_days)


def _hidden_by_review(today: date) -> ColumnElement[bool]:
    review = aliased(CaseReview)
    return (
        exists()
        .where(col(review.person_id) == col(Person.id), col(review.next_review_on) > today)
        .correlate(Person)
    )


def stalled_cases(
    session: Session,
    *,
    today: date,
    threshold_days: int,
    queue_only: bool = False,
    assigned_to_id: int | None = None,
    limit: int | None = None,
) -> list[StalledCase]:
    """Stalled cases, longest first. ``queue_only`` drops those reviewed until a later date."""
    last_review = (
        select(
            CaseReview.person_id,
            func.max(CaseReview.id).label("review_id"),
        )
        .group_by(col(CaseReview.person_id))
        .subquery()
    )
    query = (
        select(Person, User.full_name, CaseReview)
        .join(User, col(User.id) == Person.assigned_to_id, isouter=True)
        .join(last_review, last_review.c.person_id == Person.id, isouter=True)
        .join(CaseReview, col(CaseReview.id) == last_review.c.review_id, isouter=True)
        .where(stalled_condition(today, threshold_days))
        .order_by(col(Person.status_since), col(Person.id))
    )
    if queue_only:
        query = query.where(not_(_hidden_by_review(today)))
    if assigned_to_id is not None:
        query = query.where(col(Person.assigned_to_id) == assigned_to_id)
    if limit:
        query = query.limit(limit)
    cases = []
    for person, assigned, review in session.exec(query).all():
        assert person.id is not None
        cases.append(
            StalledCase(
                person_id=person.id,
                case_number=person.case_number,
                name=" ".join(
                    p for p in (person.family_name, person.given_name, person.patronymic) if p
                ),
                category=person.category,
                status=person.status,
                days_stalled=(today - person.status_since).days,
                blocked=person.blocked,
                blocked_reason=person.blocked_reason,
                assigned_to=assigned or "",
                assigned_to_id=person.assigned_to_id,
                last_review_on=_local_date(review.reviewed_at) if review else None,
                last_decision=review.decision if review else None,
                next_review_on=review.next_review_on if review else None,
            )
        )
    return cases


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def my_cases_needing_action(
    session: Session, actor: User, *, today: date, threshold_days: int
) -> list[StalledCase]:
    """The acting caseworker's stalled cases whose review is not deferred, longest first."""
    return stalled_cases(
        session,
        today=today,
        threshold_days=threshold_days,
        queue_only=True,
        assigned_to_id=actor.id,
    )


def review_case(
    session: Session,
    actor: User,
    person_id: int,
    decision: ReviewDecision,
    *,
    today: date,
    note: str | None = None,
    next_review_on: date | None = None,
    reassign_to_id: int | None = None,
) -> CaseReview:
    """Record a supervisor's review; reassign and close act on the case at once."""
    require_role(actor, Role.SUPERVISOR, "review stalled cases")
    person = get_person(session, person_id, for_update=True)
    problems: dict[str, str] = {}
    if decision is ReviewDecision.CLOSE:
        next_review_on = None
    else:
        next_review_on = next_review_on or today + timedelta(
            days=DEFAULT_NEXT_REVIEW_DAYS[decision]
        )
        if next_review_on <= today:
            problems["next_review_on"] = "must be after today"
    if decision is ReviewDecision.REASSIGN:
        if reassign_to_id is None:
            problems["reassign_to"] = "choose the caseworker who takes the case"
        elif reassign_to_id == person.assigned_to_id:
            problems["reassign_to"] = "the case is already assigned to them"
        elif session.get(User, reassign_to_id) is None:
            problems["reassign_to"] = "no such user"
    if decision is ReviewDecision.CLOSE and not (note or "").strip():
        problems["note"] = "say why the case is closed"
    if problems:
        raise ValidationError("", problems)
    review = CaseReview(
        person_id=person_id,
        decision=decision,
        note=(note or "").strip() or None,
        next_review_on=next_review_on,
        reviewed_by_id=actor.id,
    )
    session.add(review)
    if decision is ReviewDecision.REASSIGN:
        person.assigned_to_id = reassign_to_id
        person.version += 1
        session.add(person)
    elif decision is ReviewDecision.CLOSE:
        case_status.change_status(
            session, actor, person_id, CaseStatus.CLOSED, effective_on=today, today=today,
            reason=f"Closed on review: {(note or '').strip()}",
        )  # fmt: skip
    session.flush()
    return review


def reviews_of(session: Session, person_id: int) -> list[tuple[CaseReview, str]]:
    """A case's reviews, newest first, with the reviewer's name."""
    rows = session.exec(
        select(CaseReview, User.full_name)
        .join(User, col(User.id) == CaseReview.reviewed_by_id, isouter=True)
        .where(CaseReview.person_id == person_id)
        .order_by(col(CaseReview.id).desc())
    ).all()
    return [(review, name or "—") for review, name in rows]


def queue_condition(today: date, threshold_days: int) -> ColumnElement[bool]:
    """Stalled and not deferred by a review: the review queue as one SQL condition."""
    return and_(stalled_condition(today, threshold_days), not_(_hidden_by_review(today)))
