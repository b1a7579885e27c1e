"""Status changes, corrections, blocking, and the history they leave."""

from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import CaseStatus, OperationKind, StatusEventKind
from ombuds_desk.domain.errors import (
    EditConflictError,
    PermissionDeniedError,
    TransitionError,
    ValidationError,
)
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import operations
from ombuds_desk.store.database import Database
from tests.services.helpers import everything, id_of, register


def _change(
    db: Database,
    actor: User,
    person_id: int,
    status: CaseStatus,
    on: date,
    today: date,
    **kw: Any,
) -> Person:
    with unit_of_work(db, actor) as session:
        return case_status.change_status(
            session, actor, person_id, status, effective_on=on, today=today, **kw
        )


def test_each_change_is_kept_with_who_when_and_why(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today, status_since=today - timedelta(days=40))
    assert person.id is not None
    _change(
        db,
        caseworker,
        person.id,
        CaseStatus.CONFIRMED,
        today - timedelta(days=10),
        today,
        reason="ICRC visit",
    )
    updated = _change(
        db, caseworker, person.id, CaseStatus.LISTED_FOR_EXCHANGE, today, today, reason="List 14"
    )
    assert updated.status is CaseStatus.LISTED_FOR_EXCHANGE
    assert updated.status_since == today
    with db.reading() as session:
        history = case_status.status_history(session, person.id)
    assert [(h.from_status, h.to_status, h.reason) for h in history] == [
        (CaseStatus.CONFIRMED, CaseStatus.LISTED_FOR_EXCHANGE, "List 14"),
        (CaseStatus.REGISTERED, CaseStatus.CONFIRMED, "ICRC visit"),
        (None, CaseStatus.REGISTERED, "Case registered"),
    ]
    assert {h.recorded_by for h in history} == {"Олег Бондар"}


def test_forbidden_change_is_refused_and_changes_nothing(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today)
    assert person.id is not None
    with pytest.raises(TransitionError, match="cannot change to “Repatriated”"):
        _change(db, caseworker, person.id, CaseStatus.REPATRIATED, today, today)
    with pytest.raises(TransitionError, match="not a status for a captive"):
        _change(db, caseworker, person.id, CaseStatus.RETURN_REQUESTED, today, today)
    with db.reading() as session:
        fresh = persons.get_person(session, person.id)
        assert fresh.status is CaseStatus.REGISTERED and fresh.version == 1
        assert len(case_status.status_history(session, person.id)) == 1


def test_dates_in_the_future_or_before_current_status_are_refused(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today, status_since=today - timedelta(days=5))
    assert person.id is not None
    with pytest.raises(ValidationError) as raised:
        _change(db, caseworker, person.id, CaseStatus.CONFIRMED, today + timedelta(days=1), today)
    assert raised.value.fields == {"effective_on": "is in the future"}
    with pytest.raises(ValidationError):
        _change(db, caseworker, person.id, CaseStatus.CONFIRMED, today - timedelta(days=6), today)


