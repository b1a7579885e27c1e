"""Reconciling the other side's acknowledgement list against the register, and the gaps left.

:func:`reconcile_acknowledgement` stores the list as it came (every line, matched to a parcel
when the number is known) and delivers each matching parcel still on its way (or lost: it
turned up). A line without a date counts as delivered on the day of the import. Lines that
cannot deliver their parcel (unknown number, parcel not dispatched, date before dispatch)
are kept and reported, never refused, so one bad line does not block the other 1,999.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import exists
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import Acknowledgement, AcknowledgementLine, Parcel, Shipment
from ombuds_desk.domain.mail_rules import date_problem, normalize_parcel_number
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.mail.deliveries import (
    advance_parcel,
    close_finished_shipments,
    previous_date,
)
from ombuds_desk.services.mail.mail_events import clean_reason
from ombuds_desk.services.mail.problems import too_long

DEFAULT_GAP_DAYS = 30
_CHUNK = 500
_DELIVERABLE = (ParcelStatus.DISPATCHED, ParcelStatus.LOST)


@dataclass
class ReconcileResult:
    """What an import did: counts for the summary and the numbers behind each problem."""

    acknowledgement_id: int
    lines: int = 0
    delivered: int = 0
    already_delivered: int = 0
    unknown: list[str] = field(default_factory=list)
    not_dispatched: list[str] = field(default_factory=list)
    bad_dates: list[str] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return len(self.unknown) + len(self.not_dispatched) + len(self.bad_dates)


def _parcels_by_number(session: Session, numbers: list[str]) -> dict[str, Parcel]:
    found: dict[str, Parcel] = {}
    for start in range(0, len(numbers), _CHUNK):
        chunk = numbers[start : start + _CHUNK]
        query = select(Parcel).where(col(Parcel.parcel_number).in_(chunk)).with_for_update()
        found.update((p.parcel_number, p) for p in session.exec(query))
    return found


def reconcile_acknowledgement(
    session: Session,
    actor: User,
    source: str,
    file_name: str | None,
    lines: Sequence[tuple[str, date | None]],
    *,
    today: date,
) -> ReconcileResult:
    """Store the list and deliver what it acknowledges; see the module notes."""
    require(actor, Action.RECONCILE_ACKNOWLEDGEMENT)
    who = clean_reason(source, "source", required=True) or ""
    if len(who) > 200:
        raise ValidationError("", {"source": too_long(200)})
    ack = Acknowledgement(
        source=who, file_name=(file_name or "").strip()[:255] or None, imported_by_id=actor.id
    )
    session.add(ack)
    session.flush()
    assert ack.id is not None
    result = ReconcileResult(acknowledgement_id=ack.id)
    numbers = [normalize_parcel_number(n) for n, _ in lines]
    known = _parcels_by_number(session, sorted(set(numbers)))
    shipments: set[int | None] = set()
    for number, (_, delivered_on) in zip(numbers, lines, strict=True):
        if not number:
            continue
        result.lines += 1
        parcel = known.get(number)
        session.add(
            AcknowledgementLine(
                acknowledgement_id=ack.id,
                parcel_number=number[:60],
                delivered_on=delivered_on,
                parcel_id=parcel.id if parcel else None,
            )
        )
        if parcel is None:
            result.unknown.append(number)
        elif parcel.status is ParcelStatus.DELIVERED:
            result.already_delivered += 1
        elif parcel.status not in _DELIVERABLE:
            result.not_dispatched.append(number)
        elif date_problem(delivered_on or today, previous_date(parcel), today):
            result.bad_dates.append(number)
        else:
            advance_parcel(
                session,
                actor,
                parcel,
                ParcelStatus.DELIVERED,
                on=delivered_on or today,
                today=today,
                reason=f"Acknowledged by {who}",
            )
            shipments.add(parcel.shipment_id)
            result.delivered += 1
    session.flush()
    close_finished_shipments(session, shipments)
    session.flush()
    return result


@dataclass(frozen=True)
class UnacknowledgedParcel:
    parcel_id: int
    parcel_number: str
    case_number: str
    person_name: str
    shipment_reference: str | None
    dispatched_on: date
    days: int


@dataclass(frozen=True)
class UnknownNumber:
    parcel_number: str
    delivered_on: date | None
    source: str
    file_name: str | None


@dataclass(frozen=True)
class Gaps:
    unacknowledged: list[UnacknowledgedParcel]
    unknown: list[UnknownNumber]


def reconciliation_gaps(
    session: Session, *, today: date, after_days: int = DEFAULT_GAP_DAYS
) -> Gaps:
    """Both ways: parcels dispatched more than ``after_days`` ago and still not delivered
    (longest first), and acknowledged numbers the register does not know.

    A parcel still dispatched has no usable acknowledgement: a usable one would have
    delivered it, so a line whose date was refused keeps its parcel on this list.
    """
    cutoff = today - timedelta(days=after_days)
    rows = session.exec(
        select(Parcel, Person, Shipment.reference)
        .join(Person, col(Person.id) == Parcel.person_id)
        .join(Shipment, col(Shipment.id) == Parcel.shipment_id, isouter=True)
        .where(
            col(Parcel.status) == ParcelStatus.DISPATCHED.value,
            col(Parcel.dispatched_on) < cutoff,
        )
        .order_by(col(Parcel.dispatched_on), col(Parcel.parcel_number))
    ).all()
    unacknowledged = [
        UnacknowledgedParcel(
            parcel_id=p.id or 0,
            parcel_number=p.parcel_number,
            case_number=person.case_number,
            person_name=" ".join(x for x in (person.family_name, person.given_name) if x),
            shipment_reference=ref,
            dispatched_on=p.dispatched_on or today,
            days=(today - (p.dispatched_on or today)).days,
        )
        for p, person, ref in rows
    ]
    known = exists().where(col(Parcel.parcel_number) == col(AcknowledgementLine.parcel_number))
    lines = session.exec(
        select(AcknowledgementLine, Acknowledgement)
        .join(Acknowledgement, col(Acknowledgement.id) == AcknowledgementLine.acknowledgement_id)
        .where(col(AcknowledgementLine.parcel_id).is_(None), ~known)
        .order_by(col(AcknowledgementLine.parcel_number), col(AcknowledgementLine.id))
    ).all()
    unknown: dict[str, UnknownNumber] = {}
    for line, ack in lines:
        unknown.setdefault(
            line.parcel_number,
            UnknownNumber(line.parcel_number, line.delivered_on, ack.source, ack.file_name),
        )
    return Gaps(unacknowledged=unacknowledged, unknown=list(unknown.values()))
