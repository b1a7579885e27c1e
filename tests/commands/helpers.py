"""Running ``ombuds-desk`` as a user runs it (``python -m ombuds_desk`` in a process), and
reading what it wrote, for the tests of the command line and of each command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any


def environment(folder: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment, with every default location inside ``folder``."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("OMBUDS_DESK_DB", "PYTEST_ADDOPTS")
    }
    environment |= {"HOME": str(folder), "XDG_DATA_HOME": str(folder / "data")}
    return environment | (env or {})


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ombuds_desk", *args],
        cwd=cwd,
        env=environment(cwd, env),
        capture_output=True,
        text=True,
        timeout=240,
    )


def run_on(
    db_path: Path, *args: str, cwd: Path, user: str = "o.bondar"
) -> subprocess.CompletedProcess[str]:
    """``ombuds-desk ARGS --db DB_PATH --user USER``: a command on the test's database, as the
    caseworker of ``tests/conftest.py`` unless another user is named."""
    return run(*args, "--db", str(db_path), "--user", user, cwd=cwd)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ombuds-desk: ")
    return lines[0]


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()
