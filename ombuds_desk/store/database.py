"""Opening a database: create or upgrade it, and turn what can go wrong into one message.

A file that cannot be written (a read-only medium, a folder or file without write
permission) is opened read-only, for looking and printing; a full disk says so, whatever
SQLite's words for it ("database or disk is full", or "disk I/O error" when the log's index
cannot grow).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlmodel import Session

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store import migrate
from ombuds_desk.store.engine import ReadOnly, checkpoint, make_engine, read_only_uri
from ombuds_desk.store.files import SQLITE_HEADER
from ombuds_desk.store.locations import sqlite_path

DISK_FULL = "The disk is full: nothing was saved. Free some space and try again."
# A "disk I/O error" with less than this free beside the database is a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


@dataclass
class Database:
    """An open, migrated database: sessions for reading, a write engine for units of work."""

    url: str
    engine: Engine
    demo: bool = False
    read_only: bool = False
    backup_made: Path | None = None
    write_engine: Engine = field(init=False)

    def __post_init__(self) -> None:
        # The same pool; the option makes SQLite begin with BEGIN IMMEDIATE.
        self.write_engine = self.engine.execution_options(write=True)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session (nothing is committed)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @property
    def read_only_message(self) -> str:
        """Why nothing can be changed here and what to do, for a read-only database."""
        return (
            f"The database {self.display_name} is on a read-only medium or in a folder you "
            "cannot write to: it is open for looking and printing only. To change it, copy "
            "it to a writable folder and open the copy."
        )

    def dispose(self) -> None:
        """Close every connection; on SQLite, first empty the write-ahead log into the file,
        so that a copy of the file made afterwards holds every change."""
        if self.path is not None and not self.read_only:
            # The database went away or broke: there is nothing left to keep whole.
            with contextlib.suppress(OperationalError, DatabaseError, sqlite3.Error):
                checkpoint(self.engine)
        self.engine.dispose()


def describe_db_error(exc: BaseException, where: str) -> str:
    """One line a user can act on, for an error raised by the database driver."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in message or (
        "disk i/o error" in message and _disk_nearly_full(where)
    ):
        return DISK_FULL
    if "locked" in message or "busy" in message:
        return (
            f"The database {where} is locked by another program or user. "
            "Wait a moment and try again."
        )
    if "readonly" in message or "read-only" in message:
        return f"The database {where} is read-only. Nothing was saved; open a writable copy."
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return (
            f"The file {where} is not an Ombuds Desk database or is damaged. "
            "Restore it from a backup or choose another file."
        )
    if "unable to open" in message:
        return (
            f"The database {where} cannot be opened: its folder is missing or not writable. "
            "Check the folder, or choose another database."
        )
    if "connection" in message or "could not" in message:
        return f"Cannot reach the database server {where}: {message.splitlines()[0]}"
    return f"The database {where} cannot be used: {message.splitlines()[0] if message else exc}"


def _disk_nearly_full(where: str) -> bool:
    """Whether the disk holding the database file ``where`` has (almost) no space left."""
    folder = Path(where).parent
    try:
        return folder.is_dir() and shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _check_sqlite_file(path: Path) -> ReadOnly | None:
    """Refuse a file that is not SQLite before anything writes to it; returns how to open
    it read-only, or None when it can be written."""
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailableError(
                f"Cannot create the database {path}: {exc.strerror or exc}. Choose another place."
            ) from exc
        return None
    if path.is_dir():
        raise DatabaseUnavailableError(f"{path} is a folder, not a database file.")
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != SQLITE_HEADER:
        raise DatabaseUnavailableError(
            f"The file {path} is not an Ombuds Desk database or is damaged. "
            "Restore it from a backup or choose another file."
        )
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    how = None if writable else _read_only_way(path)
    if header:
        uri = read_only_uri(path, how or ReadOnly.MODE_RO)
        try:
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                result = connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseUnavailableError(describe_db_error(exc, str(path))) from exc
        if not result or result[0] != "ok":
            raise DatabaseUnavailableError(
                f"The database {path} is damaged ({result[0] if result else 'no answer'}). "
                "Restore it from a backup."
            )
    return how


def _read_only_way(path: Path) -> ReadOnly:
    """How to read a file that cannot be written: with SQLite's usual read-only mode when
    it can keep the log's index beside the file (or finds one), else as immutable, which
    reads the file alone: refused when its write-ahead log still holds changes, which
    would then be missed."""
    try:
        with closing(sqlite3.connect(read_only_uri(path, ReadOnly.MODE_RO), uri=True)) as c:
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return ReadOnly.MODE_RO
    except sqlite3.OperationalError:
        pass
    log = path.with_name(path.name + "-wal")
    if log.is_file() and log.stat().st_size > 0:
        raise DatabaseUnavailableError(
            f"The database {path} is on a read-only medium or in a folder you cannot write "
            f"to, and its latest changes are still in {log.name}, which cannot be read there. "
            "Copy both files to a writable folder and open the copy."
        )
    return ReadOnly.IMMUTABLE


def open_database(url: str, *, demo: bool = False, upgrade: bool = True) -> Database:
    """Open (creating and migrating when needed) the database at ``url``.

    Raises ``DatabaseUnavailableError`` with a message fit for the user.
    """
    path = sqlite_path(url)
    how = _check_sqlite_file(path) if path is not None else None
    read_only = how is not None
    where = str(path) if path is not None else url.split("@")[-1]
    try:
        engine = make_engine(url, read_only=how)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseUnavailableError(
            f"“{url}” is not a database this app can open: {exc}. "
            "Give a file path or a URL such as postgresql+psycopg://user@host/dbname."
        ) from exc
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        backup = None
        if upgrade:
            if read_only and migrate.current_revision(engine) != migrate.head_revision():
                raise DatabaseUnavailableError(
                    f"The database {where} is read-only and was made by an older version: it "
                    "needs an upgrade first. Copy it to a writable folder and open the copy."
                )
            if not read_only:
                backup = migrate.upgrade(engine)
    except DatabaseUnavailableError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise DatabaseUnavailableError(describe_db_error(exc, where)) from exc
    return Database(url=url, engine=engine, demo=demo, read_only=read_only, backup_made=backup)
