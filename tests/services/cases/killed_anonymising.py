"""A process killed (SIGKILL) after its anonymising was committed and before it rebuilt the
database file, for the test of the rebuild owed (``services/cases/retention_rebuild.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# What anonymise_and_compact does first — the anonymising in a unit of work of its own,
# committed — and then the process dies where the rebuild would start: nothing of it runs.
KILLED_BEFORE_THE_REBUILD = """
import os, signal, sys
from datetime import date
from sqlmodel import select
from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.retention import anonymise_cases
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import open_database
db = open_database(f"sqlite:///{sys.argv[1]}")
with db.reading() as session:
    actor = session.exec(select(User).where(User.username == sys.argv[2])).one()
with unit_of_work(db, actor) as session:
    anonymise_cases(
        session, actor, [int(sys.argv[3])], today=date.fromisoformat(sys.argv[4]), confirmed=1
    )
print("committed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def anonymised_then_killed(database: Path, username: str, person_id: int, today: date) -> None:
    """Anonymise the case ``person_id`` of ``database`` as ``username`` in a process of its
    own, killed right after the commit."""
    result = subprocess.run(
        [
            sys.executable, "-c", KILLED_BEFORE_THE_REBUILD, str(database), username,
            str(person_id), today.isoformat(),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=240,
    )  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.strip() == "committed"
