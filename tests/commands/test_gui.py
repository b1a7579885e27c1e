"""``ombuds-desk gui`` (and plain ``ombuds-desk``), with a stand-in for the window: which
database it opens, whether the demo office is built first, and as whom."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from ombuds_desk.cli import main
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.people import Person
from ombuds_desk.store.database import Database


class Window:
    """Stands in for the main window: records what it was opened on, returns at once."""

    def __init__(self) -> None:
        self.opened: list[tuple[Database, User]] = []
        self.persons = -1

    def __call__(self, db: Database, actor: User, argv: list[str] | None = None) -> int:
        with db.reading() as session:
            persons = session.execute(select(func.count()).select_from(Person)).scalar_one()
        self.opened.append((db, actor))
        self.persons = persons
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
    db, actor = window.opened[-1]
    assert db.demo and db.path == tmp_path / "data" / "ombuds-desk" / "ombuds-desk-DEMO.sqlite3"
    assert window.persons == 2500
    assert actor.role is Role.SUPERVISOR  # the login user, with cases "assigned to me"
    assert main(["gui", "--demo"]) == 0  # second start: the same file, not built again
    assert window.persons == 2500
    assert not (tmp_path / "data" / "ombuds-desk" / "ombuds-desk.sqlite3").exists()


def test_without_demo_the_real_database_starts_empty(window: Window, tmp_path: Path) -> None:
    assert main([]) == 0
    db, actor = window.opened[-1]
    assert not db.demo and db.path == tmp_path / "data" / "ombuds-desk" / "ombuds-desk.sqlite3"
    assert window.persons == 0
    assert actor.role is Role.ADMIN  # the first user of a new register


def test_demo_never_fills_an_existing_empty_register(window: Window, tmp_path: Path) -> None:
    real = tmp_path / "real.sqlite3"
    assert main(["init", "--db", str(real)]) == 0
    assert main(["--demo", "--db", str(real)]) == 0
    assert window.persons == 0
    fresh = tmp_path / "fresh-demo.sqlite3"
    assert main(["--demo", "--db", str(fresh)]) == 0
    assert window.persons == 2500 and window.opened[-1][0].demo
