"""Changing a case's repatriation status, correcting it, blocking and unblocking it.

Every change leaves a status-history row saying who, when and why; the transition rules are
``domain/status_rules.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.errors import TransitionError, ValidationError
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.domain.status_rules import (
    completion_status,
    is_final,
    statuses_for,
    transition_problem,
)
from ombuds_desk.services.cases.block_reasons import canonical_reason
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version


def _check_date(person: Person, effective_on: date, today: date) -> None:
    if effective_on > today:
        raise ValidationError("", {"effective_on": "is in the future"})
    if effective_on < person.status_since:
        raise ValidationError(
            "",
            {"effective_on": f"is before the current status ({person.status_since:%d.%m.%Y})"},
        )


def _record(
    session: Session,
    actor: User,
    person: Person,
    kind: StatusEventKind,
    new_status: CaseStatus,
    effective_on: date,
    reason: str | None,
    *,
    blocked_reason: str | None = None,
    operation_id: int | None = None,
) -> StatusEvent:
    event = StatusEvent(
        person_id=person.id,  # type: ignore[arg-type]
        kind=kind,
        from_status=person.status,
        to_status=new_status,
        effective_on=effective_on,
        reason=reason,
        blocked_reason=blocked_reason,
        operation_id=operation_id,
        recorded_by_id=actor.id,
    )
    session.add(event)
    return event


def _set_status(person: Person, status: CaseStatus, since: date) -> None:
    person.status = status
    person.status_since = since
    if is_final(status):
        _set_block(person, None, None)


def _set_block(person: Person, reason: str | None, note: str | None) -> None:
    person.blocked = reason is not None
    person.blocked_reason = reason
    person.blocked_note = note


def _saved(session: Session, person: Person) -> Person:
    person.updated_at = utcnow()
    session.add(person)
    session.flush()
    return person


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def change_status(
    session: Session,
    actor: User,
    person_id: int,
    new_status: CaseStatus,
    *,
    effective_on: date,
    today: date,
    reason: str | None = None,
    expected_version: int | None = None,
    operation_id: int | None = None,
) -> Person:
    """Move a case to ``new_status`` if the rules allow it; refused changes change nothing."""
    require(actor, Action.CHANGE_STATUS)
    person = get_person(session, person_id, for_update=True)
    problem = transition_problem(person.category, person.status, new_status)
    if problem:
        raise TransitionError(f"Case {person.case_number}: {problem}.")
    _check_date(person, effective_on, today)
    check_version(person, expected_version, f"Case {person.case_number}")
    _record(
        session,
        actor,
        person,
        StatusEventKind.CHANGE,
        new_status,
        effective_on,
        _text(reason),
        operation_id=operation_id,
    )
    _set_status(person, new_status, effective_on)
    return _saved(session, person)


def correct_status(
    session: Session,
    actor: User,
    person_id: int,
    new_status: CaseStatus,
    *,
    effective_on: date,
    today: date,
    reason: str,
    expected_version: int | None = None,
) -> Person:
    """A supervisor's correction of a mistaken status: any status of the category, with reason."""
    require(actor, Action.CORRECT_STATUS)
    person = get_person(session, person_id, for_update=True)
    if new_status not in statuses_for(person.category):
        raise TransitionError(
            f"“{new_status.label}” is not a status for a {person.category.label.lower()}."
        )
    if not reason.strip():
        raise ValidationError("", {"reason": "a correction needs a reason"})
    if effective_on > today:
        raise ValidationError("", {"effective_on": "is in the future"})
    check_version(person, expected_version, f"Case {person.case_number}")
    _record(
        session, actor, person, StatusEventKind.CORRECTION, new_status, effective_on, reason.strip()
    )
    _set_status(person, new_status, effective_on)
    return _saved(session, person)


def block_case(
    session: Session,
    actor: User,
    person_id: int,
    reason: str,
    *,
    today: date,
    note: str | None = None,
    expected_version: int | None = None,
) -> Person:
    require(actor, Action.BLOCK_CASE)
    person = get_person(session, person_id, for_update=True)
    if is_final(person.status):
        raise TransitionError(f"Case {person.case_number} is closed; it cannot be blocked.")
    if not reason.strip():
        raise ValidationError("", {"reason": "say why the case is blocked"})
    check_version(person, expected_version, f"Case {person.case_number}")
    listed = canonical_reason(session, reason)
    _record(
        session,
        actor,
        person,
        StatusEventKind.BLOCKED,
        person.status,
        today,
        _text(note),
        blocked_reason=listed,
    )
    _set_block(person, listed, _text(note))
    return _saved(session, person)


def unblock_case(
    session: Session,
    actor: User,
    person_id: int,
    *,
    today: date,
    note: str | None = None,
    expected_version: int | None = None,
) -> Person:
    require(actor, Action.BLOCK_CASE)
    person = get_person(session, person_id, for_update=True)
    if not person.blocked:
        raise TransitionError(f"Case {person.case_number} is not blocked.")
    check_version(person, expected_version, f"Case {person.case_number}")
    _record(
        session,
        actor,
        person,
        StatusEventKind.UNBLOCKED,
        person.status,
        today,
        _text(note),
        blocked_reason=person.blocked_reason,
    )
    _set_block(person, None, None)
    return _saved(session, person)


@dataclass(frozen=True)
class HistoryRow:
    effective_on: date
    kind: StatusEventKind
    from_status: CaseStatus | None
    to_status: CaseStatus
    reason: str | None
    blocked_reason: str | None
    recorded_at: datetime
    recorded_by: str
    operation_id: int | None


def status_history(session: Session, person_id: int) -> list[HistoryRow]:
    """The case's status history, newest first."""
    rows = session.exec(
        select(StatusEvent, User.full_name)
        .join(User, col(User.id) == StatusEvent.recorded_by_id, isouter=True)
        .where(StatusEvent.person_id == person_id)
        .order_by(col(StatusEvent.effective_on).desc(), col(StatusEvent.id).desc())
    ).all()
    return [
        HistoryRow(
            effective_on=e.effective_on,
            kind=e.kind,
            from_status=e.from_status,
            to_status=e.to_status,
            reason=e.reason,
            blocked_reason=e.blocked_reason,
            recorded_at=e.recorded_at,
            recorded_by=name or "—",
            operation_id=e.operation_id,
        )
        for e, name in rows
    ]


def complete_by_operation(
    session: Session,
    actor: User,
    person: Person,
    *,
    operation_id: int,
    operation_name: str,
    effective_on: date,
) -> None:
    """End an open case as repatriated or returned by an exchange or group return.

    The caller (``workflow/operations.py``) has checked the actor's role and every person
    first, so that an operation is completed for all of its persons or for none.
    """
    new_status = completion_status(person.category)
    _record(
        session,
        actor,
        person,
        StatusEventKind.CHANGE,
        new_status,
        effective_on,
        f"Operation “{operation_name}”",
        operation_id=operation_id,
    )
    _set_status(person, new_status, effective_on)
    _set_block(person, None, None)
    person.version += 1
    _saved(session, person)
