"""A list whose dates are written month first (Excel set to US English: ``03/09/1990`` for
9 March) is not read day first in silence: once one of its dates shows it (``12/31/1990``),
every slashed date of the file is reported on its line, in the reader's language. A list
written day first (the offices' ``31/12/1990``) reads as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.services.table_files import write_csv

HEAD = ["Категорія", "Прізвище", "Імʼя", "Дата народження"]


def _plan(db: Database, actor: User, path: Path, today: date) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, actor, read_table(path), today=today)


def test_a_month_first_file_has_each_slashed_date_reported(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    rows = [
        HEAD,
        ["полонений", "Андрієнко", "Олег", "03/09/1990"],
        ["полонений", "Бойко", "Петро", "12/31/1990"],
        ["полонений", "Гнатюк", "Ілля", "1990-03-09"],
    ]
    path = write_csv(tmp_path / "us.csv", rows, "utf-8", ",")
    plan = _plan(db, supervisor, path, today)
    month_first = [p for p in plan.problems if "month first" in str(p)]
    assert [(p.line, p.column) for p in month_first] == [
        (2, "Дата народження"),
        (3, "Дата народження"),
    ]
    assert str(month_first[0]).startswith(
        "line 2: Дата народження: “03/09/1990”: this file writes dates month first (such as "
        "12/31/1990)"
    )
    assert [r.line for r in plan.valid_rows] == [4]
    with i18n.using(catalogue(Language.UK)):
        assert str(month_first[0]).startswith(
            "рядок 2: Дата народження: «03/09/1990»: у цьому файлі дати записано місяцем наперед"
        )


def test_a_day_first_file_reads_as_before(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    rows = [
        HEAD,
        ["полонений", "Андрієнко", "Олег", "03/09/1990"],
        ["полонений", "Бойко", "Петро", "31/12/1990"],
    ]
    path = write_csv(tmp_path / "day-first.csv", rows, "utf-8", ";")
    plan = _plan(db, supervisor, path, today)
    assert plan.problems == []
    assert [r.values["date_of_birth"] for r in plan.valid_rows] == ["1990-09-03", "1990-12-31"]
