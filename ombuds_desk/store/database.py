"""Opening a database: create or upgrade it, and turn what can go wrong into one message."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlmodel import Session

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store import migrate
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.locations import sqlite_path


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

    def dispose(self) -> None:
        self.engine.dispose()


def describe_db_error(exc: BaseException, where: str) -> str:
    """One line a user can act on, for an error raised by the database driver."""
    message = str(getattr(exc, "orig", exc)).lower()
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
        return f"The database {where} cannot be opened: its folder is missing or not writable."
    if "connection" in message or "could not" in message:
        return f"Cannot reach the database server {where}: {message.splitlines()[0]}"
    return f"The database {where} cannot be used: {message.splitlines()[0] if message else exc}"


def _check_sqlite_file(path: Path) -> bool:
    """Refuse a file that is not SQLite before anything writes to it; returns read-only."""
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailableError(
                f"Cannot create the database {path}: {exc.strerror or exc}. Choose another place."
            ) from exc
        return False
    if path.is_dir():
        raise DatabaseUnavailableError(f"{path} is a folder, not a database file.")
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise DatabaseUnavailableError(
            f"The file {path} is not an Ombuds Desk database or is damaged. "
            "Restore it from a backup or choose another file."
        )
    if header:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseUnavailableError(describe_db_error(exc, str(path))) from exc
        finally:
            connection.close()
        if not result or result[0] != "ok":
            raise DatabaseUnavailableError(
                f"The database {path} is damaged ({result[0] if result else 'no answer'}). "
                "Restore it from a backup."
            )
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def open_database(url: str, *, demo: bool = False, upgrade: bool = True) -> Database:
    """Open (creating and migrating when needed) the database at ``url``.

    Raises ``DatabaseUnavailableError`` with a message fit for the user.
    """
    path = sqlite_path(url)
    read_only = _check_sqlite_file(path) if path is not None else False
    where = str(path) if path is not None else url.split("@")[-1]
    try:
        engine = make_engine(url)
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
                    f"The database {where} is read-only and needs an upgrade. Open a writable copy."
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
