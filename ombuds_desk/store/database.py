"""Opening a database: create or upgrade it, and turn what can go wrong into one message.

Opening checks only what is cheap (the header, the schema, a small file whole): checking a
large file whole takes seconds and grows with it, so :func:`check_integrity` does that apart.

A file that cannot be written (a read-only medium, a folder or file without write
permission) is opened read-only, for looking and printing; a full disk says so, whatever
SQLite's words for it ("database or disk is full", or "disk I/O error" when the log's index
cannot grow).

An encrypted file (``store/encryption.py``) opens with its passphrase: the one given to
:func:`open_database`, else one this process was given before; without one, or with a wrong
one, the error says so (never SQLite's "file is not a database"). A new file opened with a
passphrase is created encrypted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlmodel import Session

# Every table mapped wherever a database is opened: a flush never meets a foreign key to a
# table not imported yet (the domain package itself imports none, domain/__init__.py).
import ombuds_desk.domain.models  # noqa: F401
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store import check_findings, damaged_log, encryption, file_header, migrate
from ombuds_desk.store import db_messages as words
from ombuds_desk.store.db_messages import DISK_FULL, said
from ombuds_desk.store.engine import (
    ReadOnly,
    checkpoint,
    is_sqlite,
    make_engine,
    read_only_uri,
)
from ombuds_desk.store.files import SQLITE_HEADER, create_private, remove_abandoned_beside
from ombuds_desk.store.locations import sqlite_path
from ombuds_desk.store.server_statistics import keep_server_statistics
from ombuds_desk.store.sidecar_files import sidecars_writable
from ombuds_desk.store.url_redaction import redact

log = logging.getLogger(__name__)

# A "disk I/O error" with less than this free beside the database is a full disk.
NEARLY_FULL_BYTES = 1024 * 1024
# A file within this of the largest a file may have (FAT32's, or the account's limit) when
# SQLite says "disk I/O error" was refused for its size: a write adds a page or a few.
SIZE_LIMIT_MARGIN = 1024 * 1024
FAT32_LARGEST = 4 * 1024**3 - 1
# A file up to this size is checked whole (``quick_check``, about 1.5 ms a MB) when it is
# opened; a larger one only where it is cheap at open (its first page and its schema), and
# whole by :func:`check_integrity`, after the window has shown.
CHECK_AT_OPEN_BYTES = 8 * 1024 * 1024
# Table statistics are kept for a register from this many persons, taken again when a
# table's size has changed by this fraction since (keep_statistics).
STATISTICS_FROM_PERSONS = 1000
STATISTICS_DRIFT = 0.2


@dataclass
class Database:
    """An open, migrated database: sessions for reading, a write engine for units of work."""

    url: str
    engine: Engine
    demo: bool = False
    read_only: bool = False
    backup_made: Path | None = None
    encrypted: bool = False  # an SQLCipher file (its passphrase is never kept here)
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
        return said(words.READ_ONLY_PLACE, name=self.display_name)

    def take_over(self, other: Database) -> None:
        """Use the engine of ``other``, the same file opened again (after it was encrypted
        in place): those who hold this object go on with it."""
        self.engine = other.engine
        self.write_engine = other.write_engine
        self.encrypted = other.encrypted
        self.read_only = other.read_only

    def dispose(self) -> None:
        """Close every connection; on SQLite, first empty the write-ahead log into the file,
        so that a copy of the file made afterwards holds every change."""
        if self.path is not None and not self.read_only:
            # The database went away or broke: there is nothing left to keep whole.
            with contextlib.suppress(OperationalError, DatabaseError, sqlite3.Error):
                keep_statistics(self.engine)  # before the checkpoint, which then keeps them
            with contextlib.suppress(OperationalError, DatabaseError, sqlite3.Error):
                checkpoint(self.engine)
        elif self.path is None and not self.read_only and not is_sqlite(self.engine):
            # A server register: its statistics after a bulk change (server_statistics.py).
            with contextlib.suppress(OperationalError, DatabaseError):
                keep_server_statistics(self.engine)
        self.engine.dispose()


def keep_statistics(engine: Engine) -> bool:
    """Bring SQLite's table statistics (``ANALYZE``, which the query planner reads) up to date
    when a table has grown or shrunk by a fifth since they were taken, or none were taken on a
    register of some size; True when they were. Run when a database is closed (the app's
    window, every command), so a large import is planned with at its next opening (about
    50 ms at 100,000 persons, only when needed).
    """
    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        assert encryption.is_driver_connection(driver)
        persons = driver.execute("SELECT count(*) FROM person").fetchone()[0]
        if persons < STATISTICS_FROM_PERSONS:
            return False  # a small register is planned well enough without them
        has_stats = driver.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).fetchone()[0]
        recorded: dict[str, int] = {}
        if has_stats:
            for table, stat in driver.execute("SELECT tbl, stat FROM sqlite_stat1"):
                rows = int(str(stat).split()[0]) if stat else 0
                recorded[table] = max(recorded.get(table, 0), rows)
        stale = (
            "person" not in recorded
            or any(
                _drifted(rows, driver.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table, rows in recorded.items()
                if table.isidentifier()
            )
            or _unmeasured_index(driver, recorded)
        )
        if stale:
            driver.execute("ANALYZE")
        return stale


def _unmeasured_index(driver: Any, recorded: dict[str, int]) -> bool:
    """Whether an index added since the statistics were taken (by an upgrade) has none: the
    planner then guesses its worth and may prefer it to a good one (the dashboard's counts
    took 230 ms instead of 44 at 100,000 persons). Partial indexes may rightly have none."""
    measured = {
        idx for (idx,) in driver.execute("SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL")
    }
    indexes = driver.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND upper(sql) NOT LIKE '% WHERE %'"
    ).fetchall()
    return any(
        name not in measured
        for name, table in indexes
        if recorded.get(table, 0) > 0 or (table not in recorded and _has_rows(driver, table))
    )


def _has_rows(driver: Any, table: str) -> bool:
    # A table never measured (its index added with it, or the statistics taken by upgrades
    # that named other tables): it needs them as soon as it holds rows.
    return table.isidentifier() and bool(
        driver.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
    )


def _drifted(recorded: int, now: int) -> bool:
    return abs(now - recorded) > max(recorded, STATISTICS_FROM_PERSONS) * STATISTICS_DRIFT


def describe_db_error(exc: BaseException, where: str) -> str:
    """One line a user can act on, for an error raised by the database driver."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in message or (
        "disk i/o error" in message and _disk_nearly_full(where)
    ):
        return said(DISK_FULL)
    if "locked" in message or "busy" in message:
        return said(words.LOCKED, name=where)
    if "readonly" in message or "read-only" in message:
        return said(words.READ_ONLY, name=where)
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return said(words.NOT_A_DATABASE, name=where)
    if "unable to open" in message:
        return said(words.CANNOT_OPEN, name=where)
    if "disk i/o error" in message:
        if _size_limit_reached(where):
            return said(words.FILE_TOO_LARGE, name=where)
        return said(words.DISK_IO, name=where)
    if "connection" in message or "could not" in message:
        return said(words.SERVER, name=where, why=message.splitlines()[0])
    return said(words.CANNOT_USE, name=where, why=message.splitlines()[0] if message else exc)


