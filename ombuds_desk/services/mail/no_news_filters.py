"""The no-news list filtered and sorted by the database: by caseworker, status, blocked or
not (and why) and how long the silence has lasted, sorted by any column, with the counts
beside each choice.

Built on the news clock's silence (``news_clock.silent_since``): each captive's silence is
worked out once, in a materialized CTE, then filtered and sorted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col

from ombuds_desk.domain.enums import CaseStatus, Category, Direction
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.age_bands import AgeBand, band_column, days_in_band
from ombuds_desk.services.cases.person_query import fetch_ids
from ombuds_desk.services.mail.news_clock import (
    DEFAULT_NO_NEWS_DAYS,
    caseworker_name,
    last_news_of,
    silent_since,
)

NOT_BLOCKED = ""  # the blocked filter's key for cases not blocked


class NoNewsSort(StrEnum):
    """The no-news list's columns, in the order the table shows them."""

    DAYS = "days"
    LAST_NEWS = "last_news"
    CASE_NUMBER = "case_number"
    NAME = "name"
    STATUS = "status"
    CASEWORKER = "caseworker"


@dataclass(frozen=True)
class NoNewsFilter:
    """What the list shows; every field None shows the whole list. ``blocked_reason`` is
    :data:`NOT_BLOCKED` for the cases not blocked, or a block's reason."""

    assigned_to_id: int | None = None
    unassigned: bool = False
    status: CaseStatus | None = None
    blocked_reason: str | None = None
    age_band: AgeBand | None = None


@dataclass
class NoNewsFacets:
    total: int = 0
    caseworkers: Counter[int | None] = field(default_factory=Counter)
    statuses: Counter[CaseStatus] = field(default_factory=Counter)
    blocked_reasons: Counter[str] = field(default_factory=Counter)  # NOT_BLOCKED: not blocked
    age_bands: Counter[AgeBand] = field(default_factory=Counter)


def _person_conditions(filt: NoNewsFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filt.assigned_to_id is not None:
        where.append(col(Person.assigned_to_id) == filt.assigned_to_id)
    if filt.unassigned:
        where.append(col(Person.assigned_to_id).is_(None))
    if filt.status is not None:
        where.append(col(Person.status) == filt.status.value)
    if filt.blocked_reason == NOT_BLOCKED:
        where.append(col(Person.blocked).is_(False))
    elif filt.blocked_reason is not None:
        where.append(col(Person.blocked).is_(True))
        where.append(col(Person.blocked_reason) == filt.blocked_reason)
    return where


def _silence(filt: NoNewsFilter, direction: Direction | None) -> Any:
    """Every waiting captive (narrowed by ``filt``) with the start of their silence and what
    the list sorts and counts by."""
    last_news = last_news_of(direction)
    return (
        sa.select(
            col(Person.id).label("person_id"),
            col(Person.case_number).label("case_number"),
            silent_since(last_news).label("since"),
            sa.type_coerce(last_news, sa.Date).label("last_news"),
            col(Person.sort_name).label("sort_name"),
            col(Person.status).label("status"),
            col(Person.assigned_to_id).label("assigned_to_id"),
            col(Person.blocked).label("blocked"),
            col(Person.blocked_reason).label("blocked_reason"),
            caseworker_name().label("caseworker"),
        )
        .where(
            col(Person.category) == Category.CAPTIVE.value,
            col(Person.status).not_in([s.value for s in FINAL_STATUSES]),
            *_person_conditions(filt),
        )
        .cte("silence")
        .prefix_with("MATERIALIZED")
    )


def no_news_ids_filtered(
    session: Session,
    filt: NoNewsFilter,
    *,
    today: date,
    threshold_days: int = DEFAULT_NO_NEWS_DAYS,
    direction: Direction | None = Direction.FROM_PERSON,
    sort: NoNewsSort = NoNewsSort.DAYS,
    descending: bool = True,
) -> list[int]:
    """Ids of the filtered list in display order (by default the longest silence first, as
    ``news_clock.no_news_ids``)."""
    silence = _silence(filt, direction)
    where = [silence.c.since < today - timedelta(days=threshold_days)]
    if filt.age_band is not None:
        where.append(days_in_band(silence.c.since, filt.age_band, today))
    key = {
        # More days is an earlier start; an earlier last news likewise.
        NoNewsSort.DAYS: silence.c.since,
        NoNewsSort.LAST_NEWS: silence.c.last_news,
        NoNewsSort.CASE_NUMBER: silence.c.case_number,
        NoNewsSort.NAME: silence.c.sort_name,
        NoNewsSort.STATUS: silence.c.status,
        NoNewsSort.CASEWORKER: silence.c.caseworker,
    }[sort]
    reverse = sort in (NoNewsSort.DAYS, NoNewsSort.LAST_NEWS)
    ascending = descending if reverse else not descending
    nulls_last = sa.case((key.is_(None), 1), else_=0)
    tie = silence.c.case_number.asc() if ascending else silence.c.case_number.desc()
    query = (
        sa.select(silence.c.person_id)
        .where(*where)
        .order_by(nulls_last, key.asc() if ascending else key.desc(), tie)
    )
    return fetch_ids(session, query)


def no_news_facets(
    session: Session,
    *,
    today: date,
    threshold_days: int = DEFAULT_NO_NEWS_DAYS,
    direction: Direction | None = Direction.FROM_PERSON,
) -> NoNewsFacets:
    """The counts beside each choice, from one grouped query over the whole list."""
    silence = _silence(NoNewsFilter(), direction)
    band = band_column(silence.c.since, today)
    grouped = (
        silence.c.assigned_to_id,
        silence.c.status,
        silence.c.blocked,
        silence.c.blocked_reason,
        band,
    )
    query = (
        sa.select(*grouped, func.count())
        .where(silence.c.since < today - timedelta(days=threshold_days))
        .group_by(*grouped)
    )
    facets = NoNewsFacets()
    for assigned, status, blocked, reason, band_value, count in session.execute(query):
        facets.total += count
        facets.caseworkers[assigned] += count
        facets.statuses[CaseStatus(status)] += count
        facets.blocked_reasons[(reason or "—") if blocked else NOT_BLOCKED] += count
        facets.age_bands[AgeBand(band_value)] += count
    return facets
