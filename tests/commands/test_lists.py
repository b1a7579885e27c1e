"""``ombuds-desk import / export / find / duplicates`` run as a user runs them (a process)."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.lists.archives import read_encrypted
from ombuds_desk.services.lists.import_columns import PERSON_COLUMNS
from ombuds_desk.services.lists.tabular_files import cell_text, read_table
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, password_file, query, run_on
from tests.services.helpers import register
from tests.services.table_files import write_csv

HEAD = ["family_name", "given_name", "category", "date_of_birth"]
GOOD = [["Іваненко", "Петро", "captive", "1985"], ["Коваль", "Ганна", "evacuee", "14.03.1985"]]
BAD = [["", "Олег", "captive", "1990"], ["Петренко", "Олег", "captive", "31.02.1990"]]
PROBLEM_LINE = re.compile(r"^line \d+: \w+: .+$")


def texts(cells: Sequence[Any]) -> list[str]:
    found = [cell_text(c) or "" for c in cells]
    while found and not found[-1]:
        found.pop()
    return found


def names(db_path: Path) -> list[str]:
    return sorted(r[0] for r in query(db_path, "SELECT family_name FROM person"))


@pytest.fixture
def mixed(tmp_path: Path, caseworker: User) -> Path:
    """Good rows on lines 2 and 4, bad ones on lines 3 and 5 (Windows-1251, semicolons)."""
    rows = [HEAD, GOOD[0], BAD[0], GOOD[1], BAD[1]]
    return write_csv(tmp_path / "list.csv", rows, "cp1251", ";")


def test_problems_on_stderr_exit_1_nothing_written(
    tmp_path: Path, db_path: Path, mixed: Path
) -> None:
    result = run_on(db_path, "import", "persons", str(mixed), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    *problems, last = result.stderr.splitlines()
    assert problems == [
        "line 3: family_name: is required",
        "line 5: date_of_birth: 31.02.1990 does not exist",
    ]
    assert all(PROBLEM_LINE.match(line) for line in problems)
    assert last.startswith("ombuds-desk: 2 problems in list.csv; nothing was imported")
    assert names(db_path) == []


def test_dry_run_writes_nothing(tmp_path: Path, db_path: Path, mixed: Path) -> None:
    result = run_on(
        db_path,
        "import",
        "persons",
        str(mixed),
        "--dry-run",
        "--skip-invalid",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "dry run, nothing written: would add 2, update 0, unchanged 0, skip 2"
    )
    assert names(db_path) == []


def test_skip_invalid_writes_exactly_the_good_rows(
    tmp_path: Path, db_path: Path, mixed: Path
) -> None:
    result = run_on(
        db_path,
        "import",
        "persons",
        str(mixed),
        "--skip-invalid",
        "--encoding",
        "cp1251",
        "--delimiter",
        "semicolon",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 2, updated 0, unchanged 0, skipped 2"
    assert len(result.stderr.splitlines()) == 2  # the problems are still reported
    assert names(db_path) == ["Іваненко", "Коваль"]


def test_export_then_import_round_trip(
    tmp_path: Path, db_path: Path, db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    register(db, caseworker, today, date_of_birth="14.03.1985", service_number="AB-123")
    register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Сидоренко",
        given_name="Ганна",
        evacuated_from="Вовчанськ",
    )
    first, second = tmp_path / "persons.xlsx", tmp_path / "again.csv"
    exported = run_on(db_path, "export", "persons", str(first), cwd=tmp_path, user="s.melnyk")
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.startswith(f"Wrote 2 persons to {first}")
    # The disclosure is on record: one entry per person listed, by the supervisor.
    entries = query(
        db_path, "SELECT user_id, entity, changes FROM audit_entry WHERE action = 'export'"
    )
    assert [(user_id, entity) for user_id, entity, _ in entries] == [
        (supervisor.id, "person"),
        (supervisor.id, "person"),
    ]
    assert json.loads(entries[0][2]) == {
        "export": "persons",
        "file": "persons.xlsx",
        "rows": 2,
        "via": "command line",
        "columns": ", ".join(PERSON_COLUMNS),  # what the file holds
        "filter": "every case",
    }
    again = run_on(db_path, "import", "persons", str(first), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "added 0, updated 0, unchanged 2, skipped 0"
    evacuees = run_on(
        db_path,
        "export",
        "persons",
        str(second),
        "--category",
        "evacuee",
        cwd=tmp_path,
        user="s.melnyk",
    )
    assert evacuees.returncode == 0, evacuees.stderr
    (row,) = read_table(second).rows
    exported_row = next(r for r in read_table(first).rows if r.cells[1] == "evacuee")
    assert texts(row.cells) == texts(exported_row.cells)  # the same values, CSV or XLSX
    assert "Вовчанськ" in row.cells


def test_find_by_latin_spelling_as_json(
    tmp_path: Path, db_path: Path, db: Database, caseworker: User, today: date
) -> None:
    case = register(db, caseworker, today, date_of_birth="1985", icrc_number="UA-77").case_number
    register(db, caseworker, today, family_name="Петренко", given_name="Олег")
    result = run_on(db_path, "find", "ivanenko", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (found,) = json.loads(result.stdout)
    assert found == {
        "case_number": case,
        "name": "Іваненко Петро",
        "latin_name": "Ivanenko Petro",
        "category": "captive",
        "status": "registered",
        "date_of_birth": "1985",
        "service_number": None,
        "icrc_number": "UA-77",
    }


def test_duplicates_and_item_import(
    tmp_path: Path, db_path: Path, db: Database, caseworker: User, today: date
) -> None:
    one = register(
        db, caseworker, today, date_of_birth="1980", family_name="Харченко", given_name="Юрій"
    )
    two = register(
        db, caseworker, today, date_of_birth="1980", family_name="Kharchenko", given_name="Yurii"
    )
    result = run_on(db_path, "duplicates", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (found,) = json.loads(result.stdout)
    assert (found["first"]["case_number"], found["second"]["case_number"]) == (
        one.case_number,
        two.case_number,
    )
    letters = write_csv(
        tmp_path / "letters.csv",
        [
            ["case_number", "kind", "direction", "author", "date_received"],
            [one.case_number, "letter", "to_person", "Мати", date(2026, 11, 1).isoformat()],
            ["CAP-2026-09999", "letter", "to_person", "Мати", ""],
        ],
    )
    refused = run_on(db_path, "import", "items", str(letters), cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == "line 3: case_number: no case numbered CAP-2026-09999"
    done = run_on(db_path, "import", "items", str(letters), "--skip-invalid", cwd=tmp_path)
    assert done.stdout.strip() == "added 1, skipped 1"


def test_a_caseworker_exports_no_personal_data(
    tmp_path: Path, db_path: Path, db: Database, caseworker: User, today: date
) -> None:
    case = register(db, caseworker, today).case_number
    for args in (["persons", "all.csv"], ["items", case, "items.csv"]):
        line = one_error_line(run_on(db_path, "export", *args, cwd=tmp_path))
        assert line == (
            "ombuds-desk: Only a supervisor or admin can export personal data; you are signed "
            "in as a caseworker."
        )
    assert not (tmp_path / "all.csv").exists() and not (tmp_path / "items.csv").exists()
    assert query(db_path, "SELECT COUNT(*) FROM audit_entry WHERE action = 'export'") == [(0,)]


def test_an_export_written_as_an_encrypted_archive(
    tmp_path: Path, db_path: Path, db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    register(db, caseworker, today, family_name="Сидоренко", given_name="Ганна")
    secret = password_file(tmp_path, "archive", "архів-пароль-2026")
    target = tmp_path / "persons.csv"
    done = run_on(
        db_path,
        "export",
        "persons",
        str(target),
        "--search",
        "Сидоренко",
        "--archive-password-file",
        str(secret),
        cwd=tmp_path,
        user="s.melnyk",
    )
    assert done.returncode == 0, done.stderr
    archive = tmp_path / "persons.csv.zip"
    assert done.stderr.startswith(f"Wrote 1 person to {archive} (an AES-encrypted archive")
    assert not target.exists() and stat.S_IMODE(archive.stat().st_mode) == 0o600
    members = read_encrypted(archive, "архів-пароль-2026")
    assert "Сидоренко" in members["persons.csv"].decode("utf-8-sig")
    (changes,) = query(db_path, "SELECT changes FROM audit_entry WHERE action = 'export'")
    details = json.loads(changes[0])
    assert details["file"] == "persons.csv.zip" and details["filter"] == "search: Сидоренко"
    assert "AES-256" in details["encrypted"] and "архів-пароль" not in changes[0]
    short = password_file(tmp_path, "short", "short")
    refused = run_on(
        db_path,
        "export",
        "persons",
        str(tmp_path / "b.csv"),
        "--archive-password-file",
        str(short),
        cwd=tmp_path,
        user="s.melnyk",
    )
    assert "use at least 10" in one_error_line(refused)
    assert not list(tmp_path.glob("b.csv*"))
