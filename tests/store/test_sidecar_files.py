"""A database opened once while its file was read-only, then made writable again, can be
written: the log index SQLite made beside it with the read-only mode does not keep it
read-only ("attempt to write a readonly database" on every change)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.store.sidecar_files import sidecars_writable
from tests.services.helpers import register
from tests.store.conftest import ROOT

REPOSITORY = Path(__file__).resolve().parents[2]
# Opens the database as the window and the command line do; with "write", changes it.
_OPEN = (
    "import sys\n"
    "from ombuds_desk.store.database import open_database\n"
    "from ombuds_desk.store.locations import to_url\n"
    "db = open_database(to_url(sys.argv[1]))\n"
    "print('read-only' if db.read_only else 'writable')\n"
    "if sys.argv[2] == 'write':\n"
    "    with db.write_engine.begin() as connection:\n"
    "        connection.exec_driver_sql(\"UPDATE person SET family_name = 'Оновлена'\")\n"
    "db.dispose()\n"
)


def _as_a_user(path: Path, what: str) -> subprocess.CompletedProcess[str]:
    """Run :data:`_OPEN` as an ordinary user would: file modes apply (as root, without the
    capabilities that override them)."""
    prefix: list[str] = []
    if ROOT:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv is not installed: as root, file modes would not apply")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    return subprocess.run(
        [*prefix, sys.executable, "-c", _OPEN, str(path), what],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPOSITORY,
        env=environment,
    )


def test_a_file_made_writable_again_can_be_written(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name="Пʼятницька")
    db.dispose()
    mode = stat.S_IMODE(db_path.stat().st_mode)
    db_path.chmod(0o444)
    looked = _as_a_user(db_path, "look")
    assert looked.stdout.strip() == "read-only", looked.stderr
    index = db_path.with_name(db_path.name + "-shm")
    assert stat.S_IMODE(index.stat().st_mode) == 0o444  # what SQLite left beside it

    db_path.chmod(mode)
    changed = _as_a_user(db_path, "write")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "writable"
    # Gone when the last connection closed the log, or given the database's mode.
    assert not index.exists() or stat.S_IMODE(index.stat().st_mode) == mode
    assert "Оновлена" in db_path.read_bytes().decode("utf-8", "replace")


def test_nothing_beside_the_file_or_all_writable_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(b"")
    assert sidecars_writable(path)
    log = path.with_name(path.name + "-wal")
    log.write_bytes(b"")
    log.chmod(0o640)
    assert sidecars_writable(path)
    assert stat.S_IMODE(log.stat().st_mode) == 0o640
