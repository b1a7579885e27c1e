"""A process killed while it writes a temporary copy beside a database, for the tests of what
it leaves (``files.remove_abandoned_beside``)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A process that starts writing a temporary copy beside the database, as a conversion or a
# restore does, and is killed (SIGKILL: nothing of it runs after) before it renames it.
KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from ombuds_desk.store.files import create_private, temporary_beside
temp = temporary_beside(Path(sys.argv[1]))
create_private(temp, 0o600)
temp.write_bytes(b"SQLite format 3\\x00" + "Ґудзь-Їжакевич".encode() * 100)
temp.with_name(temp.name + "-journal").write_bytes(b"journal")
print(temp, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_while_writing(database: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_WRITING, str(database)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    left = Path(result.stdout.strip())
    assert left.is_file() and left.name.startswith(f".{database.name}.")
    return left


# A real backup (store/backup.make_backup) of the database argv[1] to argv[2]; run while
# the test holds the database locked, it waits with its hidden copy begun.
BACKING_UP = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from ombuds_desk.store.backup import make_backup
make_backup(Path(sys.argv[1]), Path(sys.argv[2]), kind="on_demand", made_at=datetime.now(UTC))
"""


def backup_killed_half_way(database: Path, target: Path) -> list[Path]:
    """Kill (SIGKILL) a backup of ``database`` to ``target`` while it copies: the test's
    connection holds the file locked so that the backup waits, its copy begun, until it is
    killed. Returns what the backup left in the folder."""
    holder = sqlite3.connect(database, isolation_level=None)
    try:
        # No other connection may read while this one holds the file (nor its log).
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with subprocess.Popen(
            [sys.executable, "-c", BACKING_UP, str(database), str(target)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ) as backing_up:
            try:
                deadline = time.monotonic() + 120
                while not _copies_begun(target) and time.monotonic() < deadline:
                    assert backing_up.poll() is None, "the backup ended before it was killed"
                    time.sleep(0.02)
            finally:
                backing_up.send_signal(signal.SIGKILL)
            assert backing_up.wait() == -signal.SIGKILL
    finally:
        holder.close()
    left = _copies_begun(target)
    assert left, "the backup left no copy begun"
    assert not target.exists()
    return left


def _copies_begun(target: Path) -> list[Path]:
    folder = target.parent
    return sorted(folder.glob(f".{target.name}.*.tmp*")) if folder.is_dir() else []
