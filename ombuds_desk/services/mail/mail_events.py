"""Status moves of items and parcels, each leaving a history row (MailEvent), and reading it.

Every status change of a correspondence item or a parcel goes through :func:`move_item` or
:func:`move_parcel`: they ask ``domain/mail_rules.py`` first and raise ``TransitionError``
before anything is touched, so a refused move changes nothing. They check no role: the
services that call them have checked their own action first (``permissions.require``), and
nothing outside the services calls them (``tests/services/core/test_role_table.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, union
from sqlalchemy import select as core_select
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


def case_history_statement(person_id: Any) -> Select[Any]:
    """The history rows of a case's items and parcels, newest first, as the columns of
    :class:`MailHistoryRow` (``person_id``: an id, or the bound parameter of the Mail tab's
    statement).

    The rows by item and those by parcel are each found through their index and then joined
    (UNION: a row of both is listed once, as the OR below would). ``item_id IN (the case's
    items) OR parcel_id IN (its parcels)`` means the same, but PostgreSQL cannot look an OR of
    two subqueries up in the indexes: it read every history row of the register (151,713 at
    5,000 persons: 20-40 ms, most of the time of opening a case); nor looking the ids found
    up again by id (it read the whole table for a case with 500 rows)."""
    columns = (
        col(MailEvent.id),
        col(MailEvent.effective_on),
        col(MailEvent.item_id),
        col(MailEvent.parcel_id),
        col(MailEvent.from_status),
        col(MailEvent.to_status),
        col(MailEvent.reason),
        col(MailEvent.recorded_at),
        col(MailEvent.recorded_by_id),
    )
    by_item = (
        core_select(*columns)
        .join(CorrespondenceItem, col(CorrespondenceItem.id) == col(MailEvent.item_id))
        .where(col(CorrespondenceItem.person_id) == person_id)
    )
    by_parcel = (
        core_select(*columns)
        .join(Parcel, col(Parcel.id) == col(MailEvent.parcel_id))
        .where(col(Parcel.person_id) == person_id)
    )
    event = union(by_item, by_parcel).subquery("case_event")
    return (
        core_select(
            event.c.effective_on,
            event.c.item_id,
            event.c.parcel_id,
            event.c.from_status,
            event.c.to_status,
            event.c.reason,
            event.c.recorded_at,
            col(User.full_name),
        )
        .select_from(event)
        .join(User, col(User.id) == event.c.recorded_by_id, isouter=True)
        .order_by(event.c.effective_on.desc(), event.c.id.desc())
    )


def history_rows(rows: Iterable[Sequence[Any]]) -> list[MailHistoryRow]:
    """The rows of :func:`case_history_statement` as the case view lists them."""
    return [
        MailHistoryRow(
            effective_on=effective_on,
            item_id=item_id,
            parcel_id=parcel_id,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by=name or "—",
        )
        for (
            effective_on,
            item_id,
            parcel_id,
            from_status,
            to_status,
            reason,
            recorded_at,
            name,
        ) in rows
    ]


def case_mail_history(session: Session, person_id: int) -> list[MailHistoryRow]:
    """Every step of every item and parcel of one case, newest first (for the case view)."""
    return history_rows(session.connection().execute(case_history_statement(person_id)))


def clean_reason(
    reason: str | None, field: str = "reason", *, required: bool = False
) -> str | None:
    text = (reason or "").strip() or None
    if required and text is None:
        raise ValidationError("", {field: translate("MailProblems", "is required")})
    return text
