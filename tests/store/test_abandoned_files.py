"""What a killed process leaves beside a database while writing it
(``files.remove_abandoned_beside``): its hidden temporary copies are removed once their
process has ended (a killed decryption left a plain copy of an encrypted register there),
never another running process's, nor this process's, nor another file's; opening the
database, an encryption or a restore clears them first, and the next backup (or start) a
killed backup's."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from ombuds_desk.store.backup import make_backup, read_setting
from ombuds_desk.store.database import open_database
from ombuds_desk.store.files import remove_abandoned_beside
from tests.store.abandoned import backup_killed_half_way, killed_while_writing

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def test_a_killed_writers_copies_go_and_no_one_elses(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    database.write_bytes(b"")
    left = killed_while_writing(database)
    journal = left.with_name(left.name + "-journal")
    ours = tmp_path / f".office.sqlite3.{os.getpid()}-0.tmp"
    ours.write_bytes(b"being written by this process")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            theirs = tmp_path / f".office.sqlite3.{running.pid}-0.tmp"
            theirs.write_bytes(b"being written by another window")
            other_file = tmp_path / f".notes.sqlite3.{left.name.split('.')[-2]}.tmp"
            other_file.write_bytes(b"another database's")
            hidden = tmp_path / ".office.sqlite3.settings"
            hidden.write_bytes(b"not ours to remove")

            removed = remove_abandoned_beside(database)

            assert sorted(removed) == sorted([left, journal])
            assert not left.exists() and not journal.exists()
            assert ours.exists() and theirs.exists() and other_file.exists() and hidden.exists()
        finally:
            running.kill()
    assert database.exists()


def test_opening_the_database_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    """Whatever was killed (a decryption from the command line, a restore in a window), the
    next start on the register clears its copy."""
    database = tmp_path / "office.sqlite3"
    open_database(f"sqlite:///{database}").dispose()
    left = killed_while_writing(database)
    journal = left.with_name(left.name + "-journal")
    open_database(f"sqlite:///{database}").dispose()
    assert not left.exists() and not journal.exists()
    assert database.is_file()


def test_the_next_backup_removes_what_a_backup_killed_half_way_left_and_keeps_all_saved(
    tmp_path: Path,
) -> None:
    """A backup killed (SIGKILL) while it copies leaves its hidden copy of the register in
    the backups folder, under a name no later backup takes: the next backup clears it, and
    leaves a running process's copy alone. The database lost nothing."""
    database = tmp_path / "office.sqlite3"
    db = open_database(f"sqlite:///{database}")
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO office_setting (key, value) VALUES ('office_name', 'Офіс Ґудзя')"
        )
    db.dispose()
    folder = tmp_path / "backups"
    left = backup_killed_half_way(database, folder / "office-on-demand-1.sqlite3")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            theirs = folder / f".office-on-demand-2.sqlite3.{running.pid}-0.tmp"
            theirs.write_bytes(b"being written by another window")

            manifest = make_backup(
                database, folder / "office-on-demand-3.sqlite3", kind="on_demand", made_at=NOW
            )

            assert not any(path.exists() for path in left)
            assert theirs.exists()
        finally:
            running.kill()
    assert manifest.backup.is_file()
    assert read_setting(manifest.backup, "office_name") == "Офіс Ґудзя"
    assert read_setting(database, "office_name") == "Офіс Ґудзя"
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
