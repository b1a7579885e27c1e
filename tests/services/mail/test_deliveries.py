"""Delivery per parcel and per shipment, returns and losses, and the moves never allowed."""

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.errors import PermissionDeniedError, TransitionError, ValidationError
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries, parcels, shipments
from ombuds_desk.services.mail.mail_events import parcel_history
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of
from tests.services.mail_helpers import (
    family,
    handed_over,
    packed,
    reload_items,
    reload_parcel,
    snapshot,
)


def _sent(
    db: Database, actor: User, today: date, n: int = 2, days_ago: int = 10
) -> tuple[list[Parcel], Shipment]:
    person, _ = family(db, actor, today)
    assert person.id is not None
    on = today - timedelta(days=days_ago)
    sent = [packed(db, actor, person.id, on) for _ in range(n)]
    return sent, handed_over(db, actor, sent, on, today)


def _shipment_status(db: Database, shipment_id: int) -> ShipmentStatus:
    with db.reading() as session:
        return shipments.get_shipment(session, shipment_id).status


def test_delivery_per_parcel_closes_the_shipment_when_the_last_arrives(
    db: Database, caseworker: User, today: date
) -> None:
    (first, second), shipment = _sent(db, caseworker, today)
    assert first.id is not None
    assert second.id is not None
    assert shipment.id is not None
    on = today - timedelta(days=3)
    with unit_of_work(db, caseworker) as session:
        done = deliveries.confirm_delivery(
            session, caseworker, [first.parcel_number], on=on, today=today
        )
    assert [p.id for p in done] == [first.id]
    fresh = reload_parcel(db, first.id)
    assert fresh.status is ParcelStatus.DELIVERED and fresh.delivered_on == on
    assert {(i.status, i.status_on) for i in reload_items(db, first.id)} == {
        (ItemStatus.DELIVERED, on)
    }
    assert reload_parcel(db, second.id).status is ParcelStatus.DISPATCHED
    assert _shipment_status(db, shipment.id) is ShipmentStatus.HANDED_OVER
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [second.id], on=today, today=today)
    assert _shipment_status(db, shipment.id) is ShipmentStatus.CLOSED


