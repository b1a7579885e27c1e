"""Encryption at rest: a SQLite database file encrypted whole with SQLCipher.

An office may keep its register encrypted (``ombuds-desk init --encrypt``, the first-start
dialog, or later ``ombuds-desk encrypt`` / ``decrypt``). Every page of the file, its
write-ahead log and every backup of it are then encrypted with a key derived from the
office's passphrase (SQLCipher 4: AES-256, PBKDF2-HMAC-SHA512, an HMAC per page), through
the ``sqlcipher3`` driver, a drop-in for ``sqlite3``.

The passphrase is typed at start (the window's dialog; ``--passphrase-file`` for scripts)
and never written anywhere: this process keeps it in memory (:func:`remember`), under the
file's path, for as long as it runs, so that the engine, the daily backup, a restore and
the copy before an upgrade can open the file again without asking. A backup of an
encrypted database is encrypted with the same passphrase (``files.copy_sqlite`` copies
page by page between two keyed connections), so any passphrase this process knows is
tried on an encrypted file it has not seen (:func:`passphrase_for`).

A wrong passphrase is indistinguishable, for SQLCipher, from a file that is not a database;
:func:`check_passphrase` says which it is likely to be in words a user understands.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as cipher

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store import db_messages as words
from ombuds_desk.store import file_header
from ombuds_desk.store.db_messages import said

# SQLCipher's driver's exceptions are its own classes, not sqlite3's.
CipherError = cipher.Error
CipherDatabaseError = cipher.DatabaseError
CipherOperationalError = cipher.OperationalError
# What either driver raises: a plain file goes through sqlite3, an encrypted one through
# SQLCipher's.
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, cipher.Error)
DRIVER_DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, cipher.DatabaseError)
DRIVER_OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    cipher.OperationalError,
)
MIN_PASSPHRASE_LENGTH = 10
# How a plain SQLite file begins (store/files.py has the same; files imports this module).
SQLITE_HEADER = b"SQLite format 3\x00"

KDF_ROUNDS = 256_000
MIN_PAGE_BYTES = 512

# Passphrases given in this process, by the file's resolved path: memory only, never disk.
_known: dict[Path, str] = {}
# Keys derived from them, by the file's salt and the passphrase: memory only.
_derived: dict[tuple[bytes, str], str] = {}


class PassphraseNeededError(DatabaseUnavailableError):
    """An encrypted database was to be opened without its passphrase."""

    title = "Passphrase needed"


class WrongPassphraseError(DatabaseUnavailableError):
    """The passphrase given does not open the encrypted database."""

    title = "Wrong passphrase"


def module() -> Any:
    """The SQLCipher DB-API module (``sqlcipher3.dbapi2``), for SQLAlchemy's ``module=``."""
    return cipher


def _key(path: Path) -> Path:
    return path.expanduser().resolve()


def remember(path: Path, passphrase: str) -> None:
    """Keep ``passphrase`` for ``path`` in this process's memory (never on disk)."""
    _known[_key(path)] = passphrase


def forget(path: Path) -> None:
    _known.pop(_key(path), None)


def known_passphrase(path: Path) -> str | None:
    return _known.get(_key(path))


def known_for_url(url: str) -> str | None:
    """The passphrase this process knows for the database at ``url`` (None: a plain file, a
    server, or not known)."""
    from ombuds_desk.store.locations import sqlite_path

    path = sqlite_path(url)
    return known_passphrase(path) if path is not None else None


def known_passphrases() -> dict[str, str]:
    """Every passphrase this process knows, by file: what a worker process it starts gets
    through its pipe (never a file or the environment), to open the same database."""
    return {str(path): passphrase for path, passphrase in _known.items()}


