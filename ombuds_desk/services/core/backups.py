"""Backups of the office's SQLite database: one on demand, one a day at start, rotation,
restore, and the audit chain's head as the newest backup recorded it.

Backups go to the folder of the setting ``backup_folder``, or, when it is empty, a
``backups`` folder beside the database file. Each is recorded twice: a ``BackupRecord``
row with an audit BACKUP entry in the database, and a manifest beside the file
(``store/backup.py``), which is what ``audit verify`` trusts, being outside the database.

The daily backup is the app's own (``auth.SYSTEM``: recorded under no one's name). Of the
daily backups, rotation keeps the last 14 and the newest of each month for a year and
deletes the others with their manifests; it never touches a file it did not make (a
backup on demand, a file of the user's, another database's backups).

On a PostgreSQL server, backups are the server's job (``pg_dump``): making or restoring
one is refused with the line to use instead, and the automatic parts (the daily backup,
the newest backup's head, the newest backup) find nothing, so that starting the app and
``audit verify`` work as usual there.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, BackupRecord, User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import AuditAction, BackupKind
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.audit_verify import KnownHead
from ombuds_desk.services.core.auth import SYSTEM, is_demo, sign_in
from ombuds_desk.services.core.office_settings import BACKUP_FOLDER, get_setting
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store import backup as store
from ombuds_desk.store import encryption, restoring
from ombuds_desk.store.backup import BackupError, Manifest
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.encryption import CipherError
from ombuds_desk.store.files import copy_sqlite, remove_abandoned_in, stamped_free_name
from ombuds_desk.store.locations import sqlite_path, to_url

log = logging.getLogger(__name__)

DAILIES_KEPT = 14
MONTHLY_FOR_DAYS = 365
DEFAULT_FOLDER_NAME = "backups"


def server_backups_message(url: str) -> str:
    """What to do instead on a database server: its own tools, named with the command."""
    shown = _hide_password(url)
    return translate(
        "Backups",
        "On a PostgreSQL server, backups are the server's job: the server's administrator "
        "runs pg_dump (pg_dump --format=custom --file=ombuds-desk.dump '{url}') and "
        "restores with pg_restore.",
    ).format(url=shown)


def _hide_password(url: str) -> str:
    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    head, at, tail = plain.rpartition("@")
    if at and ":" in head.split("//", 1)[-1]:
        scheme, _, who = head.partition("//")
        return f"{scheme}//{who.split(':', 1)[0]}@{tail}"
    return plain


def _file_of(db: Database) -> Path:
    path = db.path
    if path is None:
        raise BackupError(server_backups_message(db.url))
    return path


def backup_folder(db: Database) -> Path:
    """Where this database's backups go: the setting, or ``backups`` beside the file."""
    path = _file_of(db)
    with db.reading() as session:
        chosen = get_setting(session, BACKUP_FOLDER).strip()
    return _folder(path, chosen)


def _folder(database: Path, chosen: str) -> Path:
    if not chosen:
        return database.parent / DEFAULT_FOLDER_NAME
    folder = Path(chosen).expanduser()
    return folder if folder.is_absolute() else database.parent / folder


def _name(database: Path, kind: BackupKind, now: datetime, folder: Path) -> Path:
    """``office-daily-20261126-030000.sqlite3``, in local time; never a name already taken."""
    label = kind.value.replace("_", "-")
    suffix = database.suffix or ".sqlite3"
    return stamped_free_name(
        lambda stamp: folder / f"{database.stem}-{label}-{stamp}{suffix}",
        now,
        taken=lambda target: target.exists() or store.manifest_path(target).exists(),
    )


def backup_now(
    db: Database,
    actor: User,
    folder: Path | None = None,
    *,
    file: Path | None = None,
    now: datetime | None = None,
) -> BackupRecord:
    """Back up the database now: to ``file`` if given, else a new file in ``folder`` (by
    default the backup folder). Recorded as made by ``actor``. Raises ``BackupError``
    (disk full, a folder that cannot be written, a server database) with nothing recorded.
    """
    require(actor, Action.MAKE_BACKUP)
    return _make(db, actor, BackupKind.ON_DEMAND, folder, file, now or utcnow())


