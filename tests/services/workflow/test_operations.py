"""Exchanges and group returns: adding persons, completing all or nothing, cancelling and
reopening."""

from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, CaseStatus, OperationKind, OperationStatus
from ombuds_desk.domain.errors import EditConflictError, PermissionDeniedError, TransitionError
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import StatusEvent
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import operations
from ombuds_desk.store.database import Database
from tests.services.helpers import everything, id_of, ids, register


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
            session,
            supervisor,
            b.id,
            CaseStatus.DECEASED,
            effective_on=today,
            today=today,
            reason="Повідомлення МКЧХ",
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


def test_a_supervisor_cancels_and_reopens_an_operation(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    captive = register(db, caseworker, today)
    operation = _exchange(db, caseworker, today)
    op_id = id_of(operation)
    with unit_of_work(db, caseworker) as session:
        operations.add_persons(session, caseworker, op_id, person_ids=[id_of(captive)])
    before = everything(db)
    for refused_to in (operations.cancel_operation, operations.reopen_operation):
        with pytest.raises(PermissionDeniedError, match="can cancel or reopen an operation"):
            with unit_of_work(db, caseworker) as session:
                refused_to(session, caseworker, op_id)
    with pytest.raises(TransitionError, match="only a cancelled operation can be reopened"):
        with unit_of_work(db, supervisor) as session:
            operations.reopen_operation(session, supervisor, op_id)
    assert everything(db) == before

    with unit_of_work(db, supervisor) as session:
        cancelled = operations.cancel_operation(
            session, supervisor, op_id, expected_version=operation.version + 1
        )
    assert cancelled.status is OperationStatus.CANCELLED
    with pytest.raises(TransitionError, match="is cancelled"):
        with unit_of_work(db, supervisor) as session:  # a cancelled one takes nobody
            operations.add_persons(session, supervisor, op_id, person_ids=[id_of(captive)])
    with unit_of_work(db, supervisor) as session:
        reopened = operations.reopen_operation(
            session, supervisor, op_id, expected_version=cancelled.version
        )
    assert reopened.status is OperationStatus.PLANNED
    with db.reading() as session:
        assert ids(operations.members(session, op_id)) == [id_of(captive)]  # kept
        statuses = [
            entry.changes
            for entry in session.exec(
                select(AuditEntry)
                .where(
                    AuditEntry.entity == "operation",
                    AuditEntry.entity_id == op_id,
                    AuditEntry.action == AuditAction.UPDATE,
                    AuditEntry.user_id == supervisor.id,
                )
                .order_by(col(AuditEntry.id))
            )
        ]
    assert len(statuses) == 2
    assert '"cancelled"' in statuses[0] and '"planned"' in statuses[1]
    # Planned again, it completes as any other.
    with unit_of_work(db, supervisor) as session:
        operations.complete_operation(session, supervisor, op_id, completed_on=today, today=today)
    with db.reading() as session:
        assert persons.get_person(session, id_of(captive)).status is CaseStatus.REPATRIATED
        with pytest.raises(TransitionError, match="is completed; only a cancelled"):
            operations.reopen_operation(session, supervisor, op_id)


def test_a_stale_cancel_is_refused(db: Database, supervisor: User, today: date) -> None:
    operation = _exchange(db, supervisor, today)
    with unit_of_work(db, supervisor) as session:
        operations.cancel_operation(session, supervisor, id_of(operation))
        operations.reopen_operation(session, supervisor, id_of(operation))
    before = everything(db)
    with pytest.raises(EditConflictError):
        with unit_of_work(db, supervisor) as session:
            operations.cancel_operation(
                session, supervisor, id_of(operation), expected_version=operation.version
            )
    assert everything(db) == before
