"""The news clock: days since a captive last got an item from home and since one came from them.

Dates used:

- an item **to** the person counts from the day it left the office: its parcel's dispatch
  date (items dispatched or delivered; a returned or withheld item never reached them);
- an item **from** the person counts from the day it was received (``received_on``), whatever
  became of it afterwards — even a withheld letter tells the office the person was alive.

A person with no item at all counts from the day the case was registered. The no-news list
holds captives whose case is not final and whose news is older than the threshold
(31 days of 30 is no news, 30 is not), longest silence first. "News" there means items from
the person by default; pass ``direction=None`` to mean nothing either way.

Geneva Convention III, art. 71 lets a prisoner of war send at least two letters and four
cards a month; :data:`GC3_ART71_MONTHLY` holds that reference figure, and the clock counts the
letters and cards of the last 30 days (today and the 29 days before) for comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Date, func, type_coerce
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Direction,
    ItemKind,
    ItemStatus,
    ParcelStatus,
)
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.people import Person, StatusEvent, full_name
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.person_query import fetch_ids
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.store.driver_dates import driver_day

GC3_ART71_MONTHLY: dict[ItemKind, int] = {ItemKind.LETTER: 2, ItemKind.POSTCARD: 4}
MONTH_DAYS = 30
DEFAULT_NO_NEWS_DAYS = 30
_SENT = (ItemStatus.DISPATCHED.value, ItemStatus.DELIVERED.value)

_sent_on = func.coalesce(col(Parcel.dispatched_on), col(CorrespondenceItem.status_on))


def _dated(direction: Direction) -> tuple[Any, Any]:
    """(date column, query of person_id and that date) for items in one direction."""
    if direction is Direction.TO_PERSON:
        when: Any = _sent_on
        query = (
            select(CorrespondenceItem.person_id, when)
            .join(Parcel, col(Parcel.id) == CorrespondenceItem.parcel_id, isouter=True)
            .where(
                col(CorrespondenceItem.direction) == Direction.TO_PERSON.value,
                col(CorrespondenceItem.status).in_(_SENT),
            )
        )
    else:
        when = col(CorrespondenceItem.received_on)
        query = select(CorrespondenceItem.person_id, when).where(
            col(CorrespondenceItem.direction) == Direction.FROM_PERSON.value
        )
    return when, query


def _last_dates(session: Session, direction: Direction, person_id: int | None) -> dict[int, date]:
    when, query = _dated(direction)
    query = query.with_only_columns(col(CorrespondenceItem.person_id), func.max(when))
    if person_id is not None:
        query = query.where(col(CorrespondenceItem.person_id) == person_id)
    rows = session.exec(query.group_by(col(CorrespondenceItem.person_id))).all()
    found = {int(pid): driver_day(last) for pid, last in rows if last is not None}
    if direction is Direction.TO_PERSON:
        # A parcel dispatched holds no logged item when it carries only goods: it left the
        # office for the person all the same, as the parcel table shows (issue 12).
        for pid, last in _last_parcels_sent(session, person_id):
            if last is not None:
                found[int(pid)] = max(found.get(int(pid), date.min), driver_day(last))
    return found


def _last_parcels_sent(session: Session, person_id: int | None) -> Sequence[Any]:
    sent = (ParcelStatus.DISPATCHED.value, ParcelStatus.DELIVERED.value)
    query = select(Parcel.person_id, func.max(col(Parcel.dispatched_on))).where(
        col(Parcel.status).in_(sent)
    )
    if person_id is not None:
        query = query.where(col(Parcel.person_id) == person_id)
    return session.exec(query.group_by(col(Parcel.person_id))).all()


def _registered_on(session: Session, person_ids: list[int] | None = None) -> dict[int, date]:
    query = select(StatusEvent.person_id, func.min(StatusEvent.effective_on)).group_by(
        col(StatusEvent.person_id)
    )
    if person_ids is not None:
        query = query.where(col(StatusEvent.person_id).in_(person_ids))
    return {int(pid): driver_day(first) for pid, first in session.exec(query).all()}


@dataclass(frozen=True)
class MonthCount:
    letters: int
    cards: int
    other: int


@dataclass(frozen=True)
class NewsClock:
    person_id: int
    registered_on: date
    last_to_person: date | None
    last_from_person: date | None
    days_since_to_person: int  # from registration when nothing was ever sent
    days_since_from_person: int
    to_person_last_30_days: MonthCount
    from_person_last_30_days: MonthCount
    standard: dict[ItemKind, int]

    @property
    def below_art71(self) -> bool:
        """Fewer letters or cards from the person in the last 30 days than art. 71 allows."""
        got = self.from_person_last_30_days
        return (
            got.letters < self.standard[ItemKind.LETTER]
            or got.cards < self.standard[ItemKind.POSTCARD]
        )


def _month_count(session: Session, person_id: int, direction: Direction, today: date) -> MonthCount:
    when, query = _dated(direction)
    since = today - timedelta(days=MONTH_DAYS - 1)
    query = query.with_only_columns(col(CorrespondenceItem.kind), func.count()).where(
        col(CorrespondenceItem.person_id) == person_id, when >= since, when <= today
    )
    counts = {
        ItemKind(k): int(n) for k, n in session.exec(query.group_by(col(CorrespondenceItem.kind)))
    }
    letters = counts.pop(ItemKind.LETTER, 0)
    cards = counts.pop(ItemKind.POSTCARD, 0)
    return MonthCount(letters=letters, cards=cards, other=sum(counts.values()))


def news_clock(session: Session, person_id: int, *, today: date) -> NewsClock:
    """Days since the last item to and from the person, and last month's counts."""
    person = get_person(session, person_id)
    registered = _registered_on(session, [person_id]).get(person_id, person.status_since)
    return clock_of(
        person_id,
        registered,
        to_last=_last_dates(session, Direction.TO_PERSON, person_id).get(person_id),
        from_last=_last_dates(session, Direction.FROM_PERSON, person_id).get(person_id),
        to_month=_month_count(session, person_id, Direction.TO_PERSON, today),
        from_month=_month_count(session, person_id, Direction.FROM_PERSON, today),
        today=today,
    )


