"""Shipments: batches of packed parcels handed over together, with the chain of custody.

A shipment is prepared (parcels added by id or by scanned number), then handed over: who
handed it over and who received it (names and organisations) are recorded, and every parcel
in it and every item in those parcels become dispatched in the caller's one transaction — all
or nothing. The signed receipt can be attached as a scanned file at any time.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Channel, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.errors import NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.mail_rules import MAX_RECEIPT_BYTES
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version
from ombuds_desk.services.mail.deliveries import advance_parcel, check_advance
from ombuds_desk.services.mail.parcels import ParcelRef, resolve_parcel
from ombuds_desk.services.mail.problems import required, too_long

_NAME_FIELDS = ("handed_over_by", "handed_over_org", "received_by", "received_org")


def _text(value: str | None, field: str, limit: int, problems: dict[str, str]) -> str | None:
    text = " ".join((value or "").split()) or None
    if text and len(text) > limit:
        problems[field] = too_long(limit)
    return text


def _named(shipment: Shipment) -> str:
    """The shipment as a message names it."""
    return translate("Shipments", "Shipment {reference}").format(reference=shipment.reference)


def create_shipment(
    session: Session,
    actor: User,
    reference: str,
    channel: Channel | str,
    *,
    handover_on: date | None = None,
    notes: str | None = None,
) -> Shipment:
    """A shipment being prepared; ``handover_on`` is the planned date (may be ahead)."""
    require(actor, Action.SHIP_PARCELS)
    problems: dict[str, str] = {}
    ref = _text(reference, "reference", 60, problems)
    if not ref:
        problems["reference"] = required()
    elif find_shipment(session, ref) is not None:
        problems["reference"] = translate(
            "MailProblems", "“{reference}” is already used by another shipment"
        ).format(reference=ref)
    kind = Channel.OTHER
    try:
        kind = Channel(Channel.parse(str(channel)))
    except ValueError:
        problems["channel"] = translate("MailProblems", "choose one of {choices}").format(
            choices=", ".join(c.label for c in Channel)
        )
    if problems or not ref:
        raise ValidationError("", problems)
    shipment = Shipment(
        reference=ref, channel=kind, handover_on=handover_on, notes=(notes or "").strip() or None
    )
    session.add(shipment)
    session.flush()
    return shipment


def get_shipment(session: Session, shipment_id: int, *, for_update: bool = False) -> Shipment:
    shipment = session.get(Shipment, shipment_id, with_for_update=for_update or None)
    if shipment is None:
        raise NotFoundError(
            translate("Shipments", "No shipment with id {id}.").format(id=shipment_id)
        )
    return shipment


def _key(reference: str) -> str:
    return " ".join(reference.split()).casefold()


def shipment_id_for(session: Session, reference: str) -> int | None:
    """The id of the shipment with this reference in any case (Cyrillic too, which SQLite's
    ``lower()`` does not fold; shipments are few, so they are compared here)."""
    key = _key(reference)
    for shipment_id, ref in session.exec(select(Shipment.id, Shipment.reference)).all():
        if _key(ref) == key:
            return shipment_id
    return None


def find_shipment(session: Session, reference: str) -> Shipment | None:
    """The shipment with this reference, in any case."""
    found = shipment_id_for(session, reference)
    return None if found is None else session.get(Shipment, found)


def list_shipments(session: Session) -> list[Shipment]:
    """Every shipment, the newest first."""
    return list(session.exec(select(Shipment).order_by(col(Shipment.id).desc())))


def shipment_parcels(session: Session, shipment_id: int) -> list[Parcel]:
    return list(
        session.exec(
            select(Parcel)
            .where(Parcel.shipment_id == shipment_id)
            .order_by(col(Parcel.parcel_number))
        )
    )


def _preparing(shipment: Shipment, adding: bool) -> None:
    if shipment.status is ShipmentStatus.PREPARING:
        return
    text = (
        translate("Shipments", "Shipment {reference} is {status}; parcels can no longer be added.")
        if adding
        else translate(
            "Shipments", "Shipment {reference} is {status}; parcels can no longer be taken out."
        )
    )
    raise TransitionError(
        text.format(reference=shipment.reference, status=shipment.status.label.lower())
    )


def add_parcels_to_shipment(
    session: Session, actor: User, shipment_id: int, parcels: Sequence[ParcelRef]
) -> list[Parcel]:
    """Add packed parcels (ids or scanned numbers); ones already in it are skipped.

    Any refused parcel refuses them all, with one sentence per parcel.
    """
    require(actor, Action.SHIP_PARCELS)
    shipment = get_shipment(session, shipment_id, for_update=True)
    _preparing(shipment, adding=True)
    found = {p.id: p for p in (resolve_parcel(session, r, for_update=True) for r in parcels)}
    new = [p for p in found.values() if p.shipment_id != shipment.id]
    refused = []
    for parcel in new:
        if parcel.shipment_id is not None:
            refused.append(
                translate("Shipments", "parcel {number} is already in another shipment").format(
                    number=parcel.parcel_number
                )
            )
        elif parcel.status is not ParcelStatus.PACKED:
            refused.append(
                translate(
                    "Shipments", "parcel {number} is {status}; only packed parcels can be shipped"
                ).format(number=parcel.parcel_number, status=parcel.status.label.lower())
            )
    if refused:
        raise TransitionError(
            translate("Shipments", "Nothing was added to shipment {reference}: {problems}.").format(
                reference=shipment.reference, problems="; ".join(refused)
            )
        )
    for parcel in new:
        parcel.shipment_id = shipment.id
        parcel.version += 1
        session.add(parcel)
    if new:
        shipment.version += 1
        session.add(shipment)
    session.flush()
    return new


def remove_parcel_from_shipment(
    session: Session, actor: User, shipment_id: int, parcel: ParcelRef
) -> Parcel:
    """Take a parcel out of a shipment that has not been handed over yet."""
    require(actor, Action.SHIP_PARCELS)
    shipment = get_shipment(session, shipment_id, for_update=True)
    _preparing(shipment, adding=False)
    found = resolve_parcel(session, parcel, for_update=True)
    if found.shipment_id != shipment.id:
        raise TransitionError(
            translate("Shipments", "Parcel {number} is not in shipment {reference}.").format(
                number=found.parcel_number, reference=shipment.reference
            )
        )
    found.shipment_id = None
    found.version += 1
    shipment.version += 1
    session.add_all([found, shipment])
    session.flush()
    return found


def hand_over_shipment(
    session: Session,
    actor: User,
    shipment_id: int,
    *,
    handed_over_by: str,
    received_by: str,
    handed_over_org: str | None = None,
    received_org: str | None = None,
    on: date,
    today: date,
    expected_version: int | None = None,
) -> Shipment:
    """Record the handover; every parcel and its items become dispatched on ``on``."""
    require(actor, Action.SHIP_PARCELS)
    shipment = get_shipment(session, shipment_id, for_update=True)
    if shipment.status is not ShipmentStatus.PREPARING:
        raise TransitionError(
            translate("Shipments", "Shipment {reference} has already been handed over.").format(
                reference=shipment.reference
            )
        )
    problems: dict[str, str] = {}
    raw = dict(
        zip(_NAME_FIELDS, (handed_over_by, handed_over_org, received_by, received_org), strict=True)
    )
    names = {f: _text(raw[f], f, 200, problems) for f in _NAME_FIELDS}
    for field in ("handed_over_by", "received_by"):
        if not names[field]:
            problems[field] = translate("MailProblems", "is required for the chain of custody")
    if problems:
        raise ValidationError("", problems)
    parcels = list(
        session.exec(
            select(Parcel)
            .where(Parcel.shipment_id == shipment.id)
            .order_by(col(Parcel.id))
            .with_for_update()
        )
    )
    if not parcels:
        raise TransitionError(
            translate("Shipments", "Shipment {reference} has no parcels to hand over.").format(
                reference=shipment.reference
            )
        )
    for parcel in parcels:  # check every parcel before changing any
        check_advance(parcel, ParcelStatus.DISPATCHED, on, today)
    items: dict[int | None, list[CorrespondenceItem]] = defaultdict(list)
    in_shipment = select(Parcel.id).where(Parcel.shipment_id == shipment.id)
    for item in session.exec(
        select(CorrespondenceItem).where(col(CorrespondenceItem.parcel_id).in_(in_shipment))
    ):
        items[item.parcel_id].append(item)
    check_version(shipment, expected_version, _named(shipment))
    reason = f"Shipment {shipment.reference} handed over to {names['received_by']}"
    for parcel in parcels:
        advance_parcel(
            session,
            actor,
            parcel,
            ParcelStatus.DISPATCHED,
            on=on,
            today=today,
            reason=reason,
            items=items[parcel.id],
        )
    for field, value in names.items():
        setattr(shipment, field, value)
    shipment.handover_on = on
    shipment.status = ShipmentStatus.HANDED_OVER
    session.add(shipment)
    session.flush()
    return shipment


def attach_receipt(
    session: Session,
    actor: User,
    shipment_id: int,
    file_name: str,
    data: bytes,
    *,
    expected_version: int | None = None,
) -> Shipment:
    """Store the signed receipt (a scan or photo) with the shipment, replacing any earlier one."""
    require(actor, Action.SHIP_PARCELS)
    shipment = get_shipment(session, shipment_id, for_update=True)
    name = os.path.basename((file_name or "").replace("\\", "/")).strip()
    if not data:
        raise ValidationError("", {"receipt": translate("MailProblems", "the file is empty")})
    if len(data) > MAX_RECEIPT_BYTES:
        size = len(data) / (1024 * 1024)
        raise ValidationError(
            "",
            {
                "receipt": translate(
                    "MailProblems",
                    "the file is {size} MB; a receipt may be at most {limit} MB — scan it at a "
                    "lower resolution",
                ).format(size=f"{size:.1f}", limit=MAX_RECEIPT_BYTES // (1024 * 1024))
            },
        )
    check_version(shipment, expected_version, _named(shipment))
    shipment.receipt_file_name = (name or "receipt")[:255]
    shipment.receipt_data = data
    session.add(shipment)
    session.flush()
    return shipment


def get_receipt(session: Session, shipment_id: int) -> tuple[str, bytes] | None:
    """The attached receipt's file name and bytes, or None."""
    shipment = get_shipment(session, shipment_id)
    if shipment.receipt_data is None:
        return None
    return shipment.receipt_file_name or "receipt", shipment.receipt_data