def _make(
    db: Database,
    actor: User,
    kind: BackupKind,
    folder: Path | None,
    file: Path | None,
    now: datetime,
) -> BackupRecord:
    database = _file_of(db)
    if db.read_only:
        raise BackupError(
            db.read_only_message
            + " "
            + translate("Backups", "A backup cannot be recorded in it: copy the file itself.")
        )
    if file is not None:
        target = file.expanduser().resolve()
    else:
        target = _name(database, kind, now, (folder or backup_folder(db)).expanduser().resolve())
    manifest = store.make_backup(database, target, kind=kind.value, made_at=now)
    try:
        return _record(db, actor, kind, manifest)
    except BaseException:
        store.remove_backup(manifest)  # not recorded: it did not happen
        raise


def _record(db: Database, actor: User, kind: BackupKind, manifest: Manifest) -> BackupRecord:
    with unit_of_work(db, actor) as session:
        record = BackupRecord(
            made_at=manifest.made_at,
            kind=kind,
            path=str(manifest.backup),
            size_bytes=manifest.size_bytes,
            audit_entries=manifest.audit_entries,
            audit_head_hash=manifest.audit_head_hash or "",
            made_by_id=actor.id,
        )
        session.add(record)
        session.flush()
        audit.record(
            session,
            actor.id,
            AuditAction.BACKUP,
            "backup_record",
            record.id,
            {
                "kind": kind.value,
                "path": str(manifest.backup),
                "sha256": manifest.sha256,
                "audit_entries": manifest.audit_entries,
            },
        )
        return record


def daily_backup_if_due(db: Database, now: datetime | None = None) -> BackupRecord | None:
    """At start: the day's backup, made by the app itself, if none was made today (local
    date); then rotation. None when not due, or where the app makes none (a demo or
    read-only database, a server). Raises ``BackupError`` when the backup fails (show it:
    the app can still be used)."""
    moment = now or utcnow()
    if db.path is None or db.read_only:
        return None
    # A backup killed half-way (the window or a command) left its hidden copy of the
    # register in the folder: cleared at the next start, due or not.
    for left in remove_abandoned_in(backup_folder(db)):
        log.warning("Removed %s, left by a backup that was stopped half-way", left)
    if db.demo:
        return None
    with db.reading() as session:
        if is_demo(session):
            return None
        last = session.exec(
            select(func.max(BackupRecord.made_at)).where(BackupRecord.kind == BackupKind.DAILY)
        ).one()
    if last is not None and _day(as_utc(last)) >= _day(moment):
        return None
    record = _make(db, SYSTEM, BackupKind.DAILY, None, None, moment)
    rotate(db, moment)
    return record


def _day(moment: datetime) -> tuple[int, int, int]:
    local = moment.astimezone()
    return (local.year, local.month, local.day)


def dailies_to_keep(made: Iterable[datetime], now: datetime) -> set[datetime]:
    """Of the moments daily backups were made, those rotation keeps: the newest 14, and the
    newest of each month (local time) within a year of ``now``."""
    newest_first = sorted(made, reverse=True)
    keep = set(newest_first[:DAILIES_KEPT])
    months: set[tuple[int, int]] = set()
    for moment in newest_first:
        if moment < now - timedelta(days=MONTHLY_FOR_DAYS):
            break
        local = moment.astimezone()
        if (local.year, local.month) not in months:
            months.add((local.year, local.month))
            keep.add(moment)
    return keep


def rotate(db: Database, now: datetime | None = None) -> list[Path]:
    """Delete the daily backups of this database that :func:`dailies_to_keep` lets go, with
    their manifests; returns what was deleted. Only files with a manifest naming them as
    this database's daily backups are considered."""
    database = str(_file_of(db).resolve())
    dailies = [
        m
        for m in store.manifests_in(backup_folder(db))
        if m.kind == BackupKind.DAILY.value and m.database == database
    ]
    keep = dailies_to_keep((m.made_at for m in dailies), now or utcnow())
    deleted = []
    for manifest in dailies:
        if manifest.made_at not in keep:
            store.remove_backup(manifest)
            deleted.append(manifest.backup)
    return deleted