def clock_of(
    person_id: int,
    registered: date,
    *,
    to_last: date | None,
    from_last: date | None,
    to_month: MonthCount,
    from_month: MonthCount,
    today: date,
) -> NewsClock:
    """The clock of a case from its last dates and last month's counts, however they were
    read (here, or from the rows the case's Mail tab already holds)."""
    return NewsClock(
        person_id=person_id,
        registered_on=registered,
        last_to_person=to_last,
        last_from_person=from_last,
        days_since_to_person=(today - (to_last or registered)).days,
        days_since_from_person=(today - (from_last or registered)).days,
        to_person_last_30_days=to_month,
        from_person_last_30_days=from_month,
        standard=dict(GC3_ART71_MONTHLY),
    )


@dataclass(frozen=True)
class NoNewsRow:
    person_id: int
    case_number: str
    name: str
    status: CaseStatus
    last_news: date | None  # None: nothing ever, counted from registration
    days: int
    assigned_to: str = ""  # the caseworker's name, "" for nobody


def last_news_of(direction: Direction | None) -> Any:
    """The date of the person's last news, as a subquery correlated to ``Person`` (NULL when
    there was none); ``None`` means either way, the later of the two."""
    if direction is None:
        to_them, from_them = last_news_of(Direction.TO_PERSON), last_news_of(Direction.FROM_PERSON)
        # The later of two dates either of which may be NULL, in SQL any database reads
        # (SQLite's max(a, b) is PostgreSQL's greatest(a, b), and NULL if either is).
        return sa.case(
            (to_them.is_(None), from_them),
            (from_them.is_(None), to_them),
            (to_them > from_them, to_them),
            else_=from_them,
        )
    when, query = _dated(direction)
    return (
        query.with_only_columns(func.max(when))
        .where(col(CorrespondenceItem.person_id) == col(Person.id))
        .correlate(Person)
        .scalar_subquery()
    )


def caseworker_name() -> Any:
    """The name of the person's caseworker, as a subquery correlated to ``Person``."""
    return (
        select(User.full_name)
        .where(col(User.id) == col(Person.assigned_to_id))
        .correlate(Person)
        .scalar_subquery()
    )


def silent_since(last_news: Any) -> Any:
    """Since when the person is silent: the last news, else the registration (the first
    status event), else the current status's start."""
    registered = (
        select(func.min(StatusEvent.effective_on))
        .where(col(StatusEvent.person_id) == col(Person.id))
        .correlate(Person)
        .scalar_subquery()
    )
    return type_coerce(func.coalesce(last_news, registered, col(Person.status_since)), Date)


