"""Reconciling the other side's acknowledgement lists (CSV, XLSX) and the gaps both ways."""

import io
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import openpyxl
import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import AcknowledgementLine, Parcel
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.acknowledgement_file import read_acknowledgement
from ombuds_desk.services.mail.acknowledgements import (
    ReconcileResult,
    reconcile_acknowledgement,
    reconciliation_gaps,
)
from ombuds_desk.store.database import Database
from tests.services.mail_helpers import family, handed_over, packed, reload_items, reload_parcel


def _dispatched(
    db: Database, actor: User, today: date, days_ago: int, n: int = 1, **person: Any
) -> list[Parcel]:
    who, _ = family(db, actor, today, **person)
    assert who.id is not None
    on = today - timedelta(days=days_ago)
    sent = [packed(db, actor, who.id, on) for _ in range(n)]
    handed_over(db, actor, sent, on, today, ref=f"REF-{sent[0].id}")
    return sent


def _reconcile(
    db: Database,
    actor: User,
    today: date,
    lines: Sequence[tuple[str, date | None]],
    source: str = "ICRC Kyiv",
    file_name: str = "ack.csv",
) -> ReconcileResult:
    with unit_of_work(db, actor) as session:
        return reconcile_acknowledgement(session, actor, source, file_name, lines, today=today)


def test_matching_parcels_are_delivered_and_every_line_is_kept(
    db: Database, caseworker: User, today: date
) -> None:
    first, second, third = _dispatched(db, caseworker, today, days_ago=20, n=3)
    assert first.id is not None
    assert second.id is not None
    assert third.id is not None
    waiting = packed(db, caseworker, first.person_id, today)
    result = _reconcile(
        db,
        caseworker,
        today,
        [
            (" pcl-2026-000001 ", date(2026, 11, 20)),
            ("PCL-2026-000002", None),  # no date: delivered on the import day
            ("PCL-2026-000001", date(2026, 11, 20)),  # listed twice
            ("PCL-2026-000003", date(2026, 10, 1)),  # before it was dispatched
            (waiting.parcel_number, date(2026, 11, 25)),
            ("PCL-2025-004242", date(2026, 11, 21)),
            ("", None),
        ],
    )
    assert (result.lines, result.delivered, result.already_delivered) == (6, 2, 1)
    assert result.unknown == ["PCL-2025-004242"]
    assert result.not_dispatched == [waiting.parcel_number]
    assert result.bad_dates == [third.parcel_number] and result.problems == 3
    assert reload_parcel(db, first.id).delivered_on == date(2026, 11, 20)
    assert reload_parcel(db, second.id).delivered_on == today
    assert {i.status for i in reload_items(db, second.id)} == {ItemStatus.DELIVERED}
    assert reload_parcel(db, third.id).status is ParcelStatus.DISPATCHED
    with db.reading() as session:
        lines = session.exec(
            select(AcknowledgementLine).order_by(col(AcknowledgementLine.id))
        ).all()
    assert [(ln.parcel_number, ln.parcel_id) for ln in lines][:2] == [
        ("PCL-2026-000001", first.id),
        ("PCL-2026-000002", second.id),
    ]
    assert lines[-1].parcel_id is None and len(lines) == 6


def test_a_source_is_required(db: Database, caseworker: User, today: date) -> None:
    with pytest.raises(ValidationError, match="source: is required"):
        _reconcile(db, caseworker, today, [("PCL-2026-000001", None)], source=" ")


