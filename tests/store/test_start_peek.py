"""The window's first look at a database (``store/start_peek.py``): it foresees the demo start
that opens without a question, and who signs in, as the real start then finds them; on any
other database it foresees nothing, so that start goes as it always did. It changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest

from ombuds_desk.demo import builder
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.cases.search_index import VERSION_SETTING
from ombuds_desk.services.core.office_settings import DEMO_DATABASE
from ombuds_desk.store import encryption, migrate
from ombuds_desk.store.conversion import convert
from ombuds_desk.store.database import open_database
from ombuds_desk.store.start_peek import (
    DEMO_SETTING,
    KEYS_SETTING,
    DemoMember,
    DemoStart,
    demo_start,
)
from tests.store.conftest import not_writable


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database as ``ombuds-desk demo`` leaves it (built once for the module)."""
    path = tmp_path_factory.mktemp("peek") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(db, persons=30, seed=7)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database, one file with no log beside it, the test's to change."""
    target = tmp_path / "demo.sqlite3"
    with (
        closing(sqlite3.connect(demo_template)) as source,
        closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    return target


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def change(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def test_a_demo_database_signs_in_its_first_supervisor(demo: Path) -> None:
    seen = demo_start(url(demo))
    member = DemoMember("n.rudenko", "Наталія Руденко", Role.SUPERVISOR)
    assert seen == DemoStart(str(demo), member)
    assert seen.demo and not seen.read_only


def test_the_member_of_staff_named_signs_in_while_active(demo: Path) -> None:
    seen = demo_start(url(demo), " admin ")
    assert seen is not None
    assert seen.member.username == "admin" and seen.member.role is Role.ADMIN
    # Deactivated, or not of this office: its first supervisor, as the start chooses.
    change(demo, "UPDATE user SET active = 0 WHERE username = 'admin'")
    for name in ("admin", "nobody"):
        found = demo_start(url(demo), name)
        assert found is not None and found.member.username == "n.rudenko"


def test_the_forecast_is_who_the_real_start_signs_in(demo: Path) -> None:
    from ombuds_desk.services.core.reading import read
    from ombuds_desk.ui.shell.start import situation

    db = open_database(url(demo))
    try:
        for name in ("", "admin", "nobody"):
            found = read(db, partial(situation, username=name))
            seen = demo_start(url(demo), name)
            assert found.demo and found.demo_member is not None and seen is not None
            user = found.demo_member
            assert seen.member == DemoMember(user.username, user.full_name, user.role)
            assert seen.display_name == db.display_name
    finally:
        db.dispose()


def test_nothing_is_changed(demo: Path) -> None:
    change(demo, "PRAGMA journal_mode = WAL")  # as the app leaves its files
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    assert demo_start(url(demo)) is not None
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before
    # SQLite's log and its index may be made beside it, as for any reader: with nothing in.
    log = demo.with_name("demo.sqlite3-wal")
    assert not log.exists() or log.stat().st_size == 0


def test_the_settings_read_are_those_the_services_name() -> None:
    assert DEMO_SETTING == DEMO_DATABASE
    assert KEYS_SETTING == VERSION_SETTING


def _folder_instead(path: Path) -> None:
    path.unlink()
    path.mkdir()


UNUSUAL: dict[str, Callable[[Path], object]] = {
    # A real database, whoever it is opened as: its sign-in dialog comes first.
    "a real database": lambda p: change(
        p, f"DELETE FROM office_setting WHERE key = '{DEMO_SETTING}'"
    ),
    # An older schema is upgraded (a copy set aside first), a newer one refused.
    "an older schema": lambda p: change(p, "UPDATE alembic_version SET version_num = '0009'"),
    "a newer schema": lambda p: change(p, "UPDATE alembic_version SET version_num = '9999'"),
    "no schema": lambda p: change(p, "DROP TABLE alembic_version"),
    # Search keys of older rules are rebuilt before the window opens.
    "stale search keys": lambda p: change(
        p, f"DELETE FROM office_setting WHERE key = '{KEYS_SETTING}'"
    ),
    # The default demo file, empty, is filled first.
    "no persons": lambda p: change(p, "PRAGMA foreign_keys = OFF", "DELETE FROM person"),
    # The start says the demo has no staff to sign in.
    "no supervisor": lambda p: change(p, "UPDATE user SET active = 0 WHERE role = 'supervisor'"),
    # Damaged: the start says what SQLite found.
    "not a database": lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200),
    "an empty file": lambda p: p.write_bytes(b""),
    "a missing file": lambda p: p.unlink(),
    "a folder": lambda p: _folder_instead(p),
}


@pytest.mark.parametrize("unusual", UNUSUAL)
def test_any_other_start_is_not_foreseen(demo: Path, unusual: str) -> None:
    assert demo_start(url(demo)) is not None  # the same file, as it was
    UNUSUAL[unusual](demo)
    assert demo_start(url(demo)) is None


def test_a_file_that_cannot_be_written_is_not_foreseen(demo: Path) -> None:
    """It opens read-only, and its window's title says so."""
    with not_writable(demo):
        assert demo_start(url(demo)) is None


def test_an_encrypted_demo_is_not_foreseen(demo: Path) -> None:
    """Its passphrase is asked first (``passphrase_dialog.py``)."""
    convert(demo, old=None, new="демо-пароль-1")
    encryption.forget_all()
    assert encryption.looks_encrypted(demo)
    assert demo_start(url(demo)) is None


def test_a_server_database_is_not_foreseen() -> None:
    assert demo_start("postgresql+psycopg://office@localhost/register") is None
    assert demo_start("sqlite://") is None  # in memory


def test_the_head_is_the_migrations_head() -> None:
    """The forecast compares with the newest migration read without Alembic."""
    assert migrate.quick_head() == migrate.head_revision()
