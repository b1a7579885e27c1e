"""Restoring a checked backup (``backup.check_backup``) over the SQLite register: the current
file claimed (no other connection may have it open), set aside beside it
(``office.before-restore-YYYYMMDD-HHMMSS.sqlite3``, made with the backup API, or byte for byte
when SQLite cannot read it), and the backup put in its place under a temporary name renamed
when whole. The caller disposes of its engine first and opens the database again afterwards,
which upgrades an older backup.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.store import conversion, encryption, file_header, migrate
from ombuds_desk.store.backup import BackupCheck, BackupError, write_problem
from ombuds_desk.store.files import (
    PRIVATE,
    SIDE_FILES,
    copy_private,
    copy_sqlite,
    make_private_folder,
    remove_abandoned_beside,
    remove_quietly,
    sync_folder,
    temporary_beside,
)

IN_USE_WAIT_S = 2.0


def restore(database: Path, checked: BackupCheck, *, now: datetime | None = None) -> Path | None:
    """Put the backup ``checked`` in place of the SQLite file ``database``.

    The database must be closed in this process: dispose of its engine
    (``Database.dispose()``) before, and open it again after (which upgrades an older
    backup). Another program or window that still has it open makes this refuse, with
    nothing changed. The current file is first set aside beside it,
    ``office.before-restore-YYYYMMDD-HHMMSS.sqlite3``, made with the backup API (a damaged
    file, which SQLite cannot read, is copied as it is); its path is returned, or None if
    there was no database yet. An encrypted database stays encrypted with its passphrase
    when the backup is plain (made before the office encrypted it). Raises ``BackupError``.
    """
    set_aside: Path | None = None
    # An encrypted register stays encrypted whatever the backup is (one made before the
    # office encrypted it is plain): its passphrase, known since the claim opened it.
    passphrase: str | None = None
    if database.is_file() and database.stat().st_size > 0:
        readable = _claim(database)
        if readable and encryption.looks_encrypted(database):
            passphrase = encryption.known_passphrase(database)
        set_aside = migrate.set_aside_name(database, "restore", now)
        try:
            if readable:
                copy_sqlite(database, set_aside)
            else:
                _copy_damaged(database, set_aside)
        except (OSError, sqlite3.Error, encryption.CipherError) as exc:
            raise BackupError(
                translate(
                    "Backup",
                    "Could not set the current database aside before restoring: {why} Nothing "
                    "was restored.",
                ).format(why=write_problem(exc, set_aside))
            ) from exc
    mode = stat.S_IMODE(database.stat().st_mode) if database.exists() else PRIVATE
    remove_abandoned_beside(database)  # an earlier restore or conversion killed half-way
    temp = temporary_beside(database)
    try:
        make_private_folder(database.parent)
        copy_sqlite(checked.path, temp, mode=mode)
        if passphrase is not None and not encryption.looks_encrypted(temp):
            conversion.convert(temp, old=None, new=passphrase)
        # The old write-ahead log (empty after the claim) must never meet the new file.
        remove_quietly(*(database.with_name(database.name + end) for end in SIDE_FILES))
        file_header.forget(database)  # the file replaced: its inode number may be reused
        os.replace(temp, database)
    except (OSError, sqlite3.Error, encryption.CipherError, conversion.ConversionError) as exc:
        remove_quietly(temp)
        kept = ""
        if set_aside:
            kept = " " + translate("Backup", "The database was set aside first as {path}.").format(
                path=set_aside
            )
        failed = translate("Backup", "The restore failed: {why}").format(
            why=write_problem(exc, database)
        )
        raise BackupError(failed + kept) from exc
    sync_folder(database.parent)
    return set_aside


def _claim(database: Path) -> bool:
    """Make sure no other connection has ``database`` open, and that its whole content is
    in the file: leaving WAL mode does both (SQLite allows it only to the last connection,
    and it checkpoints the log away). False if the file is damaged (nothing to claim)."""
    try:
        with closing(encryption.open_file(database, timeout=IN_USE_WAIT_S)) as c:
            mode = c.execute("PRAGMA journal_mode = DELETE").fetchone()
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except encryption.DRIVER_OPERATIONAL_ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(_in_use(database)) from exc
        return False
    except (sqlite3.DatabaseError, encryption.CipherDatabaseError, DatabaseUnavailableError):
        return False
    if not mode or mode[0] != "delete":
        raise BackupError(_in_use(database))
    return True


def _in_use(database: Path) -> str:
    return translate(
        "Backup",
        "The database {path} is open in another window or program. Close it there, then "
        "restore again. Nothing was changed.",
    ).format(path=database)


def _copy_damaged(database: Path, target: Path) -> None:
    """A damaged database, byte for byte (with its write-ahead log, if any), for whoever
    wants to look at it later; SQLite cannot read it, so the backup API cannot copy it."""
    for end in ("", "-wal"):
        source = database.with_name(database.name + end)
        if source.is_file():
            copy_private(source, target.with_name(target.name + end))
