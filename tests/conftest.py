"""Shared fixtures: a fresh, migrated SQLite file per test, an acting user, a fixed today."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import acting_user, create_user
from ombuds_desk.store.database import Database, open_database

TODAY = date(2026, 11, 26)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> User:
    """The first user of the database, hence its admin."""
    return acting_user(db, "admin")


@pytest.fixture
def supervisor(db: Database, admin: User) -> User:
    with unit_of_work(db, admin) as session:
        return create_user(session, admin, "s.melnyk", "Світлана Мельник", Role.SUPERVISOR)


@pytest.fixture
def caseworker(db: Database, admin: User) -> User:
    with unit_of_work(db, admin) as session:
        return create_user(session, admin, "o.bondar", "Олег Бондар", Role.CASEWORKER)
