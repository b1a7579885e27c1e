"""The rows of the demo mail planned by ``demo_mail.py``: parcels, items and the MailEvent
history each service move would have left, the shipments, the acknowledgement and the
campaigns. Each history step is checked against ``domain/mail_rules.py`` as it is written."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ombuds_desk.demo.mail import DemoMail, ItemPlan, ParcelPlan, ShipmentPlan
from ombuds_desk.demo.texts import ACK_SOURCE
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.mail_rules import (
    ITEM_STATUS_FOR_PARCEL,
    format_parcel_number,
    item_transition_problem,
    parcel_transition_problem,
)

IS, PS = ItemStatus, ParcelStatus
_SENT = frozenset({PS.DISPATCHED, PS.DELIVERED, PS.RETURNED, PS.LOST})
# From status, to status, day, reason, who recorded it (None: the case's caseworker).
Event = tuple[str | None, str, date, str | None, int | None]


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def mail_rows(
    mail: DemoMail, rng: random.Random, chunk: int = 4_000
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]]:
    """(parcel rows, item rows, MailEvent rows) for about ``chunk`` items at a time."""
    parcels: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []

    def moment(day: date) -> datetime:
        minute = int(rng.random() * 600)
        return datetime(day.year, day.month, day.day, 8 + minute // 60, minute % 60, tzinfo=UTC)

    def record(steps: list[Event], by: int, parcel_id: int | None, item_id: int | None) -> None:
        for before, after, on, reason, who in steps:
            assert on <= mail.today, (before, after, on)
            events.append(
                {
                    "parcel_id": parcel_id,
                    "item_id": item_id,
                    "from_status": None if before is None else str(before),
                    "to_status": str(after),
                    "effective_on": on,
                    "reason": reason,
                    "recorded_at": moment(on),
                    "recorded_by_id": who or by,
                }
            )

    for person_parcels, person_items in mail.by_person:
        for p in person_parcels:
            steps = _parcel_steps(p, mail.importer_id)
            record(steps, p.clerk, p.id, None)
            sent = p.status in _SENT
            parcels.append(
                {
                    "id": p.id,
                    "version": len(steps) + (p.shipment is not None),
                    "parcel_number": p.number,
                    "person_id": p.person_id,
                    "status": p.status,
                    "contents": p.contents,
                    "weight_grams": p.weight_grams,
                    "seal_number": p.seal,
                    "shipment_id": p.shipment.id if p.shipment else None,
                    "packed_on": p.packed_on,
                    "dispatched_on": p.shipment.handover_on if sent and p.shipment else None,
                    "delivered_on": p.outcome_on if p.status is PS.DELIVERED else None,
                    "status_reason": p.outcome_reason
                    if p.status in (PS.RETURNED, PS.LOST)
                    else None,
                    "created_at": moment(p.created_on),
                    "created_by_id": p.clerk,
                }
            )
        for i in person_items:
            steps = _item_steps(i, mail.importer_id)
            record(steps, i.clerk, None, i.id)
            author = i.author
            items.append(
                {
                    "id": i.id,
                    "version": len(steps),
                    "person_id": i.person_id,
                    "kind": i.kind,
                    "direction": i.direction,
                    "author_contact_id": author[0] if author else None,
                    "author_name": author[1] if author else None,
                    "author_relationship": author[2] if author else None,
                    "received_on": i.received_on,
                    "language": i.language,
                    "pages": i.pages,
                    "description": i.description,
                    "status": ItemStatus(steps[-1][1]),
                    "status_on": steps[-1][2],
                    "withheld_reason": i.withheld,
                    "parcel_id": i.parcel.id if i.parcel else None,
                    "logged_at": moment(i.logged_on),
                    "logged_by_id": i.clerk,
                }
            )
        if len(items) >= chunk:
            yield parcels, items, events
            parcels, items, events = [], [], []
    if parcels or items:
        yield parcels, items, events


def shipment_rows(kept: list[ShipmentPlan]) -> list[dict[str, Any]]:
    rows = []
    for s in kept:
        status = (
            ShipmentStatus.PREPARING
            if s.preparing
            else ShipmentStatus.HANDED_OVER
            if s.in_transit
            else ShipmentStatus.CLOSED
        )
        rows.append(
            {
                "id": s.id,
                "version": 1 + (s.parcels > 0) + (status is ShipmentStatus.CLOSED),
                "reference": s.reference,
                "channel": s.channel,
                "status": status,
                "handover_on": s.handover_on,
                "handed_over_by": s.handed_over_by,
                "handed_over_org": s.handed_over_org,
                "received_by": s.received_by,
                "received_org": s.received_org,
                "notes": s.notes,
                "created_at": _at(s.created_on, 9, 30),
            }
        )
    return rows


def acknowledgement(
    mail: DemoMail, rng: random.Random, ack_id: int
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The counterpart's list that delivered the acknowledged parcels, plus one number
    the register does not know (their typo, or a parcel of someone else's)."""
    listed = sorted((p for p in mail.parcels if p.acknowledged), key=lambda p: p.number)
    if not listed:
        return None
    shipment = listed[0].shipment
    assert shipment is not None and shipment.wave_on is not None
    day = shipment.wave_on
    known = {p.number for p in mail.parcels}
    unknown = format_parcel_number(day.year, rng.randint(900_000, 999_999))
    while unknown in known:
        unknown = format_parcel_number(day.year, rng.randint(900_000, 999_999))
    lines: list[dict[str, Any]] = [
        {
            "acknowledgement_id": ack_id,
            "parcel_number": p.number,
            "delivered_on": day,
            "parcel_id": p.id,
        }
        for p in listed
    ]
    lines.insert(
        rng.randint(0, len(lines)),
        {
            "acknowledgement_id": ack_id,
            "parcel_number": unknown,
            "delivered_on": day,
            "parcel_id": None,
        },
    )
    ack = {
        "id": ack_id,
        "source": ACK_SOURCE,
        "file_name": f"acknowledgement-{shipment.reference}.xlsx",
        "imported_at": datetime(day.year, day.month, day.day, 15, 10, tzinfo=UTC),
        "imported_by_id": mail.importer_id,
    }
    return ack, lines


