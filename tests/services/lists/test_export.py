"""Export: what is exported imports back unchanged, into the same register or a new one."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Channel, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import case_status, notes
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, create_user
from ombuds_desk.services.lists.export import (
    PARCEL_COLUMNS,
    export_parcels,
    export_person_template,
    export_persons,
    write_table,
)
from ombuds_desk.services.lists.import_columns import PERSON_COLUMNS
from ombuds_desk.services.lists.person_import import plan_import, run_import
from ombuds_desk.services.lists.tabular_files import cell_text, read_table
from ombuds_desk.store.database import Database, open_database
from tests.conftest import PASSWORDS
from tests.services.helpers import register

NOT_COMPARED = {"id", "created_at", "updated_at", "version", "assigned_to_id", "blocked_note"}


def _register_variety(
    db: Database, admin: User, caseworker: User, today: date
) -> tuple[Person, Person, Person]:
    earlier = today - timedelta(days=40)
    first = register(
        db,
        admin,
        today,
        family_name="Пʼятницька",
        given_name="Євгенія",
        patronymic="Іванівна",
        date_of_birth="14.03.1985",
        sex="female",
        citizenship="UA",
        home_region="Харківська",
        service_number="ZS-4411",
        rank="Солдат",
        unit="в/ч А1234",
        captured_on="03.2024",
        captured_at='Бахмут, "Азовсталь"',
        holding_party="Other side",
        detention_place="Колонія №1; блок 2",
        icrc_number="ICRC-77-1",
        status_since=earlier,
    )
    assert first.id is not None
    second = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Smith",
        given_name="John",
        date_of_birth="1990",
        evacuated_from="Вовчанськ",
        evacuated_on="2025-05-02",
        current_location="Суми, гуртожиток",
        evacuated_by="ICRC",
    )
    assert second.id is not None
    third = register(db, admin, today, family_name="Ґонта", given_name="Олег", unit="=SUM(A1)")
    with unit_of_work(db, admin) as session:
        case_status.change_status(
            session,
            admin,
            first.id,
            CaseStatus.CONFIRMED,
            effective_on=today - timedelta(days=3),
            today=today,
        )
        case_status.block_case(session, admin, second.id, "Home country refuses", today=today)
        notes.add_note(session, admin, first.id, "Перша нотатка")
        notes.add_note(session, admin, first.id, "Лист від матері, 2 сторінки")
    return first, second, third


def _rows(path: Path) -> tuple[list[str], list[list[str | None]]]:
    table = read_table(path)
    return table.headers, [[cell_text(c) for c in r.cells] for r in table.rows]


def _persons(db: Database) -> list[dict[str, Any]]:
    with db.reading() as session:
        people = session.execute(select(Person).order_by(col(Person.case_number))).scalars().all()
        return [{k: v for k, v in p.model_dump().items() if k not in NOT_COMPARED} for p in people]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_export_imports_back_unchanged(
    db: Database, admin: User, caseworker: User, today: date, tmp_path: Path, suffix: str
) -> None:
    _register_variety(db, admin, caseworker, today)
    exported = tmp_path / f"persons{suffix}"
    with db.reading() as session:
        count = export_persons(session, PersonFilter(), exported, today=today, threshold_days=30)
    assert count == 3
    headers, rows = _rows(exported)
    assert headers == list(PERSON_COLUMNS)
    if suffix == ".csv":
        assert exported.read_bytes().startswith(b"\xef\xbb\xbf")
    elif suffix == ".ods":
        content = zipfile.ZipFile(exported).read("content.xml").decode()
        assert 'office:value-type="date" office:date-value="' in content
        assert "<text:p>=SUM(A1)</text:p>" in content and "table:formula" not in content
    else:
        sheet = load_workbook(exported).active
        assert sheet is not None
        column = PERSON_COLUMNS.index("status_date") + 1
        assert sheet.cell(2, column).is_date and sheet.cell(2, column).number_format == "DD.MM.YYYY"
        unit = sheet.cell(3, PERSON_COLUMNS.index("unit") + 1)  # CAP-2026-00002
        assert (unit.value, unit.data_type) == ("=SUM(A1)", "s")  # text, not a formula

    # Into the same register: every row is a known case and nothing changes.
    with db.reading() as session:
        plan = plan_import(session, admin, read_table(exported), today=today)
    assert plan.problems == [] and [r.action for r in plan.rows] == ["unchanged"] * 3
    before = _persons(db)
    summary = run_import(db, admin, plan, today=today)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 3)
    assert _persons(db) == before

    # Into a new register: the same cases, every column the same, and the same export.
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        other_admin = create_first_admin(other, "admin", "Адміністратор", PASSWORDS["admin"])
        with unit_of_work(other, other_admin) as session:
            create_user(session, other_admin, "o.bondar", "Олег Бондар", Role.CASEWORKER)
        with other.reading() as session:
            plan = plan_import(session, other_admin, read_table(exported), today=today)
        assert plan.problems == []
        assert run_import(other, other_admin, plan, today=today).added == 3
        assert _persons(other) == before
        again = tmp_path / f"again{suffix}"
        with other.reading() as session:
            export_persons(session, PersonFilter(), again, today=today, threshold_days=30)
        assert _rows(again) == (headers, rows)
    finally:
        other.dispose()


def test_export_follows_the_filter_and_the_template_is_empty(
    db: Database, admin: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    first, _, _ = _register_variety(db, admin, caseworker, today)
    path = tmp_path / "confirmed.csv"
    with db.reading() as session:
        export_persons(
            session,
            PersonFilter(status=CaseStatus.CONFIRMED),
            path,
            today=today,
            threshold_days=30,
        )
    _, rows = _rows(path)
    assert [r[0] for r in rows] == [first.case_number]
    assert rows[0][PERSON_COLUMNS.index("notes")] == "Лист від матері, 2 сторінки"
    template = tmp_path / "template.xlsx"
    export_person_template(template)
    assert read_table(template).headers == list(PERSON_COLUMNS)
    assert read_table(template).rows == []


def test_parcels_of_a_shipment(db: Database, admin: User, today: date, tmp_path: Path) -> None:
    person = register(db, admin, today)
    assert person.id is not None
    with unit_of_work(db, admin) as session:
        shipment = Shipment(reference="SH-2026-001", channel=Channel.ICRC)
        session.add(shipment)
        session.flush()
        assert shipment.id is not None
        for number in ("P-0002", "P-0001"):
            session.add(
                Parcel(
                    parcel_number=number,
                    person_id=person.id,
                    shipment_id=shipment.id,
                    contents="Лист, малюнок",
                    weight_grams=800,
                    packed_on=date(2026, 11, 20),
                )
            )
        session.add(Parcel(parcel_number="P-0003", person_id=person.id))
    path = tmp_path / "parcels.xlsx"
    with db.reading() as session:
        assert export_parcels(session, shipment.id, path) == 2
    headers, rows = _rows(path)
    assert headers == list(PARCEL_COLUMNS)
    assert [r[:3] for r in rows] == [
        ["P-0001", person.case_number, "Іваненко"],
        ["P-0002", person.case_number, "Іваненко"],
    ]
    assert rows[0][PARCEL_COLUMNS.index("packed_on")] == "2026-11-20"
    assert not list(tmp_path.glob("*.part"))


def test_ods_keeps_spaces_lines_and_types(tmp_path: Path) -> None:
    path = tmp_path / "notes.ods"
    rows = [["Лист  від   матері", "рядок\nдругий", date(2026, 3, 14), 3, None, "a\x07b"]]
    write_table(path, ["notes", "more", "on", "pages", "empty", "odd"], rows, title="Нотатки")
    assert (
        zipfile.ZipFile(path).read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    )
    table = read_table(path)
    assert table.kind == "ods"
    assert table.rows[0].cells == (
        "Лист  від   матері",
        "рядок\nдругий",
        date(2026, 3, 14),
        3,
        None,
        "ab",
    )


@pytest.mark.parametrize("name", ["persons.txt", "persons", "persons.xls", "persons.CSV.bak"])
def test_an_extension_it_does_not_write_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValidationError, match=r"an export is written as \.csv, \.xlsx or \.ods"):
        write_table(tmp_path / name, ["a"], [["b"]], title="t")
    assert list(tmp_path.iterdir()) == []
