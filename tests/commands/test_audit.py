"""``ombuds-desk audit verify``, run as a user runs it (a process), on a trail tampered with
behind the app's back with plain ``sqlite3``: a row altered, deleted or slipped in, the
newest rows cut off (and the head row with them)."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.audit_chain import entry_hash
from ombuds_desk.services.core.audit_verify import head_of
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, query, run_on
from tests.services.helpers import register


@pytest.fixture
def trail(
    db: Database, db_path: Path, admin: User, caseworker: User, today: date, tmp_path: Path
) -> int:
    """A register with a few changes on record, verified once (the first command on a test
    database also brings its search keys up to date, on record); the number of entries."""
    for family_name in ("Іваненко", "Ґудзь", "Кравчукʼ", "Їжакевич", "Єрмак", "Müller", "Орлов"):
        register(db, caseworker, today, family_name=family_name)
    assert verify(db_path, tmp_path).returncode == 0
    ((count,),) = query(db_path, "SELECT COUNT(*) FROM audit_entry")
    assert count >= 10
    return int(count)


@pytest.fixture
def sql(db_path: Path) -> Iterator[sqlite3.Connection]:
    """The database as any SQLite tool sees it: no app, no rules."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    yield connection
    connection.close()


def verify(db_path: Path, folder: Path, user: str = "admin") -> subprocess.CompletedProcess[str]:
    return run_on(db_path, "audit", "verify", cwd=folder, user=user)


def test_an_intact_trail_gives_its_count_and_head(
    db: Database, db_path: Path, trail: int, tmp_path: Path
) -> None:
    result = verify(db_path, tmp_path)
    assert result.returncode == 0, result.stderr
    with db.reading() as session:
        entries, head_hash = head_of(session)
    assert entries == trail + 1  # the admin's sign-in to verify is on record too
    first = result.stdout.splitlines()[0]
    assert first == f"The audit trail is intact: {entries:,} entries, head hash {head_hash}"


def test_only_an_admin_verifies(db_path: Path, trail: int, tmp_path: Path) -> None:
    line = one_error_line(verify(db_path, tmp_path, user="o.bondar"))
    assert line == (
        "ombuds-desk: Only an admin can verify the audit trail; you are signed in as a caseworker."
    )


def test_an_altered_entry_is_named(
    db_path: Path, trail: int, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    sql.execute(
        "UPDATE audit_entry SET changes = replace(changes, 'Ґудзь', 'Гудзь') "
        "WHERE changes LIKE '%Ґудзь%'"
    )
    ((altered,),) = query(db_path, "SELECT MIN(id) FROM audit_entry WHERE changes LIKE '%Гудзь%'")
    line = one_error_line(verify(db_path, tmp_path))
    assert line.startswith(
        f"ombuds-desk: The audit trail has been tampered with: entry {altered} was altered."
    )
    assert f"Entries 1 to {altered - 1} are intact" in line


def test_a_deleted_entry_is_named(
    db_path: Path, trail: int, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    sql.execute("DELETE FROM audit_entry WHERE id = 5")
    line = one_error_line(verify(db_path, tmp_path))
    assert "entry 5 is missing: removed" in line


def test_an_inserted_entry_is_found(
    db_path: Path, trail: int, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    """A forger who moves the later entries up, hashes a false entry 4 on entry 3 as the app
    would, and moves the head row on: entry 5 (the real 4) no longer follows."""
    ((previous, at),) = query(db_path, "SELECT hash, at FROM audit_entry WHERE id = 3")
    sql.execute("BEGIN")
    sql.execute("UPDATE audit_entry SET id = -id WHERE id >= 4")
    sql.execute("UPDATE audit_entry SET id = 1 - id WHERE id < 0")
    changes = '{"note": "Ніхто нічого не друкував"}'
    forged = entry_hash(previous, 4, datetime.fromisoformat(at), None, "view", "person", 1, changes)
    sql.execute(
        "INSERT INTO audit_entry (id, at, user_id, action, entity, entity_id, changes, "
        "prev_hash, hash) VALUES (4, ?, NULL, 'view', 'person', 1, ?, ?, ?)",
        (at, changes, previous, forged),
    )
    sql.execute("UPDATE audit_head SET last_id = last_id + 1")
    sql.execute("COMMIT")
    line = one_error_line(verify(db_path, tmp_path))
    assert "entry 5 does not follow entry 4: an entry was inserted or removed before it" in line


def test_newest_entries_cut_off_are_missing(
    db_path: Path, trail: int, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    """The tail removed, the head row left: the next entry (the sign-in) is numbered after
    the head, and the gap shows."""
    sql.execute(f"DELETE FROM audit_entry WHERE id > {trail - 3}")
    line = one_error_line(verify(db_path, tmp_path))
    assert f"entry {trail - 2} is missing: removed" in line


def test_tail_and_head_cut_off_are_caught_by_the_newest_backup(
    db: Database, db_path: Path, admin: User, trail: int, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    """With the head row rewritten too, the chain in the database is whole again: only the
    head a backup recorded outside it shows what is missing."""
    cut = trail - 3
    ((last_hash,),) = query(db_path, f"SELECT hash FROM audit_entry WHERE id = {cut}")

    def cut_tail_and_head() -> None:
        sql.execute(f"DELETE FROM audit_entry WHERE id > {cut}")
        sql.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", (cut, last_hash))

    backups = pytest.importorskip("ombuds_desk.services.core.backups")
    backups.backup_now(db, admin)
    known = backups.latest_known_head(db)
    assert known is not None and known.entries > cut + 1
    cut_tail_and_head()
    line = one_error_line(verify(db_path, tmp_path))
    # The sign-in to verify is entry cut + 1; the backup knew entries up to known.entries.
    assert f"entries {cut + 2} to {known.entries} were removed" in line, line
    assert known.where in line


def test_tail_and_head_cut_off_without_a_backup_pass_for_whole(
    db_path: Path, trail: int, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    """What the chain alone cannot see, said plainly: with no backup to compare with, a trail
    cut short with its head row reads as whole, and the command says there was nothing to
    compare with."""
    cut = trail - 3
    ((last_hash,),) = query(db_path, f"SELECT hash FROM audit_entry WHERE id = {cut}")
    sql.execute(f"DELETE FROM audit_entry WHERE id > {cut}")
    sql.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", (cut, last_hash))
    result = verify(db_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"intact: {cut + 1:,} entries" in result.stdout  # the cut trail and the sign-in
    assert "No backup has recorded a head yet" in result.stdout
