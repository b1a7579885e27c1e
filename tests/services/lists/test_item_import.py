"""Correspondence item import: problems by line, all or nothing, authors linked to contacts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, Relationship
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.cases.contacts import add_contact
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.export import export_items
from ombuds_desk.services.lists.item_import import ItemImportPlan, plan_item_import, run_item_import
from ombuds_desk.services.lists.tabular_files import cell_text, read_table
from ombuds_desk.store.database import Database
from tests.services.helpers import register
from tests.services.table_files import write_csv, write_xlsx

HEAD = [
    "case_number",
    "kind",
    "direction",
    "author",
    "relationship",
    "date_received",
    "language",
    "pages",
    "description",
]


def _plan(db: Database, path: Path, today: date) -> ItemImportPlan:
    with db.reading() as session:
        return plan_item_import(session, read_table(path), today=today)


def _items(db: Database) -> list[CorrespondenceItem]:
    with db.reading() as session:
        return list(
            session.execute(
                select(CorrespondenceItem).order_by(col(CorrespondenceItem.id))
            ).scalars()
        )


@pytest.fixture
def case(db: Database, admin: User, today: date) -> tuple[Person, Contact]:
    person = register(db, admin, today)
    assert person.id is not None
    with unit_of_work(db, admin) as session:
        wife = add_contact(
            session,
            admin,
            person.id,
            {"family_name": "Іваненко", "given_name": "Ганна", "relationship": "wife"},
        )
    return person, wife


def test_items_are_checked_line_by_line_and_written_all_or_nothing(
    db: Database, admin: User, today: date, tmp_path: Path, case: tuple[Person, Contact]
) -> None:
    person, wife = case
    number = person.case_number
    path = write_csv(
        tmp_path / "items.csv",
        [
            HEAD,
            [number, "letter", "to person", "ганна іваненко", "", "20.11.2026", "uk", "2", "Лист"],
            [number.lower(), "малюнок", "to", "Марійка", "daughter", "2026-11-21", "", "1", ""],
            ["CAP-2026-09999", "letter", "to_person", "Ганна", "", "", "", "", ""],
            [number, "parcel", "to_person", "Ганна", "", "", "", "", ""],
            [number, "letter", "to_person", "Ганна", "", "31.02.2026", "", "two", ""],
            [number, "postcard", "from_person", "", "", "", "", "", ""],
            ["", "letter", "to_person", "Ганна", "", "", "", "", ""],
        ],
        "utf-16",
        "\t",
    )
    plan = _plan(db, path, today)
    assert [str(p) for p in plan.problems] == [
        "line 4: case_number: no case numbered CAP-2026-09999",
        "line 5: kind: choose one of Letter, Postcard, Drawing, Photo, Other",
        "line 6: date_received: 31.02.2026 does not exist",
        "line 6: pages: must be a whole number",
        "line 8: case_number: is required",
    ]
    with pytest.raises(ValidationError, match="5 problem"):
        run_item_import(db, admin, plan, today=today)
    assert _items(db) == []
    summary = run_item_import(db, admin, plan, skip_invalid=True, today=today)
    assert (summary.added, summary.skipped) == (3, 4)
    letter, drawing, card = _items(db)
    assert (letter.author_contact_id, letter.author_relationship) == (wife.id, Relationship.WIFE)
    assert (letter.kind, letter.received_on, letter.pages) == (
        ItemKind.LETTER,
        date(2026, 11, 20),
        2,
    )
    assert (drawing.kind, drawing.direction) == (ItemKind.DRAWING, Direction.TO_PERSON)
    assert (drawing.author_name, drawing.author_relationship) == ("Марійка", Relationship.DAUGHTER)
    assert (card.direction, card.received_on, card.status) == (
        Direction.FROM_PERSON,
        today,
        ItemStatus.LOGGED,
    )
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(MailEvent)).scalar_one() == 3


def test_russian_headers_and_xlsx_dates(
    db: Database, admin: User, today: date, tmp_path: Path, case: tuple[Person, Contact]
) -> None:
    person, _ = case
    path = write_xlsx(
        tmp_path / "items.xlsx",
        [
            ["Номер дела", "Вид", "Направление", "Автор", "Дата получения", "Страниц"],
            [person.case_number, "письмо", "to_person", "Мама", date(2026, 11, 2), 3],
        ],
    )
    plan = _plan(db, path, today)
    assert plan.problems == []
    run_item_import(db, admin, plan, today=today)
    (item,) = _items(db)
    assert (item.kind, item.received_on, item.pages) == (ItemKind.LETTER, date(2026, 11, 2), 3)


def test_a_case_export_of_items_imports_back(
    db: Database, admin: User, today: date, tmp_path: Path, case: tuple[Person, Contact]
) -> None:
    person, _ = case
    assert person.id is not None
    path = write_csv(
        tmp_path / "items.csv",
        [
            HEAD,
            [
                person.case_number,
                "photo",
                "to_person",
                "Ганна Іваненко",
                "",
                "01.11.2026",
                "",
                "",
                "Фото; двір",
            ],
        ],
    )
    run_item_import(db, admin, _plan(db, path, today), today=today)
    exported = tmp_path / "case-items.csv"
    with db.reading() as session:
        assert export_items(session, person.id, exported) == 1
    plan = _plan(db, exported, today)
    assert plan.problems == []  # the extra status and parcel columns are known
    run_item_import(db, admin, plan, today=today)
    again = tmp_path / "again.csv"
    with db.reading() as session:
        export_items(session, person.id, again)
    first = [[cell_text(c) for c in r.cells] for r in read_table(exported).rows]
    second = [[cell_text(c) for c in r.cells] for r in read_table(again).rows]
    assert second == first * 2


def test_an_items_dates_with_a_time_or_as_excels_number_of_days(
    db: Database, today: date, tmp_path: Path, case: tuple[Person, Contact]
) -> None:
    """A letter's date with the time a system wrote after it is its date; one written as
    Excel's number of days is reported saying so."""
    person, _ = case
    rows = [
        ["case_number", "kind", "direction", "author", "date_received"],
        [person.case_number, "letter", "to_person", "Мати", f"{today:%d.%m.%Y} 09:15"],
        [person.case_number, "letter", "to_person", "Мати", "45000"],
    ]
    plan = _plan(db, write_csv(tmp_path / "letters.csv", rows), today)
    assert [r.raw["received_on"] for r in plan.valid_rows] == [f"{today:%d.%m.%Y}"]
    assert [(p.line, p.column) for p in plan.problems] == [(3, "date_received")]
    assert "as Excel counts them (15.03.2023)" in str(plan.problems[0])


