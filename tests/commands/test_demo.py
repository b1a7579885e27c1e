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
