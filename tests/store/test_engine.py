"""SQLite engines: foreign keys, WAL, a busy timeout, and writers that queue instead of failing."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.store.engine import BUSY_TIMEOUT_MS, is_sqlite, make_engine
from tests.services.helpers import register


def test_sqlite_settings(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
        assert timeout is not None and timeout >= 5000


def test_every_connection_gets_the_settings(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    try:
        for _ in range(2):
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == (
                    BUSY_TIMEOUT_MS
                )
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            engine.dispose()  # a fresh connection next time
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.write_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (person_id, version, family_name, given_name, "
                "relationship, consent, created_at) "
                "VALUES (4242, 1, 'Ґонта', 'Ірина', 'wife', 'unknown', '2026-11-26')"
            )
        )


def test_deleting_a_person_takes_their_contacts_history_and_keys_with_them(
    db: Database, admin: User, today: date
) -> None:
    person = register(db, admin, today)
    with db.write_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (person_id, version, family_name, given_name, "
                "relationship, consent, created_at) "
                "VALUES (:id, 1, 'Ґонта', 'Ірина', 'wife', 'unknown', '2026-11-26')"
            ),
            {"id": person.id},
        )
        conn.execute(text("DELETE FROM person WHERE id = :id"), {"id": person.id})
    with db.engine.connect() as conn:
        for table in ("contact", "status_event", "person_name_key"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0


def test_a_read_does_not_lock_out_a_writer_but_a_write_does(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with db.engine.connect() as reader:
            reader.execute(text("SELECT count(*) FROM person"))  # a deferred transaction
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        with db.write_engine.connect() as writer:
            writer.execute(text("SELECT count(*) FROM person"))  # BEGIN IMMEDIATE
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(
    db: Database, db_path: Path
) -> None:
    first = sqlite3.connect(db_path, timeout=5, isolation_level=None, check_same_thread=False)
    first.execute("BEGIN IMMEDIATE")
    first.execute("INSERT INTO office_setting (key, value) VALUES ('office_name', 'Офіс')")
    release = threading.Timer(0.4, lambda: first.execute("COMMIT"))
    started = time.monotonic()
    release.start()
    try:
        with db.write_engine.begin() as second:
            second.execute(
                text("UPDATE office_setting SET value = 'Офіс омбудсмана' WHERE key = :k"),
                {"k": "office_name"},
            )
        waited = time.monotonic() - started
    finally:
        release.join()
        first.close()
    assert 0.3 < waited < BUSY_TIMEOUT_MS / 1000
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM office_setting")).scalar_one() == (
            "Офіс омбудсмана"
        )


def test_only_sqlite_urls_get_the_sqlite_engine(tmp_path: Path) -> None:
    sqlite = make_engine(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    server = make_engine("postgresql+psycopg://ombuds@localhost/register")  # not connected
    try:
        assert is_sqlite(sqlite) and not is_sqlite(server)
        assert server.dialect.name == "postgresql"
    finally:
        sqlite.dispose()
        server.dispose()
