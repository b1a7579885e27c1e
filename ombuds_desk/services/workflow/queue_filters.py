"""The review queue filtered and sorted by the database: by caseworker, category, status,
reason, age band and next review, sorted by any column, with the counts beside each choice.

A table asks :func:`queue_ids` once per filter or sort (ids in order; the rows come a page
at a time from ``review_queue.stalled_case_rows``) and :func:`queue_facets` for the counts
the choices show: one grouped query over the whole queue, so "Олена Коваль (212)" costs
no query of its own. Stalled is ``services/cases/stalled.py``'s condition, as everywhere.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, and_, case, exists, func, not_
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseReview, Person
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.cases.age_bands import AgeBand, band_column, days_in_band
from ombuds_desk.services.cases.person_query import fetch_ids
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.services.workflow.review_queue import hidden_by_review


class ReasonKind(StrEnum):
    BLOCKED = "blocked"
    NO_CHANGE = "no_change"


class NextReview(StrEnum):
    """Where a case stands with its reviews."""

    NEVER = "never"  # never reviewed
    DUE = "due"  # reviewed, and the next review date has come: back in the queue
    DEFERRED = "deferred"  # reviewed until a later date: out of the queue until then

    @property
    def label(self) -> str:
        return {
            NextReview.NEVER: translate("ReviewQueue", "Never reviewed"),
            NextReview.DUE: translate("ReviewQueue", "Review due again"),
            NextReview.DEFERRED: translate("ReviewQueue", "Deferred to a later date"),
        }[self]


class QueueSort(StrEnum):
    """The queue's columns, in the order the table shows them."""

    CASE_NUMBER = "case_number"
    NAME = "name"
    CATEGORY = "category"
    STATUS = "status"
    REASON = "reason"
    DAYS = "days"
    CASEWORKER = "caseworker"
    LAST_REVIEW = "last_review"
    NEXT_REVIEW = "next_review"


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows; every field None shows the whole queue. ``blocked_reason``
    narrows :attr:`ReasonKind.BLOCKED` to one reason."""

    queue_only: bool = True
    assigned_to_id: int | None = None
    unassigned: bool = False  # only the cases no caseworker holds
    category: Category | None = None
    status: CaseStatus | None = None
    reason: ReasonKind | None = None
    blocked_reason: str | None = None
    age_band: AgeBand | None = None
    next_review: NextReview | None = None


@dataclass
class QueueFacets:
    """How many cases of the queue (unfiltered, bar ``queue_only``) each choice holds."""

    total: int = 0
    caseworkers: Counter[int | None] = field(default_factory=Counter)
    categories: Counter[Category] = field(default_factory=Counter)
    statuses: Counter[CaseStatus] = field(default_factory=Counter)
    reasons: Counter[ReasonKind] = field(default_factory=Counter)
    blocked_reasons: Counter[str] = field(default_factory=Counter)
    age_bands: Counter[AgeBand] = field(default_factory=Counter)


def _ever_reviewed() -> ColumnElement[bool]:
    return exists().where(col(CaseReview.person_id) == col(Person.id)).correlate(Person)


def _age_band(band: AgeBand, today: date) -> ColumnElement[bool]:
    return days_in_band(col(Person.status_since), band, today)


def _band_column(today: date) -> Any:
    """The age band of each case, as a column (for the counts)."""
    return band_column(col(Person.status_since), today)


def _base(today: date, rule: StalledRule | int, queue_only: bool) -> list[ColumnElement[bool]]:
    where = [stalled_condition(today, rule)]
    if queue_only:
        where.append(not_(hidden_by_review(today)))
    return where


def _mine(assigned_to_id: int | None) -> list[ColumnElement[bool]]:
    return [] if assigned_to_id is None else [col(Person.assigned_to_id) == assigned_to_id]


def queue_conditions(
    filt: QueueFilter, *, today: date, rule: StalledRule | int
) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``filt``: stalled (and not deferred, for the queue), then each
    choice made."""
    where = _base(today, rule, filt.queue_only)
    if filt.assigned_to_id is not None:
        where.append(col(Person.assigned_to_id) == filt.assigned_to_id)
    if filt.unassigned:
        where.append(col(Person.assigned_to_id).is_(None))
    if filt.category is not None:
        where.append(col(Person.category) == filt.category.value)
    if filt.status is not None:
        where.append(col(Person.status) == filt.status.value)
    if filt.reason is ReasonKind.NO_CHANGE:
        where.append(col(Person.blocked).is_(False))
    elif filt.reason is ReasonKind.BLOCKED:
        where.append(col(Person.blocked).is_(True))
        if filt.blocked_reason is not None:
            where.append(col(Person.blocked_reason) == filt.blocked_reason)
    if filt.age_band is not None:
        where.append(_age_band(filt.age_band, today))
    if filt.next_review is NextReview.NEVER:
        where.append(not_(_ever_reviewed()))
    elif filt.next_review is NextReview.DUE:
        where.append(and_(_ever_reviewed(), not_(hidden_by_review(today))))
    elif filt.next_review is NextReview.DEFERRED:
        where.append(hidden_by_review(today))
    return where