# Said after a restore that kept the register encrypted (translated where it is said).
ENCRYPTED_AGAIN = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup was not encrypted: the restored database is encrypted with this database's "
    "passphrase, as the database was.",
)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    set_aside: Path | None  # the database as it was, beside it; None if there was none
    schema_revision: str  # the backup's
    upgraded: bool  # an older backup, brought to this version's schema
    audit_entries: int  # the restored trail's, before the restore was recorded
    # A plain backup put in place of an encrypted database, encrypted with its passphrase.
    encrypted_again: bool = False


def restore_backup(target: Database | str | Path, actor: User, backup_path: Path) -> RestoreResult:
    """Restore ``backup_path`` over the SQLite database ``target`` (a path or URL; a
    ``Database`` must be disposed of first: nothing of this process may keep it open).

    The file is checked first (a damaged or foreign one, or one from a newer version, is
    refused with ``BackupError`` saying why); the current database is set aside beside
    itself; the backup takes its place and is upgraded if older; the restore is recorded
    in the restored database's audit trail. Returns what was done.
    """
    require(actor, Action.RESTORE_BACKUP)
    url = target.url if isinstance(target, Database) else to_url(target)
    database = sqlite_path(url)
    if database is None:
        raise BackupError(server_backups_message(url))
    checked = store.check_backup(Path(backup_path).expanduser().resolve())
    set_aside = restoring.restore(database, checked)
    encrypted_again = encryption.looks_encrypted(database) and not encryption.looks_encrypted(
        checked.path
    )
    try:
        db = open_database(url)
    except DatabaseUnavailableError as exc:
        said = translate("Backups", "The backup was put in place, but: {why}").format(
            why=exc.message
        )
        if set_aside:
            kept = translate("Backups", "The database as it was is kept as {path}.")
            said += " " + kept.format(path=set_aside)
        raise BackupError(said) from exc
    try:
        with db.reading() as session:
            present = session.get(User, actor.id) if actor.id is not None else None
        # The backup may predate the account: the entry then names them in its details.
        doer = actor if present is not None and present.username == actor.username else SYSTEM
        with unit_of_work(db, doer) as session:
            details = {
                "backup": str(checked.path),
                "schema_revision": checked.schema_revision,
                "audit_entries": checked.audit_entries,
                "set_aside": str(set_aside) if set_aside else None,
                "by": actor.username,
            }
            if encrypted_again:
                details["encrypted_again"] = True
            if db.backup_made is not None:
                details["before_upgrade"] = str(db.backup_made)
            record_id = None
            if set_aside is not None:
                contents = _contents(set_aside)
                record = BackupRecord(
                    kind=BackupKind.BEFORE_RESTORE,
                    path=str(set_aside),
                    size_bytes=set_aside.stat().st_size,
                    audit_entries=contents.audit_entries if contents else 0,
                    audit_head_hash=(contents.audit_head_hash or "") if contents else "",
                    made_by_id=doer.id,
                )
                session.add(record)
                session.flush()
                record_id = record.id
            audit.record(session, doer.id, AuditAction.RESTORE, "backup_record", record_id, details)
    finally:
        db.dispose()
    return RestoreResult(
        restored_from=checked.path,
        set_aside=set_aside,
        schema_revision=checked.schema_revision,
        upgraded=checked.older,
        audit_entries=checked.audit_entries,
        encrypted_again=encrypted_again,
    )


@contextmanager
def opened_copy(backup_path: Path) -> Iterator[Database]:
    """A backup, checked, opened in a throw-away copy (upgraded there if older): to sign in
    against its staff when the database to restore over is too damaged to open, without
    changing the backup itself. The copy is deleted afterwards."""
    checked = store.check_backup(Path(backup_path).expanduser().resolve())
    with tempfile.TemporaryDirectory(prefix="ombuds-desk-restore-") as folder:
        copy = Path(folder) / "backup.sqlite3"
        copy_sqlite(checked.path, copy)
        db = open_database(to_url(copy))
        try:
            yield db
        finally:
            db.dispose()


