"""What the import dialog shows and runs, without the dialog: the problems table, the texts of
a plan, the possible duplicates, and the check and import work (cancel included)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.import_summary import PlanSummary, TableSource
from ombuds_desk.services.lists.item_import import ItemImportPlan
from ombuds_desk.services.lists.person_import import ImportPlan
from ombuds_desk.services.lists.person_import_writer import ImportSummary
from ombuds_desk.services.lists.tabular_files import ImportProblem, read_table
from ombuds_desk.services.lists.text_encodings import GarbledTextError
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.background_job import JobCancelledError
from ombuds_desk.ui.common.translators import install_translators, uninstall_translators
from ombuds_desk.ui.lists.import_problems_model import (
    check_work,
    counts_text,
    duplicate_rows,
    import_work,
    problems_model,
    read_work,
)
from tests.services.helpers import register
from tests.services.lists.office_lists import RUSSIAN, write_list
from tests.services.table_files import write_csv
from tests.ui.helpers import ALL_NAMES

HEAD = ["family_name", "given_name", "category", "date_of_birth"]


def no_progress(done: int, total: int) -> None:
    pass


def never() -> bool:
    return False


def person_count(db: Database) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(Person)).scalar_one()


def checked(db: Database, actor: User, path: Path, today: date) -> PlanSummary:
    plan = check_work(True, db, actor, TableSource(path), today)(no_progress, never)
    assert isinstance(plan, PlanSummary) and plan.persons
    assert isinstance(plan.load_plan(), ImportPlan)
    return plan


def test_the_problems_table(qtmodeltester: ModelTester) -> None:
    model = problems_model(
        [
            ImportProblem(12, "family_name", "is required"),
            ImportProblem(3, "date_of_birth", "31.02.1990 does not exist"),
        ]
    )
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert titles == ["Line", "Column", "Problem"]
    assert model.index(0, 0).data() == "12"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)  # a number: right
    model.sort(0)  # line 3 before line 12: numbers, not text
    assert [row[0] for row in model.rows()] == [3, 12]
    qtmodeltester.check(model)


def test_a_person_plan_in_words(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    known = register(
        db, caseworker, today, family_name="Харченко", given_name="Юрій", date_of_birth="1980"
    )
    path = write_csv(
        tmp_path / "list.csv",
        [
            [*HEAD, "case_number"],
            ["Kharchenko", "Yurii", "captive", "1980", ""],
            ["Харченко", "Юрій", "captive", "1981", known.case_number],
            ["", "Олег", "captive", "1990", ""],
            ["Коваль", "Ганна", "evacuee", "1985", ""],
        ],
    )
    plan = checked(db, caseworker, path, today)
    assert counts_text(plan) == (
        "2 to add, 1 to update, 0 unchanged, 1 invalid"
        " — 1 new person may already have a case: see Possible duplicates"
    )
    ((line, name, case, why),) = duplicate_rows(plan)
    assert (line, name) == (2, "Kharchenko Yurii")
    assert case == f"{known.case_number} Харченко Юрій, born 1980"
    assert "1980" in why
    assert person_count(db) == 1  # a check writes nothing


def test_an_item_plan_in_words(db: Database, caseworker: User, today: date, tmp_path: Path) -> None:
    case = register(db, caseworker, today).case_number
    path = write_csv(
        tmp_path / "letters.csv",
        [
            ["case_number", "kind", "direction", "author"],
            [case, "letter", "to_person", "Мати"],
            ["CAP-2026-09999", "letter", "to_person", "Мати"],
        ],
    )
    plan = check_work(False, db, caseworker, read_table(path), today)(no_progress, never)
    assert isinstance(plan, PlanSummary) and not plan.persons
    assert isinstance(plan.load_plan(), ItemImportPlan)
    assert counts_text(plan) == "1 to add, 1 invalid"
    assert duplicate_rows(plan) == [] and duplicate_rows(None) == []


def test_a_cancelled_check_is_the_jobs_cancel(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "list.csv", [HEAD, ["Коваль", "Ганна", "evacuee", "1985"]])
    work = check_work(True, db, caseworker, read_table(path), today)
    with pytest.raises(JobCancelledError):
        work(no_progress, lambda: True)


def test_an_import_writes_all_or_nothing(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    names = [(family, given) for family, given, _ in ALL_NAMES]
    rows = [HEAD, *([*names[i % len(names)], "evacuee", str(1950 + i % 50)] for i in range(600))]
    plan = checked(db, caseworker, write_csv(tmp_path / "list.csv", rows), today)
    stop = False

    def progress(done: int, total: int) -> None:
        nonlocal stop
        stop = True  # cancel once the first batch is written (not yet committed)

    work = import_work(db, caseworker, plan, False, today)
    with pytest.raises(JobCancelledError):
        work(progress, lambda: stop)
    assert person_count(db) == 0
    summary = work(no_progress, never)
    assert isinstance(summary, ImportSummary) and summary.added == 600
    assert person_count(db) == 600


def test_an_items_import_runs_the_items_service(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    case = register(db, caseworker, today).case_number
    path = write_csv(
        tmp_path / "letters.csv",
        [["case_number", "kind", "direction", "author"], [case, "letter", "to_person", "Мати"]],
    )
    plan = check_work(False, db, caseworker, TableSource(path), today)(no_progress, never)
    assert isinstance(plan, PlanSummary)
    summary = import_work(db, caseworker, plan, False, today)(no_progress, never)
    assert str(summary) == "1 added, 0 skipped"
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(CorrespondenceItem))
        assert count.scalar_one() == 1


def test_a_garbled_file_is_refused_by_the_checks_worker_with_its_encoding(
    db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    """The worker reads the file: its refusal crosses back with the encoding to show."""
    path = write_list(tmp_path / "обмін.csv", RUSSIAN, "koi8-r")
    work = check_work(True, db, caseworker, TableSource(path, encoding="cp1251"), today)
    with pytest.raises(GarbledTextError) as caught:
        work(no_progress, never)
    assert caught.value.encoding == "cp1251" and "ыЕЧЮЕОЛП" in caught.value.words


def test_the_dialogs_reading_brings_back_the_first_rows_and_the_count(
    db: Database, tmp_path: Path
) -> None:
    rows = [HEAD, *(["Ґонта", f"Їжак {i}", "evacuee", "1985"] for i in range(120))]
    path = write_csv(tmp_path / "список.csv", rows, "cp1251", ";")
    whole = read_table(path)
    table, count = read_work(db, TableSource(path), 50)(no_progress, never)
    assert count == 120 and table.rows == whole.rows[:50]
    assert (table.headers, table.encoding, table.delimiter) == (HEAD, "cp1251", ";")
    garbled = write_list(tmp_path / "обмін.csv", RUSSIAN, "koi8-r")
    with pytest.raises(GarbledTextError) as caught:
        read_work(db, TableSource(garbled, encoding="cp1251"), 50)(no_progress, never)
    assert caught.value.encoding == "cp1251"


def test_the_dialogs_reading_says_why_a_file_is_refused_in_the_windows_language(
    db: Database, tmp_path: Path, qapp: QApplication
) -> None:
    """The worker that reads the file has no translator of its own: it is told the window's
    language, so the refusal reads as the rest of the window does."""
    empty = tmp_path / "порожній.csv"
    empty.write_bytes(b"")
    install_translators(qapp, Language.UK)
    try:
        with pytest.raises(ValidationError) as caught:
            read_work(db, TableSource(empty), 50)(no_progress, never)
    finally:
        uninstall_translators(qapp)
    assert "порожній: у ньому немає рядка заголовків" in str(caught.value)
