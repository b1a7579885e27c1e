"""Create, check and upgrade a database's schema with Alembic.

An older SQLite file is copied aside (with SQLite's backup API, so the copy is consistent)
before it is upgraded; a newer or foreign one is refused with a message, never touched.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store import db_messages as words
from ombuds_desk.store import migration_files
from ombuds_desk.store.db_messages import said
from ombuds_desk.store.files import copy_sqlite, stamped_free_name
from ombuds_desk.store.locations import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = migration_files.MIGRATIONS_DIR


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic only when a schema is made or changed

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def set_aside_name(path: Path, label: str, now: datetime | None = None) -> Path:
    """``office.before-LABEL-YYYYMMDD-HHMMSS.sqlite3`` beside ``office.sqlite3`` (local time);
    never the name of a file already there."""
    return stamped_free_name(
        lambda stamp: path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}"), now
    )


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a SQLite file aside next to it, consistently (the backup API) and readable by
    its owner only; returns the copy's path."""
    target = set_aside_name(path, label)
    copy_sqlite(path, target)
    return target


def known_revision(revision: str) -> bool:
    """Whether this version of the app has the migration ``revision`` (an older or the
    current schema); a newer app's revision is unknown here."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def quick_head() -> str | None:
    """The newest migration's revision, read from the migration files' own lines without
    Alembic (importing it costs a quarter of the window's start); None when the files do not
    make one plain chain (then Alembic answers, :func:`head_revision`)."""
    return migration_files.quick_head(MIGRATIONS_DIR)


def stored_revision(engine: Engine) -> str | None:
    """The revision a database records (its ``alembic_version`` row), by plain SQL; None for
    a database without one, or more than one."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, DatabaseError):  # no such table: a new or foreign database
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if one was needed."""
    head = quick_head()
    if head is not None and stored_revision(engine) == head:
        return None  # the usual start: nothing to do, and no Alembic imported for it
    from alembic import command

    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        return None
    if revision is not None and not known_revision(revision):
        raise DatabaseUnavailableError(said(words.NEWER_SCHEMA, revision=revision))
    table_names = set(inspect(engine).get_table_names())
    if revision is None and table_names - {"alembic_version"}:
        raise DatabaseUnavailableError(said(words.FOREIGN_TABLES))
    backup = None
    path = sqlite_path(str(engine.url))
    if revision is not None and path is not None and path.exists():
        backup = backup_sqlite(path, revision)
    config = alembic_config()
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            _foreign_keys(connection, on=False)
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    _check_references(connection)
        except DatabaseError as exc:
            if not sqlite and _not_allowed(exc):
                raise DatabaseUnavailableError(
                    said(words.OWNER_UPGRADES, old=revision, new=head)
                ) from exc
            raise
        finally:
            if sqlite:
                _foreign_keys(connection, on=True)
    return backup


def _not_allowed(exc: DatabaseError) -> bool:
    message = str(exc.orig).lower()
    return "must be owner" in message or "permission denied" in message


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    """SQLite's foreign keys off while a migration rebuilds tables (batch mode copies a table
    and drops the old one, which the rows pointing at it would refuse), on again after. The
    pragma is ignored inside a transaction, so it goes to the driver outside one."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _check_references(connection: Connection) -> None:
    """Refuse (rolling the upgrade back) if the rebuilt tables left a reference dangling."""
    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        table, rowid, parent = dangling[0][0], dangling[0][1], dangling[0][2]
        raise DatabaseUnavailableError(
            said(words.DANGLING, len(dangling), table=table, row=rowid, parent=parent)
        )
