"""The files SQLite keeps beside a database (its write-ahead log ``-wal``, the log's index
``-shm``, a rollback ``-journal``): writable when the database is.

SQLite makes them with the database file's mode. A file that was read-only when it was last
opened (copied off a CD, marked read-only by a colleague, ``chmod 444``) leaves a read-only
log index beside it; made writable again, it still cannot be written through that index, and
every change fails as "read-only", with nothing on screen saying why. Giving them the
database's mode again is what SQLite would have made them with; it changes no byte, and a
process that has them open keeps its descriptors. One that belongs to someone else cannot be
given it: the database is then opened read-only, as any it cannot write.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

SIDECARS = ("-wal", "-shm", "-journal")


def sidecars_writable(path: Path) -> bool:
    """Whether every file SQLite keeps beside the database ``path`` can be written (or is
    not there), after giving a read-only one the database's own mode where this user may."""
    mode: int | None = None
    for end in SIDECARS:
        side = path.with_name(path.name + end)
        if not os.path.exists(side) or os.access(side, os.W_OK):
            continue
        if mode is None:
            mode = stat.S_IMODE(path.stat().st_mode) & 0o666
        with contextlib.suppress(OSError):  # not this user's file: it stays as it is
            os.chmod(side, mode)
        if not os.access(side, os.W_OK):
            return False
    return True
