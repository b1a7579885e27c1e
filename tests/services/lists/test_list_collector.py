"""The cyclic collector while a list is read, planned and written: paused where it ran (a
command), left alone where the window collects on its GUI thread; the import the same."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.person_import import plan_import, run_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.table_files import write_csv

HEAD = ["family_name", "given_name", "category", "date_of_birth"]


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector as a command has it (running), however the test process had it."""
    running = gc.isenabled()
    gc.enable()
    yield
    if not running:
        gc.disable()


def _import(db: Database, admin: User, today: date, path: Path, seen: set[str]) -> int:
    """Import ``path``; ``seen`` gets where the collector ran: "read", "planning",
    "planned", "writing" (between the steps, and in progress reports within them)."""

    def note(where: str) -> None:
        if gc.isenabled():
            seen.add(where)

    table = read_table(path)
    note("read")
    with db.reading() as session:
        plan = plan_import(
            session, admin, table, today=today, progress=lambda d, t: note("planning")
        )
    note("planned")
    run_import(db, admin, plan, today=today, progress=lambda d, t: note("writing"))
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(Person)).scalar_one()


def test_paused_while_an_import_works_and_running_again_after(
    db: Database, admin: User, today: date, tmp_path: Path, collecting: None
) -> None:
    rows = [HEAD, *[[f"Іваненко{'ї' * (n % 7)}", "Петро", "captive", "1985"] for n in range(900)]]
    path = write_csv(tmp_path / "many.csv", rows)
    seen: set[str] = set()
    frozen = gc.get_freeze_count()
    assert _import(db, admin, today, path, seen) == 900
    assert seen == {"read", "planned"} and gc.isenabled()  # running between, not within
    assert gc.get_freeze_count() > frozen  # what the import made is kept out of its walks


def test_left_alone_where_the_collector_is_not_running(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    rows = [HEAD, *[["Шевченко", f"Тарас{'ʼ' * (n % 3)}", "evacuee", ""] for n in range(300)]]
    path = write_csv(tmp_path / "window.csv", rows)
    running = gc.isenabled()
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        seen: set[str] = set()
        assert _import(db, admin, today, path, seen) == 300
        assert not seen and not gc.isenabled()
        # nothing of the import frozen (it made thousands of objects); the count may fall:
        # objects frozen earlier in this process are freed by their reference counts
        assert gc.get_freeze_count() <= frozen
    finally:
        if running:
            gc.enable()
