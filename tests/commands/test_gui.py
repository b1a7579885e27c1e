"""``ombuds-desk gui`` (and plain ``ombuds-desk``), with a stand-in for the window: which
database the window is given, whether the demo office is built first, and who the window
would sign in (the sign-in itself is the window's: ``tests/ui/shell/test_start.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ombuds_desk.cli import main
from ombuds_desk.commands.gui import _has_persons
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.users import create_first_admin
from ombuds_desk.store.database import Database
from tests.backends import NO_PG_REASON, PG_URL, ServerDatabase
from tests.conftest import PASSWORDS
from tests.services.helpers import register


@dataclass
class Opened:
    url: str
    username: str
    persons: int
    demo_mark: bool
    demo_user: str | None
    has_staff: bool


class Window:
    """Stands in for ``run_gui``: opens the database with the opener it is given, as the
    window does, records what it found, and returns at once."""

    def __init__(self) -> None:
        self.opened: list[Opened] = []
        self.refused: list[str] = []

    def __call__(
        self,
        url: str,
        opener: Callable[[str], Database],
        username: str = "",
        argv: list[str] | None = None,
        language: str | None = None,
    ) -> int:
        try:
            db = opener(url)
        except DatabaseUnavailableError as exc:
            self.refused.append(exc.message)
            return 0
        try:
            with db.reading() as session:
                persons = session.execute(select(func.count()).select_from(Person)).scalar_one()
                member = auth.demo_user(session)
                self.opened.append(
                    Opened(
                        url,
                        username,
                        persons,
                        auth.is_demo(session),
                        member.username if member else None,
                        auth.has_staff(session),
                    )
                )
                assert member is None or member.role is Role.SUPERVISOR
        finally:
            db.dispose()
        return 0


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Window:
    import ombuds_desk.ui.shell.app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("OMBUDS_DESK_DB", raising=False)
    stand_in = Window()
    monkeypatch.setattr(ombuds_desk.ui.shell.app, "run_gui", stand_in)
    return stand_in


def test_demo_opens_the_demo_file_built_on_first_use(window: Window, tmp_path: Path) -> None:
    assert main(["--demo"]) == 0
    opened = window.opened[-1]
    demo_file = tmp_path / "data" / "ombuds-desk" / "ombuds-desk-DEMO.sqlite3"
    assert opened.url == f"sqlite:///{demo_file}"
    assert opened.persons == 2500
    assert opened.demo_mark and opened.demo_user == "n.rudenko"  # signed in by itself
    assert main(["gui", "--demo"]) == 0  # second start: the same file, not built again
    assert window.opened[-1].persons == 2500
    assert not (tmp_path / "data" / "ombuds-desk" / "ombuds-desk.sqlite3").exists()


def test_without_demo_the_real_database_starts_empty_with_nobody_to_sign_in(
    window: Window, tmp_path: Path
) -> None:
    assert main([]) == 0
    opened = window.opened[-1]
    real = tmp_path / "data" / "ombuds-desk" / "ombuds-desk.sqlite3"
    assert opened.url == f"sqlite:///{real}"
    assert opened.persons == 0
    # Nobody is made a user by starting the program: the window opens its first start.
    assert not opened.has_staff and not opened.demo_mark and opened.demo_user is None


def test_demo_never_fills_an_existing_empty_register(window: Window, tmp_path: Path) -> None:
    real = tmp_path / "real.sqlite3"
    assert main(["init", "--db", str(real)]) == 0
    assert main(["--demo", "--db", str(real)]) == 0
    assert window.opened[-1].persons == 0
    assert not window.opened[-1].demo_mark  # a real database: it asks for a password
    fresh = tmp_path / "fresh-demo.sqlite3"
    assert main(["--demo", "--db", str(fresh)]) == 0
    assert window.opened[-1].persons == 2500 and window.opened[-1].demo_mark


def test_the_user_name_given_is_handed_to_the_window(window: Window, tmp_path: Path) -> None:
    assert main(["--user", "o.bondar", "--db", str(tmp_path / "office.sqlite3")]) == 0
    assert window.opened[-1].username == "o.bondar"
    assert main(["gui", "--db", str(tmp_path / "office.sqlite3")]) == 0
    assert window.opened[-1].username == ""


def test_a_database_that_cannot_be_opened_is_left_to_the_window(
    window: Window, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_text("not a database", encoding="utf-8")
    # The window explains it in a dialog: the command does not end with a line on stderr.
    assert main(["--db", str(broken)]) == 0
    assert window.opened == []
    assert "not an Ombuds Desk database" in window.refused[0]


@pytest.fixture(params=["sqlite", "postgresql"])
def either_db(request: pytest.FixtureRequest, db: Database) -> Iterator[Database]:
    """The test's SQLite file, or a fresh database on the PostgreSQL test server."""
    if request.param == "sqlite":
        yield db
        return
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    server = ServerDatabase(PG_URL)
    database = server.fresh()
    try:
        yield database
    finally:
        database.dispose()
        server.drop()


def test_whether_a_register_has_persons_is_what_its_count_says(
    either_db: Database, today: date
) -> None:
    def counted() -> bool:
        with either_db.reading() as session:
            return bool(session.execute(select(func.count()).select_from(Person)).scalar_one())

    assert _has_persons(either_db) is counted() is False
    admin = create_first_admin(either_db, "admin", "Адміністраторка Ґалина", PASSWORDS["admin"])
    register(either_db, admin, today, family_name="Їжакевич", given_name="Євген")
    assert _has_persons(either_db) is counted() is True
