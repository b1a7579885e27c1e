"""What needs a caseworker today, list by list, each computed in SQL.

- cases escalated to them (the latest review escalates to them and is in force);
- cases reassigned to them in the last two weeks (and still theirs);
- their cases whose next review date has come;
- their captives with no news for longer than the office's threshold;
- screened items for their cases waiting to be packed;
- their cases' parcels waiting for a seal, and packed ones waiting for a handover;
- shipments handed over longer ago than the office's setting with parcels of their cases
  not yet acknowledged.

A caseworker reads their own (:func:`my_work`); a supervisor also the whole team's, each
line with the member of staff it is for (:func:`team_work`). Every line says what to do
and where (:class:`Place`); the window opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import (
    Direction,
    ItemStatus,
    ParcelStatus,
    ReviewDecision,
    ShipmentStatus,
)
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.people import CaseAssignment, CaseReview, Person, full_name
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.reviews import local_day
from ombuds_desk.services.core.office_settings import (
    ACKNOWLEDGEMENT_AFTER_DAYS,
    NO_NEWS_AFTER_DAYS,
    get_int_setting,
)
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.phrases import Plural, counted
from ombuds_desk.services.mail.news_clock import no_news_held
from ombuds_desk.store.driver_dates import driver_day

# A reassignment stays on the new caseworker's list this long.
REASSIGNED_RECENT_DAYS = 14


def _day(on: date) -> str:
    """``on`` as the office writes a day (31.12.2026). Not ``strftime``: in the window each call
    imports ``time`` through PySide's import hook, a fifth of a team's read of 45,000 lines."""
    return f"{on.day:02d}.{on.month:02d}.{on.year:04d}"


class MyWorkPlurals(Plural):
    """Counted words of the lines of My work (``MyWorkPlurals.tr("%n …", "", n)``)."""


class WorkKind(StrEnum):
    """The lists of My work, in the order the page shows them."""

    ESCALATED = "escalated"
    REASSIGNED = "reassigned"
    REVIEW_DUE = "review_due"
    NO_NEWS = "no_news"
    TO_PACK = "to_pack"
    TO_SEAL = "to_seal"
    TO_HAND_OVER = "to_hand_over"
    NO_ACKNOWLEDGEMENT = "no_acknowledgement"

    @property
    def heading(self) -> str:
        """The list's heading, to the member of staff it is for."""
        return translate("MyWork", TITLES[self])

    @property
    def heading_of_others(self) -> str:
        """The list's heading as another reads it (a supervisor: "Escalated to them")."""
        return translate("MyWork", OTHERS_TITLES.get(self, TITLES[self]))


TITLES = {
    WorkKind.ESCALATED: QT_TRANSLATE_NOOP("MyWork", "Escalated to you"),
    WorkKind.REASSIGNED: QT_TRANSLATE_NOOP("MyWork", "Reassigned to you"),
    WorkKind.REVIEW_DUE: QT_TRANSLATE_NOOP("MyWork", "Next review due"),
    WorkKind.NO_NEWS: QT_TRANSLATE_NOOP("MyWork", "Captives with no news"),
    WorkKind.TO_PACK: QT_TRANSLATE_NOOP("MyWork", "Screened items to pack"),
    WorkKind.TO_SEAL: QT_TRANSLATE_NOOP("MyWork", "Parcels to seal"),
    WorkKind.TO_HAND_OVER: QT_TRANSLATE_NOOP("MyWork", "Parcels to hand over"),
    WorkKind.NO_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("MyWork", "Shipments not acknowledged"),
}
OTHERS_TITLES = {
    WorkKind.ESCALATED: QT_TRANSLATE_NOOP("MyWork", "Escalated to them"),
    WorkKind.REASSIGNED: QT_TRANSLATE_NOOP("MyWork", "Reassigned to them"),
}


class Place(StrEnum):
    """Where a line is acted on: the case (its view), or a page of the window."""

    CASE = "case"
    SHIPMENTS = "shipments"


