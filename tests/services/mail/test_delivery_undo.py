"""A supervisor undoes a confirmed delivery with a reason: the parcel and its items go back,
the shipment opens again, the history and the audit trail say so; every refusal changes
nothing."""

from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.errors import PermissionDeniedError, TransitionError, ValidationError
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries, shipments
from ombuds_desk.services.mail.mail_events import item_history, parcel_history
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, ids
from tests.services.mail_helpers import (
    family,
    handed_over,
    packed,
    reload_items,
    reload_parcel,
    snapshot,
)

REASON = "Підтвердження МКЧХ стосувалося іншої посилки"


def _delivered(
    db: Database, actor: User, supervisor: User, today: date, n: int = 2
) -> tuple[list[Parcel], Shipment]:
    """``n`` parcels sent ten days ago, all confirmed delivered three days ago (the shipment
    closed)."""
    person, _ = family(db, actor, today)
    sent_on = today - timedelta(days=10)
    sent = [packed(db, actor, id_of(person), sent_on, on=sent_on) for _ in range(n)]
    shipment = handed_over(db, actor, sent, sent_on, today)
    with unit_of_work(db, supervisor) as session:
        deliveries.confirm_shipment_delivery(
            session, supervisor, id_of(shipment), on=today - timedelta(days=3), today=today
        )
    return sent, shipment


def _shipment_status(db: Database, shipment_id: int) -> ShipmentStatus:
    with db.reading() as session:
        return shipments.get_shipment(session, shipment_id).status


def test_a_supervisor_undoes_a_delivery_with_a_reason(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    (first, second), shipment = _delivered(db, caseworker, supervisor, today)
    assert _shipment_status(db, id_of(shipment)) is ShipmentStatus.CLOSED
    with db.reading() as session:
        last_entry = max(session.exec(select(AuditEntry.id)).all(), key=lambda i: i or 0)
    with unit_of_work(db, supervisor) as session:
        undone = deliveries.undo_delivery(
            session, supervisor, [first.parcel_number], reason=f"  {REASON} ", today=today
        )
    assert [p.id for p in undone] == [first.id]
    back = reload_parcel(db, id_of(first))
    assert back.status is ParcelStatus.DISPATCHED and back.delivered_on is None
    assert back.dispatched_on == today - timedelta(days=10)
    items = reload_items(db, id_of(first))
    assert len(items) == 2
    assert {(i.status, i.status_on) for i in items} == {
        (ItemStatus.DISPATCHED, today - timedelta(days=10))
    }
    # The other parcel stays delivered; the shipment has a parcel on its way again.
    assert reload_parcel(db, id_of(second)).status is ParcelStatus.DELIVERED
    assert _shipment_status(db, id_of(shipment)) is ShipmentStatus.HANDED_OVER
    with db.reading() as session:
        newest = parcel_history(session, id_of(first))[0]
        item_newest = item_history(session, id_of(items[0]))[0]
        audited = session.exec(
            select(AuditEntry.entity, AuditEntry.entity_id).where(
                col(AuditEntry.id) > (last_entry or 0),
                col(AuditEntry.user_id) == supervisor.id,
                col(AuditEntry.action) == AuditAction.UPDATE.value,
            )
        ).all()
    assert (newest.from_status, newest.to_status, newest.effective_on) == (
        "delivered",
        "dispatched",
        today,
    )
    assert newest.reason == f"Delivery undone: {REASON}"
    assert newest.recorded_by == supervisor.full_name
    assert (item_newest.from_status, item_newest.to_status) == ("delivered", "dispatched")
    assert item_newest.reason == f"Delivery of parcel {first.parcel_number} undone: {REASON}"
    # On the audit trail, by the supervisor: the parcel, its two items and the shipment.
    assert sorted(audited, key=str) == sorted(
        [
            ("parcel", first.id),
            *[("correspondence_item", i.id) for i in items],
            ("shipment", shipment.id),
        ],
        key=str,
    )
    # Delivered again later, it closes the shipment again.
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [id_of(first)], on=today, today=today)
    assert reload_parcel(db, id_of(first)).delivered_on == today
    assert _shipment_status(db, id_of(shipment)) is ShipmentStatus.CLOSED


