"""``ombuds-desk parcels`` and ``ombuds-desk campaign``, run as a user runs them (a process)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import campaigns, deliveries
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, run, signed_in_as
from tests.services.mail_helpers import family, handed_over, packed

PARCEL_FIELDS = {
    "parcel_number",
    "case_number",
    "recipient",
    "status",
    "shipment",
    "seal_number",
    "weight_grams",
    "items",
    "packed_on",
    "dispatched_on",
    "delivered_on",
}


@pytest.fixture
def register(
    db: Database, caseworker: User, supervisor: User, today: date
) -> dict[str, list[Parcel]]:
    """Three parcels shipped as "ICRC-1" (one delivered), one packed, one being assembled."""
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    week_ago = today - timedelta(days=7)
    shipped = [packed(db, caseworker, person.id, today, items=1, on=week_ago) for _ in range(3)]
    waiting = packed(db, caseworker, person.id, today, items=1, seal="ПЛ-77")
    handed_over(db, caseworker, shipped, today - timedelta(days=5), today, ref="ICRC-1")
    delivered = shipped[0].id
    assert delivered is not None
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [delivered], on=today, today=today)
    with unit_of_work(db, supervisor) as session:
        campaigns.create_campaign(
            session,
            supervisor,
            "Зимові посилки",
            2000,
            today + timedelta(days=35),
            starts_on=today - timedelta(days=30),
        )
    return {"shipped": shipped, "waiting": [waiting]}


def _json(tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    result = run(*args, "--json", *signed_in_as("o.bondar", tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_parcels_json_fields_and_filters(
    tmp_path: Path, db_path: Path, register: dict[str, list[Parcel]], today: date
) -> None:
    every = _json(tmp_path, "parcels", "--db", str(db_path))
    assert len(every) == 4
    assert all(set(p) == PARCEL_FIELDS for p in every)
    by_number = {p["parcel_number"]: p for p in every}
    delivered = by_number[register["shipped"][0].parcel_number]
    assert delivered["status"] == "delivered"
    assert delivered["shipment"] == "ICRC-1"
    assert delivered["recipient"] == "Іваненко Петро"
    assert delivered["case_number"].startswith("CAP-")
    assert delivered["delivered_on"] == today.isoformat()
    assert delivered["dispatched_on"] == (today - timedelta(days=5)).isoformat()
    assert delivered["items"] == 1
    waiting = by_number[register["waiting"][0].parcel_number]
    assert (waiting["status"], waiting["seal_number"], waiting["shipment"]) == (
        "packed",
        "ПЛ-77",
        None,
    )

    dispatched = _json(tmp_path, "parcels", "--db", str(db_path), "--status", "Dispatched")
    assert sorted(p["parcel_number"] for p in dispatched) == sorted(
        p.parcel_number for p in register["shipped"][1:]
    )
    in_shipment = _json(tmp_path, "parcels", "--db", str(db_path), "--shipment", "icrc-1")
    assert len(in_shipment) == 3 and {p["shipment"] for p in in_shipment} == {"ICRC-1"}

    caseworker = signed_in_as("o.bondar", tmp_path)
    table = run("parcels", "--db", str(db_path), "--status", "packed", *caseworker, cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "ПЛ-77" in table.stdout and "Іваненко Петро" in table.stdout
    assert "1 parcel" in table.stdout

    unknown = run("parcels", "--db", str(db_path), "--shipment", "NOPE", *caseworker, cwd=tmp_path)
    assert "No shipment with the reference “NOPE”" in one_error_line(unknown)


def test_campaign_json_and_table(
    tmp_path: Path, db_path: Path, register: dict[str, list[Parcel]], today: date
) -> None:
    args = ("campaign", "--db", str(db_path), "--today", today.isoformat())
    (campaign,) = _json(tmp_path, *args)
    assert campaign == {
        "name": "Зимові посилки",
        "target": 2000,
        "delivered": 1,
        "dispatched": 2,
        "packed": 1,
        "remaining": 1999,
        "starts_on": (today - timedelta(days=30)).isoformat(),
        "deadline": (today + timedelta(days=35)).isoformat(),
        "category": None,
        "days_left": 35,
    }
    table = run(*args, *signed_in_as("s.melnyk", tmp_path), cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    header, _rule, row = table.stdout.splitlines()
    assert header.split() == [
        "Campaign",
        "Target",
        "Delivered",
        "Dispatched",
        "Packed",
        "Deadline",
        "Days",
        "left",
    ]
    assert row.split() == [
        "Зимові",
        "посилки",
        "2000",
        "1",
        "2",
        "1",
        (today + timedelta(days=35)).isoformat(),
        "35",
    ]
