"""Status changes, corrections, blocking, and the history they leave."""

from datetime import date, timedelta
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.errors import PermissionDeniedError, TransitionError, ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import register


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
    _change(db, caseworker, person.id, CaseStatus.CLOSED, today, today)
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
