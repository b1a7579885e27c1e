"""The summary of a checked plan the import dialog shows: the same counts, problems,
warnings and duplicates as the plan itself, the plan inside as bytes that load to an equal
plan; and the file read where the check runs (a ``TableSource``)."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.lists.import_report import SHOWN
from ombuds_desk.services.lists.import_summary import TableSource, summarize, table_of
from ombuds_desk.services.lists.item_import import plan_item_import
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.services.lists.text_encodings import GarbledTextError
from ombuds_desk.store.database import Database
from tests.services.helpers import register
from tests.services.table_files import write_csv

HEAD = ["family_name", "given_name", "category", "date_of_birth", "case_number"]


def test_a_person_summary_says_what_the_plan_says(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    known = register(
        db, caseworker, today, family_name="Харченко", given_name="Юрій", date_of_birth="1980"
    )
    bad = [["", "Олег", "captive", "1990", ""] for _ in range(SHOWN + 5)]  # more than shown
    path = write_csv(
        tmp_path / "список.csv",
        [
            HEAD,
            ["Kharchenko", "Yurii", "captive", "1980", ""],
            ["Харченко", "Юрій", "captive", "1981", known.case_number],
            ["Пʼятницька", "Ґанна", "evacuee", "1985", ""],
            *bad,
        ],
        delimiter=";",
    )
    with db.reading() as session:
        plan = plan_import(session, caseworker, read_table(path), today=today)
    summary = summarize(plan)
    assert summary.persons
    assert (summary.rows, summary.valid, summary.invalid) == (
        len(plan.rows),
        len(plan.valid_rows),
        len(plan.rows) - len(plan.valid_rows),
    )
    assert summary.actions == {a: plan.count(a) for a in ("add", "update", "unchanged")}
    assert summary.actions == {"add": 2, "update": 1, "unchanged": 0}
    assert summary.problems == plan.problems[:SHOWN] and len(summary.problems) == SHOWN
    assert summary.problem_count == len(plan.problems) > SHOWN
    assert summary.warnings == plan.warnings[:SHOWN]
    assert summary.warning_count == len(plan.warnings)
    (duplicate,) = summary.duplicates
    ((found,),) = [row.duplicates for row in plan.valid_rows if row.duplicates]
    assert duplicate == (
        2,
        "Kharchenko Yurii",
        known.case_number,
        found.name,
        found.birth_year,
        found.reasons,
    )
    assert (found.name, found.birth_year) == ("Харченко Юрій", 1980)
    assert summary.doubtful == 1
    again = summary.load_plan()
    assert isinstance(again, ImportPlan)
    assert again.rows == plan.rows and again.basis == plan.basis
    assert again.table.rows == plan.table.rows


def test_an_item_summary_counts_its_rows(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    case = register(db, caseworker, today).case_number
    path = write_csv(
        tmp_path / "листи.csv",
        [
            ["case_number", "kind", "direction", "author"],
            [case, "letter", "to_person", "Мати"],
            ["CAP-2026-09999", "letter", "to_person", "Мати"],
        ],
    )
    with db.reading() as session:
        plan = plan_item_import(session, read_table(path), today=today)
    summary = summarize(plan)
    assert not summary.persons and summary.actions == {} and summary.duplicates == []
    assert (summary.rows, summary.valid, summary.problem_count) == (2, 1, len(plan.problems))
    assert summary.load_plan().rows == plan.rows


def test_a_source_reads_its_file_as_the_dialog_read_it(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "обмін.csv", [HEAD, ["Ґонта", "Їжак", "evacuee", "1985", ""]], "cp1251", ";"
    )
    shown = read_table(path)
    table = table_of(TableSource(path, shown.encoding, shown.delimiter))
    assert (table.rows, table.headers, table.encoding) == (shown.rows, shown.headers, "cp1251")
    assert table_of(shown) is shown  # a table is used as it is


def test_a_garbled_text_error_keeps_its_encoding_across_processes() -> None:
    error = GarbledTextError("список.csv: «ыЕЧЮЕОЛП»", "cp1251", ["ыЕЧЮЕОЛП"])
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, GarbledTextError)
    assert (again.message, again.encoding, again.words) == (error.message, "cp1251", ["ыЕЧЮЕОЛП"])
    assert str(again) == str(error)
