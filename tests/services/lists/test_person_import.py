"""Person import: every file form, every problem with its line, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.people import CaseNote, Person, StatusEvent
from ombuds_desk.services.cases.persons import find_by_case_number
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.core.phrases import said
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.services.helpers import everything, register
from tests.services.table_files import write_csv, write_xlsx

HEAD = ["family_name", "given_name", "category", "date_of_birth"]


def _plan(db: Database, actor: User, path: Path, today: date, **kw: Any) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, actor, read_table(path), today=today, **kw)


def _counts(db: Database) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(
            session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Person, StatusEvent, CaseNote, AuditEntry)
        )


def _people(db: Database) -> dict[str, Person]:
    with db.reading() as session:
        return {p.family_name: p for p in session.execute(select(Person)).scalars()}


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("a.csv", "utf-8", ","),
        ("b.csv", "cp1251", ";"),
        ("c.csv", "utf-16", "\t"),
        ("d.csv", "utf-8-sig", ";"),
        ("e.xlsx", None, None),
    ],
)
def test_every_date_form_in_every_file_form(
    db: Database,
    admin: User,
    today: date,
    tmp_path: Path,
    name: str,
    encoding: str | None,
    delimiter: str | None,
) -> None:
    rows: list[Sequence[str | date]] = [
        HEAD,
        ["Іваненко", "Петро", "captive", "1985-03-14"],
        ["Петренко", "Олег", "captive", "14.03.1985"],
        ["Сидоренко", "Іван", "evacuee", "14/03/1985"],
        ["Коваль", "Ганна", "evacuee", "1985"],
    ]
    if encoding is None:
        rows.append(["Ґонта", "Юрій", "captive", date(1985, 3, 14)])
        path = write_xlsx(tmp_path / name, rows)
    else:
        assert delimiter is not None
        path = write_csv(tmp_path / name, rows, encoding, delimiter)
    plan = _plan(db, admin, path, today)
    assert plan.problems == []
    summary = run_import(db, admin, plan, today=today)
    assert (summary.added, summary.skipped) == (len(rows) - 1, 0)
    people = _people(db)
    assert {k: p.date_of_birth for k, p in people.items()} == {
        "Іваненко": "1985-03-14",
        "Петренко": "1985-03-14",
        "Сидоренко": "1985-03-14",
        "Коваль": "1985",
        **({"Ґонта": "1985-03-14"} if encoding is None else {}),
    }
    assert people["Іваненко"].family_name_latin == "Ivanenko"
    assert people["Іваненко"].case_number == "CAP-2026-00001"


def test_every_problem_is_reported_with_its_line_and_column(
    db: Database, admin: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["case_number", *HEAD, "status", "assigned_to", "blocked_reason", "colour"],
            ["", "Іваненко", "Петро", "captive", "1985", "", "", "", "red"],
            ["", "", "Петро", "captive", "1985", "", "", "", ""],
            ["", "Петренко", "Олег", "captive", "31.02.1990", "", "", "", ""],
            ["", "Сидоренко", "Іван", "tourist", "", "", "", "", ""],
            ["", "Коваль", "Ганна", "evacuee", "", "freed", "", "", ""],
            ["CAP-2026-00777", "Бойко", "Іван", "captive", "", "", "", "", ""],
            ["cap-2026-00777", "Бойко", "Іван", "captive", "", "", "", "", ""],
            ["", "Мороз", "Ігор", "captive", "", "returned", "", "", ""],
            ["XYZ-1", "Гнатюк", "Ігор", "captive", "", "", "", "", ""],
            ["", "Левченко", "Ігор", "captive", "", "", "nobody", "", ""],
            ["", "Ткаченко", "Ігор", "captive", "", "repatriated", "o.bondar", "No contact", ""],
            ["", "Шевчук", "Ігор", "captive", "2031", "", "Олег Бондар", "", ""],
        ],
    )
    plan = _plan(db, admin, path, today)
    assert [str(p) for p in plan.problems] == [
        "line 1: colour: unknown column",
        "line 3: family_name: is required",
        "line 4: date_of_birth: 31.02.1990 does not exist",
        "line 5: category: must be captive or evacuee",
        "line 6: status: “freed” is not a status",
        "line 8: case_number: CAP-2026-00777 appears again (first on line 7)",
        "line 9: status: “Returned” is not a status for a captive",
        "line 10: case_number: no case numbered XYZ-1; leave it empty for a new case",
        "line 12: blocked_reason: a case closed as “Repatriated” cannot be blocked",
        "line 13: date_of_birth: is in the future",
    ]
    assert [r.line for r in plan.valid_rows] == [2, 7, 11]
    # A caseworker not on the staff here is no reason to refuse the row: a warning.
    assert [str(w) for w in plan.warnings] == [
        "line 11: assigned_to: “nobody” is not on the staff here, so the case is left "
        "unassigned; assign it after the import",
    ]


def test_a_digit_in_a_name_blames_the_name_not_its_latin_form(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "digits.csv",
        [
            [*HEAD, "family_name_latin"],
            ["Smith2", "John", "captive", "1985", ""],
            ["Тестенко1", "Петро", "captive", "1985", ""],
            ["Тестенко", "Петро1", "captive", "1985", "Testenko"],
        ],
    )
    plan = _plan(db, admin, path, today)
    assert [str(p) for p in plan.problems] == [
        "line 2: family_name: must contain letters only",
        "line 3: family_name: must contain letters only",
        "line 4: given_name: must contain letters only",
    ]


def test_dry_run_and_a_bad_row_write_nothing(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    register(db, admin, today)
    before = _counts(db)
    path = write_csv(
        tmp_path / "one_bad.csv",
        [HEAD, ["Петренко", "Олег", "captive", "1985"], ["Бойко", "", "captive", "1985"]],
    )
    plan = _plan(db, admin, path, today)
    assert len(plan.problems) == 1 and _counts(db) == before
    with pytest.raises(ValidationError, match=r"line 3: given_name: is required.*Nothing"):
        run_import(db, admin, plan, today=today)
    assert _counts(db) == before


def test_skip_invalid_writes_exactly_the_good_rows(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "mixed.csv",
        [
            HEAD,
            ["Петренко", "Олег", "captive", "1985"],
            ["Бойко", "", "captive", "1985"],
            ["Мороз", "Ігор", "evacuee", "31.02.1990"],
            ["Гнатюк", "Ганна", "evacuee", ""],
        ],
    )
    summary = run_import(db, admin, _plan(db, admin, path, today), skip_invalid=True, today=today)
    assert (summary.added, summary.updated, summary.skipped) == (2, 0, 2)
    assert set(_people(db)) == {"Петренко", "Гнатюк"}
    assert summary.case_numbers == {2: "CAP-2026-00001", 5: "EVA-2026-00001"}


def test_case_numbers_update_keep_or_assign(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    known = register(db, admin, today, family_name="Іваненко", home_region="Харківська")
    path = write_csv(
        tmp_path / "numbers.csv",
        [
            ["case_number", "family_name", "given_name", "category", "citizenship", "notes"],
            ["", "Новенко", "Ігор", "captive", "", ""],
            [known.case_number.lower(), "", "", "", "UA", "Лист від дружини"],
            ["CAP-2025-00042", "Старенко", "Ігор", "", "", ""],
        ],
    )
    plan = _plan(db, admin, path, today)
    assert [r.action for r in plan.rows] == ["add", "update", "add"]
    summary = run_import(db, admin, plan, today=today)
    assert (summary.added, summary.updated) == (2, 1)
    people = _people(db)
    assert people["Іваненко"].citizenship == "UA"
    assert people["Іваненко"].home_region == "Харківська"  # an empty cell changes nothing
    assert people["Старенко"].case_number == "CAP-2025-00042"
    assert people["Новенко"].case_number == "CAP-2026-00002"
    again = run_import(db, admin, plan, today=today)  # numbered rows change nothing twice
    assert (again.added, again.updated, again.unchanged) == (1, 0, 2)
    with db.reading() as session:
        notes = session.execute(select(col(CaseNote.text))).scalars().all()
    assert notes == ["Лист від дружини"]


def test_status_and_block_are_recorded_as_imported(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date, tmp_path: Path
) -> None:
    mine = register(db, caseworker, today, family_name="Мороз")
    path = write_csv(
        tmp_path / "statuses.csv",
        [
            [
                "case_number",
                "family_name",
                "given_name",
                "category",
                "status",
                "status_date",
                "blocked_reason",
            ],
            ["", "Новенко", "Ігор", "captive", "listed for exchange", "01.10.2026", ""],
            [
                "",
                "Старенко",
                "Ігор",
                "evacuee",
                "AWAITING_ACCEPTANCE",
                "",
                "Home country does not accept",
            ],
            [mine.case_number, "", "", "", "confirmed", "", ""],
        ],
    )
    run_import(db, caseworker, _plan(db, caseworker, path, today), today=today)
    people = _people(db)
    new = people["Новенко"]
    assert (new.status, new.status_since) == (CaseStatus.LISTED_FOR_EXCHANGE, date(2026, 10, 1))
    assert people["Старенко"].blocked
    assert people["Старенко"].blocked_reason == "Home country does not accept"
    assert people["Мороз"].status is CaseStatus.CONFIRMED
    with db.reading() as session:
        events = session.execute(
            select(
                col(StatusEvent.person_id), col(StatusEvent.kind), col(StatusEvent.reason)
            ).order_by(col(StatusEvent.id))
        ).all()
    imported = "Imported from statuses.csv"
    assert (new.id, StatusEventKind.CORRECTION, imported) in events
    assert (mine.id, StatusEventKind.CHANGE, imported) in events
    assert (people["Старенко"].id, StatusEventKind.BLOCKED, None) in events
    jump = write_csv(
        tmp_path / "jump.csv",
        [["case_number", "status"], [mine.case_number, "repatriated"]],
    )
    assert [str(p) for p in _plan(db, caseworker, jump, today).problems] == [
        "line 2: status: “Confirmed” cannot change to “Repatriated”; it can change to "
        "“Listed for exchange”, “Released”, “Resettled”, “Deceased”, “Closed”; "
        "only a supervisor or admin can import this as a correction"
    ]
    run_import(db, supervisor, _plan(db, supervisor, jump, today), today=today)
    with db.reading() as session:
        jumped = find_by_case_number(session, mine.case_number)
        assert jumped is not None and jumped.status is CaseStatus.REPATRIATED


def test_reassigning_a_case_by_import_is_a_supervisors(
    db: Database, caseworker: User, supervisor: User, today: date, tmp_path: Path
) -> None:
    mine = register(db, caseworker, today, family_name="Мороз")
    path = write_csv(
        tmp_path / "assign.csv",
        [
            ["case_number", "family_name", "given_name", "category", "assigned_to"],
            [mine.case_number, "", "", "", "s.melnyk"],
            ["", "Новенко", "Ігор", "captive", "s.melnyk"],  # a new case may be anyone's
        ],
    )
    plan = _plan(db, caseworker, path, today)
    assert [str(p) for p in plan.problems] == [
        "line 2: assigned_to: only a supervisor or admin can reassign a case"
    ]
    before = everything(db)
    with pytest.raises(ValidationError, match="Nothing was imported"):
        run_import(db, caseworker, plan, today=today)
    assert everything(db) == before
    run_import(db, caseworker, plan, skip_invalid=True, today=today)
    people = _people(db)
    assert people["Мороз"].assigned_to_id == caseworker.id
    assert people["Новенко"].assigned_to_id == supervisor.id
    run_import(db, supervisor, _plan(db, supervisor, path, today), today=today)
    assert _people(db)["Мороз"].assigned_to_id == supervisor.id


def test_russian_and_ukrainian_headers(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ru.csv",
        [
            ["Фамилия", "Имя", "Отчество", "Категория", "Дата рождения", "Личный номер"],
            ["Иванов", "Пётр", "Ильич", "Captive", "1980", "АБ-123"],
        ],
    )
    uk = write_csv(
        tmp_path / "uk.csv",
        [
            ["ПРІЗВИЩЕ", "Ім’я", "По батькові", "Категорія", "Дата народження", "Стать"],
            ["Пʼятницька", "Євгенія", "Іванівна", "evacuee", "02.01.1990", "female"],
        ],
    )
    for file in (path, uk):
        plan = _plan(db, admin, file, today)
        assert plan.problems == []
        run_import(db, admin, plan, today=today)
    people = _people(db)
    assert people["Иванов"].service_number == "АБ-123"
    assert people["Пʼятницька"].patronymic == "Іванівна"


def test_plan_warns_of_likely_duplicates(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    known = register(
        db, admin, today, family_name="Харченко", given_name="Юрій", date_of_birth="1985"
    )
    path = write_csv(
        tmp_path / "dup.csv",
        [
            HEAD,
            ["Kharchenko", "Yurii", "captive", "12.05.1985"],
            ["Kharchenko", "Yurii", "captive", "1986"],
        ],
    )
    plan = _plan(db, admin, path, today)
    assert [c.person_id for c in plan.rows[0].duplicates] == [known.id]
    assert plan.rows[1].duplicates == []


def test_a_name_with_latin_look_alike_letters_is_warned_of_on_its_row_and_kept_as_typed(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "mixed.csv",
        [
            ["Прізвище", "Ім'я", "category", "date_of_birth"],
            ["Шевчeнко", "Тарас", "captive", "1985"],  # a Latin e
            ["Коваль", "Іринa Петрівнa", "evacuee", "1990"],  # Latin a twice
            ["Ivanоv", "Petr", "captive", "1970"],  # a Cyrillic о
            ["Бондаренко", "Ivan", "captive", "1975"],  # one script a word: as written
        ],
    )
    plan = _plan(db, admin, path, today, check_duplicates=False)
    assert not [p for row in plan.rows for p in row.problems]
    tail = (
        ". They look the same, but sorting, printouts and other programs take them for other "
        "letters. It is imported as it is: correct it in the case."
    )
    assert [(w.line, w.column, str(w.message)) for w in plan.warnings] == [
        (2, "Прізвище", "“Шевчeнко” has Latin letters among Cyrillic ones: “e” (letter 5)" + tail),
        (
            3,
            "Ім'я",
            "“Іринa Петрівнa” has Latin letters among Cyrillic ones: “a” (letter 5), “a” "
            "(letter 14)" + tail,
        ),
        (4, "Прізвище", "“Ivanоv” has Cyrillic letters among Latin ones: “о” (letter 5)" + tail),
    ]
    with i18n.using(catalogue(Language.UK)):
        ukrainian = said(plan.warnings[1].message)
    assert ukrainian.startswith(
        "«Іринa Петрівнa» містить латинські літери серед кириличних: «a» (літера 5), «a» "
        "(літера 14)."
    )
    run_import(db, admin, plan, today=today)
    assert {"Шевчeнко", "Коваль", "Ivanоv", "Бондаренко"} == set(_people(db))
    assert _people(db)["Коваль"].given_name == "Іринa Петрівнa"  # as typed


def test_cancel_writes_nothing(db: Database, admin: User, today: date, tmp_path: Path) -> None:
    rows = [HEAD, *[["Іваненко", "Петро", "captive", "1985"]] * 1200]
    path = write_csv(tmp_path / "many.csv", rows)
    plan = _plan(db, admin, path, today, check_duplicates=False)
    before = _counts(db)
    calls: list[int] = []
    with pytest.raises(OperationCancelledError):
        run_import(
            db,
            admin,
            plan,
            today=today,
            progress=lambda d, t: calls.append(d),
            is_cancelled=lambda: bool(calls),
        )
    assert calls == [500] and _counts(db) == before


KILLED_IMPORT = r"""
import sys
from datetime import date
import ombuds_desk.domain.models  # every table, as the app loads them
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.services.core.users import user_named
from ombuds_desk.store.database import open_database

