"""A write-ahead log damaged where saved changes are: found before SQLite opens the database,
kept aside, and said once.

SQLite reads its log (``office.sqlite3-wal``) frame by frame, each with a running checksum,
and stops at the first frame that fails it: whatever follows is dropped without a word, even
changes that were saved (committed) after it. A crash leaves at most a torn last change,
never saved, behind a good log; saved changes behind a bad frame mean the log was damaged
(a disk, a sync tool, someone's editor). Before the database is opened, :func:`saves_lost`
counts them; the log is copied aside (``office.sqlite3-wal.damaged-YYYYMMDD-HHMMSS``) for
whoever repairs it, and the user is told what was lost and what to do. Opened again, the
database goes on without them (SQLite keeps what precedes the bad frame), as the message
says: the copy aside, the same as the log, shows it was told.

Only a plain SQLite file's log is read (an encrypted one's frames are SQLCipher's), and
only one of up to :data:`CHECKED_UP_TO`.
"""

from __future__ import annotations

import struct
from datetime import datetime
from pathlib import Path

from ombuds_desk.store.files import copy_private, sha256_of, stamped_free_name

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)  # checksums of little- or big-endian words
DAMAGED_SUFFIX = ".damaged-"
# A log up to this size is checked (about 45 ms a MB in Python); a larger one is left to
# SQLite. A log is empty after a clean close, and another window's is checkpointed at about
# 4 MB: a large one is left by a crash in a large import, which a damaged log rarely meets.
CHECKED_UP_TO = 16 * 1024 * 1024


def saves_lost(database: Path) -> int:
    """How many saved changes (commit frames) of the log beside ``database`` SQLite would
    drop, because a frame before them fails its checksum (0 when the log is whole, absent,
    or only its unsaved tail is torn)."""
    log = _log_of(database)
    try:
        if log.stat().st_size > CHECKED_UP_TO:
            return 0
        data = log.read_bytes()
    except OSError:
        return 0
    if len(data) <= WAL_HEADER:
        return 0
    magic, _version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:WAL_HEADER]
    )
    frame = FRAME_HEADER + page_size
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return 0  # not a log SQLite would read at all: nothing in it was ever readable
    big = magic & 1
    if _checksum(data[:24], big, (0, 0)) != (sum1, sum2):
        return 0
    running = (sum1, sum2)
    count = (len(data) - WAL_HEADER) // frame
    for index in range(count):
        start = WAL_HEADER + index * frame
        head = data[start : start + FRAME_HEADER]
        _page, _commit, fsalt1, fsalt2, fsum1, fsum2 = struct.unpack(">6I", head)
        if (fsalt1, fsalt2) != (salt1, salt2):
            return 0  # the log's end: older frames, from before it was last started again
        running = _checksum(head[:8], big, running)
        running = _checksum(data[start + FRAME_HEADER : start + frame], big, running)
        if running != (fsum1, fsum2):
            return _saves_from(data, index, count, frame, (salt1, salt2))
    return 0


def _saves_from(data: bytes, first: int, count: int, frame: int, salts: tuple[int, int]) -> int:
    """The commit frames of this log (its salts) from the bad frame ``first`` on; 0 when
    none follows it: a crash can tear the last change as it is written (it was never said
    to be saved), but a change saved after it shows the log was whole when it was."""
    commits = []
    for index in range(first, count):
        start = WAL_HEADER + index * frame
        _page, commit, salt1, salt2 = struct.unpack(">4I", data[start : start + 16])
        if (salt1, salt2) == salts and commit:
            commits.append(index)
    return len(commits) if any(index > first for index in commits) else 0


def _checksum(data: bytes, big: int, seed: tuple[int, int]) -> tuple[int, int]:
    """SQLite's log checksum of ``data`` (a multiple of 8 bytes), from ``seed``."""
    s0, s1 = seed
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for at in range(0, len(words), 2):
        s0 = (s0 + words[at] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[at + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def keep_aside(database: Path, now: datetime | None = None) -> tuple[Path, bool]:
    """Copy the log beside ``database`` aside (owner-only), unless a copy of it kept earlier
    is the same; returns the copy's path and whether it was made now (False: the user was
    told of this log before)."""
    log = _log_of(database)
    digest = sha256_of(log)
    for earlier in sorted(log.parent.glob(f"{log.name}{DAMAGED_SUFFIX}*")):
        if earlier.is_file() and sha256_of(earlier) == digest:
            return earlier, False
    target = stamped_free_name(
        lambda stamp: log.with_name(f"{log.name}{DAMAGED_SUFFIX}{stamp}"), now
    )
    copy_private(log, target)
    return target, True


def _log_of(database: Path) -> Path:
    return database.with_name(database.name + "-wal")