def remember_all(passphrases: dict[str, str]) -> None:
    """In a worker process: the passphrases :func:`known_passphrases` gave its parent."""
    for path, passphrase in passphrases.items():
        remember(Path(path), passphrase)


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` may be an encrypted database: a file of whole pages (SQLCipher's
    are 4,096 bytes; 512 at the least) that does not begin like a plain SQLite database (an
    encrypted one begins with random bytes, its salt). A list or a document saved under a
    database's name is almost never whole pages; one that is looks encrypted until no
    passphrase opens it."""
    try:
        # Never opened while this process may have it open through SQLite (file_header.py).
        header = file_header.header(path)
        size = path.stat().st_size
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    whole_pages = size >= MIN_PAGE_BYTES and size % MIN_PAGE_BYTES == 0
    return whole_pages and header != SQLITE_HEADER


def quote(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal (PRAGMA key takes no bound parameter)."""
    return "'" + passphrase.replace("'", "''") + "'"


def connect(
    path: str | Path,
    passphrase: str,
    *,
    uri: str | None = None,
    timeout: float = 5.0,
    isolation_level: str | None = None,
    check_same_thread: bool = True,
) -> Any:
    """A SQLCipher connection to the file ``path`` (through ``uri`` when given: read-only
    modes) keyed with ``passphrase``; nothing is read yet (a wrong key shows at the first
    read)."""
    connection = cipher.connect(
        uri or str(path),
        uri=uri is not None,
        timeout=timeout,
        isolation_level=isolation_level,
        check_same_thread=check_same_thread,
    )
    # SQLCipher logs a failed page check to stderr; the caller says it in words instead.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_key_literal(Path(path), passphrase)}")
    return connection


def _key_literal(path: Path, passphrase: str) -> str:
    """What ``PRAGMA key`` takes for ``path``: the raw key derived from the passphrase and
    the file's salt (its first 16 bytes), once per process, or the passphrase itself for a
    file not made yet. SQLCipher derives the key anew for every connection (PBKDF2, 256,000
    rounds: about 0.25 s of CPU), and a window opens several connections."""
    try:
        # Read once: the pool's next connections must not open the file in use (file_header.py).
        salt = file_header.header(path)
    except OSError:
        salt = b""
    if len(salt) < 16 or salt == SQLITE_HEADER:
        return quote(passphrase)
    derived = _derived.get((salt, passphrase))
    if derived is None:
        # SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 rounds, a 256-bit key.
        raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32)
        derived = _derived[(salt, passphrase)] = raw.hex()
    return f"\"x'{derived}'\""


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path`` (its schema can be read)."""
    connection = connect(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except cipher.DatabaseError:
        return False
    finally:
        connection.close()


def passphrase_for(path: Path) -> str | None:
    """The passphrase of the encrypted file ``path`` if this process knows it: the one given
    for it, else any other given here that opens it (a backup of an encrypted database
    has the database's passphrase)."""
    own = known_passphrase(path)
    if own is not None:
        return own
    for passphrase in dict.fromkeys(_known.values()):
        if passphrase_opens(path, passphrase):
            remember(path, passphrase)
            return passphrase
    return None


def check_passphrase(path: Path, passphrase: str | None) -> str:
    """The passphrase that opens the encrypted file ``path``: ``passphrase`` when given, else
    one this process knows. Raises ``PassphraseNeededError`` or ``WrongPassphraseError``
    with what to do."""
    if passphrase is None:
        found = passphrase_for(path)
        if found is None:
            raise PassphraseNeededError(said(words.PASSPHRASE_NEEDED, name=path))
        return found
    if not passphrase_opens(path, passphrase):
        raise WrongPassphraseError(wrong_passphrase_message(path))
    remember(path, passphrase)
    return passphrase


def wrong_passphrase_message(path: Path) -> str:
    return said(words.WRONG_PASSPHRASE, name=path)


def open_file(path: Path, *, uri: str | None = None, timeout: float = 5.0) -> Any:
    """A connection to the database file ``path``: ``sqlite3`` for a plain file, SQLCipher
    keyed with the known passphrase for an encrypted one (``PassphraseNeededError`` when
    none is known). ``uri``: open through this ``file:`` URI instead (read-only modes)."""
    if looks_encrypted(path):
        passphrase = check_passphrase(path, None)
        return connect(path, passphrase, uri=uri, timeout=timeout, isolation_level=None)
    if uri is not None:
        return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def is_driver_connection(connection: object) -> bool:
    """Whether ``connection`` is a raw connection of either driver."""
    return isinstance(connection, sqlite3.Connection | cipher.Connection)


def forget_all() -> None:
    """Forget every passphrase and key this process was given (a window closing, tests)."""
    _known.clear()
    _derived.clear()
