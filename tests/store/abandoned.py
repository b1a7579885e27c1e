"""A process killed while it writes a temporary copy beside a database, for the tests of what
it leaves (``files.remove_abandoned_beside``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
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
