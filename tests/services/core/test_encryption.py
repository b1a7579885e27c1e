"""Encryption at rest: a register encrypted and decrypted in place, checked table by table;
its raw bytes, its backups' and the file set aside at a restore hold no name; a missing or
wrong passphrase says so; only an admin converts."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.backups import backup_now, restore_backup
from ombuds_desk.services.core.encryption import (
    decrypt_database,
    encrypt_database,
    plain_backups,
)
from ombuds_desk.store import encryption
from ombuds_desk.store.conversion import ConversionError
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.encryption import PassphraseNeededError, WrongPassphraseError
from ombuds_desk.store.files import sha256_of
from ombuds_desk.store.table_copy import register_checks
from tests.services.helpers import register
from tests.store.abandoned import killed_while_writing

pytestmark = pytest.mark.sqlite_only(reason="SQLCipher encrypts a SQLite file")

NAME = "Ґудзь-Їжакевич"
PASSPHRASE = "ключ від сейфу, 'сім' \"вісім\""


@pytest.fixture(autouse=True)
def _no_passphrase_kept() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


def _bytes_hold(path: Path, text: str) -> bool:
    return text.encode("utf-8") in path.read_bytes()


def _names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(p.family_name for p in session.exec(select(Person)).all())


def _checks(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        return list(register_checks(connection))


def _but_the_trail(checks: list[object]) -> list[object]:
    """Every table's check but the audit trail's and its head's, which the conversion's
    own entry moves on."""
    return [c for c in checks if getattr(c, "table", None) not in ("audit_entry", "audit_head")]


def _last_entry(db: Database) -> tuple[AuditAction, int | None, object]:
    """The newest audit entry: what, who, and the rows it says were checked."""
    with db.reading() as session:
        entry = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert entry is not None
    return entry.action, entry.user_id, json.loads(entry.changes).get("rows")


def _encrypted(db: Database, admin: User, today: date) -> Database:
    """``db`` with a person of NAME, encrypted in place with PASSPHRASE and opened again."""
    register(db, admin, today, family_name=NAME)
    db.dispose()
    encrypt_database(db.url, admin, PASSPHRASE)
    return open_database(db.url)


def test_encrypting_keeps_every_row_and_no_name_is_left_in_the_file(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name=NAME)
    before = _checks(db)
    db.dispose()
    assert _bytes_hold(db_path, NAME)  # the grep below can find it when it is there

    done = encrypt_database(db.url, admin, PASSPHRASE)

    assert done.encrypted and done.tables == before and done.rows > 0
    assert not _bytes_hold(db_path, NAME)
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []
    encryption.forget_all()
    again = open_database(db.url, passphrase=PASSPHRASE)
    try:
        assert again.encrypted and _names(again) == [NAME]
        assert _but_the_trail(_checks(again)) == _but_the_trail(before)
        assert _last_entry(again) == (AuditAction.ENCRYPT, admin.id, done.rows)
        assert verify_audit_trail(again, admin).intact
    finally:
        again.dispose()
    assert not _bytes_hold(db_path, NAME)  # the write-ahead log was encrypted too


def test_a_missing_or_wrong_passphrase_is_said_in_words(
    db: Database, admin: User, today: date
) -> None:
    _encrypted(db, admin, today).dispose()
    encryption.forget_all()
    with pytest.raises(PassphraseNeededError, match="is encrypted: give its passphrase"):
        open_database(db.url)
    with pytest.raises(WrongPassphraseError) as wrong:
        open_database(db.url, passphrase="не той ключ")
    assert "passphrase does not open the database" in wrong.value.message
    assert "not a database" not in wrong.value.message
    # The right one after a wrong one opens it.
    right = open_database(db.url, passphrase=PASSPHRASE)
    right.dispose()


def test_a_new_database_can_be_made_encrypted_and_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    made = open_database(f"sqlite:///{path}", passphrase=PASSPHRASE)
    made.dispose()
    assert made.encrypted and encryption.looks_encrypted(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    opened = _encrypted(db, admin, today)
    try:
        made = Path(backup_now(opened, admin).path)
        register(opened, admin, today, family_name="Пізніша")
    finally:
        opened.dispose()
    assert encryption.looks_encrypted(made) and not _bytes_hold(made, NAME)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert not _bytes_hold(Path(f"{made}.json"), NAME)

    result = restore_backup(db_path, admin, made)

    assert result.set_aside is not None and not _bytes_hold(result.set_aside, NAME)
    assert not _bytes_hold(result.set_aside, "Пізніша")
    assert stat.S_IMODE(result.set_aside.stat().st_mode) == 0o600
    encryption.forget_all()
    again = open_database(db.url, passphrase=PASSPHRASE)
    try:
        assert _names(again) == [NAME]
    finally:
        again.dispose()
    assert not _bytes_hold(db_path, NAME)


def test_decrypting_gives_back_the_same_register_in_plain(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name=NAME)
    db.dispose()
    encrypt_database(db.url, admin, PASSPHRASE)
    encrypted = open_database(db.url)  # the passphrase is known to this process now
    before = _checks(encrypted)
    encrypted.dispose()

    done = decrypt_database(db.url, admin)

    assert not done.encrypted and done.tables == before
    assert db_path.read_bytes().startswith(b"SQLite format 3") and _bytes_hold(db_path, NAME)
    plain = open_database(db.url)
    try:
        assert not plain.encrypted and _names(plain) == [NAME]
        assert _last_entry(plain) == (AuditAction.DECRYPT, admin.id, done.rows)
        assert verify_audit_trail(plain, admin).intact
    finally:
        plain.dispose()


def test_only_an_admin_converts_and_a_refusal_changes_nothing(
    db: Database, admin: User, supervisor: User, db_path: Path
) -> None:
    db.dispose()
    before = sha256_of(db_path)
    with pytest.raises(PermissionDeniedError):
        encrypt_database(db.url, supervisor, PASSPHRASE)
    with pytest.raises(ValidationError, match="too short"):
        encrypt_database(db.url, admin, "short")
    with pytest.raises(ConversionError, match="not encrypted"):
        decrypt_database(db.url, admin)
    assert sha256_of(db_path) == before


def test_a_database_open_elsewhere_is_not_converted(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name=NAME)
    db.dispose()
    # Another window: another process with the database open (in this process the two
    # drivers' SQLite libraries would not see each other's locks).
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(ConversionError, match="open in another window"):
            encrypt_database(db.url, admin, PASSPHRASE)
    finally:
        holder.kill()
        holder.communicate()
    assert _bytes_hold(db_path, NAME) and not encryption.looks_encrypted(db_path)
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []


HOLD_OPEN = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN")
c.execute("SELECT count(*) FROM person").fetchone()
print("open", flush=True)
time.sleep(60)
"""


