"""Backup files: a consistent, private copy with its manifest; a check that refuses what
cannot be restored; a restore that sets the current file aside first."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import select

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.audit_verify import head_of, verify_chain
from ombuds_desk.store import db_messages as words
from ombuds_desk.store import files, migrate
from ombuds_desk.store.backup import (
    BackupError,
    check_backup,
    make_backup,
    manifest_path,
    manifests_in,
    read_manifest,
)
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.db_messages import said
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.files import sha256_of
from ombuds_desk.store.locations import to_url
from ombuds_desk.store.restoring import restore
from ombuds_desk.store.translations import catalogue
from tests.services.helpers import register
from tests.store.conftest import fill, not_writable

MADE_AT = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _family_names(path: Path) -> list[str]:
    return sorted(str(row[0]) for row in _query(path, "SELECT family_name FROM person"))


def _folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_is_whole_private_and_described_by_its_manifest(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Пʼятницька")  # may still be in the log only
    target = tmp_path / "backups" / "office-on-demand.sqlite3"

    manifest = make_backup(db_path, target, kind="on_demand", made_at=MADE_AT)

    assert _folder_files(target.parent) == [target.name, target.name + ".json"]
    for path in (target, manifest_path(target)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert _query(target, "PRAGMA integrity_check") == [("ok",)]
    assert _query(target, "PRAGMA journal_mode") == [("delete",)]  # one file, no log
    assert _family_names(target) == ["Пʼятницька"]
    with db.reading() as session:
        entries, head_hash = head_of(session)
    written = json.loads(manifest_path(target).read_text(encoding="utf-8"))
    assert written == {
        "app": "Ombuds Desk",
        "format": 1,
        "made_at": "2026-11-26T03:00:00+00:00",
        "kind": "on_demand",
        "database": str(db_path.resolve()),
        "backup": target.name,
        "schema_revision": migrate.head_revision(),
        "audit_entries": entries,
        "audit_head_hash": head_hash,
        "sha256": sha256_of(target),
        "size_bytes": target.stat().st_size,
    }
    assert entries > 0
    assert read_manifest(target) == manifest
    assert manifests_in(target.parent) == [manifest]


def test_a_backup_is_never_written_over_an_existing_file(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "mine.sqlite3"
    target.write_text("a file of the user's", encoding="utf-8")
    with pytest.raises(BackupError, match=r"already exists\. Choose another name"):
        make_backup(db_path, target, kind="on_demand", made_at=MADE_AT)
    assert target.read_text(encoding="utf-8") == "a file of the user's"


def test_a_backup_of_a_database_another_program_holds_locked_gives_up_and_says_so(
    db: Database, admin: User, today: date, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program that holds the file locked against readers (its own exclusive lock)
    made the driver's backup retry for ever; it gives up, in the reader's language."""
    register(db, admin, today, family_name="Ґудзь")
    db.dispose()
    monkeypatch.setattr(files, "COPY_WAIT_S", 0.5)  # the office waits longer: the same path
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT count(*) FROM person").fetchone()
        target = db_path.parent / "backups" / "office-on-demand.sqlite3"
        with i18n.using(catalogue(Language.UK)):
            with pytest.raises(BackupError) as refused:
                make_backup(db_path, target, kind="on_demand", made_at=MADE_AT)
            locked = said(words.LOCKED, name=db_path)
        assert refused.value.message.startswith(locked + " ")
        assert locked.startswith("Базу даних") and "The backup" not in refused.value.message
    finally:
        holder.close()
    assert not target.exists()
    assert list(target.parent.iterdir()) == []  # nor its copy begun
    assert _family_names(db_path) == ["Ґудзь"]
    make_backup(db_path, target, kind="on_demand", made_at=MADE_AT)  # once it is let go
    assert _family_names(target) == ["Ґудзь"]


def test_a_backup_to_a_full_disk_says_so_and_leaves_nothing(
    db: Database, admin: User, today: date, db_path: Path, small_disk: Path
) -> None:
    for _ in range(20):
        register(db, admin, today, family_name="Ковальчук" * 5)
    fill(small_disk, leave=16 * 1024)
    before = _folder_files(small_disk)
    target = small_disk / "office-daily.sqlite3"
    with pytest.raises(BackupError) as refused:
        make_backup(db_path, target, kind="daily", made_at=MADE_AT)
    assert refused.value.message == (
        "The disk is full: nothing was saved. Free some space in "
        f"{small_disk}, or choose another backup folder, and try again."
    )
    assert _folder_files(small_disk) == before


