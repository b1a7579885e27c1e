"""Encrypting the office's SQLite database, or decrypting it (``ombuds-desk encrypt`` /
``decrypt``): an admin's work, on a database closed everywhere.

The conversion itself (``store/conversion.py``) writes the file anew, checks every table's
rows and content hash against the old file and only then renames it over the old one.
Backups made before encrypting stay as they were, plain: :func:`plain_backups` names them,
so that the admin can remove them or keep them somewhere safe.
"""

from __future__ import annotations

from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.auth import has_staff
from ombuds_desk.services.core.backups import backup_folder
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store import backup as store
from ombuds_desk.store import encryption
from ombuds_desk.store.conversion import Conversion, ConversionError, convert
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.files import is_sqlite_file
from ombuds_desk.store.locations import sqlite_path


def passphrase_problem(passphrase: str) -> str | None:
    """What is wrong with a new passphrase, or None."""
    if len(passphrase) < encryption.MIN_PASSPHRASE_LENGTH:
        return translate(
            "Encryption",
            "is too short: at least {count} characters (a few words are easier to remember "
            "than a jumble)",
        ).format(count=encryption.MIN_PASSPHRASE_LENGTH)
    if passphrase != passphrase.strip():
        return translate(
            "Encryption",
            "begins or ends with a space, which is easily lost when it is typed again",
        )
    return None


def _file(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise ConversionError(
            translate(
                "Encryption",
                "Only a SQLite database file is encrypted by Ombuds Desk; a PostgreSQL server "
                "keeps its data safe with the server's own disk encryption.",
            )
        )
    if not path.is_file():
        raise ConversionError(
            translate("Encryption", "There is no database file {path}.").format(path=path)
        )
    return path


def encrypt_database(url: str, actor: User, passphrase: str) -> Conversion:
    """Encrypt the plain SQLite database at ``url`` with ``passphrase`` (checked as a new
    one). Every connection to it must be closed. Raises ``ConversionError`` or
    ``ValidationError`` with the file unchanged."""
    require(actor, Action.ENCRYPT_DATABASE)
    path = _file(url)
    if encryption.looks_encrypted(path):
        raise ConversionError(
            translate(
                "Encryption", "The database {path} is already encrypted. Nothing was changed."
            ).format(path=path)
        )
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise _weak(problem)
    done = convert(path, old=None, new=passphrase)
    _recorded(url, actor, done, passphrase)
    return done


def _recorded(url: str, actor: User, done: Conversion, passphrase: str | None) -> None:
    """The conversion in the audit trail of the converted file: who, when, which way, and
    the tables and rows checked (never the passphrase)."""
    db = open_database(url, passphrase=passphrase)
    try:
        with unit_of_work(db, actor) as session:
            audit.record(
                session,
                actor.id,
                AuditAction.ENCRYPT if done.encrypted else AuditAction.DECRYPT,
                "database",
                None,
                {"file": str(done.path), "tables": len(done.tables), "rows": done.rows},
            )
    finally:
        db.dispose()


def decrypt_database(url: str, actor: User) -> Conversion:
    """Decrypt the encrypted SQLite database at ``url`` (opened before in this process with
    its passphrase). Every connection to it must be closed. Raises ``ConversionError``."""
    require(actor, Action.ENCRYPT_DATABASE)
    path = _file(url)
    if not encryption.looks_encrypted(path):
        raise ConversionError(
            translate(
                "Encryption", "The database {path} is not encrypted. Nothing was changed."
            ).format(path=path)
        )
    done = convert(path, old=encryption.check_passphrase(path, None), new=None)
    _recorded(url, actor, done, None)
    return done


def plain_backups(db: Database) -> list[Path]:
    """This database's backups that are not encrypted (made before it was), oldest first."""
    path = db.path
    if path is None:
        return []
    database = str(path.resolve())
    found = []
    for manifest in store.manifests_in(backup_folder(db)):
        if manifest.database == database and is_sqlite_file(manifest.backup):
            found.append(manifest.backup)
    return found


def encrypt_new_database(db: Database, passphrase: str) -> None:
    """Encrypt a database nobody can sign in to yet (the first start's choice), before
    anything of the office is written to it; ``db`` goes on with the encrypted file. Like
    ``users.create_first_admin``, refused once the database has staff: an admin then uses
    :func:`encrypt_database`. Raises ``ValidationError`` or ``ConversionError``."""
    path = db.path
    if path is None or db.read_only:
        raise ConversionError(
            translate("Encryption", "Only a writable SQLite database file can be encrypted.")
        )
    with db.reading() as session:
        staff = has_staff(session)
    if staff:
        raise ConversionError(
            translate(
                "Encryption",
                "{name} already has staff: an admin encrypts it with `ombuds-desk encrypt`.",
            ).format(name=db.display_name)
        )
    if db.encrypted:
        return
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise _weak(problem)
    db.dispose()
    convert(path, old=None, new=passphrase)
    db.take_over(open_database(db.url, demo=db.demo, passphrase=passphrase))


def _weak(problem: str) -> ValidationError:
    said = translate("Encryption", "The passphrase {problem}.").format(problem=problem)
    return ValidationError(said, fields={"passphrase": said})