def test_plain_backups_made_before_encrypting_are_named(
    db: Database, admin: User, today: date
) -> None:
    register(db, admin, today, family_name=NAME)
    old = Path(backup_now(db, admin).path)
    db.dispose()
    encrypt_database(db.url, admin, PASSPHRASE)
    opened = open_database(db.url)
    try:
        new = Path(backup_now(opened, admin).path)
        assert plain_backups(opened) == [old]
        assert _bytes_hold(old, NAME) and not _bytes_hold(new, NAME)
    finally:
        opened.dispose()


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted_again(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    """A backup made before the office encrypted its register is plain; restoring it must not
    leave the register plain on disk."""
    register(db, admin, today, family_name=NAME)
    old = Path(backup_now(db, admin).path)
    db.dispose()
    encrypt_database(db.url, admin, PASSPHRASE)
    opened = open_database(db.url)
    try:
        register(opened, admin, today, family_name="Пізніша")
    finally:
        opened.dispose()

    result = restore_backup(db_path, admin, old)

    assert result.encrypted_again
    assert encryption.looks_encrypted(db_path) and not _bytes_hold(db_path, NAME)
    assert _bytes_hold(old, NAME)  # the backup itself as it was
    encryption.forget_all()
    with pytest.raises(PassphraseNeededError):
        open_database(db.url)
    again = open_database(db.url, passphrase=PASSPHRASE)
    try:
        assert _names(again) == [NAME]
        with again.reading() as session:
            entry = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
        assert entry is not None and entry.action == AuditAction.RESTORE
        assert json.loads(entry.changes)["encrypted_again"] is True
        assert verify_audit_trail(again, admin).intact
    finally:
        again.dispose()


def test_an_encrypted_backup_restored_over_an_encrypted_database_is_not_said_again(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    opened = _encrypted(db, admin, today)
    try:
        made = Path(backup_now(opened, admin).path)
    finally:
        opened.dispose()
    assert not restore_backup(db_path, admin, made).encrypted_again


def test_a_plain_copy_left_by_a_killed_conversion_is_removed_by_the_next(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    opened = _encrypted(db, admin, today)
    opened.dispose()
    left = killed_while_writing(db_path)  # a decryption killed before its rename
    assert _bytes_hold(left, NAME)

    decrypt_database(db.url, admin)

    assert not left.exists()
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith((".tmp", ".tmp-journal"))]
    again = open_database(db.url)
    try:
        assert _names(again) == [NAME]
    finally:
        again.dispose()
