"""Shipments: adding packed parcels (by scanning), the handover in one transaction, receipts."""

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Channel, ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.errors import (
    DomainError,
    NotFoundError,
    TransitionError,
    ValidationError,
)
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.domain.mail_rules import MAX_RECEIPT_BYTES
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels, shipments
from ombuds_desk.services.mail.mail_events import item_history, parcel_history
from ombuds_desk.services.mail.parcels import ParcelRef
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


def _shipment(
    db: Database, actor: User, ref: str = "OMB-2026-14", channel: str = "Counterpart ombudsman"
) -> Shipment:
    with unit_of_work(db, actor) as session:
        return shipments.create_shipment(session, actor, ref, channel)


def _add(db: Database, actor: User, shipment_id: int, refs: Sequence[ParcelRef]) -> list[Parcel]:
    with unit_of_work(db, actor) as session:
        return shipments.add_parcels_to_shipment(session, actor, shipment_id, refs)


def _hand_over(
    db: Database, actor: User, shipment_id: int, today: date, on: date | None = None, **kw: Any
) -> Shipment:
    names: dict[str, Any] = {
        "handed_over_by": "Олег Бондар",
        "received_by": "Іван Петренко",
        "handed_over_org": "Офіс омбудсмана",
        "received_org": "Counterpart office",
    }
    names.update(kw)
    with unit_of_work(db, actor) as session:
        return shipments.hand_over_shipment(
            session, actor, shipment_id, on=on or today, today=today, **names
        )


def test_create_with_a_unique_reference(db: Database, caseworker: User, today: date) -> None:
    shipment = _shipment(db, caseworker)
    assert shipment.channel is Channel.COUNTERPART_OMBUDSMAN
    assert shipment.status is ShipmentStatus.PREPARING
    with pytest.raises(ValidationError) as raised:
        _shipment(db, caseworker, ref=" omb-2026-14 ", channel="pigeon")
    assert "already used" in raised.value.fields["reference"]
    assert "choose" in raised.value.fields["channel"]
    cyrillic = _shipment(db, caseworker, ref="ОМБ/Херсон/3")
    with pytest.raises(ValidationError, match="already used"):
        _shipment(db, caseworker, ref="омб/херсон/3")
    with pytest.raises(ValidationError, match="reference: is required"):
        _shipment(db, caseworker, ref="  ")
    with db.reading() as session:
        latin = shipments.find_shipment(session, "OMB-2026-14")
        assert latin is not None and latin.id == shipment.id
        found = shipments.find_shipment(session, " омб/ХЕРСОН/3 ")
        assert found is not None and found.id == cyrillic.id
        assert [s.id for s in shipments.list_shipments(session)] == [cyrillic.id, shipment.id]