def test_items_already_on_record_or_twice_in_the_file_are_warned_of(
    db: Database, admin: User, today: date, tmp_path: Path, case: tuple[Person, Contact]
) -> None:
    """The same file imported twice doubled every letter without a word: each row naming an
    item the case has, or one an earlier line gives, is imported with a warning."""
    person, _ = case
    rows = [
        HEAD,
        [person.case_number, "letter", "to_person", "Ганна Іваненко", "", "01.11.2026", "",
         "", "Лист про здоровʼя"],
        [person.case_number, "photo", "to_person", "Ганна Іваненко", "", "01.11.2026", "", "",
         ""],
        [person.case_number, "лист", "до", "ганна  іваненко", "", "01.11.2026", "", "",
         "лист про здоровʼя"],
    ]  # fmt: skip
    path = write_csv(tmp_path / "items.csv", rows)
    first = _plan(db, path, today)
    assert first.problems == []
    assert [str(w) for w in first.warnings] == [
        "line 4: case_number: the same item as on line 2: both are logged; leave one out if "
        "they are the same"
    ]
    run_item_import(db, admin, first, today=today)
    again = _plan(db, path, today)
    assert [(w.line, "already has this item" in str(w)) for w in again.warnings] == [
        (2, True),
        (3, True),
        (4, True),
    ]
    assert len(again.valid_rows) == 3  # a warning stops nothing


def test_a_row_number_column_of_an_item_list_is_not_read(
    db: Database, admin: User, today: date, tmp_path: Path, case: tuple[Person, Contact]
) -> None:
    number = case[0].case_number
    rows = [
        ["№ п/п", "Номер справи", "Вид", "Напрямок", "Від кого"],
        ["1.", number, "лист", "до", "Ганна"],
    ]
    plan = _plan(db, write_csv(tmp_path / "items.csv", rows, "cp1251", ";"), today)
    assert plan.problems == []
    assert run_item_import(db, admin, plan, today=today).added == 1