@dataclass(frozen=True)
class WorkLine:
    kind: WorkKind
    owner_id: int | None  # the member of staff it is for; None: a case nobody holds
    person_id: int | None
    case_number: str  # or the shipment's reference
    name: str
    what: str  # the line, in words, to the member of staff it is for ("to you")
    since: date | None  # how long it has waited (older first)
    place: Place = Place.CASE
    # The line as someone else reads it ("to them"); None: the same words.
    of_others: str | None = None

    def said_to(self, owner: bool) -> str:
        """The line for its owner (``owner``), or for a supervisor reading another's."""
        return self.what if owner or self.of_others is None else self.of_others


@dataclass(frozen=True)
class Work:
    """The lines of one member of staff, or of the team."""

    lines: list[WorkLine]
    names: dict[int, str] = field(default_factory=dict)  # owner id → name

    @property
    def count(self) -> int:
        return len(self.lines)

    def of(self, owner_id: int | None) -> list[WorkLine]:
        return [line for line in self.lines if line.owner_id == owner_id]

    def counts(self) -> dict[WorkKind, int]:
        found = {kind: 0 for kind in WorkKind}
        for line in self.lines:
            found[line.kind] += 1
        return found

    def owners(self) -> list[int | None]:
        """Everyone with a line, by name (a case nobody holds last)."""
        ids = {line.owner_id for line in self.lines}
        return sorted(ids, key=lambda i: (i is None, self.names.get(i or 0, "")))


def my_work(session: Session, actor: User, *, today: date) -> Work:
    """What needs the acting member of staff today (their own lines only)."""
    owner = int(actor.id or 0)
    return Work(_lines(session, today, [owner]), {owner: actor.full_name})


def own_work(team: Work, actor: User) -> Work:
    """The acting member of staff's own lines out of the team's (:func:`team_work`): the lines
    :func:`my_work` reads, in its order, without reading them again."""
    owner = int(actor.id or 0)
    return Work(team.of(owner), {owner: actor.full_name})


def team_work(session: Session, actor: User, *, today: date) -> Work:
    """Every member of staff's lines (and those of cases nobody holds): a supervisor's."""
    require(actor, Action.VIEW_TEAM_WORK)
    names = {int(u.id or 0): u.full_name for u in session.exec(select(User))}
    return Work(_lines(session, today, None), names)


# -- the lists ----------------------------------------------------------------------------


