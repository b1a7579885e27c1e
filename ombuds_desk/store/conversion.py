"""Encrypting a plain SQLite database in place, or decrypting an encrypted one.

The whole file is written anew beside the old one under a temporary name (SQLCipher's
``sqlcipher_export``, which copies the schema and every row into an attached database keyed
as asked), then every table of both files is compared: its row count, and for the app's
tables a content hash of every row in key order (``table_copy.register_checks``, as
``ombuds-desk copy`` checks a copy). Only when all agree is the new file renamed over the
old one: a rename within a folder is atomic, so an interruption at any moment leaves the old
file whole (and at worst a hidden temporary file beside it, removed when the conversion
fails in this process).

The database must be closed everywhere first: leaving WAL mode is allowed only to its last
connection, which is how a database still open in another window is found.
"""

from __future__ import annotations

import os
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.store import encryption, file_header
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.files import (
    SIDE_FILES,
    create_private,
    remove_abandoned_beside,
    remove_quietly,
    sync_folder,
    temporary_beside,
)
from ombuds_desk.store.locations import to_url
from ombuds_desk.store.table_copy import TableCheck, register_checks

IN_USE_WAIT_S = 2.0


class ConversionError(DomainError):
    """The database could not be encrypted or decrypted; the old file is as it was."""

    title = "Encryption"


@dataclass(frozen=True)
class Conversion:
    """What was checked: every table's rows (and the app's tables' content hashes), equal in
    the old file and the new."""

    path: Path
    encrypted: bool  # the file as it is now
    tables: list[TableCheck]
    other_tables: dict[str, int]  # tables outside the app's schema (the search index…): rows

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables)


def convert(path: Path, *, old: str | None, new: str | None) -> Conversion:
    """Write the database ``path`` anew, encrypted with ``new`` (None: plain), from the file
    as it is (encrypted with ``old``, or plain for None); checked, then renamed over it.
    Raises ``ConversionError`` with the old file untouched."""
    if (old is None) == (new is None):
        raise ConversionError("Encrypting needs a new passphrase; decrypting, the current one.")
    _claim(path, old)
    remove_abandoned_beside(path)  # an earlier conversion killed half-way
    temp = temporary_beside(path)
    try:
        create_private(temp)
        with closing(_raw(path, old)) as source:
            source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), new or ""))
            source.execute("SELECT sqlcipher_export('converted')").fetchall()
            version = source.execute("PRAGMA main.user_version").fetchone()[0]
            source.execute(f"PRAGMA converted.user_version = {int(version)}")
            source.execute("DETACH DATABASE converted")
        before = _checks(path, old)
        after = _checks(temp, new)
        _compare(path, before, after)
        _sync(temp)
        # Any log or index of the old file must never meet the new one.
        remove_quietly(*(path.with_name(path.name + end) for end in SIDE_FILES))
        file_header.forget(path)  # the file replaced: its inode number may be reused
        os.replace(temp, path)
    except BaseException:
        remove_quietly(temp, *(temp.with_name(temp.name + end) for end in SIDE_FILES))
        raise
    sync_folder(path.parent)
    if new is None:
        encryption.forget(path)
    else:
        encryption.remember(path, new)
    tables, others = after
    return Conversion(path, new is not None, tables, others)


def _raw(path: Path, passphrase: str | None) -> Any:
    """A SQLCipher connection to ``path`` (keyed, or plain: SQLCipher reads a plain file
    when no key is given), in autocommit: ATTACH refuses to run inside a transaction."""
    if passphrase is None:
        connection = encryption.module().connect(str(path), isolation_level=None)
        connection.execute("PRAGMA cipher_log_level = NONE")
        return connection
    return encryption.connect(path, passphrase, isolation_level=None)


def _claim(path: Path, passphrase: str | None) -> None:
    """Refuse when another connection has the file open, and bring the write-ahead log's
    content into the file (leaving WAL mode does both)."""
    try:
        with closing(_raw(path, passphrase)) as connection:
            connection.execute(f"PRAGMA busy_timeout = {int(IN_USE_WAIT_S * 1000)}")
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except encryption.DRIVER_ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ConversionError(_in_use(path)) from exc
        raise ConversionError(
            f"The database {path} cannot be read ({exc}). Nothing was changed."
        ) from exc
    if not mode or str(mode[0]).lower() != "delete":
        raise ConversionError(_in_use(path))


def _in_use(path: Path) -> str:
    return (
        f"The database {path} is open in another window or program. Close it there, then "
        "try again. Nothing was changed."
    )


def _checks(path: Path, passphrase: str | None) -> tuple[list[TableCheck], dict[str, int]]:
    """Every app table's rows and content hash, and every other table's rows, in ``path``."""
    engine = make_engine(to_url(path), passphrase=passphrase)
    try:
        with engine.connect() as connection:
            checks = register_checks(connection)
            own = {check.table for check in checks}
            names = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).all()
            others = {
                str(name): int(
                    connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar_one()
                )
                for (name,) in names
                if name not in own and '"' not in name
            }
    finally:
        engine.dispose()
    return checks, others


def _compare(
    path: Path,
    before: tuple[list[TableCheck], dict[str, int]],
    after: tuple[list[TableCheck], dict[str, int]],
) -> None:
    if before == after:
        return
    written = {check.table: check for check in after[0]}
    for check in before[0]:
        got = written.get(check.table)
        if got != check:
            rows = got.rows if got else 0
            raise ConversionError(
                f"The new file did not read back the same: the table {check.table} has "
                f"{check.rows:,} rows in {path} and {rows:,} in the new file. Nothing was "
                "changed; please report this."
            )
    raise ConversionError(
        f"The new file did not read back the same tables as {path}. Nothing was changed; "
        "please report this."
    )


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
