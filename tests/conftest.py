"""Shared fixtures: a fresh, migrated SQLite file per test (a copy of one migrated once per
session, ``tests/backends.py``), its staff (each with a password, ``PASSWORDS``; made through
the services once per session and put back for the later tests, ``tests/built_once.py``), a
fixed today. ``tests/services/conftest.py`` runs the service tests on PostgreSQL as well."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English unless they ask for another language (--lang, using()): a machine
# set up in Ukrainian runs them as one set up in English does. Subprocesses inherit this.
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_MESSAGES", None)
# Compiled modules are kept (``__pycache__``, git-ignored), as any Python run keeps them: with
# PYTHONDONTWRITEBYTECODE=1 (set on the CI's machine) every process the tests start (each
# command line, worker process and xdist worker) compiled every module of the app again, and
# pytest rewrote every test module in each: 0.8 s of CPU in every process that imports the
# command line and the window. ``scripts/benchmark.py`` does the same for its starts.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

from argon2 import PasswordHasher

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, create_user, find_user
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.backends import make_sqlite_template, share_compiled_statements, sqlite_from_template
from tests.built_once import fill_once
from tests.ram_disk import put_test_files_on_a_ram_disk

put_test_files_on_a_ram_disk()  # before pytest makes its first temporary folder
share_compiled_statements()
sys.dont_write_bytecode = False  # this process too (the variable was read at its start)

TODAY = date(2026, 11, 26)
# Every fixture user's password (at least ten characters, as the rules want).
PASSWORDS = {
    "admin": "admin-пароль-1",
    "s.melnyk": "supervisor-пароль-2",
    "o.bondar": "caseworker-пароль-3",
}


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Every test reads English as the app does: the English catalogue, whose plural forms
    make "1 page" of "%n pages" (untranslated, Qt would say "1 pages"). A test that installed
    another language (a command run with ``--lang uk``) leaves English behind it."""
    english = catalogue(Language.EN)
    i18n.install(english)
    yield
    i18n.install(english)


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashing() -> Iterator[None]:
    """Argon2 with its lightest parameters: the same algorithm, a millisecond instead of
    the tens a real hash takes (thousands of test databases each make their staff)."""
    real = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    auth._hasher = real


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file, made once per session (per xdist worker)."""
    return make_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def db(db_path: Path, sqlite_template: Path) -> Iterator[Database]:
    database = sqlite_from_template(sqlite_template, db_path)
    yield database
    database.dispose()


def _made_once(
    request: pytest.FixtureRequest, db: Database, username: str, make: Callable[[], User]
) -> User:
    """The member of staff ``make`` makes through the services; made once per session (per
    xdist worker) for a database holding what ``db`` holds, and put back for the later tests
    whose database holds the same (``tests/built_once.py``): about 20 ms of each of thousands
    of set-ups."""
    made: list[User] = []
    if not fill_once(request, db, f"staff {username}", lambda: made.append(make())):
        return made[0]
    with db.reading() as session:
        found = find_user(session, username)
        assert found is not None, username
        return found


@pytest.fixture
def admin(request: pytest.FixtureRequest, db: Database) -> User:
    """The database's first admin, as ``ombuds-desk init`` or the first-start dialog make."""
    return _made_once(
        request,
        db,
        "admin",
        lambda: create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"]),
    )


def _staff(
    request: pytest.FixtureRequest,
    db: Database,
    admin: User,
    username: str,
    full_name: str,
    role: Role,
) -> User:
    """A member of staff who has chosen their password already (signs in without a change)."""

    def make() -> User:
        with unit_of_work(db, admin) as session:
            user = create_user(session, admin, username, full_name, role, PASSWORDS[username])
            user.must_change_password = False
            return user

    return _made_once(request, db, username, make)


@pytest.fixture
def supervisor(request: pytest.FixtureRequest, db: Database, admin: User) -> User:
    return _staff(request, db, admin, "s.melnyk", "Світлана Мельник", Role.SUPERVISOR)


@pytest.fixture
def caseworker(request: pytest.FixtureRequest, db: Database, admin: User) -> User:
    return _staff(request, db, admin, "o.bondar", "Олег Бондар", Role.CASEWORKER)
