"""A database file's first bytes, read without taking this process's SQLite locks away.

SQLite locks a database file with POSIX record locks, and those belong to a process and a
file, not to a descriptor: closing ANY descriptor of the file in the process releases every
lock the process holds on it, even one opened by Python only to read 16 bytes (SQLite's own
code knows this and keeps its descriptors open while it holds locks). With its locks gone,
a window still looks to other processes as if it had the file closed: the next process that
closes its last connection (another workstation, a command, the window's own worker
process) takes the file as the last user, checkpoints and DELETES the write-ahead log and
its index under the window's connections. What the window commits afterwards goes to a
deleted log and is lost, and its next read fails with "file is not a database" or "disk
I/O error" (``tests/store/test_file_locks.py``).

So a file's header (SQLite's magic string, or an encrypted file's salt: neither changes
while the file lives) is read once per file, by device and inode, and remembered: the first
read comes before this process connects to the file (opening a database looks at its header
first), and every later question (is it encrypted, what is its salt, when a backup copies it
or the connection pool opens one more connection) is answered without opening it.
:func:`forget` drops what is known of a file this process replaces or removes, whose inode
number may be given to a new file.
"""

from __future__ import annotations

import os
from pathlib import Path

HEADER_BYTES = 16

# The header of each file read so far, by (device, inode): only a whole one (an empty file
# made for a new database gets its header from SQLite's first write).
_known: dict[tuple[int, int], bytes] = {}


def _identity(path: Path) -> tuple[int, int]:
    status = os.stat(path)  # no descriptor: asking does not touch the locks
    return status.st_dev, status.st_ino


def header(path: Path) -> bytes:
    """The first 16 bytes of ``path`` (fewer for a short file), read from the file only the
    first time. Raises ``OSError`` as ``open`` would (a missing file, a folder)."""
    identity = _identity(path)
    known = _known.get(identity)
    if known is not None:
        return known
    with path.open("rb") as handle:
        data = handle.read(HEADER_BYTES)
    # An inode number of 0 names no file (some Windows volumes: FAT, exFAT, shares): every
    # file there would share one entry. Windows's locks belong to the handle, so reading
    # again there takes nothing away.
    if len(data) == HEADER_BYTES and identity[1] != 0:
        _known[identity] = data
    return data


def known(path: Path) -> bool:
    """Whether the header of ``path`` has been read already (false for a missing file)."""
    try:
        return _identity(path) in _known
    except OSError:
        return False


def forget(path: Path) -> None:
    """Drop what is known of ``path`` (about to be replaced or removed: its inode number
    may be given to another file)."""
    try:
        identity = _identity(path)
    except OSError:
        return
    _known.pop(identity, None)
