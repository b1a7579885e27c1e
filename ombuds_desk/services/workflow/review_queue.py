"""Stalled cases and the supervisor's review queue.

Stalled is derived (``services/cases/stalled.py``, from the office's thresholds per status),
never typed in. The queue shows stalled
cases longest first; a review takes a case out of the queue until its next-review date,
but it stays stalled in every figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, and_, case, func, not_
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseReview, Person, full_name
from ombuds_desk.domain.status_rules import StalledRule, as_rule
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.cases.block_reasons import reason_words as block_reason_words
from ombuds_desk.services.cases.person_query import fetch_ids
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.cases.reassignment import check_holder, hand_over
from ombuds_desk.services.cases.reviews import check_recipient
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.phrases import Plural

DEFAULT_NEXT_REVIEW_DAYS = {
    ReviewDecision.KEEP_WAITING: 30,
    ReviewDecision.ESCALATE: 7,
    ReviewDecision.REASSIGN: 14,
}
# The reason of a stalled case that is not blocked, as the figures key it (in English: the
# office's statistics are data); said in the reader's language by ``reason_words``.
NOT_BLOCKED_REASON = "No change for more than {days} days"
BLOCKED = "Blocked"  # a blocked case without a reason
_NOT_BLOCKED = re.compile(r"No change for more than (\d+) days")


class ReviewQueuePlurals(Plural):
    """Counted words of the review queue (``ReviewQueuePlurals.tr("%n …", "", n)``)."""


def reason_words(reason: str) -> str:
    """A stalled case's reason (``StalledCase.reason``, a key of the figures) in the
    reader's language; a block's reason as the block shows it (a standard one translated, the
    office's own as typed)."""
    found = _NOT_BLOCKED.fullmatch(reason)
    if found:
        days = int(found.group(1))
        return ReviewQueuePlurals.tr("No change for more than %n days", "", days)
    if reason == BLOCKED:
        return translate("ReviewQueue", "Blocked")
    return block_reason_words(reason)


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
    deferred: bool = False  # stalled, but a review keeps it out of the queue until later

    def reason(self, threshold_days: StalledRule | int) -> str:
        """The reason the case counts as stalled: its block's, or the threshold of its status
        it has passed."""
        if self.blocked and self.blocked_reason:
            return block_reason_words(self.blocked_reason)
        days = as_rule(threshold_days).days(self.category, self.status)
        return reason_words(NOT_BLOCKED_REASON.format(days=days))


@dataclass(frozen=True)
class QueueCounts:
    queued: int  # stalled and not deferred: the review queue
    deferred: int  # stalled, but deferred by a review until a later date


def hidden_by_review(today: date) -> ColumnElement[bool]:
    """A review set the case's next review after today: it is out of the queue until then
    (the latest next-review date, kept on the case: ``Person.deferred_until``)."""
    return func.coalesce(col(Person.deferred_until), date.min) > today


def _conditions(
    today: date, threshold_days: StalledRule | int, *, queue_only: bool, assigned_to_id: int | None
) -> list[ColumnElement[bool]]:
    where = [stalled_condition(today, threshold_days)]
    if queue_only:
        where.append(not_(hidden_by_review(today)))
    if assigned_to_id is not None:
        where.append(col(Person.assigned_to_id) == assigned_to_id)
    return where


def _longest_first(query: Any) -> Any:
    return query.order_by(col(Person.status_since), col(Person.id))


def stalled_case_ids(
    session: Session,
    *,
    today: date,
    threshold_days: StalledRule | int,
    queue_only: bool = False,
    assigned_to_id: int | None = None,
) -> list[int]:
    """Ids of the stalled cases, longest first (the queue's order), as plain ints."""
    query = select(Person.id).where(
        *_conditions(today, threshold_days, queue_only=queue_only, assigned_to_id=assigned_to_id)
    )
    return fetch_ids(session, _longest_first(query))


def queue_counts(
    session: Session,
    *,
    today: date,
    threshold_days: StalledRule | int,
    assigned_to_id: int | None = None,
) -> QueueCounts:
    """How many stalled cases are in the queue and how many a review deferred, in one count."""
    hidden = hidden_by_review(today)
    query = select(func.count(), func.count(case((hidden, 1)))).where(
        *_conditions(today, threshold_days, queue_only=False, assigned_to_id=assigned_to_id)
    )
    stalled, deferred = session.exec(query).one()
    return QueueCounts(queued=int(stalled) - int(deferred), deferred=int(deferred))


def _row_query(today: date) -> Any:
    """The columns a queue row shows (no entities): the person's, the caseworker's name, the
    last review's, and whether a review defers the case."""
    last_review_id = (
        select(func.max(CaseReview.id))
        .where(col(CaseReview.person_id) == col(Person.id))
        .correlate(Person)
        .scalar_subquery()
    )
    columns = (
        col(Person.id),
        col(Person.case_number),
        col(Person.family_name),
        col(Person.given_name),
        col(Person.patronymic),
        col(Person.category),
        col(Person.status),
        col(Person.status_since),
        col(Person.blocked),
        col(Person.blocked_reason),
        col(Person.assigned_to_id),
        col(User.full_name),
        col(CaseReview.reviewed_at),
        col(CaseReview.decision),
        # The next review is the date its reviews keep it out of the queue to: the latest
        # any review set, as the queue itself reads it.
        col(Person.deferred_until),
        hidden_by_review(today),
    )
    return (
        sa.select(*columns)  # any number of columns (sqlmodel's select types four)
        .select_from(Person)
        .join(User, col(User.id) == Person.assigned_to_id, isouter=True)
        .join(CaseReview, col(CaseReview.id) == last_review_id, isouter=True)
    )


def _stalled_case(row: Any, today: date) -> StalledCase:
    (
        person_id,
        case_number,
        family,
        given,
        patronymic,
        category,
        status,
        since,
        blocked,
        blocked_reason,
        assigned_to_id,
        assigned,
        reviewed_at,
        decision,
        next_review_on,
        deferred,
    ) = row
    return StalledCase(
        person_id=person_id,
        case_number=case_number,
        name=full_name(family, given, patronymic),
        category=category,
        status=status,
        days_stalled=(today - since).days,
        blocked=bool(blocked),
        blocked_reason=blocked_reason,
        assigned_to=assigned or "",
        assigned_to_id=assigned_to_id,
        last_review_on=_local_date(reviewed_at) if reviewed_at is not None else None,
        last_decision=decision,
        next_review_on=next_review_on,
        deferred=bool(deferred),
    )


def stalled_case_rows(
    session: Session, ids: Sequence[int], *, today: date
) -> dict[int, StalledCase]:
    """The queue rows of the given ids (any order; look them up by id)."""
    if not ids:
        return {}
    rows = session.connection().execute(_row_query(today).where(col(Person.id).in_(list(ids))))
    return {row[0]: _stalled_case(row, today) for row in rows}


def stalled_cases(
    session: Session,
    *,
    today: date,
    threshold_days: StalledRule | int,
    queue_only: bool = False,
    assigned_to_id: int | None = None,
    limit: int | None = None,
) -> list[StalledCase]:
    """Stalled cases, longest first. ``queue_only`` drops those reviewed until a later date.

    Whole lists are for the command line and reports; a table shows them a page at a time
    with :func:`stalled_case_ids` and :func:`stalled_case_rows`.
    """
    query = _longest_first(
        _row_query(today).where(
            *_conditions(
                today, threshold_days, queue_only=queue_only, assigned_to_id=assigned_to_id
            )
        )
    )
    if limit:
        query = query.limit(limit)
    return [_stalled_case(row, today) for row in session.connection().execute(query)]


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def my_cases_needing_action(
    session: Session, actor: User, *, today: date, threshold_days: StalledRule | int
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
    escalate_to_id: int | None = None,
) -> CaseReview:
    """Record a supervisor's review; reassign and close act on the case at once. Escalating
    names the active colleague the case goes to (``escalate_to_id``)."""
    require(actor, Action.REVIEW_CASES)
    person = get_person(session, person_id, for_update=True)
    problems: dict[str, str] = {}
    if decision is ReviewDecision.CLOSE:
        next_review_on = None
    else:
        next_review_on = next_review_on or today + timedelta(
            days=DEFAULT_NEXT_REVIEW_DAYS[decision]
        )
        if next_review_on <= today:
            problems["next_review_on"] = translate("ReviewQueue", "must be after today")
    if decision is ReviewDecision.REASSIGN:
        if reassign_to_id is not None and reassign_to_id == person.assigned_to_id:
            problems["reassign_to"] = translate(
                "ReviewQueue", "the case is already assigned to them"
            )
        else:
            problems.update(_refused(lambda: check_holder(session, reassign_to_id, "reassign_to")))
    recipient = reassign_to_id if decision is ReviewDecision.REASSIGN else None
    if decision is ReviewDecision.ESCALATE:
        recipient = escalate_to_id
        problems.update(_refused(lambda: check_recipient(session, actor, escalate_to_id)))
    if decision is ReviewDecision.CLOSE and not (note or "").strip():
        problems["note"] = translate("ReviewQueue", "say why the case is closed")
    if problems:
        raise ValidationError("", problems)
    review = CaseReview(
        person_id=person_id,
        decision=decision,
        note=(note or "").strip() or None,
        next_review_on=next_review_on,
        reviewed_by_id=actor.id,
        to_user_id=recipient,
    )
    session.add(review)
    if decision is ReviewDecision.REASSIGN and reassign_to_id is not None:
        hand_over(session, actor, person, reassign_to_id, review.note or "Reassigned on review")
    elif decision is ReviewDecision.CLOSE:
        case_status.change_status(
            session,
            actor,
            person_id,
            CaseStatus.CLOSED,
            effective_on=today,
            today=today,
            reason=f"Closed on review: {(note or '').strip()}",
        )
    session.flush()
    return review


def _refused(check: Callable[[], object]) -> dict[str, str]:
    """The field problems ``check`` raises, none when it passes."""
    try:
        check()
    except ValidationError as refused:
        return refused.fields
    return {}


def reviews_of(session: Session, person_id: int) -> list[tuple[CaseReview, str]]:
    """A case's reviews, newest first, with the reviewer's name."""
    rows = session.exec(
        select(CaseReview, User.full_name)
        .join(User, col(User.id) == CaseReview.reviewed_by_id, isouter=True)
        .where(CaseReview.person_id == person_id)
        .order_by(col(CaseReview.id).desc())
    ).all()
    return [(review, name or "—") for review, name in rows]


def queue_condition(today: date, threshold_days: StalledRule | int) -> ColumnElement[bool]:
    """Stalled and not deferred by a review: the review queue as one SQL condition."""
    return and_(stalled_condition(today, threshold_days), not_(hidden_by_review(today)))
