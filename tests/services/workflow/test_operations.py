"""Exchanges and group returns: adding persons, and completing all or nothing."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, OperationKind, OperationStatus
from ombuds_desk.domain.errors import PermissionDeniedError, TransitionError
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import StatusEvent
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import operations
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, ids, register


def _exchange(db: Database, actor: User, today: date) -> Operation:
    with unit_of_work(db, actor) as session:
        return operations.create_operation(
            session,
            actor,
            name="Обмін 14 / Exchange 14",
            kind=OperationKind.EXCHANGE,
            planned_on=today,
            facilitated_by="ICRC",
        )


def test_complete_exchange_repatriates_everyone_with_history(
    db: Database, supervisor: User, today: date
) -> None:
    captives = [
        register(db, supervisor, today - timedelta(days=10), family_name=f)
        for f in ("Ґонта", "Бойко", "Їжак")
    ]
    with unit_of_work(db, supervisor) as session:
        case_status.change_status(
            session,
            supervisor,
            id_of(captives[0]),
            CaseStatus.CONFIRMED,
            effective_on=today,
            today=today,
        )
    operation = _exchange(db, supervisor, today)
    assert operation.id is not None
    pasted = f"List:\n{captives[0].case_number}\t{captives[1].case_number.lower()}\n{captives[2].case_number}, {captives[0].case_number}"
    with unit_of_work(db, supervisor) as session:
        result = operations.add_persons(
            session, supervisor, operation.id, case_numbers=operations.case_numbers_in(pasted)
        )
    assert result.added == [c.case_number for c in captives] and result.unknown == []
    with unit_of_work(db, supervisor) as session:
        done = operations.complete_operation(
            session, supervisor, operation.id, completed_on=today, today=today
        )
    assert len(done) == 3
    with db.reading() as session:
        for captive in captives:
            assert captive.id is not None
            person = persons.get_person(session, captive.id)
            assert person.status is CaseStatus.REPATRIATED and person.status_since == today
            top = case_status.status_history(session, captive.id)[0]
            assert top.operation_id == operation.id and top.to_status is CaseStatus.REPATRIATED
        assert operations.get_operation(session, operation.id).status is OperationStatus.COMPLETED


def test_one_final_person_and_nothing_changes(db: Database, supervisor: User, today: date) -> None:
    a = register(db, supervisor, today, family_name="Левченко")
    assert a.id is not None
    b = register(db, supervisor, today, family_name="Марченко")
    assert b.id is not None
    operation = _exchange(db, supervisor, today)
    assert operation.id is not None
    with unit_of_work(db, supervisor) as session:
        operations.add_persons(session, supervisor, operation.id, person_ids=[a.id, b.id])
    # b dies before the exchange happens (recorded after being listed).
    with unit_of_work(db, supervisor) as session:
        case_status.change_status(
            session, supervisor, b.id, CaseStatus.DECEASED, effective_on=today, today=today
        )
    with db.reading() as session:
        events_before = len(session.exec(select(StatusEvent)).all())
    with pytest.raises(TransitionError, match=f"{b.case_number} is already deceased"):
        with unit_of_work(db, supervisor) as session:
            operations.complete_operation(
                session, supervisor, operation.id, completed_on=today, today=today
            )
    with db.reading() as session:
        assert persons.get_person(session, a.id).status is CaseStatus.REGISTERED
        assert len(session.exec(select(StatusEvent)).all()) == events_before
        assert operations.get_operation(session, operation.id).status is OperationStatus.PLANNED


def test_adding_refuses_wrong_category_and_final_cases(
    db: Database, supervisor: User, today: date
) -> None:
    evacuee = register(db, supervisor, today, category="evacuee")
    captive = register(db, supervisor, today)
    operation = _exchange(db, supervisor, today)
    assert operation.id is not None
    with pytest.raises(TransitionError, match="Nobody was added"):
        with unit_of_work(db, supervisor) as session:
            operations.add_persons(
                session, supervisor, operation.id, person_ids=ids([captive, evacuee])
            )
    with db.reading() as session:
        assert operations.members(session, operation.id) == []
    with unit_of_work(db, supervisor) as session:
        result = operations.add_persons(
            session, supervisor, operation.id, case_numbers=["CAP-2026-09999", captive.case_number]
        )
    assert result.unknown == ["CAP-2026-09999"] and result.added == [captive.case_number]


def test_group_return_and_roles(
    db: Database, supervisor: User, caseworker: User, today: date
) -> None:
    evacuee = register(db, caseworker, today, category="evacuee")
    assert evacuee.id is not None
    with unit_of_work(db, caseworker) as session:
        operation = operations.create_operation(
            session,
            caseworker,
            name="Return 124",
            kind=OperationKind.GROUP_RETURN,
            planned_on=today,
        )
        assert operation.id is not None
        operations.add_persons(session, caseworker, operation.id, person_ids=[evacuee.id])
    with pytest.raises(PermissionDeniedError):
        with unit_of_work(db, caseworker) as session:
            operations.complete_operation(
                session, caseworker, operation.id, completed_on=today, today=today
            )
    with unit_of_work(db, supervisor) as session:
        operations.complete_operation(
            session, supervisor, operation.id, completed_on=today, today=today
        )
    with db.reading() as session:
        assert persons.get_person(session, evacuee.id).status is CaseStatus.RETURNED
