"""A list of new cases written by two processes (``person_import_pipeline``): the register
ends exactly as one process leaves it (cases, numbers, search keys, events, notes, the audit
trail and its chain), and a second process killed mid-way or a cancel leaves it untouched."""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.core.users import create_first_admin
from ombuds_desk.services.lists import person_import
from ombuds_desk.services.lists import person_import_pipeline as pipeline
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.person_import_writer import ImportSummary
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database, open_database
from tests.backends import sqlite_from_template
from tests.conftest import PASSWORDS
from tests.services.helpers import everything, register
from tests.services.table_files import write_csv

pytestmark = pytest.mark.sqlite_only(reason="two processes write only on SQLite")

HEAD = ["case_number", "family_name", "given_name", "category", "date_of_birth", "status"]
HEAD += ["blocked_reason", "notes"]
# What differs between two runs of one import: the moments written, and so the hashes.
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?")
_HASH = re.compile(r"\b[0-9a-f]{64}\b")


def _list(path: Path, cases: int = 23) -> Path:
    """New cases in Cyrillic: some keep a number (this year's, another year's), some are
    blocked, moved to another status, or carry a note; one row is invalid."""
    rows: list[list[str]] = [HEAD]
    for n in range(cases):
        number = {3: "CAP-2026-00040", 8: "EVA-2026-00005", 11: "CAP-2025-00042"}.get(n, "")
        rows.append(
            [
                number,
                f"Пʼятниць{'кий' if n % 2 else 'ка'}{'ї' * (n % 5)}",
                ("Ґеоргій", "Євгенія", "Іван")[n % 3],
                "evacuee" if n in (8, 9, 15) else "captive",
                f"{1960 + n % 40}" if n % 4 else f"0{1 + n % 9}.03.198{n % 10}",
                "confirmed" if n % 6 == 1 else "",
                "No contact with family" if n % 8 == 2 else "",
                "Лист від родини отримано." if n % 3 == 0 else "",
            ]
        )
    rows.append(["", "", "Олег", "captive", "1990", "", "", ""])  # no family name: skipped
    return write_csv(path, rows)


def _import(db: Database, admin: User, path: Path, today: date, **kw: Any) -> ImportSummary:
    with db.reading() as session:
        plan: ImportPlan = plan_import(session, admin, read_table(path), today=today)
    return run_import(db, admin, plan, skip_invalid=True, today=today, **kw)


def _register(template: Path, path: Path, today: date) -> tuple[Database, User]:
    """A register with its admin and one case already in it (ids and numbers go on from it)."""
    db = sqlite_from_template(template, path)
    admin = create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
    register(db, admin, today, family_name="Ґонта", given_name="Ірина")
    return db, admin


_BEFORE: set[int] = set()


@pytest.fixture(autouse=True)
def _earlier_children() -> None:
    """The test process may hold copies of itself started by earlier tests and kept (a pool
    of worker processes): only those a test starts are its own."""
    _BEFORE.clear()
    _BEFORE.update(_all_makers())


def _makers() -> list[int]:
    """The copies of this process the test started that are still there."""
    return [pid for pid in _all_makers() if pid not in _BEFORE]


def _all_makers() -> list[int]:
    """This process's children that are copies of it (forked, not a program started)."""
    me = os.getpid()
    ours = Path(f"/proc/{me}/cmdline").read_bytes()
    children = Path(f"/proc/{me}/task/{me}/children").read_text().split()
    found = []
    for pid in map(int, children):
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes() == ours:
                found.append(pid)
        except FileNotFoundError:
            pass  # ended meanwhile
    return found


def _without_moments(db: Database) -> dict[str, list[str]]:
    """Every row of every table but the staff's (their passwords' salts differ)."""
    return {
        table: sorted(_HASH.sub("#", _MOMENT.sub("@", row)) for row in rows)
        for table, rows in everything(db).items()
        if table != "user"
    }


