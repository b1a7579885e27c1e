"""``ombuds-desk check``: the whole database file checked, from the command line."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, run
from tests.services.helpers import register


def test_a_whole_database_has_no_damage(db: Database, db_path: Path, tmp_path: Path) -> None:
    db.dispose()
    result = run("check", "--db", str(db_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"No damage found in {db_path}."


def test_damage_is_said_in_one_line_with_status_1(
    db: Database, db_path: Path, admin: User, today: date, tmp_path: Path
) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ґонта" * 10)
    db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    line = one_error_line(run("check", "--db", str(db_path), cwd=tmp_path))
    assert str(db_path) in line and ("damaged" in line or "not an Ombuds Desk" in line)
    assert db_path.read_bytes() == before  # only read