def _disk_nearly_full(where: str) -> bool:
    """Whether the disk holding the database file ``where`` has (almost) no space left."""
    folder = Path(where).parent
    try:
        return folder.is_dir() and shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _size_limit_reached(where: str) -> bool:
    """Whether the database file ``where`` (or its log or journal) has grown to the largest
    size a file may have: this process's limit (``ulimit -f``, set for an account) or FAT32's
    4 GB. SQLite then says only "disk I/O error", the write having been refused (EFBIG)."""
    limits = [FAT32_LARGEST]
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource  # POSIX only

        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if soft != resource.RLIM_INFINITY:
            limits.append(soft)
    largest = 0
    for end in ("", "-wal", "-journal"):
        with contextlib.suppress(OSError):
            largest = max(largest, os.stat(where + end).st_size)
    return any(largest >= limit - SIZE_LIMIT_MARGIN for limit in limits)


def _check_sqlite_file(path: Path, passphrase: str | None = None) -> ReadOnly | None:
    """Refuse a file that is not SQLite (or, encrypted, not opened by ``passphrase``)
    before anything writes to it; returns how to open it read-only, or None when it can be
    written."""
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Created empty and owner-only first: SQLite makes its log and index beside it
            # with the file's mode, and a register is nobody else's to read.
            with contextlib.suppress(FileExistsError):
                create_private(path)
        except OSError as exc:
            raise DatabaseUnavailableError(
                said(words.CANNOT_CREATE, name=path, why=exc.strerror or exc)
            ) from exc
        return None
    if path.is_dir():
        raise DatabaseUnavailableError(said(words.A_FOLDER, name=path))
    if path.stat().st_size == 0 and not _log_beside(path):
        # SQLite would take an empty file for a new database, and the window would ask for
        # a first admin over a register that a failed copy or sync has cut to nothing.
        raise DatabaseUnavailableError(said(words.EMPTY, name=path))
    # Never read with a plain open while this process holds the file (file_header.py).
    header = file_header.header(path)
    if passphrase is not None and header and header != SQLITE_HEADER:
        return _check_encrypted_file(path, passphrase)
    if header and header != SQLITE_HEADER:
        raise DatabaseUnavailableError(said(words.NOT_A_DATABASE, name=path))
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    writable = writable and sidecars_writable(path)  # a log index left read-only
    how = None if writable else _read_only_way(path)
    if writable and header == SQLITE_HEADER:
        _say_a_damaged_log_once(path)
    if header:
        uri = read_only_uri(path, how or ReadOnly.MODE_RO)
        whole = path.stat().st_size <= CHECK_AT_OPEN_BYTES
        try:
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                # Reading the schema reads the first page and the schema's: a damaged
                # header, a file that is not a database, a schema run over, all say so here.
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                problem = _quick_check(connection) if whole else None
        except sqlite3.DatabaseError as exc:
            raise DatabaseUnavailableError(describe_db_error(exc, str(path))) from exc
        if problem is not None:
            raise DatabaseUnavailableError(damaged_message(str(path), problem))
    return how


