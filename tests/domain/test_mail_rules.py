"""The item and parcel transitions, the packing rules and parcel numbers, without a database."""

from datetime import date
from typing import Any

import pytest

from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, ParcelStatus
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.mail_rules import (
    ITEM_NEXT,
    ITEM_STATUS_FOR_PARCEL,
    PARCEL_NEXT,
    date_problem,
    format_parcel_number,
    is_final_parcel,
    item_transition_problem,
    normalize_parcel_number,
    packing_problem,
    parcel_transition_problem,
    parse_parcel_number,
    seal_problem,
)

IS, PS = ItemStatus, ParcelStatus


def test_every_status_has_its_rules() -> None:
    assert set(ITEM_NEXT) == set(ItemStatus)
    assert set(PARCEL_NEXT) == set(ParcelStatus)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (IS.LOGGED, IS.SCREENED),
        (IS.LOGGED, IS.WITHHELD),
        (IS.SCREENED, IS.PACKED),
        (IS.SCREENED, IS.WITHHELD),
        (IS.PACKED, IS.SCREENED),
        (IS.PACKED, IS.DISPATCHED),
        (IS.DISPATCHED, IS.DELIVERED),
        (IS.DISPATCHED, IS.RETURNED),
    ],
)
def test_allowed_item_moves(current: ItemStatus, new: ItemStatus) -> None:
    assert item_transition_problem(current, new) is None


@pytest.mark.parametrize(
    ("current", "new", "message"),
    [
        (
            IS.LOGGED,
            IS.PACKED,
            "a logged item cannot become “Packed”; it can become “Screened”, “Withheld”",
        ),
        (IS.DELIVERED, IS.LOGGED, "a delivered item cannot change any more (not to “Logged”)"),
        (IS.WITHHELD, IS.SCREENED, "a withheld item cannot change any more"),
        (IS.RETURNED, IS.PACKED, "a returned item cannot change any more"),
        (IS.PACKED, IS.WITHHELD, "a packed item cannot become “Withheld”"),
        (IS.SCREENED, IS.SCREENED, "the item is already “Screened”"),
        (IS.SCREENED, IS.DISPATCHED, "cannot become “Dispatched”"),
    ],
)
def test_forbidden_item_moves(current: ItemStatus, new: ItemStatus, message: str) -> None:
    assert message in (item_transition_problem(current, new) or "")


@pytest.mark.parametrize(
    ("current", "new", "message"),
    [
        (
            PS.DELIVERED,
            PS.ASSEMBLING,
            "a delivered parcel cannot change any more (not to “Assembling”)",
        ),
        (PS.RETURNED, PS.DISPATCHED, "a returned parcel cannot change any more"),
        (
            PS.ASSEMBLING,
            PS.DISPATCHED,
            "an assembling parcel cannot become “Dispatched”; it can become “Packed”",
        ),
        (PS.PACKED, PS.DELIVERED, "it can become “Assembling”, “Dispatched”"),
        (PS.DISPATCHED, PS.ASSEMBLING, "it can become “Delivered”, “Returned”, “Lost”"),
        (PS.LOST, PS.RETURNED, "a lost parcel cannot become “Returned”; it can become “Delivered”"),
    ],
)
def test_forbidden_parcel_moves(current: ParcelStatus, new: ParcelStatus, message: str) -> None:
    assert message in (parcel_transition_problem(current, new) or "")


def test_finality_and_what_items_follow() -> None:
    assert [s for s in ParcelStatus if is_final_parcel(s)] == [PS.DELIVERED, PS.RETURNED]
    assert PS.LOST not in ITEM_STATUS_FOR_PARCEL  # lost parcels leave their items dispatched
    for parcel_status, item_status in ITEM_STATUS_FOR_PARCEL.items():
        assert item_status.value == parcel_status.value


def _item(**kw: Any) -> CorrespondenceItem:
    values: dict[str, Any] = {
        "id": 5,
        "person_id": 1,
        "kind": ItemKind.LETTER,
        "direction": Direction.TO_PERSON,
        "status": IS.SCREENED,
    }
    values.update(kw)
    return CorrespondenceItem(**values)


def _parcel(**kw: Any) -> Parcel:
    values: dict[str, Any] = {
        "id": 9,
        "person_id": 1,
        "parcel_number": "PCL-2026-000009",
        "status": PS.ASSEMBLING,
    }
    values.update(kw)
    return Parcel(**values)


@pytest.mark.parametrize(
    ("item", "parcel", "message"),
    [
        (_item(), _parcel(), None),
        (_item(parcel_id=9), _parcel(), None),
        (_item(person_id=2), _parcel(), "another person's case"),
        (_item(parcel_id=8, status=IS.PACKED), _parcel(), "an item can be in one parcel only"),
        (_item(status=IS.LOGGED), _parcel(), "only screened items can be packed"),
        (_item(status=IS.WITHHELD), _parcel(), "this item is withheld"),
        (_item(direction=Direction.FROM_PERSON), _parcel(), "only items sent to the person"),
        (_item(), _parcel(status=PS.PACKED), "parcel PCL-2026-000009 is packed"),
    ],
)
def test_packing_rules(item: CorrespondenceItem, parcel: Parcel, message: str | None) -> None:
    problem = packing_problem(item, parcel)
    assert problem is None if message is None else message in (problem or "")


def test_seal_rules() -> None:
    assert seal_problem(" ", 1, None) == "a packed parcel needs a seal number"
    assert "empty" in (seal_problem("S1", 0, "  ") or "")
    assert seal_problem("S1", 0, "Шкарпетки") is None
    assert seal_problem("S1", 2, None) is None


def test_status_dates() -> None:
    today = date(2026, 11, 26)
    assert date_problem(date(2026, 11, 27), None, today) == "is in the future"
    assert date_problem(date(2026, 11, 1), date(2026, 11, 2), today) == (
        "is before the previous step (02.11.2026)"
    )
    assert date_problem(date(2026, 11, 2), date(2026, 11, 2), today) is None


def test_parcel_numbers() -> None:
    assert format_parcel_number(2026, 123) == "PCL-2026-000123"
    assert parse_parcel_number("PCL-2026-000123") == (2026, 123)
    assert parse_parcel_number("pcl-2026-1234567") == (2026, 1234567)
    assert parse_parcel_number("PCL-26-000123") is None
    assert normalize_parcel_number("  pcl—2026—000123\r\n") == "PCL-2026-000123"
    # a scanner on a Ukrainian or Russian keyboard layout
    assert normalize_parcel_number("ЗСД-2026-000123") == "PCL-2026-000123"
    assert normalize_parcel_number("зсд-2026-000123") == "PCL-2026-000123"
    # Cyrillic that does not make a parcel number is left alone
    assert normalize_parcel_number("ОМБ-14") == "ОМБ-14"
