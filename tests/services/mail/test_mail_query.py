"""Parcel and item lists paged from SQL: ids in order, rows by id."""

import time
from datetime import date

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, ParcelStatus
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels, shipments
from ombuds_desk.services.mail.mail_query import (
    ItemFilter,
    ItemSort,
    ParcelFilter,
    ParcelSort,
    item_ids,
    item_rows,
    parcel_ids,
    parcel_rows,
    parcels_by_status,
)
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, ids, register
from tests.services.mail_helpers import family, log, packed, screened

PARCELS = 300


def _many_parcels(db: Database, actor: User, today: date) -> tuple[list[Person], list[Parcel]]:
    """300 parcels for three captives: every third packed, 50 of the packed ones shipped."""
    people = [
        register(db, actor, today, family_name=name, given_name="Ігор")
        for name in ("Яворський", "Антоненко", "Ґжицький")
    ]
    with unit_of_work(db, actor) as session:
        made: list[Parcel] = []
        for n in range(PARCELS):
            parcel = parcels.create_parcel(
                session, actor, id_of(people[n % 3]), today=today, contents=f"Посилка {n}"
            )
            assert parcel.id is not None
            if n % 3 == 0:
                parcels.pack_parcel(
                    session, actor, parcel.id, seal_number=f"SL-{n:04d}", today=today
                )
            made.append(parcel)
        shipment = shipments.create_shipment(session, actor, "ОМБ/2026/14", "counterpart_ombudsman")
        assert shipment.id is not None
        packed = ids(p for p in made if p.status is ParcelStatus.PACKED)[:50]
        shipments.add_parcels_to_shipment(session, actor, shipment.id, packed)
    return people, made


def test_parcel_ids_filter_sort_and_page(db: Database, caseworker: User, today: date) -> None:
    people, made = _many_parcels(db, caseworker, today)
    with db.reading() as session:
        started = time.perf_counter()
        everything = parcel_ids(session, ParcelFilter())
        assert time.perf_counter() - started < 1.0
        assert len(everything) == PARCELS
        assert everything == ids(made)  # numbers run with ids
        assert parcel_ids(session, ParcelFilter(), descending=True)[:3] == everything[::-1][:3]
        assert len(parcel_ids(session, ParcelFilter(status=ParcelStatus.PACKED))) == 100
        shipped = parcel_ids(session, ParcelFilter(shipment_reference=" омб/2026/14 "))
        assert len(shipped) == 50
        waiting = ParcelFilter(status=ParcelStatus.PACKED, not_in_shipment=True)
        assert len(parcel_ids(session, waiting)) == 50
        assert len(parcel_ids(session, ParcelFilter(person_id=id_of(people[1])))) == 100
        assert parcel_ids(session, ParcelFilter(text=" pcl-2026-00012")) == ids(made[119:129])
        assert parcel_ids(session, ParcelFilter(text="sl-0003")) == [id_of(made[3])]
        assert len(parcel_ids(session, ParcelFilter(text=people[2].case_number))) == 100
        assert parcel_ids(session, ParcelFilter(text="100%_")) == []
        by_name = parcel_ids(session, ParcelFilter(), sort=ParcelSort.NAME, limit=120)
        assert len(by_name) == 120
        # Cyrillic order: Антоненко, Ґжицький, Яворський
        assert {made[by_name[0] - id_of(made[0])].person_id} == {people[1].id}
        by_shipment = parcel_ids(session, ParcelFilter(), sort=ParcelSort.SHIPMENT, descending=True)
        assert set(by_shipment[:50]) == set(shipped)
        page = everything[100:150]
        rows = parcel_rows(session, page)
    assert sorted(rows) == sorted(page)
    first = rows[page[0]]
    assert first.parcel_number == "PCL-2026-000101" and first.person_name == "Антоненко Ігор"
    assert first.contents == "Посилка 100" and first.item_count == 0
    assert rows[id_of(made[102])].status is ParcelStatus.PACKED
    assert rows[id_of(made[102])].seal_number == "SL-0102"


def test_parcel_rows_count_items_and_name_the_shipment(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    letters = screened(db, caseworker, person.id, today, 3)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, person.id, today=today)
        assert parcel.id is not None
        parcels.add_items_to_parcel(session, caseworker, parcel.id, ids(letters), today=today)
    with db.reading() as session:
        assert parcel_rows(session, [parcel.id])[parcel.id].item_count == 3
        assert parcel_rows(session, []) == {}


def test_item_ids_and_rows(db: Database, caseworker: User, today: date) -> None:
    person, wife = family(db, caseworker, today)
    assert person.id is not None
    other, _ = family(db, caseworker, today, family_name="Єременко", given_name="Павло")
    assert other.id is not None
    for n in range(40):
        log(
            db,
            caseworker,
            person.id,
            today,
            kind="drawing" if n % 4 else "letter",
            author_contact_id=wife.id if n % 2 else None,
            author_name="Бабуся Ярина",
        )
    log(db, caseworker, other.id, today, direction="from_person")
    in_parcel = screened(db, caseworker, person.id, today, 2)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, person.id, today=today)
        assert parcel.id is not None
        parcels.add_items_to_parcel(session, caseworker, parcel.id, ids(in_parcel), today=today)
    with db.reading() as session:
        mine = item_ids(session, ItemFilter(person_id=person.id))
        assert len(mine) == 42 and mine[0] > mine[-1]  # newest first
        assert len(item_ids(session, ItemFilter(person_id=person.id, kind=ItemKind.LETTER))) == 12
        assert len(item_ids(session, ItemFilter(direction=Direction.FROM_PERSON))) == 1
        assert item_ids(session, ItemFilter(parcel_id=parcel.id), descending=False) == ids(
            in_parcel
        )
        loose = item_ids(
            session, ItemFilter(person_id=person.id, not_in_parcel=True, status=ItemStatus.LOGGED)
        )
        assert len(loose) == 40
        by_author = item_ids(
            session,
            ItemFilter(person_id=person.id),
            sort=ItemSort.AUTHOR,
            descending=False,
            limit=5,
        )
        rows = item_rows(session, mine[:5] + by_author)
    assert rows[id_of(in_parcel[0])].parcel_number == parcel.parcel_number
    assert rows[id_of(in_parcel[0])].status is ItemStatus.PACKED
    assert {rows[i].author_name for i in by_author} == {"Бабуся Ярина"}


def test_parcels_are_counted_by_status(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    packed(db, caseworker, id_of(person), today, items=1)
    loose = packed(db, caseworker, id_of(person), today, items=1)
    with unit_of_work(db, caseworker) as session:
        parcels.create_parcel(session, caseworker, id_of(person), today=today)
        shipment = shipments.create_shipment(session, caseworker, "ICRC-8", "icrc")
        shipments.add_parcels_to_shipment(session, caseworker, id_of(shipment), [id_of(loose)])
    with db.reading() as session:
        assert parcels_by_status(session) == {
            ParcelStatus.PACKED: 2,
            ParcelStatus.ASSEMBLING: 1,
        }
        assert parcels_by_status(session, not_in_shipment=True) == {
            ParcelStatus.PACKED: 1,
            ParcelStatus.ASSEMBLING: 1,
        }
