"""A real ``ombuds-desk --demo --db FILE`` start for the start-up tests: a small demo register
made in the test's folder, a child process that runs a test's script (which wraps the main
window's ``show`` and prints what it saw as one line of JSON as the window gets there) with
the register's path as its first argument, and that line read back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from ombuds_desk.demo import builder
from ombuds_desk.store.database import open_database
from tests.commands.helpers import environment

ROOT = Path(__file__).resolve().parents[3]


def what_the_window_saw(script: str, folder: Path, *arguments: str) -> Any:
    """Run ``script`` on a 30-person demo register made in ``folder``; its last line, read."""
    path = folder / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(db, persons=30, seed=7)
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-c", script, str(path), *arguments],
        cwd=ROOT,
        env=environment(folder, {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])
