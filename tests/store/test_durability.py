"""A confirmed save survives: SQLite syncs at every commit, and a process killed in the
middle of its saves leaves a whole database holding every change it reported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ombuds_desk.store.database import Database

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_durability.py"
KILLS = 10


def test_every_commit_is_synced(db: Database) -> None:
    with db.write_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_a_killed_process_loses_no_save_it_reported(tmp_path: Path) -> None:
    """The crash test of ``scripts/bench_durability.py`` with fewer kills: a forked child
    saves in bursts through the services, printing each change after its commit, and is
    killed with SIGKILL at random moments; after each kill the script checks the file's
    integrity, the audit chain and every reported change, and exits 1 on any problem."""
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--crash-only",
            "--kills",
            str(KILLS),
            "--folder",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    found = re.search(
        r"crash test: (\d+) kills \((\d+) in the middle of a save\), (\d+) reported changes "
        r"checked, (\d+) persons in the file, (\d+) problems",
        done.stdout,
    )
    assert found is not None, done.stdout
    kills, in_a_save, checked, persons, problems = map(int, found.groups())
    assert kills == KILLS and problems == 0
    assert in_a_save >= KILLS // 2  # the kills did land while saves were under way
    assert checked >= KILLS and persons >= KILLS