def _lines(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    lines: list[WorkLine] = []
    for kind in WorkKind:
        lines += READERS[kind](session, today, owners)
    return lines


def _open() -> ColumnElement[bool]:
    return col(Person.status).not_in([s.value for s in FINAL_STATUSES])


def _owned(column: Any, owners: Sequence[int] | None) -> list[ColumnElement[bool]]:
    return [] if owners is None else [column.in_(list(owners))]


def _latest_review() -> Any:
    """Each case's latest review (its id), as a subquery."""
    return (
        sa.select(col(CaseReview.person_id).label("person_id"), func.max(CaseReview.id).label("id"))
        .group_by(col(CaseReview.person_id))
        .subquery("latest_review")
    )


def _name(row: Any) -> str:
    return full_name(row.family_name, row.given_name, row.patronymic)


def _person_columns() -> tuple[Any, ...]:
    return (
        col(Person.id).label("person_id"),
        col(Person.case_number),
        col(Person.family_name),
        col(Person.given_name),
        col(Person.patronymic),
    )


def _escalated(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    latest = _latest_review()
    reviewer = aliased(User)
    query = (
        sa.select(
            col(CaseReview.to_user_id),
            *_person_columns(),
            col(CaseReview.note),
            col(CaseReview.next_review_on),
            col(CaseReview.reviewed_at),
            col(reviewer.full_name).label("reviewer"),
        )
        .select_from(CaseReview)
        .join(latest, latest.c.id == CaseReview.id)
        .join(Person, col(Person.id) == CaseReview.person_id)
        .join(reviewer, col(reviewer.id) == CaseReview.reviewed_by_id, isouter=True)
        .where(
            col(CaseReview.decision) == ReviewDecision.ESCALATE.value,
            col(CaseReview.next_review_on) > today,
            _open(),
            *_owned(col(CaseReview.to_user_id), owners),
        )
        .order_by(col(CaseReview.reviewed_at))
    )
    return [
        WorkLine(
            WorkKind.ESCALATED,
            row.to_user_id,
            row.person_id,
            row.case_number,
            _name(row),
            _escalation(row, them=False),
            local_day(row.reviewed_at),
            of_others=_escalation(row, them=True),
        )
        for row in session.connection().execute(query)
    ]


def _quoted(words: str) -> str:
    """': “words”' in the reader's quotation marks (« » in Russian and Ukrainian)."""
    return translate("MyWork", ": “{words}”").format(words=words)


def _escalation(row: Any, them: bool) -> str:
    """ "Escalated to you by … on …: “note” — next review …" (or "to them")."""
    opening = (
        translate("MyWork", "Escalated to them by {reviewer} on {date}")
        if them
        else translate("MyWork", "Escalated to you by {reviewer} on {date}")
    )
    words = opening.format(reviewer=row.reviewer or "—", date=_day(local_day(row.reviewed_at)))
    if row.note:
        words += _quoted(row.note)
    if row.next_review_on is not None:
        words += translate("MyWork", " — next review {date}").format(date=_day(row.next_review_on))
    return words


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _reassigned(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    latest = (
        sa.select(func.max(CaseAssignment.id).label("id"))
        .group_by(col(CaseAssignment.person_id))
        .subquery("latest_assignment")
    )
    by, before = aliased(User), aliased(User)
    since = _utc_start(today - timedelta(days=REASSIGNED_RECENT_DAYS))
    query = (
        sa.select(
            col(CaseAssignment.to_user_id),
            *_person_columns(),
            col(CaseAssignment.reason),
            col(CaseAssignment.assigned_at),
            col(by.full_name).label("by"),
            col(before.full_name).label("before"),
        )
        .select_from(CaseAssignment)
        .join(latest, latest.c.id == CaseAssignment.id)
        .join(Person, col(Person.id) == CaseAssignment.person_id)
        .join(by, col(by.id) == CaseAssignment.assigned_by_id, isouter=True)
        .join(before, col(before.id) == CaseAssignment.from_user_id, isouter=True)
        .where(
            col(CaseAssignment.to_user_id) == col(Person.assigned_to_id),
            col(CaseAssignment.assigned_at) >= since,
            _open(),
            *_owned(col(CaseAssignment.to_user_id), owners),
        )
        .order_by(col(CaseAssignment.assigned_at))
    )
    lines = []
    for row in session.connection().execute(query):
        on = local_day(row.assigned_at)
        lines.append(
            WorkLine(
                WorkKind.REASSIGNED, row.to_user_id, row.person_id, row.case_number,
                _name(row), _reassignment(row, on, them=False), on,
                of_others=_reassignment(row, on, them=True),
            )
        )  # fmt: skip
    return lines


def _reassignment(row: Any, on: date, them: bool) -> str:
    """ "Reassigned to you by … on … (was …'s): “reason”" (or "to them")."""
    opening = (
        translate("MyWork", "Reassigned to them by {by} on {date}")
        if them
        else translate("MyWork", "Reassigned to you by {by} on {date}")
    )
    what = opening.format(by=row.by or "—", date=_day(on))
    if row.before:
        what += translate("MyWork", " (was {name}'s)").format(name=row.before)
    return what + _quoted(row.reason)


def _review_due(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    latest = _latest_review()
    query = (
        sa.select(
            col(Person.assigned_to_id),
            *_person_columns(),
            col(CaseReview.decision),
            col(CaseReview.next_review_on),
        )
        .select_from(CaseReview)
        .join(latest, latest.c.id == CaseReview.id)
        .join(Person, col(Person.id) == CaseReview.person_id)
        .where(
            col(CaseReview.next_review_on) <= today,
            _open(),
            *_owned(col(Person.assigned_to_id), owners),
        )
        .order_by(col(CaseReview.next_review_on), col(Person.case_number))
    )
    lines = []
    for row in session.connection().execute(query):
        due: date = row.next_review_on
        late = (today - due).days
        decision = ReviewDecision(row.decision).label.lower()
        what = (
            translate("MyWork", "Review due today; last decision: {decision}")
            if late == 0
            else MyWorkPlurals.tr(
                "Review due since {date} (%n days); last decision: {decision}", "", late
            )
        ).format(date=_day(due), decision=decision)
        lines.append(
            WorkLine(
                WorkKind.REVIEW_DUE, row.assigned_to_id, row.person_id, row.case_number,
                _name(row), what, due,
            )
        )  # fmt: skip
    return lines


def _no_news(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
    silent = no_news_held(session, today=today, threshold_days=threshold, holders=owners)
    # Tens of thousands of lines for a team: the words of each kind of line are looked up
    # once (a translation per line held the interpreter lock for seconds in all).
    heard_on = translate("MyWork", "last news {date}")
    never = translate("MyWork", "no news since registration")
    said: dict[int, str] = {}
    lines = []
    for holder, row in silent:
        what = said.get(row.days)
        if what is None:
            what = said[row.days] = MyWorkPlurals.tr("No news for %n days ({heard})", "", row.days)
        heard = heard_on.format(date=_day(row.last_news)) if row.last_news else never
        lines.append(
            WorkLine(
                WorkKind.NO_NEWS, holder, row.person_id, row.case_number, row.name,
                what.format(heard=heard), today - timedelta(days=row.days),
            )
        )  # fmt: skip
    return lines


def _to_pack(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    query = (
        sa.select(
            col(Person.assigned_to_id),
            *_person_columns(),
            func.count(col(CorrespondenceItem.id)).label("items"),
            func.min(col(CorrespondenceItem.status_on)).label("since"),
        )
        .select_from(CorrespondenceItem)
        .join(Person, col(Person.id) == CorrespondenceItem.person_id)
        .where(
            col(CorrespondenceItem.status) == ItemStatus.SCREENED.value,
            col(CorrespondenceItem.direction) == Direction.TO_PERSON.value,
            col(CorrespondenceItem.parcel_id).is_(None),
            *_owned(col(Person.assigned_to_id), owners),
        )
        .group_by(col(Person.id))
        .order_by(sa.literal_column("since"), col(Person.case_number))
    )
    lines = []
    for row in session.connection().execute(query):
        since = driver_day(row.since)
        what = counted(
            MyWorkPlurals.tr("%n screened items waiting to be packed", "", row.items),
            row.items,
            "%n screened items waiting to be packed",
            "%n screened item waiting to be packed",
        )
        if since is not None:
            what += translate("MyWork", " (since {date})").format(date=_day(since))
        lines.append(
            WorkLine(
                WorkKind.TO_PACK, row.assigned_to_id, row.person_id, row.case_number,
                _name(row), what, since,
            )
        )  # fmt: skip
    return lines


def _parcels(
    session: Session,
    today: date,
    owners: Sequence[int] | None,
    kind: WorkKind,
    where: list[ColumnElement[bool]],
) -> list[WorkLine]:
    query = (
        sa.select(
            col(Person.assigned_to_id),
            *_person_columns(),
            col(Parcel.parcel_number),
            col(Parcel.packed_on),
            col(Parcel.created_at),
        )
        .select_from(Parcel)
        .join(Person, col(Person.id) == Parcel.person_id)
        .outerjoin(Shipment, col(Shipment.id) == Parcel.shipment_id)
        .where(*where, *_owned(col(Person.assigned_to_id), owners))
        .order_by(col(Parcel.id))
    )
    lines = []
    for row in session.connection().execute(query):
        if kind is WorkKind.TO_SEAL:
            since = local_day(row.created_at)
            what = translate("MyWork", "Parcel {number} made up on {date}: seal it").format(
                number=row.parcel_number, date=_day(since)
            )
            place = Place.CASE
        else:
            since = driver_day(row.packed_on) or local_day(row.created_at)
            what = translate(
                "MyWork", "Parcel {number} sealed on {date}: put it in a shipment and hand it over"
            ).format(number=row.parcel_number, date=_day(since))
            place = Place.SHIPMENTS
        lines.append(
            WorkLine(
                kind, row.assigned_to_id, row.person_id, row.case_number, _name(row), what,
                since, place,
            )
        )  # fmt: skip
    return lines


def _to_seal(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    return _parcels(
        session, today, owners, WorkKind.TO_SEAL,
        [col(Parcel.status) == ParcelStatus.ASSEMBLING.value],
    )  # fmt: skip


def _to_hand_over(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    not_handed_over = sa.or_(
        col(Parcel.shipment_id).is_(None),
        col(Shipment.status) == ShipmentStatus.PREPARING.value,
    )
    return _parcels(
        session, today, owners, WorkKind.TO_HAND_OVER,
        [col(Parcel.status) == ParcelStatus.PACKED.value, not_handed_over],
    )  # fmt: skip


def _no_acknowledgement(
    session: Session, today: date, owners: Sequence[int] | None
) -> list[WorkLine]:
    days = get_int_setting(session, ACKNOWLEDGEMENT_AFTER_DAYS)
    query = (
        sa.select(
            col(Person.assigned_to_id),
            col(Shipment.id),
            col(Shipment.reference),
            col(Shipment.handover_on),
            func.count(col(Parcel.id)).label("parcels"),
        )
        .select_from(Parcel)
        .join(Shipment, col(Shipment.id) == Parcel.shipment_id)
        .join(Person, col(Person.id) == Parcel.person_id)
        .where(
            col(Shipment.status) == ShipmentStatus.HANDED_OVER.value,
            col(Shipment.handover_on) < today - timedelta(days=days),
            col(Parcel.status) == ParcelStatus.DISPATCHED.value,
            *_owned(col(Person.assigned_to_id), owners),
        )
        .group_by(col(Person.assigned_to_id), col(Shipment.id))
        .order_by(col(Shipment.handover_on), col(Shipment.reference))
    )
    lines = []
    for row in session.connection().execute(query):
        on = driver_day(row.handover_on) or today
        waited = (today - on).days
        what = MyWorkPlurals.tr(
            "Shipment {reference} handed over {date} (%n days ago): {parcels} not acknowledged "
            "as delivered",
            "",
            waited,
        ).format(
            reference=row.reference,
            date=_day(on),
            parcels=counted(
                MyWorkPlurals.tr("%n parcels", "", row.parcels),
                row.parcels,
                "%n parcels",
                "%n parcel",
            ),
        )
        lines.append(
            WorkLine(
                WorkKind.NO_ACKNOWLEDGEMENT, row.assigned_to_id, None, row.reference, "",
                what, on, Place.SHIPMENTS,
            )
        )  # fmt: skip
    return lines


READERS = {
    WorkKind.ESCALATED: _escalated,
    WorkKind.REASSIGNED: _reassigned,
    WorkKind.REVIEW_DUE: _review_due,
    WorkKind.NO_NEWS: _no_news,
    WorkKind.TO_PACK: _to_pack,
    WorkKind.TO_SEAL: _to_seal,
    WorkKind.TO_HAND_OVER: _to_hand_over,
    WorkKind.NO_ACKNOWLEDGEMENT: _no_acknowledgement,
}