db = open_database(sys.argv[1])
with db.reading() as session:
    admin = user_named(session, "admin")
today = date(2026, 11, 26)
with db.reading() as session:
    plan = plan_import(session, admin, read_table(sys.argv[2]), today=today,
                       check_duplicates=False)
print("planned", len(plan.valid_rows), flush=True)
run_import(db, admin, plan, today=today, progress=lambda d, t: print("written", d, flush=True))
print("finished", flush=True)
"""


def test_a_killed_import_leaves_the_database_as_it_was(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    register(db, admin, today)
    before = _counts(db)
    families = ["Іваненко", "Харченко", "П’ятницька", "Коваль", "Бойко", "Мороз", "Ґонта"]
    givens = ["Петро", "Юрій", "Євгенія", "Олег", "Ганна", "Ігор"]
    rows = [[*HEAD, "status", "blocked_reason", "notes"]]
    for i in range(20_000):
        rows.append(
            [
                families[i % 7],
                givens[i % 6],
                "captive" if i % 3 else "evacuee",
                f"{1950 + i % 50}",
                "",
                "No contact" if i % 10 == 0 else "",
                "Лист",
            ]
        )
    path = write_csv(tmp_path / "big.csv", rows, "cp1251", ";")
    seen: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, db.url, str(path)],
        cwd=Path(__file__).resolve().parents[3],  # the checkout, whose code it imports
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line.strip())
            if line.startswith("written") and int(line.split()[1]) >= 1500:
                os.kill(process.pid, signal.SIGKILL)  # mid-transaction: 1,500 rows written
                break
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert seen[0] == "planned 20000" and "finished" not in seen
    if db.path is not None:  # SQLite: the file itself is whole
        connection = sqlite3.connect(db.path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            connection.close()
    assert _counts(db) == before