def test_gaps_both_ways(db: Database, caseworker: User, today: date) -> None:
    (old,) = _dispatched(db, caseworker, today, days_ago=31, family_name="Ґудзь", given_name="Їржі")
    (edge,) = _dispatched(db, caseworker, today, days_ago=30)
    (older,) = _dispatched(db, caseworker, today, days_ago=45)
    (answered,) = _dispatched(db, caseworker, today, days_ago=60)
    _reconcile(
        db,
        caseworker,
        today,
        [
            (answered.parcel_number, date(2026, 10, 20)),
            ("PCL-2026-777777", date(2026, 11, 1)),
            ("PCL-2026-777777", None),
            ("XYZ-1", None),
        ],
    )
    with db.reading() as session:
        gaps = reconciliation_gaps(session, today=today, after_days=30)
    assert [(g.parcel_number, g.days) for g in gaps.unacknowledged] == [
        (older.parcel_number, 45),
        (old.parcel_number, 31),
    ]
    assert gaps.unacknowledged[1].person_name == "Ґудзь Їржі"
    assert gaps.unacknowledged[1].shipment_reference == f"REF-{old.id}"
    assert [(u.parcel_number, u.source) for u in gaps.unknown] == [
        ("PCL-2026-777777", "ICRC Kyiv"),
        ("XYZ-1", "ICRC Kyiv"),
    ]
    assert edge.parcel_number not in {g.parcel_number for g in gaps.unacknowledged}


CSV_CP1251 = (
    "Список вручених посилок МКЧХ;;;\r\n"
    "№ п/п;Номер посилки;Дата вручення;Отримувач;Примітка\r\n"
    "1;PCL-2026-000001;21.11.2026;Іваненко Петро;вручено особисто\r\n"
    "2;PCL-2026-000002;2026-11-22;Гнатюк Ілля;\r\n"
    "3;pcl-2026-000099;22/11/2026;Невідомий;\r\n"
    ";;;;\r\n"
)


def test_a_cp1251_csv_with_semicolons_and_a_title_row(
    db: Database, caseworker: User, today: date
) -> None:
    first, second = _dispatched(db, caseworker, today, days_ago=10, n=2)
    assert first.id is not None
    assert second.id is not None
    ack = read_acknowledgement("вручені.csv", CSV_CP1251.encode("cp1251"))
    assert (ack.number_column, ack.date_column) == ("Номер посилки", "Дата вручення")
    assert ack.encoding is not None and "1251" in ack.encoding
    assert [ln.line for ln in ack.lines] == [3, 4, 5]
    result = _reconcile(db, caseworker, today, ack.pairs(), file_name="вручені.csv")
    assert (result.delivered, result.unknown) == (2, ["PCL-2026-000099"])
    assert reload_parcel(db, first.id).delivered_on == date(2026, 11, 21)
    assert reload_parcel(db, second.id).delivered_on == date(2026, 11, 22)


def _xlsx(rows: Sequence[Sequence[Any]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_with_real_date_cells_and_extra_columns(
    db: Database, caseworker: User, today: date
) -> None:
    first, second = _dispatched(db, caseworker, today, days_ago=10, n=2)
    assert first.id is not None
    assert second.id is not None
    data = _xlsx(
        [
            ["Acknowledgement of delivery, operation 14"],
            [],
            ["Recipient", "Parcel No.", "Camp", "Delivery date", "Signed by"],
            ["Іваненко П.", "PCL-2026-000001", "Оленівка", datetime(2026, 11, 23, 0, 0), "Jean"],
            ["Гнатюк І.", "PCL-2026-000002", "Оленівка", date(2026, 11, 24), "Jean"],
            ["Total", None, None, None, None],
        ]
    )
    ack = read_acknowledgement("ack.xlsx", data)
    assert ack.encoding is None and ack.date_column == "Delivery date"
    assert [(ln.line, ln.parcel_number, ln.delivered_on) for ln in ack.lines] == [
        (4, "PCL-2026-000001", date(2026, 11, 23)),
        (5, "PCL-2026-000002", date(2026, 11, 24)),
    ]
    result = _reconcile(db, caseworker, today, ack.pairs(), file_name="ack.xlsx")
    assert result.delivered == 2
    assert reload_parcel(db, first.id).delivered_on == date(2026, 11, 23)
    assert reload_parcel(db, second.id).delivered_on == date(2026, 11, 24)
