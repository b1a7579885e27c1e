"""Demo mail plans: shipments handed over on dates in the past and one being prepared, and
for each captive dates that follow the mail rules in order, numbered office-wide in the
order things happened."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from ombuds_desk.demo.mail import (
    MAIL_DAYS,
    Author,
    DemoMail,
    ShipmentPlan,
    author_name,
    plan_shipments,
)
from ombuds_desk.domain.enums import Channel, Direction, ParcelStatus, Relationship
from ombuds_desk.domain.mail_rules import parse_parcel_number

TODAY = date(2026, 11, 26)
STAFF = [(1, "Наталія Руденко"), (3, "Олег Бондар")]
AUTHORS: list[Author] = [
    (11, "Ковальчук Олена Ігорівна", Relationship.WIFE),
    (12, "Ковальчук Ганна", Relationship.MOTHER),
]


def _shipments(seed: int = 2026, taken: set[str] | None = None) -> list[ShipmentPlan]:
    return plan_shipments(random.Random(seed), TODAY, taken or set(), STAFF, "Демо-офіс")


def _mail(captives: int = 400, seed: int = 2026) -> DemoMail:
    rng = random.Random(seed)
    mail = DemoMail(_shipments(seed), TODAY, importer_id=1)
    for person_id in range(1, captives + 1):
        registered = TODAY - timedelta(days=rng.randint(10, 700))
        ended = TODAY - timedelta(days=rng.randint(0, 9)) if person_id % 10 == 0 else None
        authors = AUTHORS if person_id % 7 else []
        mail.plan_person(rng, person_id, registered, ended, "ua", authors, clerk=3)
    return mail


def test_an_items_author_is_named_family_name_first() -> None:
    contact = {"family_name": "Ковальчук", "given_name": "Олена", "patronymic": None}
    assert author_name(contact) == "Ковальчук Олена"
    assert author_name({**contact, "patronymic": "Ігорівна"}) == "Ковальчук Олена Ігорівна"


def test_shipments_are_handed_over_in_turn_and_one_is_being_prepared() -> None:
    plans = _shipments()
    handed, preparing = plans[:-1], plans[-1]
    assert 3 <= len(handed) <= 5 and preparing.preparing
    assert all(not s.preparing for s in handed)
    assert [s.handover_on for s in handed] == sorted(s.handover_on for s in handed)
    assert all(s.handover_on < TODAY for s in handed) and preparing.handover_on > TODAY
    assert [s.channel for s in plans[:2]] == [Channel.ICRC, Channel.COUNTERPART_OMBUDSMAN]
    assert all(s.created_on < s.handover_on for s in plans)
    for shipment in handed:
        assert shipment.handler_id in dict(STAFF)
        assert shipment.handed_over_by == dict(STAFF)[shipment.handler_id]
        assert shipment.handed_over_org == "Демо-офіс" and shipment.received_by
    assert preparing.handed_over_by is None and preparing.received_by is None
    references = [s.reference for s in plans]
    assert len(set(references)) == len(references)
    acknowledged = [s for s in plans if s.acknowledged]
    assert len(acknowledged) <= 1
    assert all(s.channel is Channel.COUNTERPART_OMBUDSMAN and s.wave_on for s in acknowledged)


def test_a_reference_already_taken_is_skipped() -> None:
    first = _shipments()
    again = _shipments(taken={first[0].reference.casefold()})
    assert again[0].reference != first[0].reference
    assert again[0].reference.split("-")[:2] == first[0].reference.split("-")[:2]


def test_items_and_parcels_are_dated_in_the_order_the_rules_need() -> None:
    mail = _mail()
    assert mail.parcels and mail.items
    start_limit = TODAY - timedelta(days=MAIL_DAYS)
    for item in mail.items:
        assert start_limit <= item.received_on <= item.logged_on <= TODAY
        if item.screened_on is not None:
            assert item.logged_on <= item.screened_on <= TODAY
        if item.direction is Direction.FROM_PERSON:
            assert item.author is None and item.parcel is None
        else:
            assert item.author in AUTHORS
        if item.parcel is not None:
            assert item.screened_on is not None and item.packed_on is not None
            assert item.screened_on <= item.packed_on and item.withheld is None
            assert item.parcel.person_id == item.person_id
    for parcel in mail.parcels:
        assert parcel.created_on <= TODAY
        if parcel.packed_on is not None:
            assert parcel.created_on <= parcel.packed_on
        shipment = parcel.shipment
        if parcel.status in (
            ParcelStatus.DISPATCHED,
            ParcelStatus.DELIVERED,
            ParcelStatus.LOST,
            ParcelStatus.RETURNED,
        ):
            assert shipment is not None and not shipment.preparing
            assert parcel.packed_on is not None and parcel.packed_on <= shipment.handover_on
        if parcel.outcome_on is not None:
            assert shipment is not None and shipment.handover_on < parcel.outcome_on <= TODAY
        if parcel.reopened_on is not None:
            assert parcel.first_packed_on is not None and parcel.packed_on is None
            assert parcel.first_packed_on <= parcel.reopened_on <= TODAY


def test_every_parcel_status_and_a_whole_shipments_delivery_occur() -> None:
    mail = _mail()
    assert {p.status for p in mail.parcels} == set(ParcelStatus)
    waved = [s for s in mail.shipments if s.wave_on is not None]
    assert waved and any(
        p.outcome_on == p.shipment.wave_on for p in mail.parcels if p.shipment in waved
    )


def test_a_case_that_ended_gets_no_mail_after_its_end() -> None:
    rng = random.Random(5)
    mail = DemoMail(_shipments(), TODAY, importer_id=1)
    ended = TODAY - timedelta(days=60)
    for person_id in range(1, 200):
        mail.plan_person(rng, person_id, TODAY - timedelta(days=400), ended, "ru", AUTHORS, 3)
    assert mail.items
    assert all(i.logged_on <= ended for i in mail.items)
    assert all(p.shipment is None or not p.shipment.preparing for p in mail.parcels)


def test_a_case_registered_days_ago_gets_no_mail_yet() -> None:
    mail = DemoMail(_shipments(), TODAY, importer_id=1)
    mail.plan_person(random.Random(1), 1, TODAY - timedelta(days=6), None, "ua", AUTHORS, 3)
    assert mail.parcels == [] and mail.items == [] and mail.by_person == []


def test_numbers_ids_and_seals_follow_the_order_things_happened() -> None:
    mail = _mail()
    kept = mail.number(random.Random(9), first_shipment_id=5)
    assert [s.id for s in kept] == list(range(5, 5 + len(kept)))
    assert all(s.preparing or s.parcels for s in kept)
    by_created = sorted(mail.parcels, key=lambda p: (p.created_on, p.id))
    assert [p.id for p in by_created] == list(range(1, len(mail.parcels) + 1))
    sequences: dict[int, list[int]] = {}
    for parcel in by_created:
        parsed = parse_parcel_number(parcel.number)
        assert parsed is not None and parsed[0] == parcel.created_on.year
        sequences.setdefault(parsed[0], []).append(parsed[1])
    for found in sequences.values():
        assert found == list(range(1, len(found) + 1))
    seals = [s for p in mail.parcels for s in (p.seal, p.void_seal) if s]
    assert len(seals) == len(set(seals))
    assert all((p.seal is not None) == (p.packed_on is not None) for p in mail.parcels)
    items = sorted(mail.items, key=lambda i: (i.logged_on, i.id))
    assert [i.id for i in items] == list(range(1, len(items) + 1))


@pytest.mark.parametrize("seed", [3, 4])
def test_the_same_seed_plans_the_same_mail(seed: int) -> None:
    def summary(mail: DemoMail) -> list[object]:
        return [(p.person_id, p.created_on, p.status, p.outcome_on) for p in mail.parcels]

    assert summary(_mail(120, seed)) == summary(_mail(120, seed))
    assert summary(_mail(120, seed)) != summary(_mail(120, seed + 10))