def _no_news_query(
    columns: list[Any],
    *,
    today: date,
    threshold_days: int,
    direction: Direction | None,
    where: Sequence[Any] = (),
) -> Any:
    """``columns`` of the captives whose case is not final and whose silence began before the
    threshold (``days > threshold`` is ``since < today - threshold``), longest silence first;
    ``where``: conditions on ``Person`` narrowing the captives (whose cases).

    The silence is worked out once a captive, in a materialized CTE: written inline, SQLite
    would run its subqueries again for the filter and for the sort.
    """
    silence = (
        select(
            col(Person.id).label("person_id"),
            col(Person.case_number).label("case_number"),
            silent_since(last_news_of(direction)).label("since"),
            *columns,
        )
        .where(
            col(Person.category) == Category.CAPTIVE.value,
            col(Person.status).not_in([s.value for s in FINAL_STATUSES]),
            *where,
        )
        .cte("silence")
        .prefix_with("MATERIALIZED")
    )
    return (
        sa.select(silence.c.person_id, *list(silence.c)[3:], silence.c.since)
        .where(silence.c.since < today - timedelta(days=threshold_days))
        .order_by(silence.c.since, silence.c.case_number)
    )


def no_news_ids(
    session: Session,
    *,
    today: date,
    threshold_days: int = DEFAULT_NO_NEWS_DAYS,
    direction: Direction | None = Direction.FROM_PERSON,
) -> list[int]:
    """Ids of the no-news list in its order (a table fetches the rows by page)."""
    query = _no_news_query([], today=today, threshold_days=threshold_days, direction=direction)
    return fetch_ids(session, query)


def _row_columns(last_news: Any) -> list[Any]:
    """What a row shows, bar the id (first) and the start of the silence (last)."""
    return [
        col(Person.case_number),
        col(Person.family_name),
        col(Person.given_name),
        col(Person.patronymic),
        col(Person.status),
        type_coerce(last_news, Date),
        caseworker_name(),
    ]


def _no_news_row(row: Any, today: date) -> NoNewsRow:
    person_id, case_number, family, given, patronymic, status, last_news, assigned, since = row
    return NoNewsRow(
        person_id=person_id,
        case_number=case_number,
        name=full_name(family, given, patronymic),
        status=status,
        last_news=None if last_news is None else driver_day(last_news),
        days=(today - driver_day(since)).days,
        assigned_to=assigned or "",
    )


def no_news_rows(
    session: Session,
    ids: Sequence[int],
    *,
    today: date,
    direction: Direction | None = Direction.FROM_PERSON,
) -> dict[int, NoNewsRow]:
    """The no-news rows of the given ids (any order; look them up by id)."""
    if not ids:
        return {}
    last_news = last_news_of(direction)
    query = sa.select(col(Person.id), *_row_columns(last_news), silent_since(last_news)).where(
        col(Person.id).in_(list(ids))
    )
    return {row[0]: _no_news_row(row, today) for row in session.connection().execute(query)}


def no_news_list(
    session: Session,
    *,
    today: date,
    threshold_days: int = DEFAULT_NO_NEWS_DAYS,
    direction: Direction | None = Direction.FROM_PERSON,
) -> list[NoNewsRow]:
    """Captives (case not final) with no news for more than ``threshold_days``, longest first.

    The database finds the last news and the registration of each captive (aggregates over
    their items and status events, by index) and filters and sorts on them.
    """
    query = _no_news_query(
        _row_columns(last_news_of(direction)),
        today=today,
        threshold_days=threshold_days,
        direction=direction,
    )
    return [_no_news_row(row, today) for row in session.connection().execute(query)]


def no_news_held(
    session: Session,
    *,
    today: date,
    threshold_days: int = DEFAULT_NO_NEWS_DAYS,
    holders: Sequence[int] | None = None,
    direction: Direction | None = Direction.FROM_PERSON,
) -> list[tuple[int | None, NoNewsRow]]:
    """The no-news list as :func:`no_news_list` reads it, each row with the id of the
    caseworker holding the case (None: nobody); ``holders``: only the cases they hold.

    One read: the silence of each captive is worked out once, with the row (reading the ids
    first and then their rows by id worked every silence out twice).
    """
    where = [] if holders is None else [col(Person.assigned_to_id).in_(list(holders))]
    query = _no_news_query(
        [col(Person.assigned_to_id), *_row_columns(last_news_of(direction))],
        today=today,
        threshold_days=threshold_days,
        direction=direction,
        where=where,
    )
    return [
        (row[1], _no_news_row((row[0], *row[2:]), today))
        for row in session.connection().execute(query)
    ]
