"""Person lists as Russian and Ukrainian offices number and name them: a row-number column
(``№ п/п``, ``№ з/п``, ``No.``) known and not read, and the whole name in one column
(``ФИО``, ``ПІБ``, ``Full name``) read as family name, given name and patronymic."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.lists.office_lists import write_list


def _plan(db: Database, actor: User, path: Path, today: date) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, actor, read_table(path), today=today)


def _names(db: Database) -> list[tuple[Any, ...]]:
    with db.reading() as session:
        persons = session.execute(select(Person).order_by(Person.case_number)).scalars()
        return [
            (p.family_name, p.given_name, p.patronymic, p.family_name_latin, p.given_name_latin)
            for p in persons
        ]


def _said(plan: ImportPlan) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, str(p.message)) for p in plan.problems]


@pytest.mark.parametrize(
    "header", ["№", "№ п/п", "№п/п", "п/п", "№ з/п", "з/п", "N", "No", "No.", "Nr", "#"]
)
def test_a_row_number_column_is_known_and_not_read(
    db: Database, supervisor: User, today: date, tmp_path: Path, header: str
) -> None:
    rows = [
        [header, "Фамилия", "Имя", "Категория"],
        ["1.", "Шевченко", "Тарас", "военнопленный"],
        ["", "Иванова", "Анна", "военнопленная"],
        ["3)", "Петров", "Пётр", "военнопленный"],
    ]
    plan = _plan(db, supervisor, write_list(tmp_path / "list.csv", rows, "cp1251"), today)
    assert plan.problems == []
    assert run_import(db, supervisor, plan, today=today).added == 3


@pytest.mark.parametrize(
    "header",
    [
        "ФИО",
        "Ф.И.О.",
        "Фамилия, имя, отчество",
        "ПІБ",
        "П.І.Б.",
        "Прізвище, ім'я, по батькові",
        "Full name",
        "Name",
    ],
)
def test_a_full_name_column_is_read_as_family_given_and_patronymic(
    db: Database, supervisor: User, today: date, tmp_path: Path, header: str
) -> None:
    rows = [
        ["№ п/п", header, "Дата рождения", "Категория"],
        ["1", "Петренко-Сидоренко Ольга Ивановна", "01.03.1990", "военнопленная"],
        ["2", "  Мар’яненко   Іван  ", "1979", "полонений"],
        ["3", "Оглы Мамед Али оглы", "", "военнопленный"],
    ]
    plan = _plan(db, supervisor, write_list(tmp_path / "list.csv", rows, "utf-8"), today)
    assert plan.problems == []
    run_import(db, supervisor, plan, today=today)
    assert sorted(_names(db)) == sorted(
        [
            ("Петренко-Сидоренко", "Ольга", "Ивановна", "Petrenko-Sidorenko", "Olga"),
            ("Марʼяненко", "Іван", None, "Marianenko", "Ivan"),
            ("Оглы", "Мамед", "Али оглы", "Ogly", "Mamed"),
        ]
    )


def test_a_full_name_of_one_word_or_none_is_a_problem_of_its_line(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    rows = [
        ["№", "ФИО", "Категория"],
        ["1", "Шевченко", "военнопленный"],
        ["2", "", "военнопленный"],
        ["3", "Іванов Іван", "военнопленный"],
    ]
    plan = _plan(db, supervisor, write_list(tmp_path / "list.csv", rows, "utf-8"), today)
    assert _said(plan) == [
        (
            2,
            "ФИО",
            "“Шевченко” has one word only, so the given name is missing (read as family "
            "name, given name, patronymic)",
        ),
        (3, "ФИО", "is required"),
    ]
    assert len(plan.valid_rows) == 1


def test_a_full_name_beside_separate_name_columns_is_a_header_problem(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    rows = [
        ["ПІБ", "Прізвище", "Ім'я", "Категорія"],
        ["Шевченко Тарас", "Шевченко", "Тарас", "полонений"],
    ]
    plan = _plan(db, supervisor, write_list(tmp_path / "list.csv", rows, "utf-8"), today)
    assert _said(plan) == [
        (
            1,
            "ПІБ",
            "holds the full name, and the list has separate name columns as well "
            "(Прізвище, Ім'я): which to read is not clear; delete this column or those",
        )
    ]


def test_a_russian_list_with_a_title_numbers_and_full_names_imports(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    """What a Russian office sends: Windows-1251, semicolons, a title above the header, a
    trailing empty column, row numbers with dots, the name in one column, the year of birth
    with "г.р." and the military rank under their own headers."""
    rows = [
        ["Список военнопленных на обмен 12.11.2026", "", "", "", "", "", ""],
        ["№ п/п", "Ф.И.О.", "Год рождения", "Пол", "Воинское звание", "Категория", ""],
        ["1.", "Иванов Иван Петрович", "1990 г.р.", "м", "рядовой", "военнопленный", ""],
        ["2.", "Сидорова Анна", "00.00.1985", "ж", "", "военнопленная", ""],
    ]
    plan = _plan(db, supervisor, write_list(tmp_path / "list.csv", rows, "cp1251"), today)
    assert plan.problems == []
    assert run_import(db, supervisor, plan, today=today).added == 2
    assert sorted(_names(db)) == [
        ("Иванов", "Иван", "Петрович", "Ivanov", "Ivan"),
        ("Сидорова", "Анна", None, "Sidorova", "Anna"),
    ]
    with db.reading() as session:
        persons = session.execute(select(Person).order_by(Person.family_name)).scalars()
        assert [(p.date_of_birth, p.rank) for p in persons] == [("1990", "рядовой"), ("1985", None)]


def test_name_beside_a_surname_column_is_the_given_name(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    """ "Фамилия; Имя; Отчество" put into English: "Name" is the given name there."""
    rows = [
        ["No.", "Surname", "Name", "Patronymic", "Category"],
        ["1", "Ivanov", "Ivan", "Petrovych", "captive"],
    ]
    plan = _plan(db, supervisor, write_list(tmp_path / "list.csv", rows, "utf-8"), today)
    assert plan.problems == []
    run_import(db, supervisor, plan, today=today)
    assert _names(db) == [("Ivanov", "Ivan", "Petrovych", "Ivanov", "Ivan")]
