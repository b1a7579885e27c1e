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

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import CaseStatus, Category, Direction, ItemKind, ItemStatus
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.persons import get_person

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
    return {int(pid): _as_date(last) for pid, last in rows if last is not None}


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _registered_on(session: Session, person_ids: list[int] | None = None) -> dict[int, date]:
    query = select(StatusEvent.person_id, func.min(StatusEvent.effective_on)).group_by(
        col(StatusEvent.person_id)
    )
    if person_ids is not None:
        query = query.where(col(StatusEvent.person_id).in_(person_ids))
    return {int(pid): _as_date(first) for pid, first in session.exec(query).all()}


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
    to_last = _last_dates(session, Direction.TO_PERSON, person_id).get(person_id)
    from_last = _last_dates(session, Direction.FROM_PERSON, person_id).get(person_id)
    return NewsClock(
        person_id=person_id,
        registered_on=registered,
        last_to_person=to_last,
        last_from_person=from_last,
        days_since_to_person=(today - (to_last or registered)).days,
        days_since_from_person=(today - (from_last or registered)).days,
        to_person_last_30_days=_month_count(session, person_id, Direction.TO_PERSON, today),
        from_person_last_30_days=_month_count(session, person_id, Direction.FROM_PERSON, today),
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


def no_news_list(
    session: Session,
    *,
    today: date,
    threshold_days: int = DEFAULT_NO_NEWS_DAYS,
    direction: Direction | None = Direction.FROM_PERSON,
) -> list[NoNewsRow]:
    """Captives (case not final) with no news for more than ``threshold_days``, longest first."""
    captives = session.exec(
        select(Person).where(
            col(Person.category) == Category.CAPTIVE.value,
            col(Person.status).not_in([s.value for s in FINAL_STATUSES]),
        )
    ).all()
    directions = [direction] if direction is not None else list(Direction)
    last: dict[int, date] = {}
    for way in directions:
        for pid, day in _last_dates(session, way, None).items():
            last[pid] = max(day, last.get(pid, day))
    registered = _registered_on(session)
    rows = []
    for person in captives:
        assert person.id is not None
        news = last.get(person.id)
        days = (today - (news or registered.get(person.id, person.status_since))).days
        if days > threshold_days:
            rows.append(
                NoNewsRow(
                    person_id=person.id, case_number=person.case_number,
                    name=" ".join(p for p in (person.family_name, person.given_name, person.patronymic) if p),
                    status=person.status, last_news=news, days=days,
                )
            )  # fmt: skip
    rows.sort(key=lambda r: (-r.days, r.case_number))
    return rows
