"""Files only their owner may read: database files, backups and exports (mode 0600).

A register of captives and their families must not be readable by every account on a
shared computer, whatever the umask. Files are created with the mode from the start (no
window in which another account could open them) and set to it when they existed already.
On Windows, where a file's mode has no group or other bits, this does nothing harmful: the
user's profile folders are private there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def create_private(path: str | Path) -> Path:
    """Create ``path`` empty with mode 0600 (emptied and made private if it exists), for a
    writer that then opens it with ``"w"``: truncating keeps the mode."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    os.close(fd)
    make_private(path)  # an existing file keeps its mode through O_CREAT
    return path


def make_private(path: str | Path) -> None:
    """Set ``path`` (a file that exists) to mode 0600; a file system without modes (a FAT
    memory stick) is left as it is."""
    with contextlib.suppress(NotImplementedError, PermissionError):
        os.chmod(path, PRIVATE_MODE)


def make_private_if_exists(path: str | Path) -> None:
    """:func:`make_private` for a file that may not be there (SQLite's -wal and -shm)."""
    if Path(path).exists():
        make_private(path)
