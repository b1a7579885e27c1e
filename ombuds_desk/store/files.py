"""Writing files that must be whole or absent: copies of SQLite databases and small private
files such as a backup's manifest.

Each is written under a temporary name in the target's folder, flushed to the disk, then
renamed over the target (a rename within a folder is atomic), so a crash or a full disk
leaves the old file or nothing, never half a file. Each is created readable by its owner
only: a copy of the register holds the same personal data as the register.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from ombuds_desk.store import db_messages as words
from ombuds_desk.store import encryption, file_header
from ombuds_desk.store.db_messages import said

PRIVATE = 0o600
PRIVATE_FOLDER = 0o700
SQLITE_HEADER = encryption.SQLITE_HEADER
# What SQLite may keep beside a database file: its rollback journal or write-ahead log.
SIDE_FILES = ("-journal", "-wal", "-shm")
# How long a copy waits for the writers of the database it copies before it checkpoints
# anyway (the copy itself never waits for them: it reads a snapshot).
CHECKPOINT_WAIT_MS = 2_000
# How long a copy waits for a program that holds the database locked against readers (its
# own exclusive lock): the driver's backup would otherwise retry for ever, the window's
# progress turning with no end.
COPY_WAIT_S = 10.0
_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


class CopyLockedError(sqlite3.OperationalError):
    """A copy that could not read the database for :data:`COPY_WAIT_S`: another program
    holds it locked. Its message is the store's, in the reader's language."""


def _gives_up_after(seconds: float, source: Path) -> Callable[[int, int, int], None]:
    """The backup's progress callback: raises :class:`CopyLockedError` once the source has
    been busy for ``seconds`` (each step that copied something starts the wait again)."""
    deadline = time.monotonic() + seconds

    def step(status: int, _remaining: int, _total: int) -> None:
        nonlocal deadline
        if status not in _BUSY:
            deadline = time.monotonic() + seconds
        elif time.monotonic() > deadline:
            raise CopyLockedError(said(words.LOCKED, name=source))

    return step


def sqlite_uri(path: Path, **params: str) -> str:
    """``file:`` URI of ``path`` with SQLite's URI parameters (``mode="ro"``,
    ``immutable="1"``); any character of the path is escaped."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return path.resolve().as_uri() + (f"?{query}" if query else "")


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` starts like a SQLite database (an empty file does not)."""
    return file_header.header(path) == SQLITE_HEADER


def temporary_beside(target: Path) -> Path:
    """A name in ``target``'s folder for writing it before the rename; hidden, and never
    taken by another process or thread (the process id and a counter)."""
    for attempt in range(1000):
        candidate = target.with_name(f".{target.name}.{os.getpid()}-{attempt}.tmp")
        if not candidate.exists():
            return candidate
    raise FileExistsError(said(words.NO_TEMPORARY_NAME, name=target))


def remove_abandoned_beside(target: Path) -> list[Path]:
    """Remove what a process killed while writing ``target`` left beside it (its temporary
    files of :func:`temporary_beside` and their SQLite journals) and return their paths. A
    killed decryption leaves a plain copy of an encrypted register there, hidden: it must
    not stay. A file is abandoned when the process named in it has ended (elsewhere than
    POSIX, where asking would end it: when nothing has written it for an hour); another
    process's that is still running is left alone."""
    return _remove_abandoned(target.parent, f".{glob.escape(target.name)}.*.tmp*", target.name)


def remove_abandoned_in(folder: Path) -> list[Path]:
    """As :func:`remove_abandoned_beside`, for whatever file of ``folder`` a killed process
    was writing: a backup killed half-way leaves its hidden copy of the register (and of its
    manifest) under a name no later backup takes, so the next one clears the folder."""
    if not folder.is_dir():
        return []
    return _remove_abandoned(folder, ".*.tmp*", None)


def _remove_abandoned(folder: Path, pattern: str, name: str | None) -> list[Path]:
    removed = []
    for candidate in folder.glob(pattern):
        found = _TEMPORARY.fullmatch(candidate.name)
        if found is None or (name is not None and found["name"] != name):
            continue
        if candidate.is_file() and _abandoned(int(found["pid"]), candidate):
            try:
                candidate.unlink()
            except OSError:  # gone already, or a folder that cannot be written: no matter
                continue
            removed.append(candidate)
    return removed


# What temporary_beside names, and SQLite's journals beside it.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-\d+\.tmp(?:-journal|-wal|-shm)?")
ABANDONED_AFTER_S = 3600


def _abandoned(pid: int, path: Path) -> bool:
    if pid == os.getpid():
        return False
    if os.name == "posix":
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # running, as another user
        return False
    try:
        return time.time() - path.stat().st_mtime > ABANDONED_AFTER_S
    except FileNotFoundError:
        return False


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing; a folder created here is the owner's
    only."""
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no handle on a folder)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def create_private(path: Path, mode: int = PRIVATE) -> None:
    """Create the empty file ``path`` readable by its owner only (``mode``); refused when it
    exists."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    os.close(handle)
    os.chmod(path, mode)  # the umask may have taken bits away; never adds any


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        file_header.forget(path)  # its inode number may go to a new file
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def write_private(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole (temporary name, flush, rename), owner-only."""
    _write_whole(target, lambda handle: handle.write(data))


def copy_private(source: Path, target: Path) -> None:
    """Copy the file ``source`` to ``target`` byte for byte and whole (temporary name, flush,
    rename), owner-only: for files SQLite cannot read (a damaged database, its log)."""
    with source.open("rb") as inp:
        _write_whole(target, lambda handle: shutil.copyfileobj(inp, handle))


def _write_whole(target: Path, write: Callable[[BinaryIO], object]) -> None:
    temp = temporary_beside(target)
    try:
        create_private(temp, PRIVATE)
        with temp.open("wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        remove_quietly(temp)
        raise
    sync_folder(target.parent)


def stamped_free_name(
    name_for: Callable[[str], Path],
    now: datetime | None = None,
    taken: Callable[[Path], bool] = Path.exists,
) -> Path:
    """``name_for(stamp)`` with the local time as ``YYYYMMDD-HHMMSS``, or, when ``taken``
    says that name is in use, with ``-2``, ``-3``… after the stamp: never a name already
    there (two set aside in one second)."""
    stamp = (now or datetime.now()).astimezone().strftime("%Y%m%d-%H%M%S")
    target = name_for(stamp)
    number = 1
    while taken(target):
        number += 1
        target = name_for(f"{stamp}-{number}")
    return target


def checkpoint(connection: Any) -> None:
    """Move what the write-ahead log holds into the database file and empty the log, so
    the file alone is the whole database. Skipped quietly when it cannot be done now (a
    reader holds an old snapshot, or the file is read-only): a copy made with the backup
    API is complete either way."""
    with contextlib.suppress(*encryption.DRIVER_ERRORS):
        connection.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def copy_sqlite(source: Path, target: Path, *, mode: int = PRIVATE) -> None:
    """A consistent copy of the SQLite database ``source`` at ``target``, while others may
    be reading and writing it: through SQLite's online backup API, which copies one
    snapshot in a single step (a plain file copy of a database in use can catch it half
    written). The copy is a single file (rollback journal, no write-ahead log beside it),
    checked with ``quick_check``, written under a temporary name and renamed when whole.
    The copy of an encrypted database is encrypted with the same passphrase (the backup API
    copies its pages between two connections keyed alike).

    Raises ``sqlite3.Error`` (or SQLCipher's), ``PassphraseNeededError`` or ``OSError``;
    nothing is left at ``target`` then.
    """
    temp = temporary_beside(target)
    passphrase = (
        encryption.check_passphrase(source, None) if encryption.looks_encrypted(source) else None
    )
    try:
        create_private(temp, mode)  # SQLite takes an empty file for a new database
        origin = encryption.open_file(source)
        try:
            checkpoint(origin)
            if passphrase is None:
                copy = sqlite3.connect(temp, isolation_level=None)
            else:
                copy = encryption.connect(temp, passphrase)
            try:
                # pages=-1: the whole database in one step; retried while another
                # program holds the file locked, until COPY_WAIT_S (never for ever).
                origin.backup(copy, progress=_gives_up_after(COPY_WAIT_S, source))
                copy.execute("PRAGMA journal_mode = DELETE").fetchall()
                result = copy.execute("PRAGMA quick_check").fetchone()
                if not result or result[0] != "ok":
                    problem = result[0] if result else said(words.NO_ANSWER)
                    raise sqlite3.DatabaseError(said(words.COPY_FAILED_CHECK, problem=problem))
            finally:
                copy.close()
        finally:
            origin.close()
        _sync_file(temp)
        file_header.forget(target)  # what was there goes: its inode number may be reused
        os.replace(temp, target)
    except BaseException:
        remove_quietly(temp, *(temp.with_name(temp.name + end) for end in SIDE_FILES))
        raise
    sync_folder(target.parent)
    if passphrase is not None:
        encryption.remember(target, passphrase)


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