def _last_reviewed_at() -> Any:
    """When each case was last reviewed, looked up by the reviews' person index for each
    queued case (a join with every case's latest review compared each case with each
    review: seconds at 100,000 persons)."""
    return (
        sa.select(col(CaseReview.reviewed_at))
        .where(col(CaseReview.person_id) == col(Person.id))
        .order_by(col(CaseReview.id).desc())
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def _queue_query(
    filt: QueueFilter, *, today: date, rule: StalledRule | int, sort: QueueSort, descending: bool
) -> Any:
    """The ids of the filtered queue in display order, as a query; ties go by case id, so the
    order is total (a LIMIT of it is the head of the whole list)."""
    query = sa.select(col(Person.id)).where(*queue_conditions(filt, today=today, rule=rule))
    key: Any
    if sort is QueueSort.CASEWORKER:
        query = query.outerjoin(User, col(User.id) == col(Person.assigned_to_id))
        key = col(User.full_name)  # cases nobody holds last
    elif sort is QueueSort.LAST_REVIEW:
        key = _last_reviewed_at()
    elif sort is QueueSort.NEXT_REVIEW:
        key = col(Person.deferred_until)  # the date its reviews keep it out of the queue to
    elif sort is QueueSort.REASON:
        # Blocked first (by reason), then the waiting cases.
        key = case((col(Person.blocked).is_(True), col(Person.blocked_reason)), else_="~")
    else:
        key = {
            # As expressions, not bare columns: given the column, SQLite walks its index
            # in order and reads every person row to test the queue's condition; the queue's
            # covering index holds both, and sorting its 30,000 ids costs a third of that.
            QueueSort.CASE_NUMBER: func.coalesce(col(Person.case_number), ""),
            QueueSort.NAME: func.coalesce(col(Person.sort_name), ""),
            QueueSort.CATEGORY: col(Person.category),
            QueueSort.STATUS: col(Person.status),
            # More days stalled is an earlier status date.
            QueueSort.DAYS: col(Person.status_since),
        }[sort]
    ascending = descending if sort is QueueSort.DAYS else not descending
    nulls_last = case((key.is_(None), 1), else_=0)
    tie = col(Person.id).asc() if ascending else col(Person.id).desc()
    return query.order_by(nulls_last, key.asc() if ascending else key.desc(), tie)


def queue_ids(
    session: Session,
    filt: QueueFilter,
    *,
    today: date,
    rule: StalledRule | int,
    sort: QueueSort = QueueSort.DAYS,
    descending: bool = True,
) -> list[int]:
    """Ids of the filtered queue in display order (by default longest stalled first); ties
    go by case id, so the order is stable."""
    query = _queue_query(filt, today=today, rule=rule, sort=sort, descending=descending)
    return fetch_ids(session, query)


def queue_ids_head(
    session: Session,
    filt: QueueFilter,
    *,
    today: date,
    rule: StalledRule | int,
    sort: QueueSort = QueueSort.DAYS,
    descending: bool = True,
    limit: int = 200,
) -> list[int]:
    """The first ``limit`` ids of :func:`queue_ids`: the same query, with a LIMIT.

    The queue's condition is one range of the covering index ``ix_person_stalled_on``; no
    index keeps the queue in any column's order, so SQLite still reads the range (some
    30,000 index entries at 100,000 persons, no person rows) but keeps only the best
    ``limit`` of them instead of sorting and handing over every id: a few milliseconds
    instead of some 50 (by the last review, a lookup per case: half). The window shows this
    page at once and reads the whole list after.
    """
    query = _queue_query(filt, today=today, rule=rule, sort=sort, descending=descending)
    return fetch_ids(session, query.limit(limit))


def queue_facets(
    session: Session,
    *,
    today: date,
    rule: StalledRule | int,
    queue_only: bool = True,
    assigned_to_id: int | None = None,
) -> QueueFacets:
    """The counts beside each choice, from one grouped query over the queue (one
    caseworker's, if given), and one over its blocked cases for their reasons: the first
    reads only the queue's covering index, the second the few blocked rows."""
    band = _band_column(today)
    columns = (
        col(Person.assigned_to_id),
        col(Person.category),
        col(Person.status),
        col(Person.blocked),
        band,
    )
    where = [*_base(today, rule, queue_only), *_mine(assigned_to_id)]
    query = sa.select(*columns, func.count()).select_from(Person).where(*where).group_by(*columns)
    facets = QueueFacets()
    for assigned, category, status, blocked, band_value, count in session.execute(query):
        facets.total += count
        facets.caseworkers[assigned] += count
        facets.categories[Category(category)] += count
        facets.statuses[CaseStatus(status)] += count
        facets.age_bands[AgeBand(band_value)] += count
        facets.reasons[ReasonKind.BLOCKED if blocked else ReasonKind.NO_CHANGE] += count
    if facets.reasons[ReasonKind.BLOCKED]:
        reason = col(Person.blocked_reason)
        blocked = (
            sa.select(reason, func.count())
            .where(*where, col(Person.blocked).is_(True))
            .group_by(reason)
        )
        for text, count in session.execute(blocked):
            facets.blocked_reasons[text or ""] += count
    return facets
