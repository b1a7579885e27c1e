"""Parcels: numbering, scanning, packing items of one person, sealing and reopening."""

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels
from ombuds_desk.services.mail.mail_events import parcel_history
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, ids
from tests.services.mail_helpers import (
    family,
    handed_over,
    log,
    packed,
    reload_items,
    reload_parcel,
    screened,
    snapshot,
)


def _create(db: Database, actor: User, person_id: int, today: date, **kw: Any) -> Parcel:
    with unit_of_work(db, actor) as session:
        return parcels.create_parcel(session, actor, person_id, today=today, **kw)


def _add(
    db: Database, actor: User, parcel_id: int, item_ids: Sequence[int], today: date
) -> list[CorrespondenceItem]:
    with unit_of_work(db, actor) as session:
        return parcels.add_items_to_parcel(session, actor, parcel_id, item_ids, today=today)


def _pack(
    db: Database, actor: User, parcel_id: int, today: date, seal: str = "SEAL-1", **kw: Any
) -> Parcel:
    with unit_of_work(db, actor) as session:
        return parcels.pack_parcel(session, actor, parcel_id, seal_number=seal, today=today, **kw)


def test_numbers_run_per_year(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    first = _create(
        db, caseworker, person.id, today, contents="Теплі шкарпетки", weight_grams="850"
    )
    assert first.id is not None
    second = _create(db, caseworker, person.id, today)
    next_year = _create(db, caseworker, person.id, date(2027, 1, 2))
    assert [first.parcel_number, second.parcel_number, next_year.parcel_number] == [
        "PCL-2026-000001",
        "PCL-2026-000002",
        "PCL-2027-000001",
    ]
    assert first.status is ParcelStatus.ASSEMBLING and first.weight_grams == 850
    with db.reading() as session:
        assert [h.to_status for h in parcel_history(session, first.id)] == ["assembling"]


@pytest.mark.parametrize(
    "typed", ["PCL-2026-000001", " pcl-2026-000001 \n", "PCL–2026–000001", "зсд-2026-000001"]
)
def test_a_scanned_or_typed_number_finds_the_parcel(
    db: Database, caseworker: User, today: date, typed: str
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    parcel = _create(db, caseworker, person.id, today)
    with db.reading() as session:
        found = parcels.find_parcel_by_number(session, typed)
        assert found is not None and found.id == parcel.id
        assert parcels.resolve_parcel(session, typed).id == parcel.id
        assert parcels.find_parcel_by_number(session, "PCL-2026-000099") is None
        assert parcels.find_parcel_by_number(session, "   ") is None
        with pytest.raises(NotFoundError, match="No parcel numbered “PCL-9”"):
            parcels.resolve_parcel(session, " PCL-9 ")


def test_screened_items_become_packed_when_added_and_screened_again_when_removed(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    letters = screened(db, caseworker, person.id, today, 3)
    parcel = _create(db, caseworker, person.id, today)
    assert parcel.id is not None
    added = _add(db, caseworker, parcel.id, ids(letters), today)
    assert {i.status for i in added} == {ItemStatus.PACKED}
    assert _add(db, caseworker, parcel.id, [id_of(letters[0])], today) == []  # scanned twice: no-op
    with unit_of_work(db, caseworker) as session:
        out = parcels.remove_item_from_parcel(
            session, caseworker, parcel.id, id_of(letters[2]), today=today
        )
    assert out.status is ItemStatus.SCREENED and out.parcel_id is None
    assert [i.id for i in reload_items(db, parcel.id)] == [letters[0].id, letters[1].id]
    assert reload_parcel(db, parcel.id).version == 3


def test_packing_refuses_other_persons_items_items_elsewhere_and_unscreened(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    stranger, _ = family(db, caseworker, today, family_name="Дяченко", given_name="Григорій")
    assert stranger.id is not None
    mine = screened(db, caseworker, person.id, today, 2)
    theirs = screened(db, caseworker, stranger.id, today)[0]
    unscreened = log(db, caseworker, person.id, today)
    from_him = screened(db, caseworker, person.id, today, direction="from_person")[0]
    elsewhere = _create(db, caseworker, person.id, today)
    assert elsewhere.id is not None
    _add(db, caseworker, elsewhere.id, [id_of(mine[1])], today)
    parcel = _create(db, caseworker, person.id, today)
    assert parcel.id is not None
    before = snapshot(db)
    cases = [
        (id_of(theirs), "another person's case"),
        (id_of(mine[1]), "already in another parcel; an item can be in one parcel only"),
        (id_of(unscreened), "only screened items can be packed; this item is logged"),
        (id_of(from_him), "only items sent to the person"),
    ]
    for item_id, message in cases:
        with pytest.raises(TransitionError, match=message):
            _add(db, caseworker, parcel.id, [id_of(mine[0]), item_id], today)
        assert snapshot(db) == before  # the good item was not added either
    with pytest.raises(TransitionError) as raised:
        _add(db, caseworker, parcel.id, ids([theirs, unscreened]), today)
    assert raised.value.message.count("Letter #") == 2
    assert snapshot(db) == before


def test_sealing_needs_a_unique_seal_and_something_inside(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    empty = _create(db, caseworker, person.id, today)
    assert empty.id is not None
    with pytest.raises(ValidationError) as raised:
        _pack(db, caseworker, empty.id, today, seal=" ")
    assert raised.value.fields == {"seal_number": "a packed parcel needs a seal number"}
    with pytest.raises(ValidationError, match="the parcel is empty"):
        _pack(db, caseworker, empty.id, today)
    with unit_of_work(db, caseworker) as session:
        parcels.set_parcel_contents(
            session, caseworker, empty.id, contents="Чай, цукор, мило", weight_grams=1200
        )
    sealed = _pack(db, caseworker, empty.id, today, seal=" sl 0042 ", on=today - timedelta(days=1))
    assert sealed.id is not None
    assert sealed.status is ParcelStatus.PACKED and sealed.seal_number == "SL 0042"
    assert sealed.packed_on == today - timedelta(days=1)
    other = _create(db, caseworker, person.id, today, contents="Книжки")
    assert other.id is not None
    with pytest.raises(ValidationError, match="already used on parcel PCL-2026-000001"):
        _pack(db, caseworker, other.id, today, seal="SL 0042")
    with pytest.raises(ValidationError, match="is in the future"):
        _pack(db, caseworker, other.id, today, on=today + timedelta(days=1))
    with pytest.raises(TransitionError, match="the parcel is already “Packed”"):
        _pack(db, caseworker, sealed.id, today, seal="SL 0043")


def test_contents_and_weight_are_checked(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    parcel = _create(db, caseworker, person.id, today)
    assert parcel.id is not None
    for weight, problem in (("півкіло", "whole number"), (0, "from 1"), (100_001, "from 1")):
        with pytest.raises(ValidationError) as raised:
            with unit_of_work(db, caseworker) as session:
                parcels.set_parcel_contents(
                    session, caseworker, parcel.id, contents=None, weight_grams=weight
                )
        assert problem in raised.value.fields["weight_grams"]
    sealed = packed(db, caseworker, person.id, today, items=0)
    assert sealed.id is not None
    with pytest.raises(ValidationError, match="needs its contents"):
        with unit_of_work(db, caseworker) as session:
            parcels.set_parcel_contents(
                session, caseworker, sealed.id, contents="", weight_grams=None
            )


def test_a_packed_parcel_takes_no_items_until_reopened(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    parcel = packed(db, caseworker, person.id, today, items=1)
    assert parcel.id is not None
    extra = screened(db, caseworker, person.id, today)[0]
    assert extra.id is not None
    with pytest.raises(TransitionError, match="is packed; items can only be added while"):
        _add(db, caseworker, parcel.id, [extra.id], today)
    inside = reload_items(db, parcel.id)[0]
    assert inside.id is not None
    with pytest.raises(TransitionError, match="only be taken out while it is being assembled"):
        with unit_of_work(db, caseworker) as session:
            parcels.remove_item_from_parcel(session, caseworker, parcel.id, inside.id, today=today)
    with pytest.raises(ValidationError):
        with unit_of_work(db, caseworker) as session:
            parcels.reopen_parcel(session, caseworker, parcel.id, reason="", today=today)
    with unit_of_work(db, caseworker) as session:
        reopened = parcels.reopen_parcel(
            session, caseworker, parcel.id, reason="Забули додати малюнок", today=today
        )
    assert reopened.status is ParcelStatus.ASSEMBLING and reopened.seal_number is None
    _add(db, caseworker, parcel.id, [extra.id], today)
    _pack(db, caseworker, parcel.id, today, seal="NEW-SEAL")
    with db.reading() as session:
        history = parcel_history(session, parcel.id)
    assert [h.to_status for h in history] == ["packed", "assembling", "packed", "assembling"]
    assert history[1].reason == f"Seal S-{parcel.id} broken: Забули додати малюнок"


def test_a_shipped_or_delivered_parcel_cannot_go_back_to_assembling(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    parcel = packed(db, caseworker, person.id, today)
    assert parcel.id is not None
    handed_over(db, caseworker, [parcel], today, today)
    before = snapshot(db)
    with pytest.raises(TransitionError, match="a dispatched parcel cannot become “Assembling”"):
        with unit_of_work(db, caseworker) as session:
            parcels.reopen_parcel(session, caseworker, parcel.id, reason="Помилка", today=today)
    assert snapshot(db) == before


def test_list_parcels_of_a_person(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    first, second = (_create(db, caseworker, person.id, today) for _ in range(2))
    assert first.id is not None
    assert second.id is not None
    with db.reading() as session:
        assert [p.id for p in parcels.list_parcels(session, person.id)] == [second.id, first.id]
