"""Many new cases into a register of few: the secondary indexes of the person table and
of the status events set aside while they are written and made again before the commit
(SQLite), the same indexes after; an import that fails or is cancelled leaves them as they were. Other databases keep
theirs, and the import writes the same on both."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.person_import_indexes import FEW
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.table_files import write_csv

HEAD = ["family_name", "given_name", "category", "date_of_birth", "home_region", "status"]
_SURNAMES = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Олійник", "Іванов")
_GIVEN = ("Петро", "Олексій", "Марія", "Ґанна", "Їжак", "Євген", "Тарас")


def _rows(count: int) -> list[list[str]]:
    return [
        [
            f"{_SURNAMES[n % 7]}{'ʼ' * (n % 2)}{n}".rstrip("0123456789") + "ко" * (n % 5),
            _GIVEN[(n // 7) % 7],
            "captive" if n % 3 else "evacuee",
            f"{1950 + n % 56}-{1 + n % 12:02d}",
            "Харківська обл." if n % 4 else "",
            "confirmed" if n % 3 and n % 2 else "",
        ]
        for n in range(count)
    ]


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        query = (
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name IN ('person', 'person_name_key', 'status_event') ORDER BY name"
        )
        return [(r[0], r[1]) for r in session.execute(text(query))]


def _schema_version(db: Database) -> int:
    """SQLite's count of schema changes: each index dropped or made moves it on."""
    with db.reading() as session:
        return int(session.execute(text("PRAGMA schema_version")).scalar_one())


def _count(db: Database) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(Person)).scalar_one()


def _plan(db: Database, admin: User, today: date, path: Path) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, admin, read_table(path), today=today, check_duplicates=False)


def test_a_large_import_into_a_new_register_keeps_every_index(
    db: Database, admin: User, today: date, tmp_path: Path, backend: str
) -> None:
    before = _indexes(db) if backend == "sqlite" else []
    version = _schema_version(db) if backend == "sqlite" else 0
    path = write_csv(tmp_path / "many.csv", [HEAD, *_rows(FEW + 100)])
    done = run_import(db, admin, _plan(db, admin, today, path), today=today)
    assert done.added == FEW + 100 and _count(db) == FEW + 100
    if backend == "sqlite":
        assert _schema_version(db) > version  # set aside and made again
    with db.reading() as session:
        assert verify_chain(session).intact
        if backend == "sqlite":
            assert _indexes(db) == before and len(before) > 15
            # Each index holds every row, as the table does.
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            plan = session.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM person WHERE birth_year = 1985")
            ).all()
            assert "ix_person_birth_year" in str(plan)
            # The events' indexes too: each case's first event found by its own.
            plan = session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT min(effective_on) FROM status_event "
                    "WHERE person_id = 7"
                )
            ).all()
            assert "ix_status_event_first" in str(plan)
        born = select(func.count()).select_from(Person).where(col(Person.birth_year) == 1985)
        assert session.execute(born).scalar_one() == sum(
            1 for n in range(FEW + 100) if 1950 + n % 56 == 1985
        )


def test_a_failed_or_cancelled_import_leaves_the_indexes_as_they_were(
    db: Database, admin: User, today: date, tmp_path: Path, backend: str
) -> None:
    if backend != "sqlite":
        pytest.skip("the indexes are set aside on SQLite only")
    before = _indexes(db)
    rows = _rows(FEW + 600)
    path = write_csv(tmp_path / "many.csv", [HEAD, *rows])
    plan = _plan(db, admin, today, path)
    calls: list[int] = []
    with pytest.raises(OperationCancelledError):
        run_import(
            db,
            admin,
            plan,
            today=today,
            progress=lambda d, t: calls.append(d),
            is_cancelled=lambda: len(calls) > 3,
        )
    assert _count(db) == 0 and _indexes(db) == before
    # A row the file gets wrong after thousands written: nothing imported, indexes kept.
    rows[-1][2] = "tourist"
    path = write_csv(tmp_path / "bad.csv", [HEAD, *rows])
    with pytest.raises(Exception, match=r"tourist|captive or evacuee"):
        run_import(db, admin, _plan(db, admin, today, path), today=today, skip_invalid=False)
    assert _count(db) == 0 and _indexes(db) == before


def test_a_list_that_also_updates_registered_cases_keeps_the_indexes_in_place(
    db: Database, admin: User, today: date, tmp_path: Path, backend: str
) -> None:
    """Cases updated through the services may be read by any index: none is set aside."""
    if backend != "sqlite":
        pytest.skip("the indexes are set aside on SQLite only")
    first = write_csv(tmp_path / "first.csv", [HEAD, *_rows(3)])
    run_import(db, admin, _plan(db, admin, today, first), today=today)
    with db.reading() as session:
        query = select(col(Person.case_number)).order_by(col(Person.id))
        numbers = [n for (n,) in session.execute(query)]
    rows = [[*row, ""] for row in _rows(FEW + 100)]
    rows[:3] = [[*row[:5], "", number] for row, number in zip(_rows(3), numbers, strict=True)]
    rows[0][4] = "Луганська обл."  # one case changed
    path = write_csv(tmp_path / "mixed.csv", [[*HEAD, "case_number"], *rows])
    plan = _plan(db, admin, today, path)
    assert not plan.problems
    assert plan.count("update") == 1 and plan.count("add") == FEW + 97
    before, version = _indexes(db), _schema_version(db)
    done = run_import(db, admin, plan, today=today)
    assert (done.added, done.updated, done.unchanged) == (FEW + 97, 1, 2)
    assert _indexes(db) == before and _schema_version(db) == version  # not dropped
