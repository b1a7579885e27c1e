"""A locked, read-only, damaged or foreign database gives one clear message and loses nothing."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store import engine as engine_module
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.engine import make_engine
from tests.services.helpers import register


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "list.sqlite3"
    path.write_text("case_number;family_name\nCAP-1;Іваненко\n", encoding="utf-8")
    with pytest.raises(DatabaseUnavailableError, match="not an Ombuds Desk database or is damaged"):
        open_database(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8").startswith("case_number")


def test_damaged_file(db: Database, admin: User, today: date, db_path: Path) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\xff" * (page * 3)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailableError, match=r"damaged|not an Ombuds Desk"):
        open_database(f"sqlite:///{db_path}")


def test_locked_database_says_so_and_saves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, today: date
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    db = open_database(f"sqlite:///{db_path}")
    from ombuds_desk.services.core.users import acting_user

    actor = acting_user(db, "admin")
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailableError, match="locked by another program"):
            with unit_of_work(db, actor) as session:
                persons.register_person(
                    session,
                    actor,
                    {"category": "captive", "family_name": "Бойко", "given_name": "Ія"},
                    today=today,
                )
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
    db.dispose()


def test_read_only_database_refuses_writes_with_a_message(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today)
    db.dispose()
    url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    read_only = Database(url=url, engine=make_engine(url))
    with pytest.raises(DatabaseUnavailableError, match="read-only"):
        with unit_of_work(read_only, admin) as session:
            persons.register_person(
                session,
                admin,
                {"category": "captive", "family_name": "Бойко", "given_name": "Ія"},
                today=today,
            )
    with read_only.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 1
    read_only.dispose()


def test_flagged_read_only_database_is_refused_before_writing(db: Database, admin: User) -> None:
    db.read_only = True
    with pytest.raises(DatabaseUnavailableError, match="read-only"), unit_of_work(db, admin):
        pass


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "office.sqlite3"
    database = open_database(f"sqlite:///{path}")
    assert path.exists()
    database.dispose()