def test_undo_is_a_supervisors_and_needs_a_reason(
    db: Database, caseworker: User, supervisor: User, admin: User, today: date
) -> None:
    (first, _), _ = _delivered(db, caseworker, supervisor, today)
    before = snapshot(db)
    with pytest.raises(PermissionDeniedError, match="Only a supervisor or admin can undo"):
        with unit_of_work(db, caseworker) as session:
            deliveries.undo_delivery(
                session, caseworker, [id_of(first)], reason=REASON, today=today
            )
    assert snapshot(db) == before
    with pytest.raises(ValidationError, match="reason: is required"):
        with unit_of_work(db, supervisor) as session:
            deliveries.undo_delivery(session, supervisor, [id_of(first)], reason="  ", today=today)
    assert snapshot(db) == before
    with unit_of_work(db, admin) as session:
        deliveries.undo_delivery(session, admin, [id_of(first)], reason=REASON, today=today)
    assert reload_parcel(db, id_of(first)).status is ParcelStatus.DISPATCHED


def test_only_delivered_parcels_and_all_or_none(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    (first, second), _ = _delivered(db, caseworker, supervisor, today)
    person_id = first.person_id
    waiting = packed(db, caseworker, person_id, today)
    before = snapshot(db)
    with pytest.raises(TransitionError) as refused:
        with unit_of_work(db, supervisor) as session:
            deliveries.undo_delivery(
                session, supervisor, ids([first, waiting, second]), reason=REASON, today=today
            )
    assert refused.value.message == (
        "Only a delivered parcel's delivery can be undone: "
        f"{waiting.parcel_number} is packed. Nothing changed."
    )
    assert snapshot(db) == before
    with pytest.raises(TransitionError, match="No parcel was chosen"):
        with unit_of_work(db, supervisor) as session:
            deliveries.undo_delivery(session, supervisor, [], reason=REASON, today=today)
    with unit_of_work(db, supervisor) as session:
        deliveries.undo_delivery(
            session, supervisor, ids([first, second]), reason=REASON, today=today
        )
    with pytest.raises(TransitionError, match=r"is dispatched\. Nothing changed\."):
        with unit_of_work(db, supervisor) as session:  # undone already
            deliveries.undo_delivery(
                session, supervisor, [id_of(first)], reason=REASON, today=today
            )
    assert {reload_parcel(db, id_of(p)).status for p in (first, second)} == {
        ParcelStatus.DISPATCHED
    }


def test_a_lost_parcel_that_turned_up_goes_back_to_lost(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    sent_on = today - timedelta(days=10)
    parcel = packed(db, caseworker, id_of(person), sent_on, on=sent_on)
    shipment = handed_over(db, caseworker, [parcel], sent_on, today)
    with unit_of_work(db, caseworker) as session:
        deliveries.mark_lost(
            session, caseworker, id_of(parcel), reason="Не надійшла", on=sent_on, today=today
        )
        deliveries.confirm_delivery(session, caseworker, [id_of(parcel)], on=today, today=today)
    assert _shipment_status(db, id_of(shipment)) is ShipmentStatus.CLOSED
    with unit_of_work(db, supervisor) as session:
        deliveries.undo_delivery(session, supervisor, [id_of(parcel)], reason=REASON, today=today)
    back = reload_parcel(db, id_of(parcel))
    assert back.status is ParcelStatus.LOST and back.delivered_on is None
    assert {i.status for i in reload_items(db, id_of(parcel))} == {ItemStatus.DISPATCHED}
    # Lost is not on its way: the shipment stays closed.
    assert _shipment_status(db, id_of(shipment)) is ShipmentStatus.CLOSED
