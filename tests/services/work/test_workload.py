"""Workloads: each caseworker's open, stalled and overdue cases, counted in SQL, and the
ids behind each count (what "Reassign…" hands on)."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.work.workload import Held, held_case_ids, workloads
from ombuds_desk.store.database import Database
from tests.services.work.office import Office, register_for


def test_each_caseworker_s_open_stalled_and_overdue_cases(
    db: Database, office: Office, today: date
) -> None:
    fresh = register_for(db, office.supervisor, today, office.caseworker)
    with db.reading() as session:
        loads = {w.name: w for w in workloads(session, office.supervisor, today=today)}
        held = {
            which: held_case_ids(
                session, office.supervisor, office.caseworker.id, which, today=today
            )
            for which in Held
        }
    assert list(loads) == ["Анна Петрова", "Олег Бондар", "Світлана Мельник"]  # by role, name
    mine = loads["Олег Бондар"]
    # escalated, due, silent, reassigned to him, and a fresh one (not stalled)
    assert (mine.open, mine.stalled, mine.overdue) == (5, 4, 1)
    assert sorted(held[Held.OPEN]) == sorted(
        [office.escalated, office.due, office.silent, office.reassigned, fresh]
    )
    assert len(held[Held.STALLED]) == mine.stalled and fresh not in held[Held.STALLED]
    assert held[Held.OVERDUE] == [office.due]
    assert (loads["Анна Петрова"].open, loads["Світлана Мельник"].open) == (1, 0)


def test_a_caseworker_may_not_read_workloads(db: Database, office: Office, today: date) -> None:
    with db.reading() as session:
        with pytest.raises(PermissionDeniedError):
            workloads(session, office.caseworker, today=today)
        with pytest.raises(PermissionDeniedError):
            held_case_ids(session, office.caseworker, office.caseworker.id, Held.OPEN, today=today)
