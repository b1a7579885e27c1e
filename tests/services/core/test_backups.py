"""Backups as the office uses them: on demand and daily, recorded and audited; made while
someone else writes; rotation keeps the right files and only its own; restore round trip;
damaged and foreign files refused; the newest backup's head for ``audit verify``."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, BackupRecord, User
from ombuds_desk.domain.enums import AuditAction, BackupKind, Role
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core import backups
from ombuds_desk.services.core.audit_verify import head_of, verify_chain
from ombuds_desk.services.core.auth import SignInError
from ombuds_desk.services.core.backups import (
    BackupError,
    backup_now,
    dailies_to_keep,
    daily_backup_if_due,
    latest_known_head,
    newest_backup,
    restore_backup,
    sign_in_on_backup,
)
from ombuds_desk.services.core.office_settings import BACKUP_FOLDER, set_setting, store_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store import migrate
from ombuds_desk.store.backup import make_backup, manifest_path, read_manifest
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.files import sha256_of
from ombuds_desk.store.locations import to_url
from tests.conftest import PASSWORDS
from tests.services.helpers import register
from tests.store.abandoned import backup_killed_half_way
from tests.store.test_backup import _older_database

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)

# Backups copy the SQLite file and restore over it; a server's are the server's job
# (test_on_a_server_backups_are_the_server_s_job, test_no_daily_backup_of_…_a_server_database).
pytestmark = pytest.mark.sqlite_only(
    reason="backups copy the SQLite file; on a server they are the server's job"
)


def _entries(db: Database, action: AuditAction) -> list[AuditEntry]:
    with db.reading() as session:
        return list(
            session.exec(
                select(AuditEntry).where(AuditEntry.action == action).order_by(col(AuditEntry.id))
            ).all()
        )


def _records(db: Database) -> list[BackupRecord]:
    with db.reading() as session:
        return list(session.exec(select(BackupRecord).order_by(col(BackupRecord.id))).all())


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in connection.execute("SELECT family_name FROM person"))
    finally:
        connection.close()


# --- on demand ------------------------------------------------------------------------------


def test_a_supervisor_backs_up_to_the_backups_folder_beside_the_database(
    db: Database, supervisor: User, today: date, db_path: Path
) -> None:
    register(db, supervisor, today, family_name="Ґудзь")
    with db.reading() as session:
        head_before = head_of(session)

    record = backup_now(db, supervisor, now=NOW)

    local = NOW.astimezone().strftime("%Y%m%d-%H%M%S")
    path = db_path.parent / "backups" / f"office-on-demand-{local}.sqlite3"
    assert Path(record.path) == path and path.exists()
    assert _names(path) == ["Ґудзь"]
    assert record.kind == BackupKind.ON_DEMAND and record.made_by_id == supervisor.id
    assert (record.audit_entries, record.audit_head_hash) == head_before
    assert record.size_bytes == path.stat().st_size
    assert [r.id for r in _records(db)] == [record.id]
    [entry] = _entries(db, AuditAction.BACKUP)
    assert entry.user_id == supervisor.id and entry.entity_id == record.id
    assert json.loads(entry.changes) == {
        "kind": "on_demand",
        "path": str(path),
        "sha256": sha256_of(path),
        "audit_entries": head_before[0],
    }
    with db.reading() as session:
        assert verify_chain(session).intact


def test_a_caseworker_may_not_back_up(db: Database, caseworker: User, db_path: Path) -> None:
    with pytest.raises(PermissionDeniedError, match="Only a supervisor or admin can make a backup"):
        backup_now(db, caseworker)
    assert not (db_path.parent / "backups").exists() and _records(db) == []


def test_the_backup_folder_setting_is_used_and_a_folder_or_file_can_be_given(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    chosen = tmp_path / "Резервні копії"
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, BACKUP_FOLDER, str(chosen))
    first = Path(backup_now(db, admin, now=NOW).path)
    assert first.parent == chosen and read_manifest(first) is not None
    other = Path(backup_now(db, admin, tmp_path / "usb", now=NOW).path)
    assert other.parent == tmp_path / "usb"
    named = Path(backup_now(db, admin, file=tmp_path / "before-audit.sqlite3").path)
    assert named == tmp_path / "before-audit.sqlite3" and manifest_path(named).exists()
    assert backups.backup_folder(db) == chosen
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, BACKUP_FOLDER, "відкладені")  # relative: beside the file
    assert backups.backup_folder(db) == db_path.parent / "відкладені"


def test_two_backups_in_the_same_second_get_names_of_their_own(db: Database, admin: User) -> None:
    first = backup_now(db, admin, now=NOW)
    second = backup_now(db, admin, now=NOW)
    assert first.path != second.path
    assert Path(second.path).name.endswith("-2.sqlite3")


def test_a_backup_made_while_another_connection_writes_is_consistent(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    writer_db = open_database(db.url)  # another engine: its own connections
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        while not stop.is_set():
            person = register(writer_db, admin, today, family_name="Паралельна")
            assert person.id is not None
            written.append(person.id)
            # A pause as between two saves of people at work: a writer looping without one
            # takes the lock back before the busy handler of the backup's record wakes.
            time.sleep(0.005)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made: list[BackupRecord] = []
        while len(made) < 3 or len(written) < 10:
            made.append(backup_now(db, admin, tmp_path / "during"))
    finally:
        stop.set()
        writer.join()
        writer_db.dispose()
    counts = []
    for record in made:
        copy = tmp_path / "checked.sqlite3"
        shutil.copyfile(record.path, copy)  # the backup itself stays as its manifest says
        opened = open_database(to_url(copy))
        try:
            with opened.reading() as session:
                chain = verify_chain(session)
                ids = sorted(p.id for p in session.exec(select(Person)).all() if p.id)
        finally:
            opened.dispose()
            for end in ("", "-wal", "-shm"):
                copy.with_name(copy.name + end).unlink(missing_ok=True)
        assert chain.intact
        assert (chain.entries, chain.head_hash) == (record.audit_entries, record.audit_head_hash)
        assert ids == list(range(1, len(ids) + 1))  # a whole prefix of what was written
        counts.append(len(ids))
    assert counts == sorted(counts) and counts[-1] > 0


def test_a_backup_that_cannot_be_written_records_nothing(
    db: Database, admin: User, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(BackupError, match=r"Nothing was saved; try again|Choose another"):
        backup_now(db, admin, blocker)
    assert _records(db) == [] and _entries(db, AuditAction.BACKUP) == []


# --- daily and rotation ---------------------------------------------------------------------


def test_the_daily_backup_is_the_app_s_own_and_made_once_a_day(
    db: Database, admin: User, db_path: Path
) -> None:
    first = daily_backup_if_due(db, NOW)
    assert first is not None and first.kind == BackupKind.DAILY and first.made_by_id is None
    [entry] = _entries(db, AuditAction.BACKUP)
    assert entry.user_id is None
    assert daily_backup_if_due(db, NOW + timedelta(hours=3)) is None  # the same day
    backup_now(db, admin, now=NOW + timedelta(hours=4))  # on demand does not count
    second = daily_backup_if_due(db, NOW + timedelta(days=1))
    assert second is not None and Path(second.path).exists()
    assert len([r for r in _records(db) if r.kind == BackupKind.DAILY]) == 2


def test_the_start_clears_what_a_backup_killed_half_way_left_even_when_none_is_due(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name="Ґудзь")
    assert daily_backup_if_due(db, NOW) is not None
    db.dispose()  # the killed backup waits for the file, which the test holds locked
    left = backup_killed_half_way(db_path, db_path.parent / "backups" / "office-copy.sqlite3")
    reopened = open_database(to_url(db_path))
    try:
        assert daily_backup_if_due(reopened, NOW + timedelta(hours=1)) is None  # not due
        assert not any(path.exists() for path in left)
        assert _names(db_path) == ["Ґудзь"]
    finally:
        reopened.dispose()


def test_no_daily_backup_of_a_demo_or_a_server_database(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        store_setting(session, "demo_database", "yes")
    assert daily_backup_if_due(db, NOW) is None
    url = "postgresql+psycopg://ombuds:s3cret@db.office.example/register"
    server = Database(url=url, engine=make_engine(url))
    try:
        assert daily_backup_if_due(server, NOW) is None
        assert latest_known_head(server) is None and newest_backup(server) is None
    finally:
        server.dispose()


def _every_day(days: int, end: datetime) -> list[datetime]:
    return [end - timedelta(days=n) for n in range(days)]


def test_rotation_keeps_two_weeks_of_dailies_and_the_newest_of_each_month_for_a_year() -> None:
    now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    made = _every_day(500, now)
    kept = dailies_to_keep(made, now)
    newest_14 = set(made[:14])
    assert newest_14 <= kept
    monthly = kept - newest_14
    # The newest of each month within a year: the last day of each earlier month back to
    # November 2025, whose last days are within the year (November 2026 is in the fortnight).
    months = {(m.astimezone().year, m.astimezone().month) for m in monthly}
    assert months == {(2025, 11), (2025, 12)} | {(2026, month) for month in range(1, 11)}
    assert len(monthly) == 12
    for moment in monthly:
        local = moment.astimezone()
        assert (local + timedelta(days=1)).month != local.month  # the month's last backup
        assert moment >= now - timedelta(days=365)
    assert len(kept) == 26
    assert dailies_to_keep([], now) == set()
    few = _every_day(5, now)
    assert dailies_to_keep(few, now) == set(few)


def test_rotation_deletes_old_dailies_and_never_a_file_it_did_not_make(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("мої нотатки", encoding="utf-8")
    stray = folder / "office-daily-20200101-000000.sqlite3"  # looks like one, no manifest
    shutil.copyfile(db_path, stray)
    old_on_demand = backup_now(db, admin, now=NOW - timedelta(days=800))
    other_db = tmp_path / "other" / "demo.sqlite3"
    open_database(to_url(other_db)).dispose()
    foreign_daily = folder / "demo-daily-20240101-030000.sqlite3"
    make_backup(other_db, foreign_daily, kind="daily", made_at=NOW - timedelta(days=900))

    # Dailies: every day for 20 days, and two a month (the 3rd and the 20th) before that.
    schedule = _every_day(20, NOW)
    for months_back in range(1, 16):
        for day in (3, 20):
            first_of_month = (NOW.replace(day=1) - timedelta(days=31 * months_back - 15)).replace(
                day=day
            )
            schedule.append(first_of_month)
    made_at = sorted(schedule)
    for moment in made_at:
        assert daily_backup_if_due(db, moment) is not None

    expected = dailies_to_keep(made_at, made_at[-1])
    left = {
        m.made_at
        for m in (read_manifest(p) for p in folder.glob("office-daily-*.sqlite3"))
        if m is not None
    }
    assert left == expected
    assert 14 < len(left) < len(made_at)
    for own in folder.glob("office-daily-*.sqlite3"):
        assert own == stray or manifest_path(own).exists()
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "мої нотатки"
    assert stray.exists() and Path(old_on_demand.path).exists()
    assert foreign_daily.exists() and manifest_path(foreign_daily).exists()
    assert not list(folder.glob("*.tmp"))


# --- restore --------------------------------------------------------------------------------


def test_restore_round_trip(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Збережена")
    made = backup_now(db, admin, now=NOW)
    register(db, admin, today, family_name="Пізніша")
    db.dispose()

    result = restore_backup(db_path, admin, Path(made.path))

    assert result.restored_from == Path(made.path) and not result.upgraded
    assert result.set_aside is not None and _names(result.set_aside) == ["Збережена", "Пізніша"]
    again = open_database(db.url)
    try:
        with again.reading() as session:
            assert [p.family_name for p in session.exec(select(Person)).all()] == ["Збережена"]
            assert verify_chain(session, latest_known_head(again)).intact
        [entry] = _entries(again, AuditAction.RESTORE)
        assert entry.user_id == admin.id
        details = json.loads(entry.changes)
        assert details["backup"] == made.path and details["by"] == "admin"
        assert details["set_aside"] == str(result.set_aside)
        set_aside = [r for r in _records(again) if r.kind == BackupKind.BEFORE_RESTORE]
        assert [Path(r.path) for r in set_aside] == [result.set_aside]
        assert set_aside[0].id == entry.entity_id
        # The manifest of the backup restored is older than the restore: it no longer
        # speaks for this trail, so verification does not mistake the restore for removal.
        assert latest_known_head(again) is None
    finally:
        again.dispose()


def test_only_an_admin_restores(db: Database, admin: User, supervisor: User, db_path: Path) -> None:
    made = backup_now(db, admin)
    db.dispose()
    before = sha256_of(db_path)
    with pytest.raises(PermissionDeniedError, match="Only an admin can restore a backup"):
        restore_backup(db_path, supervisor, Path(made.path))
    assert sha256_of(db_path) == before


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    made = Path(backup_now(db, admin).path)
    db.dispose()
    data = bytearray(made.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    made.write_bytes(bytes(data))
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 200)
    before = sha256_of(db_path)
    with pytest.raises(BackupError, match=r"is damaged \(.*\): it cannot be restored"):
        restore_backup(db_path, admin, made)
    with pytest.raises(BackupError, match="is not an Ombuds Desk backup: it is not a database"):
        restore_backup(db_path, admin, foreign)
    assert sha256_of(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if ".before-restore-" in p.name]


def test_an_older_backup_is_restored_and_upgraded(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    older = tmp_path / "from-2025.sqlite3"
    _older_database(older)
    db.dispose()

    result = restore_backup(db_path, admin, older)

    assert result.upgraded and result.schema_revision == "0001"
    again = open_database(db.url)
    try:
        assert migrate.current_revision(again.engine) == migrate.head_revision()
        [entry] = _entries(again, AuditAction.RESTORE)
        # The old file has no staff: the restore is recorded under no one, naming who.
        assert entry.user_id is None and json.loads(entry.changes)["by"] == "admin"
        with again.reading() as session:
            assert verify_chain(session).intact
    finally:
        again.dispose()


def test_on_a_server_backups_are_the_server_s_job() -> None:
    url = "postgresql+psycopg://ombuds:s3cret@db.office.example/register"
    server = Database(url=url, engine=make_engine(url))
    admin = User(id=1, username="admin", full_name="Адмін", role=Role.ADMIN)
    expected = (
        "On a PostgreSQL server, backups are the server's job: the server's administrator "
        "runs pg_dump (pg_dump --format=custom --file=ombuds-desk.dump "
        "'postgresql://ombuds@db.office.example/register') and restores with pg_restore."
    )
    try:
        with pytest.raises(BackupError) as refused:
            backup_now(server, admin)
        assert refused.value.message == expected
        with pytest.raises(BackupError) as refused:
            restore_backup(server, admin, Path("anything.sqlite3"))
        assert refused.value.message == expected
        assert "s3cret" not in expected
    finally:
        server.dispose()


# --- the newest backup ----------------------------------------------------------------------


def test_the_newest_backup_s_head_catches_removed_newest_entries(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    assert latest_known_head(db) is None
    register(db, admin, today)
    older = backup_now(db, admin, now=NOW - timedelta(days=1))
    register(db, admin, today, family_name="Друга")
    newer = backup_now(db, admin, now=NOW)

    known = latest_known_head(db)
    assert known is not None
    assert (known.entries, known.head_hash) == (newer.audit_entries, newer.audit_head_hash)
    local = NOW.astimezone().strftime("%d.%m.%Y %H:%M")
    assert known.where == f"the backup of {local} ({newer.path})"
    assert known.entries > older.audit_entries
    with db.reading() as session:
        assert verify_chain(session, known).intact

    # Someone removes the newest entries with sqlite3 and rewrites the head row to match.
    keep = older.audit_entries
    connection = sqlite3.connect(db_path)
    with connection:
        last = connection.execute("SELECT hash FROM audit_entry WHERE id = ?", (keep,)).fetchone()
        connection.execute("DELETE FROM audit_entry WHERE id > ?", (keep,))
        connection.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", (keep, last[0]))
    connection.close()
    with db.reading() as session:
        assert verify_chain(session).intact  # the database alone cannot tell
        report = verify_chain(session, latest_known_head(db))
    assert not report.intact and report.problem is not None
    assert "were removed" in report.problem and report.checked_against == known.where


def test_the_newest_backup_is_found_even_for_a_database_that_cannot_be_opened(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    assert newest_backup(db) is None
    backup_now(db, admin, now=NOW - timedelta(days=2))
    newest = Path(backup_now(db, admin, now=NOW).path)
    backup_now(db, admin, tmp_path / "elsewhere", now=NOW + timedelta(hours=1))  # not there
    assert newest_backup(db) == newest
    assert newest_backup(db_path) == newest
    db.dispose()
    db_path.write_bytes(b"\0" * 8192)  # damaged beyond reading: the default folder is used
    assert newest_backup(db_path) == newest
    assert newest_backup(to_url(db_path)) == newest


def test_over_a_database_too_damaged_to_open_an_admin_of_the_backup_signs_in(
    db: Database, admin: User, supervisor: User, db_path: Path
) -> None:
    made = Path(backup_now(db, admin).path)
    before = sha256_of(made)
    db.dispose()
    db_path.write_bytes(b"\0" * 8192)
    with pytest.raises(SignInError, match="Wrong user name or password"):
        sign_in_on_backup(made, "admin", "not-the-password", via="window")
    user = sign_in_on_backup(made, "admin", PASSWORDS["admin"], via="window")
    assert (user.id, user.username) == (admin.id, "admin")
    assert sha256_of(made) == before  # signed in on a throw-away copy
    refused = sign_in_on_backup(made, "s.melnyk", PASSWORDS["s.melnyk"], via="window")
    with pytest.raises(PermissionDeniedError, match="Only an admin can restore"):
        restore_backup(db_path, refused, made)
    restore_backup(db_path, user, made)
    assert _names(db_path) == []
    assert sha256_of(made) == before
