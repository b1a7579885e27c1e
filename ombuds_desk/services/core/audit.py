"""The audit trail: every insert, update and delete of an audited table, with old and new
values, written in the same transaction as the change itself."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, SQLModel

from ombuds_desk.domain.accounts import AuditEntry
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.mail import MailEvent
from ombuds_desk.domain.people import PersonNameKey, StatusEvent

# History and derived rows are their own record; auditing them would say everything twice.
_NOT_AUDITED: tuple[type[SQLModel], ...] = (AuditEntry, MailEvent, PersonNameKey, StatusEvent)
_SKIPPED_FIELDS = {"receipt_data", "password_hash", "sort_name", "updated_at"}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _columns(obj: SQLModel) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs]


def _row(
    obj: SQLModel, action: AuditAction, changes: dict[str, Any], user_id: int | None
) -> dict[str, Any]:
    table = getattr(obj, "__tablename__", type(obj).__name__.lower())
    return {
        "at": utcnow(),
        "user_id": user_id,
        "action": action.value,
        "entity": str(table),
        "entity_id": getattr(obj, "id", None),
        "changes": json.dumps(changes, ensure_ascii=False, default=str),
    }


def _after_flush(session: OrmSession, _context: Any) -> None:
    user_id = session.info.get("actor_id")
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, SQLModel) and not isinstance(obj, _NOT_AUDITED):
            values = {
                k: [None, _plain(getattr(obj, k))]
                for k in _columns(obj)
                if k not in _SKIPPED_FIELDS and getattr(obj, k) is not None
            }
            rows.append(_row(obj, AuditAction.CREATE, values, user_id))
    for obj in session.dirty:
        if not isinstance(obj, SQLModel) or isinstance(obj, _NOT_AUDITED):
            continue
        state = inspect(obj)
        changes: dict[str, Any] = {}
        for key in _columns(obj):
            if key in _SKIPPED_FIELDS:
                continue
            history = state.attrs[key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    changes[key] = [_plain(old), _plain(new)]
        if changes:
            rows.append(_row(obj, AuditAction.UPDATE, changes, user_id))
    for obj in session.deleted:
        if isinstance(obj, SQLModel) and not isinstance(obj, _NOT_AUDITED):
            values = {
                k: [_plain(getattr(obj, k)), None]
                for k in _columns(obj)
                if k not in _SKIPPED_FIELDS
            }
            rows.append(_row(obj, AuditAction.DELETE, values, user_id))
    if rows:
        session.connection().execute(AuditEntry.__table__.insert(), rows)  # type: ignore[attr-defined]


def attach(session: Session, actor_id: int | None) -> None:
    """Record every change this session flushes as done by ``actor_id``."""
    session.info["actor_id"] = actor_id
    event.listen(session, "after_flush", _after_flush)
