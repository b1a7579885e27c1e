"""Backups of a SQLite database: made while the app runs, checked before anything is
restored from them, and restored over the closed database after it is set aside.

A backup is made with SQLite's online backup API (``files.copy_sqlite``), never by copying
the file of a database in use; it is written under a temporary name, renamed when whole,
and readable by its owner only (0600). Beside it, ``<backup>.json``, its manifest, written
the same way, records when it was made, of which database, the schema revision, the audit
chain's head (entries and last hash: ``audit verify`` compares the database with it, so
that removing the newest entries shows) and the file's SHA-256 (so that a backup changed
afterwards is refused).

:func:`check_backup` refuses a file that is not SQLite, is damaged, is not an Ombuds Desk
database, or was made by a newer version. ``restoring.restore`` sets the current database aside
(``office.before-restore-YYYYMMDD-HHMMSS.sqlite3``, itself made with the backup API) and
puts the backup in its place; the caller disposes of its engine first and opens the
database again afterwards, which upgrades an older backup.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ombuds_desk.domain.audit_chain import GENESIS
from ombuds_desk.domain.errors import DatabaseUnavailableError, DomainError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.store import check_findings, encryption, migrate
from ombuds_desk.store.files import (
    CopyLockedError,
    copy_sqlite,
    is_sqlite_file,
    make_private_folder,
    remove_abandoned_in,
    remove_quietly,
    sha256_of,
    sqlite_uri,
    write_private,
)

APP = "Ombuds Desk"
MANIFEST_FORMAT = 1
# Tables every Ombuds Desk database has had: a file with them but an unknown schema
# revision was made by a newer version, one without them by another program.
OWN_TABLES = frozenset({"person", "audit_entry", "office_setting", "alembic_version"})


class BackupError(DomainError):
    """A backup that cannot be made, or a file that cannot be restored."""

    title = "Backup"


@dataclass(frozen=True)
class Contents:
    """What a database file holds, as far as backups care."""

    schema_revision: str | None
    audit_entries: int
    audit_head_hash: str | None  # None: the file predates the audit chain


@dataclass(frozen=True)
class Manifest:
    """``<backup>.json``: what was backed up, when, and how to know the file again."""

    backup: Path
    made_at: datetime  # aware UTC
    kind: str  # "daily", "on_demand"
    database: str  # the database file's absolute path
    schema_revision: str | None
    audit_entries: int
    audit_head_hash: str | None
    sha256: str
    size_bytes: int

    def as_json(self) -> dict[str, Any]:
        return {
            "app": APP,
            "format": MANIFEST_FORMAT,
            "made_at": self.made_at.astimezone(UTC).isoformat(),
            "kind": self.kind,
            "database": self.database,
            "backup": self.backup.name,
            "schema_revision": self.schema_revision,
            "audit_entries": self.audit_entries,
            "audit_head_hash": self.audit_head_hash,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
        }


@dataclass(frozen=True)
class BackupCheck:
    """A file found fit to restore: its schema, the audit head it holds, its manifest."""

    path: Path
    schema_revision: str
    older: bool  # an older schema: upgraded once restored
    audit_entries: int
    audit_head_hash: str | None
    manifest: Manifest | None

    def describe(self) -> str:
        head = (
            f"audit trail of {self.audit_entries:,} entries, head {self.audit_head_hash[:12]}…"
            if self.audit_head_hash
            else f"audit trail of {self.audit_entries:,} entries (before the chain)"
        )
        age = ", older: it will be upgraded" if self.older else ""
        return f"schema {self.schema_revision}{age}; {head}"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def make_backup(database: Path, target: Path, *, kind: str, made_at: datetime) -> Manifest:
    """Back up the SQLite database ``database`` (in use or not) to ``target``, with its
    manifest. Raises ``BackupError`` with a message fit for the user; nothing is left at
    ``target`` then."""
    if target.exists():
        raise BackupError(
            translate(
                "Backup", "{target} already exists. Choose another name, or remove it first."
            ).format(target=target)
        )
    try:
        make_private_folder(target.parent)
        # A backup killed half-way left its hidden copy of the register here.
        remove_abandoned_in(target.parent)
        copy_sqlite(database, target)
    except (OSError, sqlite3.Error, encryption.CipherError) as exc:
        raise BackupError(write_problem(exc, target)) from exc
    try:
        contents = read_contents(target)
        manifest = Manifest(
            backup=target,
            made_at=made_at,
            kind=kind,
            database=str(database.resolve()),
            schema_revision=contents.schema_revision,
            audit_entries=contents.audit_entries,
            audit_head_hash=contents.audit_head_hash,
            sha256=sha256_of(target),
            size_bytes=target.stat().st_size,
        )
        text = json.dumps(manifest.as_json(), ensure_ascii=False, indent=2) + "\n"
        write_private(manifest_path(target), text.encode("utf-8"))
    except (OSError, sqlite3.Error, encryption.CipherError) as exc:
        remove_quietly(target)  # a backup without its manifest is not one
        raise BackupError(write_problem(exc, target)) from exc
    return manifest


def write_problem(exc: BaseException, target: Path) -> str:
    folder = target.parent
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return _full(folder)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return translate(
                "Backup",
                "Cannot write the backup to {folder}: {why}. Choose another backup folder and "
                "try again.",
            ).format(folder=folder, why=exc.strerror)
        return _failed(target, exc.strerror or exc)
    if isinstance(exc, CopyLockedError):
        return translate(
            "Backup",
            "{why} The backup gave up waiting for it: nothing was saved.",
        ).format(why=exc)
    text = str(exc).lower()
    if "full" in text:
        return _full(folder)
    return _failed(target, str(exc).splitlines()[0] if str(exc) else exc)


def _full(folder: Path) -> str:
    return translate(
        "Backup",
        "The disk is full: nothing was saved. Free some space in {folder}, or choose another "
        "backup folder, and try again.",
    ).format(folder=folder)


def _failed(target: Path, why: object) -> str:
    return translate(
        "Backup", "The backup to {target} failed: {why}. Nothing was saved; try again."
    ).format(target=target, why=why)


def read_contents(path: Path) -> Contents:
    """The schema revision and audit head of a database file, read without changing it."""
    with closing(_open_read_only(path)) as connection:
        return _contents(connection, _tables(connection))


def _open_read_only(path: Path) -> Any:
    """A read-only connection; ``immutable`` when the file's folder cannot take the
    write-ahead log's index (a read-only medium). An encrypted file is opened with the
    passphrase this process knows (``encryption.PassphraseNeededError`` without)."""
    connection = encryption.open_file(path, uri=sqlite_uri(path, mode="ro"))
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except encryption.DRIVER_OPERATIONAL_ERRORS:
        connection.close()
    return encryption.open_file(path, uri=sqlite_uri(path, immutable="1"))


def _tables(connection: Any) -> frozenset[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return frozenset(row[0] for row in rows)


def _contents(connection: Any, tables: frozenset[str]) -> Contents:
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if "audit_head" in tables:
        head = connection.execute(
            "SELECT last_id, last_hash FROM audit_head WHERE id = 1"
        ).fetchone()
        entries, head_hash = (head[0], head[1]) if head else (0, GENESIS)
        return Contents(revision, entries, head_hash)
    entries = 0
    if "audit_entry" in tables:
        entries = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    return Contents(revision, entries, None)


def read_setting(database: Path, key: str) -> str | None:
    """An office setting read straight from a database file, even one the app cannot open
    (damaged elsewhere, or newer); None when it cannot be read."""
    try:
        with closing(_open_read_only(database)) as connection:
            row = connection.execute(
                "SELECT value FROM office_setting WHERE key = ?", (key,)
            ).fetchone()
    except (sqlite3.Error, encryption.CipherError, OSError, DatabaseUnavailableError):
        return None
    return str(row[0]) if row else None


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside ``backup``, or None if there is none or it is not one of ours."""
    path = manifest_path(backup)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("app") != APP or data.get("backup") != backup.name:
            return None
        made_at = datetime.fromisoformat(data["made_at"])
        return Manifest(
            backup=backup,
            made_at=made_at if made_at.tzinfo else made_at.replace(tzinfo=UTC),
            kind=str(data["kind"]),
            database=str(data["database"]),
            schema_revision=data.get("schema_revision"),
            audit_entries=int(data["audit_entries"]),
            audit_head_hash=data.get("audit_head_hash"),
            sha256=str(data["sha256"]),
            size_bytes=int(data.get("size_bytes", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def manifests_in(folder: Path) -> list[Manifest]:
    """Every manifest of ours in ``folder`` whose backup file is still there, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.json"):
        backup = path.with_name(path.name.removesuffix(".json"))
        manifest = read_manifest(backup) if backup.is_file() else None
        if manifest is not None:
            found.append(manifest)
    return sorted(found, key=lambda m: m.made_at)


def remove_backup(manifest: Manifest) -> None:
    """Delete a backup this app made, and its manifest."""
    remove_quietly(manifest.backup, manifest_path(manifest.backup))


def check_backup(path: Path) -> BackupCheck:
    """Whether ``path`` can be restored: a whole SQLite file, an Ombuds Desk database of
    this version or an older one, unchanged since its manifest was written.

    Raises ``BackupError`` saying what is wrong and what to do."""
    if path.is_dir():
        raise BackupError(
            translate("Backup", "{path} is a folder, not a backup. Choose a backup file.").format(
                path=path
            )
        )
    if not path.is_file():
        raise BackupError(
            translate(
                "Backup", "There is no backup file {path}. Check the name and try again."
            ).format(path=path)
        )
    try:
        sqlite = is_sqlite_file(path) or encryption.looks_encrypted(path)
    except OSError as exc:
        raise BackupError(
            translate("Backup", "Cannot read {path}: {why}. Choose another file.").format(
                path=path, why=exc.strerror or exc
            )
        ) from exc
    if not sqlite:
        raise BackupError(
            translate(
                "Backup",
                "{path} is not an Ombuds Desk backup: it is not a database file. Choose another "
                "file.",
            ).format(path=path)
        )
    try:
        with closing(_open_read_only(path)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            if [tuple(row) for row in result] != [("ok",)]:
                first = result[0][0] if result else ""
                raise BackupError(_damaged(path, str(first)))
            tables = _tables(connection)
            contents = _contents(connection, tables)
    except encryption.PassphraseNeededError as exc:
        raise BackupError(
            translate(
                "Backup",
                "The backup {path} is encrypted with a passphrase other than this database's: "
                "open a database with that passphrase to restore it, or choose another backup.",
            ).format(path=path)
        ) from exc
    except encryption.DRIVER_DATABASE_ERRORS as exc:
        raise BackupError(_damaged(path, str(exc))) from exc
    revision = contents.schema_revision
    if revision is None:
        raise BackupError(_another_programs(path))
    if not migrate.known_revision(revision):
        if tables >= OWN_TABLES:
            raise BackupError(
                translate(
                    "Backup",
                    "The backup {path} was made by a newer Ombuds Desk (schema {revision}). "
                    "Install the newer version to restore it.",
                ).format(path=path, revision=revision)
            )
        raise BackupError(_another_programs(path))
    manifest = read_manifest(path)
    if manifest is not None and manifest.sha256 != sha256_of(path):
        raise BackupError(
            translate(
                "Backup",
                "The backup {path} was changed after it was made: it no longer matches the "
                "SHA-256 in {manifest}. Choose another backup.",
            ).format(path=path, manifest=manifest_path(path).name)
        )
    return BackupCheck(
        path=path,
        schema_revision=revision,
        older=revision != migrate.head_revision(),
        audit_entries=contents.audit_entries,
        audit_head_hash=contents.audit_head_hash,
        manifest=manifest,
    )


def _damaged(path: Path, detail: str) -> str:
    first = detail.splitlines()[0] if detail else None
    check_findings.log_finding(path, first)
    return translate(
        "Backup",
        "The backup {path} is damaged ({problem}): it cannot be restored. Choose another backup.",
    ).format(path=path, problem=check_findings.in_words(first))


def _another_programs(path: Path) -> str:
    return translate(
        "Backup",
        "{path} is not an Ombuds Desk backup: it is another program's database. Choose another "
        "file.",
    ).format(path=path)