def test_a_backup_to_a_folder_that_cannot_be_written_says_which(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with not_writable(folder), pytest.raises(BackupError) as refused:
        make_backup(db_path, folder / "b.sqlite3", kind="daily", made_at=MADE_AT)
    assert refused.value.message.startswith(f"Cannot write the backup to {folder}: ")
    assert refused.value.message.endswith("Choose another backup folder and try again.")
    assert _folder_files(folder) == []


# --- the check ------------------------------------------------------------------------------


def _backup(db_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "backups" / "office.sqlite3"
    make_backup(db_path, target, kind="on_demand", made_at=MADE_AT)
    return target


def test_the_check_reports_the_schema_and_the_audit_head(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today)
    target = _backup(db_path, tmp_path)
    checked = check_backup(target)
    with db.reading() as session:
        entries, head_hash = head_of(session)
    assert checked.schema_revision == migrate.head_revision() and not checked.older
    assert (checked.audit_entries, checked.audit_head_hash) == (entries, head_hash)
    assert checked.manifest is not None and checked.manifest.sha256 == sha256_of(target)
    assert checked.describe() == (
        f"schema {migrate.head_revision()}; audit trail of {entries:,} entries, "
        f"head {head_hash[:12]}…"
    )


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "persons.csv"
    path.write_text("case_number;family_name\nCAP-1;Іваненко\n", encoding="utf-8")
    with pytest.raises(BackupError) as refused:
        check_backup(path)
    assert refused.value.message == (
        f"{path} is not an Ombuds Desk backup: it is not a database file. Choose another file."
    )


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match=r"There is no backup file .* Check the name"):
        check_backup(tmp_path / "nowhere.sqlite3")
    with pytest.raises(BackupError, match="is a folder, not a backup"):
        check_backup(tmp_path)


def test_a_damaged_backup_is_refused(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    target = _backup(db_path, tmp_path)
    data = bytearray(target.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\xff" * (page * 3)
    target.write_bytes(bytes(data))
    with pytest.raises(BackupError) as refused:
        check_backup(target)
    assert refused.value.message.startswith(f"The backup {target} is damaged (")
    assert refused.value.message.endswith("it cannot be restored. Choose another backup.")


def test_another_program_s_database_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "places.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    with pytest.raises(BackupError) as refused:
        check_backup(foreign)
    assert refused.value.message == (
        f"{foreign} is not an Ombuds Desk backup: it is another program's database. "
        "Choose another file."
    )
    # Another program that also uses Alembic is not taken for a newer Ombuds Desk.
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('3f2a9c1d')")
    with pytest.raises(BackupError, match="another program's database"):
        check_backup(foreign)


def test_a_backup_from_a_newer_version_is_refused(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    target = _backup(db_path, tmp_path)
    manifest_path(target).unlink()  # changed on purpose here; the check of the hash is below
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(BackupError) as refused:
        check_backup(target)
    assert refused.value.message == (
        f"The backup {target} was made by a newer Ombuds Desk (schema 0099). "
        "Install the newer version to restore it."
    )


def test_a_backup_changed_after_it_was_made_is_refused(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Справжня")
    target = _backup(db_path, tmp_path)
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE person SET family_name = 'Підмінена'")
    with pytest.raises(BackupError) as refused:
        check_backup(target)
    assert refused.value.message == (
        f"The backup {target} was changed after it was made: it no longer matches the SHA-256 "
        f"in {target.name}.json. Choose another backup."
    )


def _older_database(path: Path) -> None:
    """A database at the first schema, as the first version made it."""
    engine = make_engine(to_url(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()


def test_an_older_backup_is_accepted_and_said_to_need_an_upgrade(tmp_path: Path) -> None:
    older = tmp_path / "old.sqlite3"
    _older_database(older)
    checked = check_backup(older)
    assert checked.schema_revision == "0001" and checked.older
    assert checked.audit_head_hash is None and checked.manifest is None
    assert checked.describe() == (
        "schema 0001, older: it will be upgraded; audit trail of 0 entries (before the chain)"
    )


# --- restore --------------------------------------------------------------------------------


def test_restore_sets_the_current_file_aside_then_puts_the_backup_in_its_place(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Перша")
    target = _backup(db_path, tmp_path)
    register(db, admin, today, family_name="Після-копії")
    db.dispose()
    db_path.chmod(0o640)

    set_aside = restore(db_path, check_backup(target), now=MADE_AT)

    assert set_aside is not None
    local = MADE_AT.astimezone().strftime("%Y%m%d-%H%M%S")
    assert set_aside == db_path.with_name(f"office.before-restore-{local}.sqlite3")
    assert stat.S_IMODE(set_aside.stat().st_mode) == 0o600
    assert _family_names(set_aside) == ["Перша", "Після-копії"]
    assert _family_names(db_path) == ["Перша"]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o640  # the database keeps its mode
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert sha256_of(target) == json.loads(manifest_path(target).read_text())["sha256"]
    again = open_database(to_url(db_path))
    try:
        with again.reading() as session:
            assert verify_chain(session).intact
            assert [p.family_name for p in session.exec(select(Person)).all()] == ["Перша"]
    finally:
        again.dispose()


def test_restore_is_refused_while_another_program_has_the_database_open(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Відкрита")
    target = _backup(db_path, tmp_path)
    register(db, admin, today, family_name="Друга")
    other = sqlite3.connect(db_path)  # another window, idle
    other.execute("SELECT count(*) FROM person").fetchone()
    db.dispose()
    try:
        with pytest.raises(BackupError) as refused:
            restore(db_path, check_backup(target))
    finally:
        other.close()
    assert refused.value.message == (
        f"The database {db_path} is open in another window or program. Close it there, "
        "then restore again. Nothing was changed."
    )
    assert _family_names(db_path) == ["Відкрита", "Друга"]
    assert not [p for p in db_path.parent.iterdir() if ".before-restore-" in p.name]


def test_a_damaged_database_is_set_aside_as_it_is_and_replaced(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    target = _backup(db_path, tmp_path)
    db.dispose()
    db_path.write_bytes(b"\x00" * 100 + db_path.read_bytes()[100:])  # the header is gone
    damaged = db_path.read_bytes()

    set_aside = restore(db_path, check_backup(target))

    assert set_aside is not None and set_aside.read_bytes() == damaged
    assert _query(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert len(_family_names(db_path)) == 30


def test_restore_into_a_place_with_no_database_sets_nothing_aside(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    target = _backup(db_path, tmp_path)
    elsewhere = tmp_path / "new place" / "office.sqlite3"
    assert restore(elsewhere, check_backup(target)) is None
    assert _query(elsewhere, "PRAGMA integrity_check") == [("ok",)]
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o600


def test_the_copy_for_an_upgrade_is_made_the_same_way(db: Database, db_path: Path) -> None:
    copy = migrate.backup_sqlite(db_path, "0001")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    again = migrate.backup_sqlite(db_path, "0001")  # the same second: a name of its own
    assert again != copy and again.exists() and copy.exists()
