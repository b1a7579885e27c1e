"""``ombuds-desk demo``, run as a user runs it (a process)."""

from __future__ import annotations

from pathlib import Path

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