def test_packed_parcels_are_added_by_scanned_number(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    first, second = (packed(db, caseworker, person.id, today) for _ in range(2))
    assert second.id is not None
    shipment = _shipment(db, caseworker)
    assert shipment.id is not None
    added = _add(db, caseworker, shipment.id, [" pcl-2026-000001\n", second.id])
    assert {p.id for p in added} == {first.id, second.id}
    assert _add(db, caseworker, shipment.id, [first.parcel_number]) == []  # scanned again
    with db.reading() as session:
        inside = shipments.shipment_parcels(session, shipment.id)
    assert [p.parcel_number for p in inside] == ["PCL-2026-000001", "PCL-2026-000002"]


def test_only_packed_parcels_not_in_another_shipment(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    good = packed(db, caseworker, person.id, today)
    assert good.id is not None
    taken = packed(db, caseworker, person.id, today)
    assert taken.id is not None
    with unit_of_work(db, caseworker) as session:
        open_parcel = parcels.create_parcel(session, caseworker, person.id, today=today)
    other = _shipment(db, caseworker, ref="ICRC-7", channel="icrc")
    assert other.id is not None
    _add(db, caseworker, other.id, [taken.id])
    shipment = _shipment(db, caseworker)
    assert shipment.id is not None
    before = snapshot(db)
    with pytest.raises(TransitionError) as raised:
        _add(db, caseworker, shipment.id, [good.id, taken.id, open_parcel.parcel_number])
    assert "already in another shipment" in raised.value.message
    assert "is assembling; only packed parcels can be shipped" in raised.value.message
    with pytest.raises(NotFoundError, match="PCL-2026-999999"):
        _add(db, caseworker, shipment.id, [good.id, "PCL-2026-999999"])
    assert snapshot(db) == before
    with pytest.raises(TransitionError, match="is in a shipment; take it out of it first"):
        with unit_of_work(db, caseworker) as session:
            parcels.reopen_parcel(session, caseworker, taken.id, reason="Перепакувати", today=today)
    with unit_of_work(db, caseworker) as session:
        out = shipments.remove_parcel_from_shipment(
            session, caseworker, other.id, "PCL-2026-000002"
        )
    assert out.shipment_id is None
    with pytest.raises(TransitionError, match="is not in shipment ICRC-7"):
        with unit_of_work(db, caseworker) as session:
            shipments.remove_parcel_from_shipment(session, caseworker, other.id, good.id)


def test_handover_dispatches_every_parcel_and_item_at_once(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    brother, _ = family(db, caseworker, today, family_name="Гребенюк", given_name="Ілля")
    assert brother.id is not None
    on = today - timedelta(days=1)
    sent = [packed(db, caseworker, pid, on, items=2) for pid in (person.id, brother.id, person.id)]
    shipment = _shipment(db, caseworker)
    assert shipment.id is not None
    _add(db, caseworker, shipment.id, ids(sent))
    done = _hand_over(db, caseworker, shipment.id, today, on=on)
    assert done.status is ShipmentStatus.HANDED_OVER and done.handover_on == on
    assert (done.handed_over_by, done.received_by, done.received_org) == (
        "Олег Бондар",
        "Іван Петренко",
        "Counterpart office",
    )
    for parcel in sent:
        assert parcel.id is not None
        fresh = reload_parcel(db, parcel.id)
        assert fresh.status is ParcelStatus.DISPATCHED and fresh.dispatched_on == on
        items = reload_items(db, parcel.id)
        assert len(items) == 2
        assert {(i.status, i.status_on) for i in items} == {(ItemStatus.DISPATCHED, on)}
        with db.reading() as session:
            assert parcel_history(session, parcel.id)[0].reason == (
                "Shipment OMB-2026-14 handed over to Іван Петренко"
            )
            assert item_history(session, id_of(items[0]))[0].to_status == "dispatched"
    with pytest.raises(TransitionError, match="already been handed over"):
        _hand_over(db, caseworker, shipment.id, today)
    late = packed(db, caseworker, person.id, today)
    assert late.id is not None
    with pytest.raises(TransitionError, match="is handed over; parcels can no longer be added"):
        _add(db, caseworker, shipment.id, [late.id])


def test_handover_needs_names_parcels_and_a_sensible_date(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    shipment = _shipment(db, caseworker)
    assert shipment.id is not None
    with pytest.raises(TransitionError, match="has no parcels to hand over"):
        _hand_over(db, caseworker, shipment.id, today)
    _add(db, caseworker, shipment.id, [id_of(packed(db, caseworker, person.id, today))])
    before = snapshot(db)
    with pytest.raises(ValidationError) as raised:
        _hand_over(db, caseworker, shipment.id, today, handed_over_by=" ", received_by="")
    assert set(raised.value.fields) == {"handed_over_by", "received_by"}
    with pytest.raises(ValidationError, match="is before the previous step"):
        _hand_over(db, caseworker, shipment.id, today, on=today - timedelta(days=1))
    with pytest.raises(ValidationError, match="is in the future"):
        _hand_over(db, caseworker, shipment.id, today, on=today + timedelta(days=1))
    assert snapshot(db) == before


# A trigger refusing one parcel's update, written for each database.
FAIL_ONE_PARCEL = {
    "sqlite": [
        "CREATE TRIGGER fail_last BEFORE UPDATE OF status ON parcel "
        "WHEN NEW.id = {id} BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION fail_last() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$",
        "CREATE TRIGGER fail_last BEFORE UPDATE OF status ON parcel "
        "FOR EACH ROW WHEN (NEW.id = {id}) EXECUTE FUNCTION fail_last()",
    ],
}
STOP_FAILING = {
    "sqlite": ["DROP TRIGGER fail_last"],
    "postgresql": ["DROP TRIGGER fail_last ON parcel", "DROP FUNCTION fail_last()"],
}


def test_a_failure_in_the_middle_of_a_handover_leaves_nothing_changed(
    db: Database, backend: str, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    sent = [packed(db, caseworker, person.id, today) for _ in range(3)]
    shipment = _shipment(db, caseworker)
    assert shipment.id is not None
    _add(db, caseworker, shipment.id, ids(sent))
    # The database refuses the last parcel's update, after the others were written.
    with db.engine.begin() as connection:
        for statement in FAIL_ONE_PARCEL[backend]:
            connection.execute(text(statement.format(id=sent[-1].id)))
    before = snapshot(db)
    with pytest.raises(DomainError, match="Nothing was saved"):
        _hand_over(db, caseworker, shipment.id, today)
    assert snapshot(db) == before
    with db.engine.begin() as connection:
        for statement in STOP_FAILING[backend]:
            connection.execute(text(statement))
    assert _hand_over(db, caseworker, shipment.id, today).status is ShipmentStatus.HANDED_OVER


def test_a_parcel_changed_underneath_stops_the_whole_handover(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    sent = [packed(db, caseworker, person.id, today) for _ in range(2)]
    shipment = _shipment(db, caseworker)
    assert shipment.id is not None
    _add(db, caseworker, shipment.id, ids(sent))
    with db.engine.begin() as connection:  # as if another program had reopened it
        connection.execute(
            text("UPDATE parcel SET status = 'assembling' WHERE id = :id"), {"id": sent[1].id}
        )
    before = snapshot(db)
    with pytest.raises(TransitionError, match="an assembling parcel cannot become “Dispatched”"):
        _hand_over(db, caseworker, shipment.id, today)
    assert snapshot(db) == before


def test_the_signed_receipt_is_stored_with_the_shipment(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    shipment = handed_over(db, caseworker, [packed(db, caseworker, person.id, today)], today, today)
    assert shipment.id is not None
    scan = b"%PDF-1.4 signed receipt \xd0\x86"
    with unit_of_work(db, caseworker) as session:
        shipments.attach_receipt(
            session, caseworker, shipment.id, "C:\\Scans\\Розписка №14.pdf", scan
        )
    with db.reading() as session:
        assert shipments.get_receipt(session, shipment.id) == ("Розписка №14.pdf", scan)
    with pytest.raises(ValidationError) as raised:
        with unit_of_work(db, caseworker) as session:
            shipments.attach_receipt(
                session, caseworker, shipment.id, "big.tif", b"\0" * (MAX_RECEIPT_BYTES + 1)
            )
    assert "at most 20 MB" in raised.value.fields["receipt"]
    with pytest.raises(ValidationError, match="the file is empty"):
        with unit_of_work(db, caseworker) as session:
            shipments.attach_receipt(session, caseworker, shipment.id, "empty.pdf", b"")
    bare = _shipment(db, caseworker, ref="X")
    assert bare.id is not None
    with db.reading() as session:
        assert shipments.get_receipt(session, shipment.id) == ("Розписка №14.pdf", scan)
        assert shipments.get_receipt(session, bare.id) is None
