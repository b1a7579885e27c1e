"""The ``ombuds-desk`` command, run as a user runs it (in a process): the parser and the
one-line errors every command shares.

Each command's own tests are in ``tests/commands/``, one file a module.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.commands.helpers import one_error_line, run


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    for word in ("init", "demo", "--db", "--demo", "--user"):
        assert word in result.stdout
    assert run("demo", "--help", cwd=tmp_path).returncode == 0


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


def test_a_new_path_is_created_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "offce.sqlite3"
    result = run("stats", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"no database at {path}; a new, empty one was created" in result.stderr
