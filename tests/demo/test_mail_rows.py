"""The rows of the demo mail: each parcel and item with the history every service move would
have left, the shipments, the other side's acknowledgement and the campaigns."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from typing import Any

from ombuds_desk.demo.mail import DemoMail, ParcelPlan, ShipmentPlan
from ombuds_desk.demo.mail_rows import acknowledgement, campaign_rows, mail_rows, shipment_rows
from ombuds_desk.demo.texts import ACK_SOURCE
from ombuds_desk.domain.enums import Channel, ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.mail_rules import item_transition_problem, parcel_transition_problem
from tests.demo.test_mail import TODAY, _mail

IMPORTER = 1


def _numbered(captives: int = 400, seed: int = 2026) -> tuple[DemoMail, list[ShipmentPlan]]:
    mail = _mail(captives, seed)
    return mail, mail.number(random.Random(seed), first_shipment_id=1)


def _all_rows(mail: DemoMail, chunk: int = 4_000) -> tuple[list[Any], list[Any], list[Any]]:
    parcels: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for p, i, e in mail_rows(mail, random.Random(1), chunk=chunk):
        parcels += p
        items += i
        events += e
    return parcels, items, events


def _histories(events: list[dict[str, Any]], key: str) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        if event[key] is not None:
            found.setdefault(event[key], []).append(event)
    return found


def test_every_parcels_history_walks_the_rules_to_its_status() -> None:
    mail, _ = _numbered()
    parcels, _, events = _all_rows(mail)
    histories = _histories(events, "parcel_id")
    assert len(parcels) == len(mail.parcels)
    for row in parcels:
        steps = histories[row["id"]]
        assert steps[0]["from_status"] is None and steps[0]["to_status"] == "assembling"
        for before, after in itertools.pairwise(steps):
            assert after["from_status"] == before["to_status"]
            assert after["effective_on"] >= before["effective_on"]
            assert (
                parcel_transition_problem(
                    ParcelStatus(before["to_status"]), ParcelStatus(after["to_status"])
                )
                is None
            )
        assert steps[-1]["to_status"] == row["status"].value
        assert row["version"] == len(steps) + (row["shipment_id"] is not None)
        if row["status"] is ParcelStatus.DELIVERED:
            assert row["delivered_on"] == steps[-1]["effective_on"]
        if row["status"] in (ParcelStatus.RETURNED, ParcelStatus.LOST):
            assert row["status_reason"] == steps[-1]["reason"]


def test_every_items_history_walks_the_rules_and_follows_its_parcel() -> None:
    mail, _ = _numbered()
    parcels, items, events = _all_rows(mail)
    histories = _histories(events, "item_id")
    parcel_status = {p["id"]: p["status"] for p in parcels}
    for row in items:
        steps = histories[row["id"]]
        assert (steps[0]["from_status"], steps[0]["to_status"]) == (None, "logged")
        for before, after in itertools.pairwise(steps):
            assert after["from_status"] == before["to_status"]
            assert (
                item_transition_problem(
                    ItemStatus(before["to_status"]), ItemStatus(after["to_status"])
                )
                is None
            )
        assert (row["status"].value, row["status_on"]) == (
            steps[-1]["to_status"],
            steps[-1]["effective_on"],
        )
        assert row["version"] == len(steps)
        if row["parcel_id"] is not None:
            status = parcel_status[row["parcel_id"]]
            if status in (ParcelStatus.ASSEMBLING, ParcelStatus.PACKED):
                assert row["status"] is ItemStatus.PACKED
            elif status is ParcelStatus.LOST:  # its items stay dispatched: it may turn up
                assert row["status"] is ItemStatus.DISPATCHED
            else:
                assert row["status"].value == status.value
        if row["status"] is ItemStatus.WITHHELD:
            assert row["withheld_reason"] == steps[-1]["reason"]


def test_nothing_happens_after_today_and_who_recorded_it_is_known() -> None:
    mail, _ = _numbered()
    _, _, events = _all_rows(mail)
    assert events and all(e["effective_on"] <= TODAY for e in events)
    assert all(e["recorded_at"].date() == e["effective_on"] for e in events)
    assert all(isinstance(e["recorded_by_id"], int) for e in events)
    assert any(e["recorded_by_id"] == IMPORTER for e in events if e["parcel_id"])


def test_rows_come_in_chunks_of_about_the_size_asked() -> None:
    mail, _ = _numbered()
    chunks = list(mail_rows(mail, random.Random(1), chunk=50))
    assert len(chunks) > 1 and all(len(items) >= 50 for _, items, _ in chunks[:-1])
    assert sum(len(p) for p, _, _ in chunks) == len(mail.parcels)
    assert sum(len(i) for _, i, _ in chunks) == len(mail.items)


def test_a_shipments_status_says_whether_anything_is_on_its_way() -> None:
    mail, kept = _numbered()
    rows = {r["reference"]: r for r in shipment_rows(kept)}
    for plan in kept:
        row = rows[plan.reference]
        if plan.preparing:
            assert row["status"] is ShipmentStatus.PREPARING
        else:
            moving = [
                p
                for p in mail.parcels
                if p.shipment is plan and p.status is ParcelStatus.DISPATCHED
            ]
            expected = ShipmentStatus.HANDED_OVER if moving else ShipmentStatus.CLOSED
            assert row["status"] is expected
        assert row["version"] == 1 + (plan.parcels > 0) + (row["status"] is ShipmentStatus.CLOSED)
        assert row["created_at"].date() == plan.created_on


def test_the_acknowledgement_lists_what_it_delivered_and_one_unknown_number() -> None:
    mail, _ = _numbered()
    made = acknowledgement(mail, random.Random(3), ack_id=7)
    assert made is not None
    ack, lines = made
    listed = sorted(p.number for p in mail.parcels if p.acknowledged)
    assert listed and ack["source"] == ACK_SOURCE and ack["id"] == 7
    assert [ln["parcel_number"] for ln in lines if ln["parcel_id"] is not None] == listed
    (unknown,) = [ln for ln in lines if ln["parcel_id"] is None]
    assert unknown["parcel_number"] not in {p.number for p in mail.parcels}
    assert {ln["delivered_on"] for ln in lines} == {ack["imported_at"].date()}
    assert {ln["acknowledgement_id"] for ln in lines} == {7}


def test_no_acknowledged_parcel_no_acknowledgement() -> None:
    mail = DemoMail([], TODAY, importer_id=IMPORTER)
    shipment = ShipmentPlan("ICRC-2026-05", Channel.ICRC, TODAY, False, TODAY - timedelta(9))
    mail.parcels.append(
        ParcelPlan(
            1, 3, TODAY - timedelta(20), TODAY - timedelta(10), shipment, ParcelStatus.DISPATCHED
        )
    )
    assert acknowledgement(mail, random.Random(1), ack_id=1) is None


def test_this_winters_campaign_and_last_summers_that_fell_short() -> None:
    mail, _ = _numbered()
    summer, winter = campaign_rows(mail)
    assert (winter["target_parcels"], winter["deadline"], winter["category"]) == (
        2000,
        date(2026, 12, 31),
        None,
    )
    assert winter["starts_on"] == date(2026, 9, 1)  # the first of the month 75 days back
    assert (summer["deadline"], summer["category"]) == (date(2026, 8, 31), "captive")
    assert summer["starts_on"] == date(2026, 8, 31) - timedelta(days=120)
    delivered = sum(
        1
        for p in mail.parcels
        if p.status is ParcelStatus.DELIVERED
        and p.outcome_on is not None
        and summer["starts_on"] <= p.outcome_on <= summer["deadline"]
    )
    target = summer["target_parcels"]
    step = 50 if delivered >= 500 else 5
    assert target % step == 0 and target >= 50
    assert delivered < target <= max(50, delivered * 1.1 + step)
    assert delivered >= 0.8 * target or target == 50  # a little short, not far


def test_before_the_end_of_october_last_years_summer_is_meant() -> None:
    mail = DemoMail([], date(2026, 10, 1), importer_id=IMPORTER)
    summer, winter = campaign_rows(mail)
    assert summer["deadline"] == date(2025, 8, 31) and summer["target_parcels"] == 50
    assert "Зимові посилки 2026" in winter["name"] and "Літні посилки 2025" in summer["name"]
