"""A process that has the register open keeps SQLite's locks on it whatever else it does
with the file (``store/file_header.py``): backs it up, asks whether it is encrypted, opens
it again, or opens one more connection to an encrypted one. Lost locks let another process
(a second workstation, a worker) that closes its last connection delete the write-ahead log
under this one: its next commits were lost and its reads failed with "file is not a
database" (seen while the Duplicates page searched in a worker process)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ombuds_desk.domain.accounts import User
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.files import copy_sqlite, is_sqlite_file
from tests.backends import sqlite_url
from tests.services.helpers import register

PASSPHRASE = "долото-і-ґрунт-42"

# Another process on the same file: one read, then its last connection closes (SQLite then
# checkpoints and removes the log if it finds nobody else holding the file).
OTHER_PROCESS = """
import sys
if sys.argv[2]:
    import sqlcipher3.dbapi2 as sqlite3
else:
    import sqlite3
connection = sqlite3.connect(sys.argv[1], timeout=10)
if sys.argv[2]:
    connection.execute("PRAGMA key = " + sys.argv[2])
print(connection.execute("SELECT count(*) FROM person").fetchone()[0])
connection.close()
"""


def persons_seen_elsewhere(path: Path, passphrase: str | None = None) -> int:
    key = encryption.quote(passphrase) if passphrase else ""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(path), key],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def in_use(db: Database) -> int:
    """A read through the window's pool: its connection stays open, holding the file."""
    with db.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM person")).scalar_one())


def backed_up(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    copy_sqlite(db.path, tmp_path / "backup.sqlite3")  # File → Back up now


def asked_about(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    assert not encryption.looks_encrypted(db.path) and is_sqlite_file(db.path)


def opened_again(db: Database, tmp_path: Path) -> None:
    open_database(db.url).engine.dispose()  # a restore's or conversion's own opening


@pytest.mark.parametrize("action", [backed_up, asked_about, opened_again])
def test_what_the_window_does_beside_its_connections_keeps_the_log_in_place(
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
    action: Callable[[Database, Path], None],
) -> None:
    assert db.path is not None
    before = in_use(db)
    action(db, tmp_path)
    assert persons_seen_elsewhere(db.path) == before
    log = db.path.with_name(db.path.name + "-wal")
    assert log.exists(), "another process took the file for its own and removed the log"
    register(db, caseworker, today, family_name="Їжакевич", given_name="Ґанна")
    assert in_use(db) == before + 1
    assert persons_seen_elsewhere(db.path) == before + 1  # the commit is in the file's log


def test_one_more_connection_to_an_encrypted_register_keeps_the_locks(
    tmp_path: Path, today: date
) -> None:
    """Each new connection of the pool is keyed with the file's salt, which was read from
    the file while another connection held it. (With the SQLCipher build in use, the log
    stayed in place even then; this keeps the pool's new connections and another process's
    reads and the commits between them checked on an encrypted register.)"""
    path = tmp_path / "encrypted.sqlite3"
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    try:
        from ombuds_desk.services.core.users import create_first_admin

        admin = create_first_admin(db, "admin", "Адміністратор", "admin-пароль-1")
        db.engine.dispose()  # the pool emptied: both connections below are new ones
        with db.engine.connect() as held, db.engine.connect() as more:
            held.execute(text("SELECT count(*) FROM person")).scalar_one()
            more.execute(text("SELECT count(*) FROM person")).scalar_one()
            assert persons_seen_elsewhere(path, PASSPHRASE) == 0
            assert path.with_name(path.name + "-wal").exists()
        register(db, admin, today, family_name="Шевчук", given_name="Євген")
        assert persons_seen_elsewhere(path, PASSPHRASE) == 1
    finally:
        db.dispose()
        encryption.forget_all()
