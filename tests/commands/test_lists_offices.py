"""``ombuds-desk import / export`` with lists as other offices write them: encodings
detected or refused with the choice, the first 200 problems and the count, a register moved
to a new database (its caseworkers are not staff there), a dry run that writes nothing at
all, an export to an extension it does not write refused."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, password_file, query, run, run_on
from tests.services.helpers import register
from tests.services.lists.office_lists import RUSSIAN, write_list
from tests.services.table_files import write_csv


def dump(path: Path) -> list[str]:
    """Every statement that would rebuild the database: equal means nothing was written."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def names(db_path: Path) -> set[str]:
    return {r[0] for r in query(db_path, "SELECT family_name FROM person")}


def test_a_koi8_list_imports_as_written(tmp_path: Path, db_path: Path, caseworker: User) -> None:
    path = write_list(tmp_path / "обмен.csv", RUSSIAN, "koi8-r")
    result = run_on(db_path, "import", "persons", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 4, updated 0, unchanged 0, skipped 0"
    assert names(db_path) == {"Шевченко", "Иванова", "ПЕТРОВ", "Сидорова"}
    sexes = query(db_path, "SELECT family_name, sex, category, status FROM person")
    assert ("Иванова", "female", "captive", "listed_for_exchange") in sexes


def test_a_wrong_encoding_is_refused_offering_the_choice(
    tmp_path: Path, db_path: Path, caseworker: User
) -> None:
    """The issue's file: KOI8-R read as 1251 gave "ыЕЧЮЕОЛП" with exit 0."""
    path = write_list(tmp_path / "обмен.csv", RUSSIAN, "koi8-r")
    result = run_on(db_path, "import", "persons", str(path), "--encoding", "cp1251", cwd=tmp_path)
    line = one_error_line(result)
    assert "does not read as text in the encoding chosen, Windows-1251" in line
    assert "it gives words such as “жБНЙМЙС”" in line  # Фамилия, the first garbled word
    assert line.endswith(
        "Choose it with --encoding NAME: utf-8, utf-16, utf-16-le, utf-16-be, cp1251, koi8-r, "
        "koi8-u, cp866, mac-cyrillic, cp1252."
    )
    assert names(db_path) == set()


def test_thousands_of_problems_report_the_first_200_and_the_count(
    tmp_path: Path, db_path: Path, caseworker: User
) -> None:
    rows = [["family_name", "given_name", "category"]]
    rows += [[f"Іваненко{n}", "Петро", "captive"] for n in range(1500)]  # a digit in a name
    path = write_csv(tmp_path / "shifted.csv", rows)
    result = run_on(db_path, "import", "persons", str(path), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 202
    assert lines[0] == "line 2: family_name: must contain letters only"
    assert lines[199].startswith("line 201: family_name:")
    assert lines[200] == "… and more problems: 1300; 1500 in all"
    assert lines[201].startswith("ombuds-desk: 1500 problems in shifted.csv; nothing was")


def test_a_dry_run_writes_nothing_at_all(tmp_path: Path, db_path: Path, caseworker: User) -> None:
    """Not the sign-in, not the last sign-in time: the file is as it was, statement for
    statement (today a dry run recorded its sign-in and touched the user's row)."""
    path = write_list(tmp_path / "обмен.csv", RUSSIAN, "cp866")
    before = dump(db_path)
    result = run_on(db_path, "import", "persons", str(path), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "dry run, nothing written: would add 4, update 0, unchanged 0, skip 0"
    )
    assert dump(db_path) == before


def test_a_dry_run_creates_no_database(tmp_path: Path) -> None:
    path = write_list(tmp_path / "обмен.csv", RUSSIAN, "utf-8")
    missing = tmp_path / "typo.sqlite3"
    result = run_on(missing, "import", "persons", str(path), "--dry-run", cwd=tmp_path)
    assert one_error_line(result) == (
        f"ombuds-desk: There is no database at {missing}; a dry run creates none."
    )
    assert not missing.exists()


def test_a_dry_run_with_a_wrong_password_is_on_record(
    tmp_path: Path, db_path: Path, caseworker: User
) -> None:
    path = write_list(tmp_path / "обмен.csv", RUSSIAN, "utf-8")
    wrong = password_file(tmp_path, "o.bondar", "not-the-password")
    result = run(
        "import", "persons", str(path), "--dry-run", "--db", str(db_path),
        "--user", "o.bondar", "--password-file", str(wrong), cwd=tmp_path,
    )  # fmt: skip
    assert one_error_line(result) == "ombuds-desk: Wrong user name or password."
    failed = query(db_path, "SELECT count(*) FROM audit_entry WHERE action = 'sign_in_failed'")
    assert failed == [(1,)]
    assert query(db_path, "SELECT failed_sign_ins FROM user WHERE username = 'o.bondar'") == [(1,)]


def test_a_register_moves_to_a_new_database(
    tmp_path: Path,
    db_path: Path,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    """Exported from one office's database, imported into a new one where none of its
    caseworkers work: every case arrives, unassigned, with a warning each."""
    register(db, caseworker, today, date_of_birth="14.03.1985", captured_at="Купʼянськ")
    register(db, caseworker, today, category="evacuee", family_name="Сидоренко")
    exported = tmp_path / "register.ods"
    result = run_on(db_path, "export", "persons", str(exported), cwd=tmp_path, user="s.melnyk")
    assert result.returncode == 0, result.stderr
    assert read_table(exported).kind == "ods"
    new = tmp_path / "new.sqlite3"
    made = run(
        "init", "--db", str(new), "--office", "Новий офіс", "--admin", "admin",
        "--password-file", str(password_file(tmp_path, "admin")), cwd=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    before = dump(new)
    dry = run_on(new, "import", "persons", str(exported), "--dry-run", cwd=tmp_path, user="admin")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == (
        "dry run, nothing written: would add 2, update 0, unchanged 0, skip 0"
    )
    assert dump(new) == before
    result = run_on(new, "import", "persons", str(exported), cwd=tmp_path, user="admin")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 2, updated 0, unchanged 0, skipped 0"
    warnings = [w for w in result.stderr.splitlines() if w.startswith("warning:")]
    assert warnings == [
        f"warning: line {n}: assigned_to: “o.bondar” is not on the staff here, so the case is "
        "left unassigned; assign it after the import"
        for n in (2, 3)
    ]
    moved = query(new, "SELECT case_number, family_name, captured_at, assigned_to_id FROM person")
    original = query(db_path, "SELECT case_number, family_name, captured_at FROM person")
    assert sorted(m[:3] for m in moved) == sorted(original)
    assert {m[3] for m in moved} == {None}
    again = run_on(new, "import", "persons", str(exported), cwd=tmp_path, user="admin")
    assert again.stdout.strip() == "added 0, updated 0, unchanged 2, skipped 0"


def test_an_export_to_an_extension_it_does_not_write_is_refused(
    tmp_path: Path, db_path: Path, db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    register(db, caseworker, today)
    before = dump(db_path)
    for name in ("persons.txt", "persons"):
        result = run_on(
            db_path, "export", "persons", str(tmp_path / name), cwd=tmp_path, user="s.melnyk"
        )
        line = one_error_line(result)
        assert "an export is written as .csv, .xlsx or .ods" in line
        assert not (tmp_path / name).exists()
    assert dump(db_path) == before  # no disclosure on record, no sign-in either
