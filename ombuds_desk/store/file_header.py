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

So on Linux a header is read through a descriptor this process already holds on the file
(SQLite's own, found in ``/proc/self/fd``), with ``pread``: nothing is opened or closed. When
the process holds none, it holds no lock on the file either, and the file is opened, read
and closed as any file. Each question reads the file as it is now: a file replaced, or
rewritten in place, answers with its new header (a remembered header went stale when a
deleted file's inode number was given to a new one: a restore's decrypted copy was then taken
for an encrypted file, seen once in the test suite). Where the process's descriptors cannot
be listed (macOS), a file's header is read once per file, by device and inode, and
remembered: the first read comes before this process connects to the file (opening a
database looks at its header first), and every later question is answered without opening
it; :func:`forget` drops what is known of a file this process replaces or removes, whose
inode number may be given to a new file.
"""

from __future__ import annotations

import os
from pathlib import Path

HEADER_BYTES = 16

# The header of each file read so far, by (device, inode): only a whole one (an empty file
# made for a new database gets its header from SQLite's first write).
_known: dict[tuple[int, int], bytes] = {}

# Where Linux lists this process's open descriptors, each a link to its file.
_DESCRIPTORS = "/proc/self/fd"


def _identity(path: Path) -> tuple[int, int]:
    status = os.stat(path)  # no descriptor: asking does not touch the locks
    return status.st_dev, status.st_ino


def _held_descriptor(identity: tuple[int, int]) -> int | None:
    """A descriptor this process holds on the file ``identity`` names; None when it holds
    none. Raises ``OSError`` where the process's descriptors cannot be listed."""
    for name in os.listdir(_DESCRIPTORS):
        try:
            status = os.stat(f"{_DESCRIPTORS}/{name}")  # the file the descriptor is open on
        except OSError:
            continue  # closed meanwhile (the listing's own among them)
        if (status.st_dev, status.st_ino) == identity:
            return int(name)
    return None


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEADER_BYTES)


def header(path: Path) -> bytes:
    """The first 16 bytes of ``path`` (fewer for a short file), read without closing any
    descriptor this process holds on it (see the module). Raises ``OSError`` as ``open``
    would (a missing file, a folder)."""
    identity = _identity(path)
    try:
        held = _held_descriptor(identity)
    except OSError:
        return _remembered(path, identity)  # no /proc: read once, remembered
    data = os.pread(held, HEADER_BYTES, 0) if held is not None else _read(path)
    if len(data) == HEADER_BYTES and identity[1] != 0:
        _known[identity] = data
    return data


def _remembered(path: Path, identity: tuple[int, int]) -> bytes:
    known = _known.get(identity)
    if known is not None:
        return known
    data = _read(path)
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
