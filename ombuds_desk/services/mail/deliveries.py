"""What happens to a parcel after it left: delivered, returned or lost; items follow it.

:func:`advance_parcel` is the one way a parcel moves to dispatched, delivered, returned or
lost: it checks the move and its date, sets the date columns, records the history, and moves
the parcel's items the same way (``ITEM_STATUS_FOR_PARCEL``); it checks no role, its callers
have. A shipment closes itself once none of its parcels is still on its way.

Confirming chosen parcels and confirming every parcel of a shipment still on its way are two
actions of the role table: the second, one click for a whole shipment, is a supervisor's. A
supervisor can undo a confirmed delivery with a reason (:func:`undo_delivery`): the parcel
goes back to where it was before (dispatched, or lost if it had been lost and turned up), its
items back to dispatched, the shipment opens again, and the history says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.errors import TransitionError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent, Parcel, Shipment
from ombuds_desk.domain.mail_rules import IN_TRANSIT, ITEM_STATUS_FOR_PARCEL
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.mail.mail_events import (
    check_date,
    check_parcel_move,
    clean_reason,
    move_item,
    move_parcel,
)
from ombuds_desk.services.mail.parcels import ParcelRef, parcel_items, resolve_parcel

_DATE_FIELD = {
    ParcelStatus.DISPATCHED: "dispatched_on",
    ParcelStatus.DELIVERED: "delivered_on",
}


def previous_date(parcel: Parcel) -> date | None:
    """The date of the parcel's last step, which a new step may not precede."""
    return parcel.delivered_on or parcel.dispatched_on or parcel.packed_on


def check_advance(parcel: Parcel, new: ParcelStatus, on: date, today: date) -> None:
    """Raise TransitionError or ValidationError if ``parcel`` may not move to ``new`` on ``on``."""
    check_parcel_move(parcel, new)
    check_date("on", on, previous_date(parcel), today)


def advance_parcel(
    session: Session,
    actor: User,
    parcel: Parcel,
    new: ParcelStatus,
    *,
    on: date,
    today: date,
    reason: str | None = None,
    items: Sequence[CorrespondenceItem] | None = None,
) -> None:
    """Move a parcel and its items (``items`` when already loaded); the caller flushes."""
    check_advance(parcel, new, on, today)
    contained = list(items) if items is not None else parcel_items(session, parcel.id or 0)
    move_parcel(session, actor, parcel, new, on, reason)
    field = _DATE_FIELD.get(new)
    if field:
        setattr(parcel, field, on)
    if new in (ParcelStatus.RETURNED, ParcelStatus.LOST):
        parcel.status_reason = reason
    item_status = ITEM_STATUS_FOR_PARCEL.get(new)
    if item_status is not None:
        for item in contained:
            if item.status is not item_status:
                move_item(session, actor, item, item_status, on, f"Parcel {parcel.parcel_number}")


def in_transit_count(session: Session, shipment_id: int) -> int:
    """How many parcels of the shipment are still on their way (what "confirm all" confirms)."""
    return len(_in_transit(session, shipment_id))


def _in_transit(session: Session, shipment_id: int) -> list[int]:
    ids = session.exec(
        select(Parcel.id).where(
            Parcel.shipment_id == shipment_id,
            col(Parcel.status).in_([s.value for s in IN_TRANSIT]),
        )
    ).all()
    return [int(i) for i in ids if i is not None]


def close_finished_shipments(session: Session, shipment_ids: set[int | None]) -> None:
    """Close handed-over shipments none of whose parcels is still on its way."""
    for shipment_id in shipment_ids - {None}:
        shipment = session.get(Shipment, shipment_id)
        if shipment is None or shipment.status is not ShipmentStatus.HANDED_OVER:
            continue
        moving = session.exec(
            select(Parcel.id).where(
                Parcel.shipment_id == shipment_id,
                col(Parcel.status).in_([s.value for s in IN_TRANSIT]),
            )
        ).first()
        if moving is None:
            shipment.status = ShipmentStatus.CLOSED
            shipment.version += 1
            session.add(shipment)


def _finish(
    session: Session,
    actor: User,
    refs: Sequence[ParcelRef],
    new: ParcelStatus,
    *,
    on: date,
    today: date,
    reason: str | None,
) -> list[Parcel]:
    parcels = list(
        {p.id: p for p in (resolve_parcel(session, r, for_update=True) for r in refs)}.values()
    )
    for parcel in parcels:  # check all before changing any
        check_advance(parcel, new, on, today)
    for parcel in parcels:
        advance_parcel(session, actor, parcel, new, on=on, today=today, reason=reason)
    session.flush()
    close_finished_shipments(session, {p.shipment_id for p in parcels})
    session.flush()
    return parcels


def confirm_delivery(
    session: Session, actor: User, parcels: Sequence[ParcelRef], *, on: date, today: date
) -> list[Parcel]:
    """Parcels (ids or numbers) delivered on ``on``, with their items; all or none."""
    require(actor, Action.CONFIRM_DELIVERY)
    return _finish(
        session,
        actor,
        parcels,
        ParcelStatus.DELIVERED,
        on=on,
        today=today,
        reason="Delivery confirmed",
    )