def test_final_cases_need_a_supervisors_correction(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person = register(db, caseworker, today, category="evacuee")
    assert person.id is not None
    _change(db, caseworker, person.id, CaseStatus.CLOSED, today, today, reason="Виїхала сама")
    with pytest.raises(TransitionError, match="supervisor can correct"):
        _change(db, caseworker, person.id, CaseStatus.RETURN_REQUESTED, today, today)
    with pytest.raises(PermissionDeniedError), unit_of_work(db, caseworker) as session:
        case_status.correct_status(
            session,
            caseworker,
            person.id,
            CaseStatus.REGISTERED,
            effective_on=today,
            today=today,
            reason="x",
        )
    with unit_of_work(db, supervisor) as session:
        corrected = case_status.correct_status(
            session,
            supervisor,
            person.id,
            CaseStatus.AWAITING_ACCEPTANCE,
            effective_on=today,
            today=today,
            reason="Closed by mistake",
        )
    assert corrected.status is CaseStatus.AWAITING_ACCEPTANCE
    with db.reading() as session:
        top = case_status.status_history(session, person.id)[0]
    assert top.kind is StatusEventKind.CORRECTION and top.recorded_by == "Світлана Мельник"


def test_block_and_unblock(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today, category="evacuee")
    assert person.id is not None
    with unit_of_work(db, caseworker) as session:
        blocked = case_status.block_case(
            session,
            caseworker,
            person.id,
            "Home country does not accept return",
            today=today,
            note="Letter of 3 May",
        )
    assert blocked.blocked and blocked.blocked_reason == "Home country does not accept return"
    with pytest.raises(ValidationError), unit_of_work(db, caseworker) as session:
        case_status.block_case(session, caseworker, person.id, "  ", today=today)
    with unit_of_work(db, caseworker) as session:
        unblocked = case_status.unblock_case(session, caseworker, person.id, today=today)
    assert not unblocked.blocked and unblocked.blocked_reason is None
    with db.reading() as session:
        kinds = [h.kind for h in case_status.status_history(session, person.id)]
    assert kinds[:2] == [StatusEventKind.UNBLOCKED, StatusEventKind.BLOCKED]


@pytest.mark.parametrize(
    "final",
    [CaseStatus.RELEASED, CaseStatus.RESETTLED, CaseStatus.DECEASED, CaseStatus.CLOSED],
)
def test_a_final_status_needs_a_reason(
    db: Database, caseworker: User, today: date, final: CaseStatus
) -> None:
    person = register(db, caseworker, today, family_name="Пʼятницький", given_name="Юрій")
    before = everything(db)
    for blank in (None, "", "   "):
        with pytest.raises(ValidationError) as refused:
            _change(db, caseworker, id_of(person), final, today, today, reason=blank)
        assert refused.value.fields == {"reason": case_status.FINAL_NEEDS_REASON}
    assert everything(db) == before
    ended = _change(
        db, caseworker, id_of(person), final, today, today, reason="Повідомлення МКЧХ від 28.11"
    )
    assert ended.status is final
    # A step that is not final still needs none.
    other = register(db, caseworker, today)
    assert _change(db, caseworker, id_of(other), CaseStatus.CONFIRMED, today, today).status is (
        CaseStatus.CONFIRMED
    )


def _undo(db: Database, actor: User, person_id: int, today: date, **kw: Any) -> Person:
    with unit_of_work(db, actor) as session:
        return case_status.undo_status_change(session, actor, person_id, today=today, **kw)


def test_one_undoes_ones_own_change_of_the_last_minutes(
    db: Database, caseworker: User, today: date
) -> None:
    since = today - timedelta(days=40)
    person = register(db, caseworker, today, status_since=since)
    changed = _change(db, caseworker, id_of(person), CaseStatus.CONFIRMED, today, today)
    undone = _undo(db, caseworker, id_of(person), today, expected_version=changed.version)
    # Back as it was, the stalled clock included: since the date it had.
    assert (undone.status, undone.status_since) == (CaseStatus.REGISTERED, since)
    assert undone.version == changed.version + 1
    with db.reading() as session:
        top = case_status.status_history(session, id_of(person))[0]
    assert (top.kind, top.from_status, top.to_status, top.effective_on) == (
        StatusEventKind.CORRECTION,
        CaseStatus.CONFIRMED,
        CaseStatus.REGISTERED,
        today,
    )
    assert top.reason == "Undone by Олег Бондар: Confirmed was a mistake"
    assert top.recorded_by == "Олег Бондар"


def test_undoing_a_final_status_puts_back_the_block_it_lifted(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today, category="evacuee")
    with unit_of_work(db, caseworker) as session:
        case_status.block_case(
            session,
            caseworker,
            id_of(person),
            "Home country does not accept return",
            today=today,
            note="Лист від 3 травня",
        )
    ended = _change(
        db, caseworker, id_of(person), CaseStatus.RESETTLED, today, today, reason="Виїхала"
    )
    assert not ended.blocked
    undone = _undo(db, caseworker, id_of(person), today)
    assert undone.status is CaseStatus.REGISTERED
    assert (undone.blocked, undone.blocked_reason, undone.blocked_note) == (
        True,
        "Home country does not accept return",
        "Лист від 3 травня",
    )


def test_undo_is_refused_for_anyone_elses_change_and_changes_nothing(
    db: Database, caseworker: User, supervisor: User, admin: User, today: date
) -> None:
    person = register(db, caseworker, today)
    _change(db, caseworker, id_of(person), CaseStatus.CONFIRMED, today, today)
    before = everything(db)
    for other in (supervisor, admin):
        with pytest.raises(PermissionDeniedError) as refused:
            _undo(db, other, id_of(person), today)
        assert refused.value.message == (
            f"The latest status change of case {person.case_number} was not yours; "
            "a supervisor can correct it (Correct status…)."
        )
    assert everything(db) == before


def test_undo_is_refused_after_ten_minutes(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today)
    _change(db, caseworker, id_of(person), CaseStatus.CONFIRMED, today, today)
    with unit_of_work(db, caseworker) as session:  # the change was made eleven minutes ago
        event = session.exec(
            select(StatusEvent)
            .where(StatusEvent.person_id == id_of(person))
            .order_by(col(StatusEvent.id).desc())
        ).first()
        assert event is not None
        event.recorded_at = utcnow() - timedelta(minutes=case_status.UNDO_MINUTES + 1)
        session.add(event)
    before = everything(db)
    with pytest.raises(TransitionError, match="more than 10 minutes ago; a supervisor can correct"):
        _undo(db, caseworker, id_of(person), today)
    assert everything(db) == before


def test_undo_needs_a_status_change_as_the_latest_event(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person = register(db, caseworker, today)
    before = everything(db)
    with pytest.raises(TransitionError, match="is not a status change; nothing to undo"):
        _undo(db, caseworker, id_of(person), today)  # only registered so far
    assert everything(db) == before
    _change(db, caseworker, id_of(person), CaseStatus.CONFIRMED, today, today)
    with unit_of_work(db, caseworker) as session:  # something happened after the change
        case_status.block_case(
            session, caseworker, id_of(person), "Whereabouts unknown", today=today
        )
    before = everything(db)
    with pytest.raises(TransitionError, match="is not a status change; nothing to undo"):
        _undo(db, caseworker, id_of(person), today)
    assert everything(db) == before
    # An operation's completion is undone by correcting, not by the person who completed it.
    with unit_of_work(db, supervisor) as session:
        case_status.unblock_case(session, supervisor, id_of(person), today=today)
        case_status.change_status(
            session, supervisor, id_of(person), CaseStatus.LISTED_FOR_EXCHANGE,
            effective_on=today, today=today,
        )  # fmt: skip
        operation = operations.create_operation(
            session, supervisor, name="Обмін 3", kind=OperationKind.EXCHANGE, planned_on=today
        )
        operations.add_persons(session, supervisor, id_of(operation), person_ids=[id_of(person)])
        operations.complete_operation(
            session, supervisor, id_of(operation), completed_on=today, today=today
        )
    before = everything(db)
    with pytest.raises(TransitionError, match="was changed by an operation"):
        _undo(db, supervisor, id_of(person), today)
    assert everything(db) == before


def test_a_stale_undo_is_refused(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today)
    changed = _change(db, caseworker, id_of(person), CaseStatus.CONFIRMED, today, today)
    with unit_of_work(db, caseworker) as session:  # edited meanwhile
        persons.update_person(
            session, caseworker, id_of(person),
            {"family_name": "Іваненко", "given_name": "Петро", "citizenship": "Україна"},
            expected_version=changed.version, today=today,
        )  # fmt: skip
    before = everything(db)
    with pytest.raises(EditConflictError):
        _undo(db, caseworker, id_of(person), today, expected_version=changed.version)
    assert everything(db) == before
