"""Migrations build exactly the models' schema, and an older file is copied aside first."""

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import ombuds_desk.domain.models  # noqa: F401
from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.db_messages import kind_of
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.translations import catalogue
from tests.services.helpers import register


def test_migrations_produce_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


EXTRA_REVISION = '''
"""test-only next revision"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_marker", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("test_marker")
'''


def test_older_file_is_copied_aside_then_upgraded(
    db: Database, admin: User, today: date, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = register(db, admin, today, family_name="Ґонта")
    db.dispose()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_test.py").write_text(
        EXTRA_REVISION.format(head=migrate.head_revision())
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    upgraded = open_database(db.url)
    assert upgraded.backup_made is not None and upgraded.backup_made.exists()
    assert migrate.current_revision(upgraded.engine) == "9999"
    copy = sqlite3.connect(upgraded.backup_made)
    try:
        assert copy.execute(
            "SELECT family_name FROM person WHERE id = ?", (person.id,)
        ).fetchone() == ("Ґонта",)
        assert copy.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'test_marker'"
        ).fetchone() == (0,)
    finally:
        copy.close()
    upgraded.dispose()


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    open_database(f"sqlite:///{db_path}").dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffff'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseUnavailableError, match="newer Ombuds Desk"):
        open_database(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == before


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseUnavailableError, match="not Ombuds Desk's"):
        open_database(f"sqlite:///{path}")


def test_migrations_run_on_an_engine_directly(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert migrate.upgrade(engine) is None
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_a_backup_is_a_consistent_copy_named_after_the_old_schema(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    person = register(db, admin, today, family_name="Пʼятницька")
    # The row may still sit in the write-ahead log: the copy must hold it all the same.
    copy_path = migrate.backup_sqlite(db_path, "0001")
    assert copy_path.parent == db_path.parent
    assert copy_path.name.startswith("office.before-0001-") and copy_path.suffix == ".sqlite3"
    copy = sqlite3.connect(copy_path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute(
            "SELECT family_name FROM person WHERE id = ?", (person.id,)
        ).fetchone() == ("Пʼятницька",)
    finally:
        copy.close()
    db.dispose()
    assert db_path.exists()  # the original is left where it was


def _first_schema_with_staff_and_their_work(path: Path) -> None:
    """A database of the first version in use: a caseworker and audit entries by them
    (rows that point at the user table, which 0002 rebuilds)."""
    engine = make_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    plain = sqlite3.connect(path)
    with plain:
        plain.execute(
            "INSERT INTO user (id, version, username, full_name, role, active, created_at) "
            "VALUES (7, 1, 'o.bondar', 'Олег Бондар', 'caseworker', 1, '2026-01-05 09:00:00')"
        )
        for n in range(3):
            plain.execute(
                "INSERT INTO audit_entry (at, user_id, action, entity, entity_id, changes) "
                "VALUES (?, 7, 'create', 'note', ?, '{\"text\": [null, \"Ґудзь\"]}')",
                (f"2026-01-05 09:0{n}:00", n + 1),
            )
    plain.close()


def test_a_first_version_database_in_use_is_upgraded_with_its_staff_and_trail(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite3"
    _first_schema_with_staff_and_their_work(path)

    upgraded = open_database(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        assert upgraded.backup_made is not None and upgraded.backup_made.exists()
        with upgraded.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with upgraded.reading() as session:
            chain = verify_chain(session)
        assert chain.intact and chain.entries == 3
    finally:
        upgraded.dispose()
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("SELECT id, username FROM user").fetchall() == [(7, "o.bondar")]
    finally:
        plain.close()


def test_the_quick_head_is_alembics_head() -> None:
    assert migrate.quick_head() == migrate.head_revision()


def test_opening_a_current_database_does_not_import_alembic(db: Database, tmp_path: Path) -> None:
    db.dispose()
    script = (
        "import sys\n"
        "from ombuds_desk.store.database import open_database\n"
        f"open_database({db.url!r}).dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_the_refusals_are_said_in_the_readers_language(tmp_path: Path) -> None:
    """A Ukrainian or Russian window and command line read why a database is refused in
    their language (the store's words were English only)."""
    newer = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{newer}").dispose()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffff'")
    foreign = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with i18n.using(catalogue(Language.UK)):
        with pytest.raises(DatabaseUnavailableError) as refused:
            open_database(f"sqlite:///{newer}")
        assert "новіша версія Ombuds Desk (схема ffffffff)" in refused.value.message
        with pytest.raises(DatabaseUnavailableError) as refused:
            open_database(f"sqlite:///{foreign}")
        assert "таблиці, що не належать Ombuds Desk" in refused.value.message
    with i18n.using(catalogue(Language.RU)):
        with pytest.raises(DatabaseUnavailableError) as refused:
            open_database(f"sqlite:///{newer}")
        assert "более новая версия Ombuds Desk" in refused.value.message
        assert kind_of(refused.value.message) == "newer"  # the fault dialog's heading says so
