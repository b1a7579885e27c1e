"""A long list of new cases planned by two processes (``person_import_halves``): the plan is
the one a single process makes (rows, problems, warnings, likely duplicates, progress's end);
the other process killed mid-way only makes it later; a cancel ends it."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.lists import person_import
from ombuds_desk.services.lists import person_import_halves as halves
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.helpers import register
from tests.services.table_files import write_csv

HEAD = ["case_number", "family_name", "given_name", "category", "date_of_birth", "sex"]
HEAD += ["status", "assigned_to", "notes"]


def _list(path: Path, cases: int = 41) -> Path:
    """New cases in Cyrillic, some with a problem (no family name, a date in the future, a
    status no captive has), some naming a caseworker not on the staff here (a warning), one
    the same person as a registered case."""
    rows: list[list[str]] = [HEAD]
    for n in range(cases):
        rows.append(
            [
                "",
                "" if n % 13 == 5 else f"Пʼятниць{'кий' if n % 2 else 'ка'}{'ї' * (n % 5)}",
                ("Ґеоргій", "Євгенія", "Іван")[n % 3],
                "evacuee" if n % 7 == 3 else "captive",
                "2090" if n % 11 == 4 else f"{1960 + n % 40}",
                ("ч", "ж", "")[n % 3],
                "returned" if n % 9 == 2 else "",
                "Петренко П. П." if n % 10 == 6 else "",
                "Лист від родини отримано." if n % 4 == 0 else "",
            ]
        )
    rows.append(["", "Ґонта", "Ірина", "captive", "1975", "ж", "", "", ""])  # registered
    return write_csv(path, rows)


def _plan(db: Database, admin: User, path: Path, today: date, split: bool, **kw: Any) -> ImportPlan:
    halves.HALVES_FROM = 1 if split else 10**9
    with db.reading() as session:
        return plan_import(session, admin, read_table(path), today=today, **kw)


def _all_children() -> set[int]:
    me = os.getpid()
    return {int(p) for p in Path(f"/proc/{me}/task/{me}/children").read_text().split()}


_BEFORE: set[int] = set()


def _children() -> list[int]:
    """The processes this test started that are still there: the test process may have
    others, started by earlier tests and kept (a pool of worker processes)."""
    return sorted(_all_children() - _BEFORE)


@pytest.fixture(autouse=True)
def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of four rows; the threshold restored after each test."""
    monkeypatch.setattr(person_import, "BATCH", 4)
    monkeypatch.setattr(halves, "HALVES_FROM", halves.HALVES_FROM)
    _BEFORE.clear()
    _BEFORE.update(_all_children())


def _same(one: ImportPlan, two: ImportPlan) -> None:
    assert two.rows == one.rows
    assert two.problems == one.problems
    assert two.warnings == one.warnings
    assert two.basis == one.basis


def test_two_processes_plan_a_list_as_one_does(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Ґонта", given_name="Ірина", date_of_birth="1975")
    path = _list(tmp_path / "список.csv")
    said: dict[bool, list[tuple[int, int]]] = {False: [], True: []}
    one = _plan(db, admin, path, today, False, progress=lambda *a: said[False].append(a))
    two = _plan(db, admin, path, today, True, progress=lambda *a: said[True].append(a))
    _same(one, two)
    assert len(two.rows) == 42 and len(two.problems) >= 6 and len(two.warnings) == 4
    assert [r.line for r in two.rows if r.duplicates] == [43]  # found in this process
    assert said[True][-1] == said[False][-1] == (42, 42)
    assert _children() == []


def test_the_rows_the_other_process_did_not_send_are_planned_here(
    db: Database, admin: User, today: date, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _list(tmp_path / "список.csv")
    one = _plan(db, admin, path, today, False)
    planned = halves._plan_half

    def killed_after_two_batches(
        ctx: Any, rows: Any, plan_rows: Any, batch: int, pipe: Any
    ) -> None:
        # The other process: two batches sent, then ended as a killed process is.
        planned(ctx, rows[: 2 * batch], plan_rows, batch, pipe)
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(halves, "_plan_half", killed_after_two_batches)
    _same(one, _plan(db, admin, path, today, True))
    assert _children() == []


def test_a_cancel_ends_the_other_process(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    path = _list(tmp_path / "список.csv")
    said: list[int] = []
    cancelled: Callable[[], bool] = lambda: len(said) >= 2  # noqa: E731
    with pytest.raises(OperationCancelledError):
        _plan(
            db,
            admin,
            path,
            today,
            True,
            progress=lambda done, _total: said.append(done),
            is_cancelled=cancelled,
        )
    assert said == [0, 8]  # a batch of this process's half, then the cancel
    assert _children() == []


def test_only_a_long_list_of_new_cases_takes_two_processes(tmp_path: Path) -> None:
    table = read_table(_list(tmp_path / "список.csv"))
    columns = {name: index for index, name in enumerate(HEAD)}
    halves.HALVES_FROM = 42
    assert halves.can_halve(table, columns)
    halves.HALVES_FROM = 43
    assert not halves.can_halve(table, columns)  # too short
    halves.HALVES_FROM = 1
    numbered = [*table.rows[:-1], type(table.rows[-1])(99, ("CAP-2026-00001", "Ґонта"))]
    table.rows[:] = numbered
    assert not halves.can_halve(table, columns)  # a row names a case
