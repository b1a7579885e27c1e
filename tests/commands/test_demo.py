"""``ombuds-desk demo``, run as a user runs it (a process)."""

from __future__ import annotations

from pathlib import Path

from ombuds_desk.domain.accounts import User
from tests.commands.helpers import one_error_line, query, run


def test_demo_builds_a_register_and_refuses_a_second_time(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--persons", "200", "--seed", "5", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "200 persons" in result.stdout and "Built in" in result.stdout
    assert query(path, "SELECT COUNT(*) FROM person") == [(200,)]
    assert query(path, "SELECT COUNT(DISTINCT category) FROM person") == [(2,)]
    line = one_error_line(run("demo", "--db", str(path), "--persons", "5", cwd=tmp_path))
    assert "already holds 200 persons" in line
    assert query(path, "SELECT COUNT(*) FROM person") == [(200,)]


def test_demo_never_marks_a_database_with_staff(db_path: Path, admin: User, tmp_path: Path) -> None:
    """A demo database signs its staff in without a password: an office's own database, even
    before its first case, never becomes one."""
    line = one_error_line(run("demo", "--db", str(db_path), "--persons", "5", cwd=tmp_path))
    assert line == (
        f"ombuds-desk: {db_path} has staff who sign in with passwords: demo data is built only "
        "into a new, empty database, never into a real one."
    )
    assert query(db_path, "SELECT COUNT(*) FROM person") == [(0,)]
    assert query(db_path, "SELECT COUNT(*) FROM office_setting WHERE key = 'demo_database'") == [
        (0,)
    ]


def test_demo_builds_a_national_registers_mail_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "national.sqlite3"
    args = ("--persons", "300", "--items", "4000", "--parcels", "150")
    result = run("demo", "--db", str(path), *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [(items,)] = query(path, "SELECT COUNT(*) FROM correspondence_item")
    [(parcels,)] = query(path, "SELECT COUNT(*) FROM parcel")
    assert abs(items - 4000) <= 40 and abs(parcels - 150) <= 2
    assert f"{items:,} letters and other items, {parcels:,} parcels" in result.stdout
    line = one_error_line(
        run("demo", "--db", str(tmp_path / "x.sqlite3"), "--items", "-5", cwd=tmp_path)
    )
    assert "items" in line and "a number from 0" in line
