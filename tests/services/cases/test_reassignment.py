"""Reassigning cases: many at once with a reason, recorded and audited; refused for a
caseworker, without a reason, or to someone who cannot hold a case; undone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision, Role
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.domain.people import CaseAssignment, Person
from ombuds_desk.services.cases.reassignment import (
    case_holders,
    reassign_cases,
    undo_reassignment,
)
from ombuds_desk.services.core import users
from ombuds_desk.services.core.audit_trail import case_history
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS
from tests.services.helpers import everything, id_of, register


def _holder(db: Database, person_id: int) -> int | None:
    with db.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.assigned_to_id


def test_many_cases_change_hands_with_a_reason(
    db: Database, admin: User, supervisor: User, caseworker: User, today: date
) -> None:
    ids = [id_of(register(db, admin, today, family_name=n)) for n in ("Ґонта", "Їжак", "Щука")]
    with unit_of_work(db, supervisor) as session:
        reassign_cases(session, supervisor, [ids[2]], caseworker.id, "Уже його")
    with unit_of_work(db, supervisor) as session:
        done = reassign_cases(session, supervisor, [*ids, ids[0]], caseworker.id, " Відпустка ")
    assert done.count == 2 and done.already_theirs == [ids[2]]
    assert done.moved == [(ids[0], admin.id), (ids[1], admin.id)]
    assert done.to_name == "Олег Бондар"
    assert all(_holder(db, i) == caseworker.id for i in ids)
    with db.reading() as session:
        rows = session.exec(
            select(CaseAssignment).where(col(CaseAssignment.person_id) == ids[0])
        ).all()
        history = [row.what for row in case_history(session, ids[0])]
    assert [(r.from_user_id, r.to_user_id, r.reason, r.assigned_by_id) for r in rows] == [
        (admin.id, caseworker.id, "Відпустка", supervisor.id)
    ]
    assert "Case reassigned to Олег Бондар (was Адміністратор's): “Відпустка”" in history

    with unit_of_work(db, supervisor) as session:
        assert undo_reassignment(session, supervisor, done) == 2
    assert [_holder(db, i) for i in ids] == [admin.id, admin.id, caseworker.id]


@pytest.mark.parametrize(
    ("reason", "to", "field"),
    [
        ("", "caseworker", "reason"),
        ("Причина", None, "to_user"),
        ("Причина", "admin", "to_user"),
        ("Причина", "gone", "to_user"),
    ],
)
def test_a_reassignment_is_refused_and_nothing_changes(
    db: Database,
    admin: User,
    supervisor: User,
    caseworker: User,
    today: date,
    reason: str,
    to: str | None,
    field: str,
) -> None:
    person = id_of(register(db, admin, today))
    with unit_of_work(db, admin) as session:
        gone = users.create_user(
            session, admin, "t.gone", "Тарас Пішов", Role.CASEWORKER, PASSWORDS["admin"]
        )
        users.deactivate(session, admin, id_of(gone))
    target = {"caseworker": caseworker.id, "admin": admin.id, "gone": gone.id, None: None}[to]
    before = everything(db)
    with pytest.raises(ValidationError) as refused, unit_of_work(db, supervisor) as session:
        reassign_cases(session, supervisor, [person], target, reason)
    assert field in refused.value.fields
    assert everything(db) == before


def test_all_already_theirs_is_refused(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    person = id_of(register(db, supervisor, today))  # hers
    with (
        pytest.raises(ValidationError, match="already Світлана Мельник's"),
        unit_of_work(db, supervisor) as session,
    ):
        reassign_cases(session, supervisor, [person], supervisor.id, "Причина")


def test_only_supervisors_reassign(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date
) -> None:
    person = id_of(register(db, admin, today))
    before = everything(db)
    with pytest.raises(PermissionDeniedError), unit_of_work(db, caseworker) as session:
        reassign_cases(session, caseworker, [person], supervisor.id, "Беру собі")
    assert everything(db) == before


def test_who_can_hold_a_case(db: Database, admin: User, supervisor: User, caseworker: User) -> None:
    with db.reading() as session:
        assert [u.username for u in case_holders(session)] == ["o.bondar", "s.melnyk"]


def test_a_review_that_reassigns_is_recorded_as_a_reassignment(
    db: Database, admin: User, supervisor: User, caseworker: User, today: date
) -> None:
    person = id_of(register(db, admin, today, status_since=today - timedelta(days=60)))
    with unit_of_work(db, supervisor) as session:
        review = review_case(
            session, supervisor, person, ReviewDecision.REASSIGN, today=today,
            reassign_to_id=caseworker.id, note="Знає родину",
        )  # fmt: skip
        assert review.to_user_id == caseworker.id
    with db.reading() as session:
        (row,) = session.exec(select(CaseAssignment)).all()
    assert (row.from_user_id, row.to_user_id, row.reason) == (
        admin.id,
        caseworker.id,
        "Знає родину",
    )
    assert _holder(db, person) == caseworker.id


def test_case_holders_sort_as_ukrainian_sorts(db: Database, admin: User) -> None:
    """Іра after Анна and before Катерина, Єва after Дмитро, Ґанна after Галина: not by code
    point, which put every І, Є and Ґ before А (the workload list began with Ірина)."""
    names = ["Ірина Ковальчук", "Анна Петрова", "Єва Дорош", "Ґанна Гич", "Галина Бий",
             "Катерина Лис", "Дмитро Орел"]  # fmt: skip
    with unit_of_work(db, admin) as session:
        for n, name in enumerate(names):
            users.create_user(session, admin, f"u{n}", name, Role.CASEWORKER, PASSWORDS["admin"])
    with db.reading() as session:
        found = [u.full_name for u in case_holders(session) if u.full_name in names]
    assert found == ["Анна Петрова", "Галина Бий", "Ґанна Гич", "Дмитро Орел", "Єва Дорош",
                     "Ірина Ковальчук", "Катерина Лис"]  # fmt: skip
