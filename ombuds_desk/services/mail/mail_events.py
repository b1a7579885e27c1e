"""Status moves of items and parcels, each leaving a history row (MailEvent), and reading it.

Every status change of a correspondence item or a parcel goes through :func:`move_item` or
:func:`move_parcel`: they ask ``domain/mail_rules.py`` first and raise ``TransitionError``
before anything is touched, so a refused move changes nothing. They check no role: the
services that call them have checked their own action first (``permissions.require``), and
nothing outside the services calls them (``tests/services/core/test_role_table.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import TransitionError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent, Parcel
from ombuds_desk.domain.mail_rules import (
    date_problem,
    item_transition_problem,
    parcel_transition_problem,
)
from ombuds_desk.services.core.unit_of_work import Versioned, check_version


def item_title(item: CorrespondenceItem) -> str:
    return f"{item.kind.label} #{item.id}"


def check_item_move(item: CorrespondenceItem, new: ItemStatus) -> None:
    problem = item_transition_problem(item.status, new)
    if problem:
        raise TransitionError(f"{item_title(item)}: {problem}.")


def check_parcel_move(parcel: Parcel, new: ParcelStatus) -> None:
    problem = parcel_transition_problem(parcel.status, new)
    if problem:
        raise TransitionError(
            translate("Parcels", "Parcel {number}: {problem}.").format(
                number=parcel.parcel_number, problem=problem
            )
        )


def check_date(field: str, on: date, previous: date | None, today: date) -> None:
    problem = date_problem(on, previous, today)
    if problem:
        raise ValidationError("", {field: problem})


def verify_version(record: Versioned, expected_version: int | None, what: str) -> None:
    """Refuse a stale form without counting a change (the move that follows counts it)."""
    if expected_version is not None and record.version != expected_version:
        check_version(record, expected_version, what)


def _record(
    session: Session,
    actor: User,
    to_status: str,
    on: date,
    reason: str | None,
    *,
    item_id: int | None = None,
    parcel_id: int | None = None,
    from_status: str | None = None,
) -> None:
    """Add one history row (a MailEvent) of an item or a parcel."""
    session.add(
        MailEvent(
            item_id=item_id,
            parcel_id=parcel_id,
            from_status=from_status,
            to_status=to_status,
            effective_on=on,
            reason=reason,
            recorded_by_id=actor.id,
        )
    )


def move_item(
    session: Session,
    actor: User,
    item: CorrespondenceItem,
    new: ItemStatus,
    on: date,
    reason: str | None = None,
) -> None:
    """Move one item (checked) and record the step; the caller flushes."""
    check_item_move(item, new)
    _record(session, actor, new.value, on, reason, item_id=item.id, from_status=item.status.value)
    item.status = new
    item.status_on = on
    item.version += 1
    session.add(item)


def move_parcel(
    session: Session,
    actor: User,
    parcel: Parcel,
    new: ParcelStatus,
    on: date,
    reason: str | None = None,
) -> None:
    """Move one parcel (checked) and record the step; items are the caller's business."""
    check_parcel_move(parcel, new)
    _record(
        session,
        actor,
        new.value,
        on,
        reason,
        parcel_id=parcel.id,
        from_status=parcel.status.value,
    )
    parcel.status = new
    parcel.version += 1
    session.add(parcel)


def record_first_event(
    session: Session,
    actor: User,
    *,
    on: date,
    item: CorrespondenceItem | None = None,
    parcel: Parcel | None = None,
    reason: str | None = None,
) -> None:
    """The first history row of a newly logged item or a newly created parcel."""
    status = item.status.value if item is not None else parcel.status.value  # type: ignore[union-attr]
    _record(
        session,
        actor,
        status,
        on,
        reason,
        item_id=item.id if item is not None else None,
        parcel_id=parcel.id if parcel is not None else None,
    )


def add_with_first_event(
    session: Session, actor: User, record: CorrespondenceItem | Parcel, *, on: date, reason: str
) -> None:
    """Insert a new item or parcel (flushed, so it has its id) with its first history row."""
    session.add(record)
    session.flush()
    if isinstance(record, Parcel):
        record_first_event(session, actor, on=on, parcel=record, reason=reason)
    else:
        record_first_event(session, actor, on=on, item=record, reason=reason)
    session.flush()


@dataclass(frozen=True)
class MailHistoryRow:
    """One step in the life of an item or a parcel, as the case view lists it."""

    effective_on: date
    item_id: int | None
    parcel_id: int | None
    from_status: str | None
    to_status: str
    reason: str | None
    recorded_at: datetime
    recorded_by: str


def _history(session: Session, where: ColumnElement[bool]) -> list[MailHistoryRow]:
    rows = session.exec(
        select(MailEvent, User.full_name)
        .join(User, col(User.id) == MailEvent.recorded_by_id, isouter=True)
        .where(where)
        .order_by(col(MailEvent.effective_on).desc(), col(MailEvent.id).desc())
    ).all()
    return [
        MailHistoryRow(
            effective_on=e.effective_on,
            item_id=e.item_id,
            parcel_id=e.parcel_id,
            from_status=e.from_status,
            to_status=e.to_status,
            reason=e.reason,
            recorded_at=e.recorded_at,
            recorded_by=name or "—",
        )
        for e, name in rows
    ]


def item_history(session: Session, item_id: int) -> list[MailHistoryRow]:
    """An item's status history, newest first."""
    return _history(session, col(MailEvent.item_id) == item_id)


def parcel_history(session: Session, parcel_id: int) -> list[MailHistoryRow]:
    """A parcel's status history, newest first."""
    return _history(session, col(MailEvent.parcel_id) == parcel_id)


def case_mail_history(session: Session, person_id: int) -> list[MailHistoryRow]:
    """Every step of every item and parcel of one case, newest first (for the case view)."""
    items = select(CorrespondenceItem.id).where(CorrespondenceItem.person_id == person_id)
    parcels = select(Parcel.id).where(Parcel.person_id == person_id)
    return _history(
        session,
        or_(col(MailEvent.item_id).in_(items), col(MailEvent.parcel_id).in_(parcels)),
    )


def clean_reason(
    reason: str | None, field: str = "reason", *, required: bool = False
) -> str | None:
    text = (reason or "").strip() or None
    if required and text is None:
        raise ValidationError("", {field: translate("MailProblems", "is required")})
    return text