def _say_a_damaged_log_once(path: Path) -> None:
    """Refuse, once, a database whose write-ahead log is damaged before saved changes:
    SQLite would drop them without a word (``store/damaged_log.py``)."""
    lost = damaged_log.saves_lost(path)
    if not lost:
        return
    try:
        kept, first_time = damaged_log.keep_aside(path)
    except OSError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, str(path))) from exc
    log.warning("The log of %s is damaged: %d saved changes lost; kept as %s", path, lost, kept)
    if first_time:
        raise DatabaseUnavailableError(
            said(words.DAMAGED_LOG, lost, name=path, log=f"{path.name}-wal", kept=kept.name)
        )


def _log_beside(path: Path) -> bool:
    """Whether a write-ahead log with something in it lies beside ``path``: a new database's
    first changes may be there before its file holds a page."""
    log = path.with_name(path.name + "-wal")
    return log.is_file() and log.stat().st_size > 0


def _check_encrypted_file(path: Path, passphrase: str) -> ReadOnly | None:
    """As :func:`_check_sqlite_file`, for an encrypted file and its passphrase (checked)."""
    # The passphrase was checked by _passphrase_to_use: one key derivation less here.
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    how = None if writable else ReadOnly.MODE_RO
    whole = path.stat().st_size <= CHECK_AT_OPEN_BYTES
    uri = read_only_uri(path, how or ReadOnly.MODE_RO)
    connection = encryption.connect(path, passphrase, uri=uri)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problem = _quick_check(connection) if whole else None
    except encryption.DRIVER_DATABASE_ERRORS as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, str(path))) from exc
    finally:
        connection.close()
    if problem is not None:
        raise DatabaseUnavailableError(damaged_message(str(path), problem))
    return how


def _quick_check(connection: Any) -> str | None:
    """What SQLite's ``quick_check`` found wrong (its first line), or None when all is well."""
    result = connection.execute("PRAGMA quick_check").fetchone()
    if result and result[0] == "ok":
        return None
    return str(result[0]) if result else ""


