"""The deferred cases' partial index (migration 0009) as the models declare it: its
PostgreSQL ``WHERE`` is added when the first PostgreSQL engine is made, not when the tables
are (that loaded the whole PostgreSQL dialect at every start, on SQLite too); on either back
end its DDL is the one the migration's declaration gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Column, Date, Index, Integer, MetaData, Table, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex

from ombuds_desk.domain.people import DEFERRED_INDEX, Person
from ombuds_desk.store.database import open_database
from ombuds_desk.store.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]


def _model_index() -> Index:
    table = Person.__table__  # type: ignore[attr-defined]
    return next(i for i in table.indexes if i.name == DEFERRED_INDEX)


def _as_migration_0009_declares_it() -> Index:
    """A table of the same columns, indexed with the migration's own arguments."""
    person = Table(
        "person",
        MetaData(),
        Column("deferred_until", Date),
        Column("stalled_on", Date),
        Column("assigned_to_id", Integer),
    )
    some = text("deferred_until IS NOT NULL")
    return Index(
        DEFERRED_INDEX,
        person.c.deferred_until,
        person.c.stalled_on,
        person.c.assigned_to_id,
        sqlite_where=some,
        postgresql_where=some,
    )


def _ddl(index: Index, dialect: Dialect) -> str:
    return str(CreateIndex(index).compile(dialect=dialect))


def test_on_postgresql_the_index_is_the_migration_s_partial_index() -> None:
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")  # never connects
    made = _ddl(_model_index(), engine.dialect)
    assert made == _ddl(_as_migration_0009_declares_it(), engine.dialect)
    assert made.endswith("WHERE deferred_until IS NOT NULL")
    engine.dispose()


def test_on_sqlite_the_index_is_the_migration_s_partial_index() -> None:
    made = _ddl(_model_index(), sqlite.dialect())
    assert made == _ddl(_as_migration_0009_declares_it(), sqlite.dialect())
    assert made.endswith("WHERE deferred_until IS NOT NULL")


def test_the_tables_and_a_sqlite_database_do_not_load_the_postgresql_dialect(
    tmp_path: Path,
) -> None:
    # Made (migrated) here: migration 0009 itself names the PostgreSQL dialect.
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    open_database(url).dispose()
    script = (
        "import sys\n"
        "from ombuds_desk.store.database import open_database\n"
        "import ombuds_desk.domain\n"
        f"db = open_database({url!r})\n"
        "db.dispose()\n"
        "print('sqlalchemy.dialects.postgresql' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]