@pytest.fixture
def two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any list of new cases written by two processes, in batches of four rows."""
    monkeypatch.setattr(pipeline, "PIPELINE_FROM", 1)
    monkeypatch.setattr(person_import, "BATCH", 4)


def test_two_processes_leave_the_register_as_one_does(
    sqlite_template: Path, tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _list(tmp_path / "список.csv")
    one, one_admin = _register(sqlite_template, tmp_path / "one.sqlite3", today)
    two, two_admin = _register(sqlite_template, tmp_path / "two.sqlite3", today)
    monkeypatch.setattr(person_import, "BATCH", 4)
    try:
        monkeypatch.setattr(pipeline, "PIPELINE_FROM", 10**9)
        seen: dict[str, list[tuple[int, int]]] = {"one": [], "two": []}
        by_one = _import(one, one_admin, path, today, progress=lambda *a: seen["one"].append(a))
        monkeypatch.setattr(pipeline, "PIPELINE_FROM", 1)
        by_two = _import(two, two_admin, path, today, progress=lambda *a: seen["two"].append(a))
        assert by_two == by_one
        assert (by_two.added, by_two.skipped) == (23, 1)
        assert by_two.case_numbers[5] == "CAP-2026-00040"  # kept, and the others after it
        assert "CAP-2026-00041" in by_two.case_numbers.values()
        assert seen["two"] == seen["one"] != []  # a batch at a time
        assert _without_moments(two) == _without_moments(one)
        assert verify_audit_trail(two, two_admin).intact
        assert _makers() == []
    finally:
        one.dispose()
        two.dispose()


@pytest.mark.usefixtures("two_processes")
def test_a_second_process_killed_mid_way_leaves_the_register_untouched(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    # Long enough that the second process is still making rows when the first are written
    # (it waits while the pipe is full: a few dozen of these 100 messages fill it).
    path = _list(tmp_path / "список.csv", cases=400)
    register(db, admin, today, family_name="Ґонта", given_name="Ірина")
    before = everything(db)
    killed: list[int | None] = []

    def kill_it(done: int, _total: int) -> None:
        # A batch is written: the process making the rest dies as a killed one does.
        if not killed:
            (maker,) = _makers()
            os.kill(maker, signal.SIGKILL)
            killed.append(maker)

    with pytest.raises(DatabaseUnavailableError, match=r"second process ended .*exit code -9"):
        _import(db, admin, path, today, progress=kill_it)
    assert len(killed) == 1 and _makers() == []
    assert everything(db) == before
    assert verify_audit_trail(db, admin).intact
    assert _import(db, admin, path, today).added == 400  # and the register still takes it


@pytest.mark.usefixtures("two_processes")
def test_a_cancel_mid_way_ends_the_second_process_and_writes_nothing(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = _list(tmp_path / "список.csv")
    before = everything(db)
    written: list[int] = []
    with pytest.raises(OperationCancelledError):
        _import(
            db,
            admin,
            path,
            today,
            progress=lambda done, _total: written.append(done),
            is_cancelled=lambda: bool(written),
        )
    assert written == [3]  # the first batch: the three cases that keep their number
    assert everything(db) == before
    assert _makers() == []
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0


def test_only_a_long_list_of_new_cases_on_sqlite_takes_two_processes(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = _list(tmp_path / "список.csv")
    with db.reading() as session:
        rows = plan_import(session, admin, read_table(path), today=today).valid_rows
        connection = session.connection()
        assert not pipeline.can_pipeline(connection, rows)  # 23 rows: one process
        assert pipeline.can_pipeline(connection, rows * 300)
        rows[0].person_id = 1  # a row that updates a registered case
        assert not pipeline.can_pipeline(connection, rows * 300)


def _import_in_a_daemon(url: str, path: Path, today: date, said: Any) -> None:
    db = open_database(url, upgrade=False)
    try:
        with db.reading() as session:
            admin = session.execute(select(User).where(col(User.username) == "admin")).scalar_one()
        said.send(_import(db, admin, path, today).added)
    except BaseException as exc:
        said.send(repr(exc))
    finally:
        db.dispose()


@pytest.mark.usefixtures("two_processes")
def test_a_window_s_daemonic_worker_process_imports_with_two_processes_too(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    # The window imports in a daemonic worker process (ui/common/process_work.py), which
    # multiprocessing forbids children: the second process is forked without it.
    path = _list(tmp_path / "список.csv")
    context = multiprocessing.get_context("fork")
    hearing, said = context.Pipe(duplex=False)
    worker = context.Process(
        target=_import_in_a_daemon, args=(db.url, path, today, said), daemon=True
    )
    worker.start()
    try:
        assert hearing.poll(120)
        assert hearing.recv() == 23
    finally:
        worker.join(30)
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 23
    assert verify_audit_trail(db, admin).intact
