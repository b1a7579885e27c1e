"""Changing a case's repatriation status, correcting it, blocking and unblocking it.

Every change leaves a status-history row saying who, when and why; the transition rules are
``domain/status_rules.py``'s. A final status (repatriated, returned, released, resettled,
deceased, closed) ends the case, so it needs a reason.

A mistaken change can be undone by the one who made it, within :data:`UNDO_MINUTES` and while
it is still the case's latest event (:func:`undo_status_change`): a correction back to the
status before, with its date (and the block a final status had lifted), recorded as such.
Later, or for someone else's change, a supervisor corrects the status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.errors import PermissionDeniedError, TransitionError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
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

# How long the one who changed a status may undo it themselves.
UNDO_MINUTES = 10
FINAL_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Problems", "a final status ends the case: say why, and on whose word"
)


def final_reason_problem(new_status: CaseStatus, reason: str | None) -> str | None:
    """Why ``reason`` will not do for moving to ``new_status`` (a final status needs one)."""
    if is_final(new_status) and not _text(reason):
        return translate("Problems", FINAL_NEEDS_REASON)
    return None


def _check_date(person: Person, effective_on: date, today: date) -> None:
    if effective_on > today:
        raise ValidationError("", {"effective_on": translate("Problems", "is in the future")})
    if effective_on < person.status_since:
        before = translate("Problems", "is before the current status ({day})")
        raise ValidationError(
            "", {"effective_on": before.format(day=f"{person.status_since:%d.%m.%Y}")}
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
        raise TransitionError(
            translate("Errors", "Case {number}: {problem}.").format(
                number=person.case_number, problem=problem
            )
        )
    problem = final_reason_problem(new_status, reason)
    if problem:
        raise ValidationError("", {"reason": problem})
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
            translate("Errors", "“{status}” is not a status for a {category}.").format(
                status=new_status.label, category=person.category.label.lower()
            )
        )
    if not reason.strip():
        raise ValidationError("", {"reason": translate("Problems", "a correction needs a reason")})
    if effective_on > today:
        raise ValidationError("", {"effective_on": translate("Problems", "is in the future")})
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
        raise TransitionError(
            translate("Errors", "Case {number} is closed; it cannot be blocked.").format(
                number=person.case_number
            )
        )
    if not reason.strip():
        raise ValidationError("", {"reason": translate("Problems", "say why the case is blocked")})
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
        raise TransitionError(
            translate("Errors", "Case {number} is not blocked.").format(number=person.case_number)
        )
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


def _latest_event(session: Session, person_id: int) -> StatusEvent | None:
    return session.exec(
        select(StatusEvent)
        .where(StatusEvent.person_id == person_id)
        .order_by(col(StatusEvent.id).desc())
    ).first()


def _undoable(session: Session, actor: User, person: Person) -> StatusEvent:
    """The case's latest event, if it is ``actor``'s own status change of the last minutes."""
    event = _latest_event(session, person.id or 0)
    if event is None or event.kind not in (StatusEventKind.CHANGE, StatusEventKind.CORRECTION):
        raise TransitionError(
            translate(
                "Errors",
                "The latest event of case {number} is not a status change; nothing to undo.",
            ).format(number=person.case_number)
        )
    if event.from_status is None or event.operation_id is not None:
        raise TransitionError(
            translate(
                "Errors",
                "Case {number} was changed by an operation; reopen or correct it instead.",
            ).format(number=person.case_number)
        )
    if event.recorded_by_id != actor.id:
        raise PermissionDeniedError(
            translate(
                "Errors",
                "The latest status change of case {number} was not yours; "
                "a supervisor can correct it (Correct status…).",
            ).format(number=person.case_number)
        )
    if utcnow() - as_utc(event.recorded_at) > timedelta(minutes=UNDO_MINUTES):
        raise TransitionError(
            translate(
                "Errors",
                "The status change of case {number} was made more than {minutes} minutes ago; "
                "a supervisor can correct it (Correct status…).",
            ).format(number=person.case_number, minutes=UNDO_MINUTES)
        )
    return event


def undo_status_change(
    session: Session,
    actor: User,
    person_id: int,
    *,
    today: date,
    expected_version: int | None = None,
) -> Person:
    """Undo one's own latest status change of the last minutes: a correction back to the
    status before it, since the date it had, with the block a final status lifted; recorded
    as a correction "Undone by …". Refused (nothing changes) for anyone else's change, a
    later one, or a case whose latest event is not a status change."""
    require(actor, Action.UNDO_OWN_STATUS_CHANGE)
    person = get_person(session, person_id, for_update=True)
    event = _undoable(session, actor, person)
    back = event.from_status
    assert back is not None
    earlier = list(
        session.exec(
            select(StatusEvent)
            .where(StatusEvent.person_id == person_id, col(StatusEvent.id) < event.id)
            .order_by(col(StatusEvent.id).desc())
        )
    )
    status_set = next(
        (e for e in earlier if e.kind not in (StatusEventKind.BLOCKED, StatusEventKind.UNBLOCKED)),
        None,
    )
    since = status_set.effective_on if status_set is not None else event.effective_on
    check_version(person, expected_version, f"Case {person.case_number}")
    _record(
        session,
        actor,
        person,
        StatusEventKind.CORRECTION,
        back,
        today,
        # Stored: in English, as every recorded reason the program writes.
        f"Undone by {actor.full_name}: {event.to_status.source_label} was a mistake",
    )
    lifted = is_final(event.to_status) and not person.blocked and not is_final(back)
    _set_status(person, back, since)
    block = next(
        (e for e in earlier if e.kind in (StatusEventKind.BLOCKED, StatusEventKind.UNBLOCKED)),
        None,
    )
    if lifted and block is not None and block.kind is StatusEventKind.BLOCKED:
        _set_block(person, block.blocked_reason, block.reason)
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