def sign_in_on_backup(backup_path: Path, username: str, password: str, via: str) -> User:
    """Sign in against the staff of a backup (``auth.sign_in`` on a throw-away copy of
    it): who may restore over a database too damaged to open, whose own staff cannot be
    asked. Raises ``SignInError`` or ``BackupError``."""
    with opened_copy(backup_path) as db:
        return sign_in(db, username, password, via=via)


def _contents(path: Path) -> store.Contents | None:
    try:
        return store.read_contents(path)
    except (
        sqlite3.Error,
        CipherError,
        OSError,
        DatabaseUnavailableError,
    ):  # a damaged file set aside
        return None


def _own_manifests(db: Database) -> list[Manifest]:
    database = str(_file_of(db).resolve())
    return [m for m in store.manifests_in(backup_folder(db)) if m.database == database]


def latest_known_head(db: Database) -> KnownHead | None:
    """The audit chain's head as the newest backup of this database recorded it in its
    manifest (outside the database), for ``audit verify``; backups made before the last
    restore do not count (the trail was replaced by an older one then). None when there
    is none, or on a server."""
    if db.path is None:
        return None
    with db.reading() as session:
        restored = session.exec(
            select(func.max(AuditEntry.at)).where(AuditEntry.action == AuditAction.RESTORE)
        ).one()
    since = as_utc(restored) if restored is not None else None
    manifests = [
        m
        for m in _own_manifests(db)
        if m.audit_head_hash is not None and (since is None or m.made_at > since)
    ]
    if not manifests:
        return None
    newest = manifests[-1]
    assert newest.audit_head_hash is not None
    when = newest.made_at.astimezone().strftime("%d.%m.%Y %H:%M")
    return KnownHead(
        entries=newest.audit_entries,
        head_hash=newest.audit_head_hash,
        where=translate("Backups", "the backup of {when} ({path})").format(
            when=when, path=newest.backup
        ),
    )


def newest_backup(db: Database | str | Path) -> Path | None:
    """The newest backup of this database still in its backup folder (for "restore the
    newest backup"), or None. Takes a path or URL too, for a database that cannot be
    opened: its backup folder is then read from the file if it still can be, else the
    default one."""
    if isinstance(db, Database):
        if db.path is None:
            return None
        manifests = _own_manifests(db)
    else:
        database = sqlite_path(to_url(db))
        if database is None:
            return None
        manifests = _manifests_of_file(database)
    return manifests[-1].backup if manifests else None


def _manifests_of_file(database: Path) -> list[Manifest]:
    """The backups of the file ``database`` in its backup folder, oldest first: the folder
    read from the file if it still can be, else the default one."""
    folder = _folder(database, store.read_setting(database, BACKUP_FOLDER) or "")
    resolved = str(database.resolve())
    return [m for m in store.manifests_in(folder) if m.database == resolved]


def backup_opened_by(url: str, passphrase: str) -> Path | None:
    """The newest encrypted backup of the database at ``url`` when ``passphrase`` opens it,
    else None. A passphrase that opens the backup but not the database is the right one,
    and the database's file is damaged (SQLCipher cannot tell a wrong key from a damaged
    first page). One backup is tried: each try derives a key (a quarter of a second)."""
    database = sqlite_path(url)
    if database is None:
        return None
    encrypted = [
        m.backup for m in _manifests_of_file(database) if encryption.looks_encrypted(m.backup)
    ]
    if encrypted and encryption.passphrase_opens(encrypted[-1], passphrase):
        return encrypted[-1]
    return None


def recorded_backups(db: Database, limit: int = 50) -> list[BackupRecord]:
    """The backups recorded in this database, newest first (for a Backups list)."""
    with db.reading() as session:
        return list(
            session.exec(
                select(BackupRecord).order_by(col(BackupRecord.made_at).desc()).limit(limit)
            ).all()
        )
