"""Person and item imports of lists as other offices write them: their words for sex,
category and status, their encodings and file formats, a ``?`` where a letter was lost, a
control character in one row, a caseworker not on the staff here."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.item_import import plan_item_import, run_item_import
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.helpers import register
from tests.services.lists.office_lists import (
    FILES,
    RUSSIAN,
    RUSSIAN_VALUES,
    UKRAINIAN,
    UKRAINIAN_VALUES,
    write_list,
)
from tests.services.table_files import write_csv


def _plan(db: Database, actor: User, path: Path, today: date, **kw: Any) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, actor, read_table(path, **kw), today=today)


def _imported(db: Database) -> dict[str, tuple[str, str, str]]:
    with db.reading() as session:
        return {
            p.family_name: (p.sex.value, p.category.value, p.status.value)
            for p in session.execute(select(Person)).scalars()
        }


@pytest.mark.parametrize(
    ("rows", "encoding", "values"),
    [
        (RUSSIAN, "koi8-r", RUSSIAN_VALUES),
        (RUSSIAN, "cp866", RUSSIAN_VALUES),
        (RUSSIAN, "mac-cyrillic", RUSSIAN_VALUES),
        (UKRAINIAN, "koi8-u", UKRAINIAN_VALUES),
        (UKRAINIAN, "cp1251", UKRAINIAN_VALUES),
    ],
)
def test_an_offices_list_imports_with_its_words_and_encoding(
    db: Database,
    supervisor: User,
    today: date,
    tmp_path: Path,
    rows: list[list[str]],
    encoding: str,
    values: dict[str, tuple[str, str, str]],
) -> None:
    path = write_list(tmp_path / "list.csv", rows, encoding)
    plan = _plan(db, supervisor, path, today)
    assert plan.problems == [] and plan.table.encoding == encoding
    summary = run_import(db, supervisor, plan, today=today)
    assert (summary.added, summary.skipped) == (4, 0)
    assert _imported(db) == values


@pytest.mark.parametrize("name", ["persons_libreoffice.ods", "persons_libreoffice.xls"])
def test_libreoffice_files_import_like_xlsx(
    db: Database, supervisor: User, today: date, name: str
) -> None:
    plan = _plan(db, supervisor, FILES / name, today)
    assert plan.problems == []
    run_import(db, supervisor, plan, today=today)
    assert _imported(db) == UKRAINIAN_VALUES
    with db.reading() as session:
        gonta = session.execute(
            select(Person).where(col(Person.family_name) == "Ґонта")
        ).scalar_one()
    assert (gonta.date_of_birth, gonta.home_region) == ("1984-03-09", "Київська")


def test_a_lost_letter_in_any_text_column_is_reported(
    db: Database, supervisor: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    """``Купʼянськ`` saved through Windows-1251 is ``Куп?янськ``: it must not overwrite."""
    case = register(db, caseworker, today, captured_at="Купʼянськ")
    path = write_csv(
        tmp_path / "list.csv",
        [
            ["case_number", "family_name", "given_name", "category", "captured_at", "notes"],
            [case.case_number, "Іваненко", "Петро", "captive", "Куп?янськ", "Where is he?"],
            ["", "Коваль", "Ганна", "evacuee", "", "Лист з Ки?ва"],
            ["", "Бойко", "Іван", "captive", "", "Чи живий? Невідомо"],
        ],
        "cp1251",
        ";",
    )
    plan = _plan(db, supervisor, path, today)
    assert [(p.line, p.column, p.message.split(":")[0]) for p in plan.problems] == [
        (2, "captured_at", "“Куп?янськ”"),
        (3, "notes", "“Лист з Ки?ва”"),
    ]
    assert plan.problems[0].message.endswith("correct it, or ask for the file in UTF-8")
    run_import(db, supervisor, plan, today=today, skip_invalid=True)
    with db.reading() as session:
        kept = session.get(Person, case.id)
        assert kept is not None and kept.captured_at == "Купʼянськ"


def test_a_name_with_a_lost_letter_is_reported_once(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    """The lost letter says why the name is not letters only: not "letters only" as well."""
    path = write_csv(
        tmp_path / "list.csv",
        [
            ["family_name", "given_name", "category", "sex"],
            ["Куп?янська", "Ольга", "captive", "F"],
            ["Коваль1", "Ганна", "evacuee", "F"],
        ],
        "cp1251",
        ";",
    )
    plan = _plan(db, supervisor, path, today)
    assert [(p.line, p.column, p.message) for p in plan.problems] == [
        (2, "family_name", plan.problems[0].message),
        (3, "family_name", "must contain letters only"),
    ]
    assert plan.problems[0].message.startswith("“Куп?янська”: a ? where a letter should be")


def test_a_control_character_skips_its_row_only(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    lines = [
        "family_name;given_name;category",
        "Іваненко;Петро;captive",
        "Коваль;Ган\x07на;evacuee",
    ]
    path.write_bytes("\r\n".join([*lines, "Бойко;Іван;captive"]).encode("cp1251"))
    plan = _plan(db, supervisor, path, today)
    assert {(p.line, p.column) for p in plan.problems} == {(3, "given_name")}
    assert "holds a control character (U+0007)" in plan.problems[0].message
    run_import(db, supervisor, plan, today=today, skip_invalid=True)
    assert set(_imported(db)) == {"Бойко", "Іваненко"}


def test_a_control_character_in_a_name_is_reported_once(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    """The control character says why the name is not letters only: not "letters only" as
    well (a NUL from a damaged file gave the row both)."""
    path = tmp_path / "list.csv"
    lines = [
        "family_name;given_name;category",
        "Ков\x00аль;Ган\x07на;evacuee",
        "Бойко1;Іван;captive",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    plan = _plan(db, supervisor, path, today)
    assert [(p.line, p.column, p.message.split(" (")[0]) for p in plan.problems] == [
        (2, "family_name", "holds a control character"),
        (2, "given_name", "holds a control character"),
        (3, "family_name", "must contain letters only"),
    ]
    assert "(U+0000)" in plan.problems[0].message


def test_a_caseworker_not_on_the_staff_here_leaves_the_case_unassigned(
    db: Database, supervisor: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "register.csv",
        [
            ["family_name", "given_name", "category", "assigned_to"],
            ["Іваненко", "Петро", "captive", "o.lytvyn"],  # another office's caseworker
            ["Коваль", "Ганна", "evacuee", ""],
            ["Бойко", "Іван", "captive", caseworker.username],
        ],
    )
    plan = _plan(db, supervisor, path, today)
    assert plan.problems == []
    assert [(w.line, w.column) for w in plan.warnings] == [(2, "assigned_to")]
    run_import(db, supervisor, plan, today=today)
    with db.reading() as session:
        found = session.execute(select(col(Person.family_name), col(Person.assigned_to_id)))
        assigned = {name: who for name, who in found.all()}
    assert assigned == {"Іваненко": None, "Коваль": None, "Бойко": caseworker.id}


def test_an_existing_case_keeps_its_caseworker_when_the_file_names_a_stranger(
    db: Database, supervisor: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    case = register(db, caseworker, today)
    path = write_csv(
        tmp_path / "register.csv",
        [["case_number", "assigned_to"], [case.case_number, "Ольга Литвин"]],
    )
    plan = _plan(db, supervisor, path, today)
    assert [str(w) for w in plan.warnings] == [
        f"line 2: assigned_to: “Ольга Литвин” is not on the staff here, so case "
        f"{case.case_number} keeps its caseworker; assign it after the import"
    ]
    summary = run_import(db, supervisor, plan, today=today)
    assert summary.unchanged == 1
    with db.reading() as session:
        kept = session.get(Person, case.id)
        assert kept is not None and kept.assigned_to_id == caseworker.id


def test_items_in_an_offices_words_and_encoding(
    db: Database, supervisor: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    case = register(db, caseworker, today)
    path = write_list(
        tmp_path / "items.csv",
        [
            ["Номер справи", "Вид", "Напрямок", "Автор", "Дата отримання", "Опис"],
            [case.case_number, "Лист", "кому", "Ганна Іваненко", "01.02.2026", "лист від дружини"],
            [case.case_number, "Листівка", "від", "", "02.02.2026", "листівка до дня народження"],
            [case.case_number, "малюнок", "кому", "Куп?янська школа", "03.02.2026", ""],
        ],
        "koi8-u",
    )
    with db.reading() as session:
        plan = plan_item_import(session, read_table(path), today=today)
    assert plan.table.encoding == "koi8-u"
    assert [(p.line, p.column) for p in plan.problems] == [(4, "Автор")]
    summary = run_item_import(db, supervisor, plan, today=today, skip_invalid=True)
    assert (summary.added, summary.skipped) == (2, 1)
    with db.reading() as session:
        found = session.execute(
            select(col(CorrespondenceItem.kind), col(CorrespondenceItem.direction))
        )
        assert sorted((k.value, d.value) for k, d in found.all()) == [
            ("letter", "to_person"),
            ("postcard", "from_person"),
        ]