def test_delivery_of_a_whole_shipment(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    (first, second, third), shipment = _sent(db, caseworker, today, n=3)
    assert shipment.id is not None
    assert third.id is not None
    with unit_of_work(db, caseworker) as session:
        deliveries.mark_returned(
            session, caseworker, third.id, reason="Адресата переведено", on=today, today=today
        )
    before = snapshot(db)
    with pytest.raises(PermissionDeniedError, match="Only a supervisor or admin can confirm"):
        with unit_of_work(db, caseworker) as session:  # every parcel at once is a supervisor's
            deliveries.confirm_shipment_delivery(
                session, caseworker, shipment.id, on=today, today=today
            )
    assert snapshot(db) == before
    with unit_of_work(db, supervisor) as session:
        done = deliveries.confirm_shipment_delivery(
            session, supervisor, shipment.id, on=today, today=today
        )
    assert {p.id for p in done} == {first.id, second.id}
    assert reload_parcel(db, third.id).status is ParcelStatus.RETURNED
    assert _shipment_status(db, shipment.id) is ShipmentStatus.CLOSED
    with pytest.raises(TransitionError, match="nothing changed"):
        with unit_of_work(db, supervisor) as session:
            deliveries.confirm_shipment_delivery(
                session, supervisor, shipment.id, on=today, today=today
            )


def test_a_shipment_not_handed_over_delivers_nothing(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    with unit_of_work(db, caseworker) as session:
        shipment = shipments.create_shipment(session, caseworker, "ICRC-9", "icrc")
        assert shipment.id is not None
    with pytest.raises(TransitionError, match="has not been handed over yet"):
        with unit_of_work(db, supervisor) as session:
            deliveries.confirm_shipment_delivery(
                session, supervisor, shipment.id, on=today, today=today
            )


def test_return_needs_a_reason_and_returns_the_items(
    db: Database, caseworker: User, today: date
) -> None:
    (parcel, _), _ = _sent(db, caseworker, today)
    assert parcel.id is not None
    before = snapshot(db)
    with pytest.raises(ValidationError, match="reason: is required"):
        with unit_of_work(db, caseworker) as session:
            deliveries.mark_returned(
                session, caseworker, parcel.id, reason=" ", on=today, today=today
            )
    assert snapshot(db) == before
    with unit_of_work(db, caseworker) as session:
        back = deliveries.mark_returned(
            session,
            caseworker,
            parcel.parcel_number,
            reason="Відмова сторони-утримувача",
            on=today,
            today=today,
        )
    assert back.status is ParcelStatus.RETURNED
    assert back.status_reason == "Відмова сторони-утримувача"
    assert {i.status for i in reload_items(db, parcel.id)} == {ItemStatus.RETURNED}
    with db.reading() as session:
        assert parcel_history(session, parcel.id)[0].reason == "Відмова сторони-утримувача"


def test_a_lost_parcel_keeps_its_items_dispatched_and_may_turn_up(
    db: Database, caseworker: User, today: date
) -> None:
    (parcel, _), _ = _sent(db, caseworker, today)
    assert parcel.id is not None
    with pytest.raises(ValidationError):
        with unit_of_work(db, caseworker) as session:
            deliveries.mark_lost(session, caseworker, parcel.id, reason="", on=today, today=today)
    with unit_of_work(db, caseworker) as session:
        lost = deliveries.mark_lost(
            session,
            caseworker,
            parcel.id,
            reason="Не надійшла",
            on=today - timedelta(days=1),
            today=today,
        )
    assert lost.status is ParcelStatus.LOST and lost.status_reason == "Не надійшла"
    assert {i.status for i in reload_items(db, parcel.id)} == {ItemStatus.DISPATCHED}
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [parcel.id], on=today, today=today)
    assert {i.status for i in reload_items(db, parcel.id)} == {ItemStatus.DELIVERED}


def test_forbidden_moves_are_refused_and_change_nothing(
    db: Database, caseworker: User, today: date
) -> None:
    (delivered, dispatched), _ = _sent(db, caseworker, today)
    delivered_id, dispatched_id = id_of(delivered), id_of(dispatched)
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [delivered_id], on=today, today=today)
    waiting_id = id_of(packed(db, caseworker, delivered.person_id, today))
    before = snapshot(db)
    refused = [
        (
            lambda s: parcels.reopen_parcel(s, caseworker, delivered_id, reason="x", today=today),
            "a delivered parcel cannot change any more",
        ),
        (
            lambda s: deliveries.mark_returned(
                s, caseworker, delivered_id, reason="x", on=today, today=today
            ),
            "a delivered parcel cannot change",
        ),
        (
            lambda s: deliveries.mark_lost(
                s, caseworker, waiting_id, reason="x", on=today, today=today
            ),
            "a packed parcel cannot become “Lost”",
        ),
        (
            lambda s: deliveries.confirm_delivery(
                s, caseworker, [waiting_id], on=today, today=today
            ),
            "cannot become “Delivered”",
        ),
        # all or none: the dispatched one is not delivered because the packed one is refused
        (
            lambda s: deliveries.confirm_delivery(
                s, caseworker, [dispatched_id, waiting_id], on=today, today=today
            ),
            "Parcel PCL-2026-000003",
        ),
        (
            lambda s: parcels.pack_parcel(
                s, caseworker, delivered_id, seal_number="S", today=today
            ),
            "cannot change any more",
        ),
    ]
    for action, message in refused:
        with pytest.raises(TransitionError, match=message):
            with unit_of_work(db, caseworker) as session:
                action(session)
        assert snapshot(db) == before


def test_delivery_dates_must_follow_dispatch_and_not_be_ahead(
    db: Database, caseworker: User, today: date
) -> None:
    (parcel, _), _ = _sent(db, caseworker, today, days_ago=5)
    assert parcel.id is not None
    before = snapshot(db)
    for on, message in (
        (today - timedelta(days=6), r"before the previous step \(21\.11\.2026\)"),
        (today + timedelta(days=1), "is in the future"),
    ):
        with pytest.raises(ValidationError, match=message):
            with unit_of_work(db, caseworker) as session:
                deliveries.confirm_delivery(session, caseworker, [parcel.id], on=on, today=today)
    assert snapshot(db) == before


def test_what_confirm_all_would_confirm_is_counted_first(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    """The count the question states: parcels still on their way, not returned nor lost."""
    (first, second, third, fourth), shipment = _sent(db, caseworker, today, n=4)
    assert shipment.id is not None
    with unit_of_work(db, caseworker) as session:
        deliveries.mark_lost(
            session, caseworker, id_of(first), reason="Не надійшла", on=today, today=today
        )
        deliveries.confirm_delivery(session, caseworker, [id_of(second)], on=today, today=today)
    with db.reading() as session:
        assert deliveries.in_transit_count(session, shipment.id) == 2
    with unit_of_work(db, supervisor) as session:
        done = deliveries.confirm_shipment_delivery(
            session, supervisor, shipment.id, on=today, today=today
        )
    assert sorted(id_of(p) for p in done) == sorted([id_of(third), id_of(fourth)])
    with db.reading() as session:
        assert deliveries.in_transit_count(session, shipment.id) == 0