def damaged_message(where: str, problem: str) -> str:
    """What to tell the user of a database SQLite's check found damaged: the kind of damage
    in the reader's words, SQLite's own (English) words to the log."""
    check_findings.log_finding(where, problem)
    return said(words.DAMAGED, name=where, problem=check_findings.in_words(problem))


def check_integrity(db: Database) -> str | None:
    """Check the whole SQLite file of ``db`` (``PRAGMA quick_check``: every page and index
    entry, seconds for a large file): what is wrong, fit for the user, or None when nothing
    is (or ``db`` is on a server, which keeps its own files whole).

    The start checks only what is cheap (:func:`open_database`); the window runs this after
    it has shown (off the GUI thread), File → Check the database runs it on demand, and
    ``ombuds-desk check`` from the command line. A backup's copy is checked as it is made
    (``store/files.copy_sqlite``).
    """
    path = db.path
    if path is None:
        return None
    try:
        with db.engine.connect() as connection:
            driver: Any = connection.connection.driver_connection
            assert encryption.is_driver_connection(driver)
            problem = _quick_check(driver)
    except (
        OperationalError,
        DatabaseError,
        sqlite3.DatabaseError,
        encryption.CipherDatabaseError,
    ) as exc:
        return describe_db_error(exc, str(path))
    return None if problem is None else damaged_message(str(path), problem)


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
    if _log_beside(path):
        log = path.with_name(path.name + "-wal")
        raise DatabaseUnavailableError(said(words.READ_ONLY_LOG, name=path, log=log.name))
    return ReadOnly.IMMUTABLE


def open_database(
    url: str, *, demo: bool = False, upgrade: bool = True, passphrase: str | None = None
) -> Database:
    """Open (creating and migrating when needed) the database at ``url``. An encrypted file
    opens with ``passphrase``, or one given earlier in this process; a new file is created
    encrypted with ``passphrase`` when one is given.

    Raises ``DatabaseUnavailableError`` with a message fit for the user
    (``PassphraseNeededError``, ``WrongPassphraseError`` for an encrypted file).
    """
    path = sqlite_path(url)
    key = _passphrase_to_use(path, passphrase)
    how = _check_sqlite_file(path, key) if path is not None else None
    read_only = how is not None
    where = str(path) if path is not None else url.split("@")[-1]
    try:
        engine = make_engine(url, read_only=how, passphrase=key)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseUnavailableError(redact(said(words.NOT_A_URL, url=url, why=exc))) from exc
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        backup = None
        if upgrade:
            if read_only and migrate.current_revision(engine) != migrate.head_revision():
                raise DatabaseUnavailableError(said(words.READ_ONLY_OLDER, name=where))
            if not read_only:
                backup = migrate.upgrade(engine)
    except DatabaseUnavailableError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise DatabaseUnavailableError(redact(describe_db_error(exc, where))) from exc
    if key is not None and path is not None:
        encryption.remember(path, key)
    if path is not None and not file_header.known(path):
        # A new file, whose header SQLite wrote just now: read while no connection of this
        # process holds the file, so that it is never read while one does (file_header.py).
        engine.dispose()
        file_header.header(path)
    if path is not None and not read_only:
        # A conversion or restore killed half-way left its copy beside the file (a plain one
        # of an encrypted register, for a decryption): it must not stay there.
        for left in remove_abandoned_beside(path):
            log.warning("Removed %s, left beside the database by a process that ended", left)
    return Database(
        url=url,
        engine=engine,
        demo=demo,
        read_only=read_only,
        backup_made=backup,
        encrypted=key is not None,
    )


def _passphrase_to_use(path: Path | None, given: str | None) -> str | None:
    """The passphrase to open ``path`` with: None for a plain file (or a server); for an
    encrypted one, ``given`` or the one known (``PassphraseNeededError`` without); for a
    new or empty file, ``given`` (a new database is encrypted only when one is given)."""
    if path is None:
        return None
    if encryption.looks_encrypted(path):
        return encryption.check_passphrase(path, given)
    if not path.exists() or path.stat().st_size == 0:
        return given
    return None
