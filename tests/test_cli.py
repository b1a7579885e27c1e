"""The ``ombuds-desk`` command, run as a user runs it (``python -m ombuds_desk`` in a process),
and its window-opening path with a stand-in for the window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ombuds_desk.cli import main
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.people import Person
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("OMBUDS_DESK_DB", "PYTEST_ADDOPTS")
    }
    # Keep every default location inside the test's folder.
    environment |= {"HOME": str(cwd), "XDG_DATA_HOME": str(cwd / "data")}
    environment |= env or {}
    return subprocess.run(
        [sys.executable, "-m", "ombuds_desk", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=240,
    )


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ombuds-desk: ")
    return lines[0]


def query(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    for word in ("init", "demo", "--db", "--demo", "--user"):
        assert word in result.stdout
    assert run("demo", "--help", cwd=tmp_path).returncode == 0


def test_init_creates_a_migrated_database_even_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "office.sqlite3"
    result = run("init", "--db", str(path), "--office", "Бюро омбудсмана", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    assert query(path, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    assert query(path, "SELECT value FROM office_setting WHERE key = 'office_name'") == [
        ("Бюро омбудсмана",)
    ]
    assert query(path, "SELECT COUNT(*) FROM person") == [(0,)]
    again = run("init", "--db", str(path), cwd=tmp_path)  # idempotent
    assert again.returncode == 0, again.stderr


def test_init_without_db_uses_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = run("init", cwd=tmp_path, env={"OMBUDS_DESK_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


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


@pytest.mark.parametrize("command", [["init"], ["demo", "--persons", "3"], []])
def test_a_file_that_is_not_a_database_is_one_line_and_left_alone(
    tmp_path: Path, command: list[str]
) -> None:
    garbage = tmp_path / "x.sqlite3"
    garbage.write_text("hello\n")
    line = one_error_line(run(*command, "--db", str(garbage), cwd=tmp_path))
    assert str(garbage) in line and "not an Ombuds Desk database" in line
    assert garbage.read_text() == "hello\n"


def test_a_folder_where_a_file_should_be_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    line = one_error_line(run("init", "--db", str(tmp_path / "folder"), cwd=tmp_path))
    assert "folder" in line


def test_a_parent_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a folder")
    line = one_error_line(
        run("init", "--db", str(tmp_path / "notes.txt" / "db.sqlite3"), cwd=tmp_path)
    )
    assert "notes.txt" in line


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes read-only files"
)
def test_a_read_only_database_cannot_be_changed(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    assert run("init", "--db", str(path), cwd=tmp_path).returncode == 0
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        line = one_error_line(run("init", "--db", str(path), "--office", "X", cwd=tmp_path))
        assert "read-only" in line
    finally:
        tmp_path.chmod(0o755)


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/nothing"
    line = one_error_line(run("init", "--db", url, cwd=tmp_path))
    assert "127.0.0.1" in line


def test_an_unknown_kind_of_url_is_one_line(tmp_path: Path) -> None:
    line = one_error_line(run("init", "--db", "nosuchdb://somewhere/x", cwd=tmp_path))
    assert "nosuchdb" in line


class Window:
    """Stands in for the main window: records what it was opened on, returns at once."""

    def __init__(self) -> None:
        self.opened: list[tuple[Database, User]] = []

    def __call__(self, db: Database, actor: User, argv: list[str] | None = None) -> int:
        with db.reading() as session:
            persons = session.execute(select(func.count()).select_from(Person)).scalar_one()
        self.opened.append((db, actor))
        self.persons = persons
        return 0


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Window:
    import ombuds_desk.ui.shell.app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("OMBUDS_DESK_DB", raising=False)
    stand_in = Window()
    monkeypatch.setattr(ombuds_desk.ui.shell.app, "run_gui", stand_in)
    return stand_in


def test_demo_opens_the_demo_file_built_on_first_use(window: Window, tmp_path: Path) -> None:
    assert main(["--demo"]) == 0
    db, actor = window.opened[-1]
    assert db.demo and db.path == tmp_path / "data" / "ombuds-desk" / "ombuds-desk-DEMO.sqlite3"
    assert window.persons == 2500
    assert actor.role is Role.SUPERVISOR  # the login user, with cases "assigned to me"
    assert main(["gui", "--demo"]) == 0  # second start: the same file, not built again
    assert window.persons == 2500
    assert not (tmp_path / "data" / "ombuds-desk" / "ombuds-desk.sqlite3").exists()


def test_without_demo_the_real_database_starts_empty(window: Window, tmp_path: Path) -> None:
    assert main([]) == 0
    db, actor = window.opened[-1]
    assert not db.demo and db.path == tmp_path / "data" / "ombuds-desk" / "ombuds-desk.sqlite3"
    assert window.persons == 0
    assert actor.role is Role.ADMIN  # the first user of a new register


def test_demo_never_fills_an_existing_empty_register(window: Window, tmp_path: Path) -> None:
    real = tmp_path / "real.sqlite3"
    assert main(["init", "--db", str(real)]) == 0
    assert main(["--demo", "--db", str(real)]) == 0
    assert window.persons == 0
    fresh = tmp_path / "fresh-demo.sqlite3"
    assert main(["--demo", "--db", str(fresh)]) == 0
    assert window.persons == 2500 and window.opened[-1][0].demo


def test_a_new_path_is_created_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "offce.sqlite3"
    result = run("stats", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"no database at {path}; a new, empty one was created" in result.stderr
