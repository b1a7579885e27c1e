"""``ombuds-desk init``, run as a user runs it (a process)."""

from __future__ import annotations

from pathlib import Path

from ombuds_desk.store import migrate
from tests.commands.helpers import query, run


def test_init_creates_a_migrated_database_even_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "office.sqlite3"
    result = run("init", "--db", str(path), "--office", "Бюро омбудсмана", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    assert query(path, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    assert query(path, "SELECT value FROM office_setting WHERE key = 'office_name'") == [
        ("Бюро омбудсмана",)
    ]
    assert query(path, "SELECT COUNT(*) FROM person") == [(0,)]
    again = run("init", "--db", str(path), cwd=tmp_path)  # idempotent
    assert again.returncode == 0, again.stderr


def test_init_without_db_uses_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = run("init", cwd=tmp_path, env={"OMBUDS_DESK_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()