def confirm_shipment_delivery(
    session: Session, actor: User, shipment_id: int, *, on: date, today: date
) -> list[Parcel]:
    """Every parcel of the shipment still on its way is delivered on ``on``."""
    require(actor, Action.CONFIRM_ALL_DELIVERIES)
    shipment = session.get(Shipment, shipment_id, with_for_update=True)
    if shipment is None or shipment.status is ShipmentStatus.PREPARING:
        raise TransitionError(
            translate(
                "Deliveries", "The shipment does not exist; nothing can be delivered from it."
            )
            if shipment is None
            else translate(
                "Deliveries",
                "The shipment has not been handed over yet; nothing can be delivered from it.",
            )
        )
    refs: list[ParcelRef] = list(_in_transit(session, shipment_id))
    if not refs:
        raise TransitionError(
            translate(
                "Deliveries",
                "No parcel of shipment {reference} is still on its way; nothing changed.",
            ).format(reference=shipment.reference)
        )
    return _finish(
        session,
        actor,
        refs,
        ParcelStatus.DELIVERED,
        on=on,
        today=today,
        reason=f"Delivery of shipment {shipment.reference} confirmed",
    )


def mark_returned(
    session: Session, actor: User, parcel: ParcelRef, *, reason: str, on: date, today: date
) -> Parcel:
    """A dispatched parcel came back (its items are returned too); the reason is required."""
    require(actor, Action.RECORD_RETURN_OR_LOSS)
    text = clean_reason(reason, required=True)
    return _finish(
        session, actor, [parcel], ParcelStatus.RETURNED, on=on, today=today, reason=text
    )[0]


def mark_lost(
    session: Session, actor: User, parcel: ParcelRef, *, reason: str, on: date, today: date
) -> Parcel:
    """A dispatched parcel is lost; its items stay dispatched (a parcel may still turn up)."""
    require(actor, Action.RECORD_RETURN_OR_LOSS)
    text = clean_reason(reason, required=True)
    return _finish(session, actor, [parcel], ParcelStatus.LOST, on=on, today=today, reason=text)[0]


def _before_delivery(session: Session, parcel: Parcel) -> ParcelStatus:
    """What the parcel was before its delivery was recorded: dispatched, or lost."""
    came_from = session.exec(
        select(MailEvent.from_status)
        .where(
            MailEvent.parcel_id == parcel.id,
            MailEvent.to_status == ParcelStatus.DELIVERED.value,
        )
        .order_by(col(MailEvent.id).desc())
    ).first()
    return ParcelStatus.LOST if came_from == ParcelStatus.LOST.value else ParcelStatus.DISPATCHED


def _step_back(
    session: Session,
    actor: User,
    *,
    to: str,
    on: date,
    reason: str,
    parcel: Parcel | None = None,
    item: CorrespondenceItem | None = None,
) -> None:
    """One history row of a step no forward rule allows (an undone delivery)."""
    session.add(
        MailEvent(
            parcel_id=parcel.id if parcel is not None else None,
            item_id=item.id if item is not None else None,
            from_status=(parcel.status if parcel is not None else item.status).value,  # type: ignore[union-attr]
            to_status=to,
            effective_on=on,
            reason=reason,
            recorded_by_id=actor.id,
        )
    )


def undo_delivery(
    session: Session, actor: User, parcels: Sequence[ParcelRef], *, reason: str, today: date
) -> list[Parcel]:
    """A supervisor takes back confirmed deliveries (a mistake, or the other side's list was
    wrong): each parcel goes back to dispatched (or lost, if it was lost and turned up), its
    delivered items back to dispatched, a closed shipment opens again; all or none, with the
    reason in every history row."""
    require(actor, Action.UNDO_DELIVERY)
    text = clean_reason(reason, required=True)
    found = list(
        {p.id: p for p in (resolve_parcel(session, r, for_update=True) for r in parcels)}.values()
    )
    if not found:
        raise TransitionError(translate("Deliveries", "No parcel was chosen; nothing changed."))
    not_delivered = [p for p in found if p.status is not ParcelStatus.DELIVERED]
    if not_delivered:  # check all before changing any
        names = ", ".join(
            translate("Deliveries", "{number} is {status}").format(
                number=p.parcel_number, status=p.status.label.lower()
            )
            for p in not_delivered
        )
        raise TransitionError(
            translate(
                "Deliveries",
                "Only a delivered parcel's delivery can be undone: {parcels}. Nothing changed.",
            ).format(parcels=names)
        )
    for parcel in found:
        back = _before_delivery(session, parcel)
        why = f"Delivery undone: {text}"
        _step_back(session, actor, to=back.value, on=today, reason=why, parcel=parcel)
        parcel.status = back
        parcel.delivered_on = None
        parcel.version += 1
        session.add(parcel)
        for item in parcel_items(session, parcel.id or 0):
            if item.status is ItemStatus.DELIVERED:
                _step_back(
                    session,
                    actor,
                    to=ItemStatus.DISPATCHED.value,
                    on=today,
                    reason=f"Delivery of parcel {parcel.parcel_number} undone: {text}",
                    item=item,
                )
                item.status = ItemStatus.DISPATCHED
                item.status_on = parcel.dispatched_on
                item.version += 1
                session.add(item)
    session.flush()
    for shipment_id in {p.shipment_id for p in found if p.shipment_id is not None}:
        shipment = session.get(Shipment, shipment_id, with_for_update=True)
        closed = shipment is not None and shipment.status is ShipmentStatus.CLOSED
        if closed and shipment is not None and _in_transit(session, shipment_id):
            shipment.status = ShipmentStatus.HANDED_OVER  # a parcel is on its way again
            shipment.version += 1
            session.add(shipment)
    session.flush()
    return found