def campaign_rows(mail: DemoMail) -> list[dict[str, Any]]:
    """This winter's campaign, under way, and last summer's, which fell a little short."""
    today = mail.today
    winter_start = (today - timedelta(days=75)).replace(day=1)
    year = today.year if today >= date(today.year, 10, 30) else today.year - 1
    summer_end = date(year, 8, 31)
    summer_start = summer_end - timedelta(days=120)
    delivered = sum(
        1
        for p in mail.parcels
        if p.status is PS.DELIVERED and p.outcome_on and summer_start <= p.outcome_on <= summer_end
    )
    step = 50 if delivered >= 500 else 5  # a round number, a little above what came
    target = max(50, math.ceil(delivered * 1.1 / step) * step)
    return [
        {
            "name": f"Літні посилки {year} / Summer parcels {year}",
            "target_parcels": target,
            "starts_on": summer_start,
            "deadline": summer_end,
            "category": "captive",
            "created_at": _at(summer_start, 10, 0),
        },
        {
            "name": f"Зимові посилки {today.year} / Winter parcels {today.year}",
            "target_parcels": 2000,
            "starts_on": winter_start,
            "deadline": date(today.year, 12, 31),
            "category": None,
            "created_at": _at(winter_start, 10, 0),
        },
    ]


def _sent_by(p: ParcelPlan, importer_id: int) -> tuple[int | None, int | None]:
    """Who recorded a parcel's dispatch and its outcome (None: the case's caseworker)."""
    handler = p.shipment.handler_id if p.shipment else None
    if p.acknowledged:
        return handler, importer_id
    if p.shipment and p.status is PS.DELIVERED and p.outcome_on == p.shipment.wave_on:
        return handler, handler  # the whole shipment's delivery confirmed at once
    return handler, None


def _parcel_steps(p: ParcelPlan, importer_id: int) -> list[Event]:
    steps: list[Event] = [(None, PS.ASSEMBLING, p.created_on, "Parcel created", None)]
    if p.void_seal and p.first_packed_on and p.reopened_on:
        steps.append((PS.ASSEMBLING, PS.PACKED, p.first_packed_on, f"Seal {p.void_seal}", None))
        steps.append(
            (
                PS.PACKED,
                PS.ASSEMBLING,
                p.reopened_on,
                f"Seal {p.void_seal} broken: {p.reopen_reason}",
                None,
            )
        )
    if p.packed_on is not None:
        steps.append((PS.ASSEMBLING, PS.PACKED, p.packed_on, f"Seal {p.seal}", None))
    dispatcher, finisher = _sent_by(p, importer_id)
    if p.status in _SENT and p.shipment is not None:
        s = p.shipment
        steps.append(
            (
                PS.PACKED,
                PS.DISPATCHED,
                s.handover_on,
                f"Shipment {s.reference} handed over to {s.received_by}",
                dispatcher,
            )
        )
    if p.status in (PS.DELIVERED, PS.RETURNED, PS.LOST) and p.outcome_on is not None:
        steps.append((PS.DISPATCHED, p.status, p.outcome_on, p.outcome_reason, finisher))
    for before, after, *_ in steps[1:]:
        assert before is not None and parcel_transition_problem(PS(before), PS(after)) is None
    assert steps[-1][1] == p.status, (steps, p.status)
    return steps


def _item_steps(i: ItemPlan, importer_id: int) -> list[Event]:
    steps: list[Event] = [(None, IS.LOGGED, i.logged_on, "Logged", None)]
    if i.screened_on is not None:
        if i.withheld:
            steps.append((IS.LOGGED, IS.WITHHELD, i.screened_on, i.withheld, None))
        else:
            steps.append((IS.LOGGED, IS.SCREENED, i.screened_on, None, None))
    p = i.parcel
    if p is not None and i.packed_on is not None:
        title = f"Parcel {p.number}"
        steps.append((IS.SCREENED, IS.PACKED, i.packed_on, title, None))
        dispatcher, finisher = _sent_by(p, importer_id)
        if p.status in _SENT and p.shipment is not None:
            steps.append((IS.PACKED, IS.DISPATCHED, p.shipment.handover_on, title, dispatcher))
        follows = ITEM_STATUS_FOR_PARCEL.get(p.status)
        if follows is not None and follows is not IS.DISPATCHED and p.outcome_on is not None:
            steps.append((IS.DISPATCHED, follows, p.outcome_on, title, finisher))
    for before, after, *_ in steps[1:]:
        assert before is not None and item_transition_problem(IS(before), IS(after)) is None
    return steps
