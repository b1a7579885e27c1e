"""Where the office's data is: the database, its backups, the log and exports; whether each
is encrypted; the last successful backup and the last check of the audit trail.

For the admins' "Where the data is" tab: an office answering a data-protection question
("where is our register, who can read it, when was it last backed up?") reads it here
instead of asking a developer. The last ``audit verify`` (command line or window) is
recorded when it runs (:func:`record_verification`), as an office setting the settings
dialog does not show.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import BackupRecord, OfficeSetting, User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core.audit_verify import ChainReport
from ombuds_desk.services.core.backups import backup_folder
from ombuds_desk.services.core.messages import tr
from ombuds_desk.services.core.office_settings import store_setting
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.store import backup as store
from ombuds_desk.store.database import Database
from ombuds_desk.store.files import is_sqlite_file

LAST_VERIFICATION = "audit_verify.last"


@dataclass(frozen=True)
class Place:
    """One kind of data and where it goes."""

    what: str  # "Database", "Backups", "Log", "Exports": a key, in English (shown translated)
    where: str
    encrypted: bool | None  # None: not for this app to say (a server's disks)
    how: str  # the encryption, or why there is none, in words


@dataclass(frozen=True)
class LastBackup:
    made_at: datetime  # aware UTC
    kind: str
    path: str
    by: str  # the member of staff's user name, or "the app" for the daily backup


@dataclass(frozen=True)
class LastVerification:
    at: datetime  # aware UTC
    by: str
    intact: bool
    entries: int
    problem: str | None


@dataclass(frozen=True)
class DataLocations:
    places: list[Place]
    last_backup: LastBackup | None
    last_verification: LastVerification | None
    plain_backups: int  # of an encrypted database: its backups made before, not encrypted


def data_locations(
    db: Database, actor: User, *, log_file: Path | None, exports_folder: Path | None
) -> DataLocations:
    """Where the data of ``db`` is (an admin's view). ``log_file`` and ``exports_folder`` are
    the window's (the log it writes, the folder it offers exports in)."""
    require(actor, Action.VIEW_AUDIT_TRAIL)
    places = [_database(db)]
    plain = 0
    if db.path is not None:
        folder = backup_folder(db)
        plain = _plain_backups(db, folder) if db.encrypted else 0
        places.append(_backups(db, folder, plain))
    else:
        places.append(
            Place(
                QT_TRANSLATE_NOOP("DataLocations", "Backups"),
                translate("DataLocations", "the server's (pg_dump, by its administrator)"),
                None,
                translate("DataLocations", "as made"),
            )
        )
    places.append(
        Place(
            QT_TRANSLATE_NOOP("DataLocations", "Log"),
            str(log_file)
            if log_file
            else translate("DataLocations", "not written (started from a terminal)"),
            False,
            translate(
                "DataLocations",
                "Not encrypted: it holds no one's personal data, only user names, file names "
                "and errors.",
            ),
        )
    )
    places.append(
        Place(
            QT_TRANSLATE_NOOP("DataLocations", "Exports"),
            translate("DataLocations", "chosen at each export (offered: {folder})").format(
                folder=exports_folder
            )
            if exports_folder
            else translate("DataLocations", "chosen at each export"),
            False,
            translate(
                "DataLocations",
                "Exported lists and printed PDFs are not covered by the database's encryption: "
                "keep them in a safe place and delete them when they are no longer needed.",
            ),
        )
    )
    with db.reading() as session:
        newest = session.exec(
            select(BackupRecord).order_by(col(BackupRecord.made_at).desc()).limit(1)
        ).first()
        by = None
        if newest is not None and newest.made_by_id is not None:
            member = session.get(User, newest.made_by_id)
            by = member.username if member is not None else None
        verification = _read_verification(session)
    last = None
    if newest is not None:
        last = LastBackup(
            as_utc(newest.made_at),
            newest.kind.value,
            newest.path,
            by or translate("DataLocations", "the app"),
        )
    return DataLocations(places, last, verification, plain)


def _database(db: Database) -> Place:
    if db.path is None:
        return Place(
            QT_TRANSLATE_NOOP("DataLocations", "Database"),
            db.display_name,
            None,
            translate(
                "DataLocations",
                "On the office's server: its disks' encryption is the server administrator's.",
            ),
        )
    if db.encrypted:
        return Place(
            QT_TRANSLATE_NOOP("DataLocations", "Database"),
            str(db.path),
            True,
            translate(
                "DataLocations",
                "Encrypted with SQLCipher (AES-256): the passphrase is asked at every start and "
                "stored nowhere.",
            ),
        )
    return Place(
        QT_TRANSLATE_NOOP("DataLocations", "Database"),
        str(db.path),
        False,
        translate(
            "DataLocations",
            "Not encrypted: anyone who can read the file can read the register. An admin can "
            "encrypt it (ombuds-desk encrypt).",
        ),
    )


def _backups(db: Database, folder: Path, plain: int) -> Place:
    if not db.encrypted:
        return Place(
            QT_TRANSLATE_NOOP("DataLocations", "Backups"),
            str(folder),
            False,
            translate("DataLocations", "Not encrypted, like the database."),
        )
    how = translate("DataLocations", "Encrypted with the database's passphrase.")
    if plain:
        older = tr(
            "%n older backup(s), made before the database was encrypted, are not: "
            "delete them or keep them somewhere as safe.",
            "",
            plain,
        )
        how += " " + older
    return Place(QT_TRANSLATE_NOOP("DataLocations", "Backups"), str(folder), plain == 0, how)


def _plain_backups(db: Database, folder: Path) -> int:
    assert db.path is not None
    database = str(db.path.resolve())
    count = 0
    for manifest in store.manifests_in(folder):
        with contextlib.suppress(OSError):
            if manifest.database == database and is_sqlite_file(manifest.backup):
                count += 1
    return count


def record_verification(db: Database, actor: User, report: ChainReport) -> None:
    """Keep the result of an audit trail verification just made, for the tab. Quietly not
    kept where nothing can be written (a read-only or locked database): the check itself
    stands. Called by ``audit_check.verify_audit_trail``, which checked the role."""
    value = json.dumps(
        {
            "at": utcnow().isoformat(),
            "by": actor.username,
            "intact": report.intact,
            "entries": report.entries,
            "problem": report.problem,
        },
        ensure_ascii=False,
    )
    if db.read_only:
        return
    # Not through unit_of_work: its audit listener would add an entry to the very trail
    # just checked, so that the head the check reported would be stale at once. The result
    # is about the trail, not a change to the register.
    with contextlib.suppress(OperationalError, DatabaseError), Session(db.write_engine) as session:
        store_setting(session, LAST_VERIFICATION, value)
        session.commit()


def _read_verification(session: Session) -> LastVerification | None:
    row = session.get(OfficeSetting, LAST_VERIFICATION)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        return LastVerification(
            at=as_utc(datetime.fromisoformat(data["at"])),
            by=str(data["by"]),
            intact=bool(data["intact"]),
            entries=int(data["entries"]),
            problem=data.get("problem"),
        )
    except (ValueError, KeyError, TypeError):
        return None
