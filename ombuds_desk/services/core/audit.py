"""The audit trail: every insert, update and delete of an audited table, with old and new
values, written in the same transaction as the change itself; and the other things an
office must be able to trace (sign-ins, cases opened, documents printed or exported).

Entries are appended to a hash chain (``domain/audit_chain.py``): each writer locks the
chain's head row, numbers its entries after the last one and hashes each on the one
before, so the order is the order of commits, on SQLite and on a shared server alike.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, event, inspect, select
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, SQLModel

from ombuds_desk.domain.accounts import AuditEntry, AuditHead
from ombuds_desk.domain.audit_chain import GENESIS, entry_hash
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import MailEvent
from ombuds_desk.domain.people import PersonNameKey, StatusEvent
from ombuds_desk.store.bulk_rows import insert_rows

# History and derived rows are their own record; auditing them would say everything twice.
_NOT_AUDITED: tuple[type[SQLModel], ...] = (
    AuditEntry,
    AuditHead,
    MailEvent,
    PersonNameKey,
    StatusEvent,
)
_SKIPPED_FIELDS = {
    "receipt_data",
    "password_hash",
    "sort_name",
    "stalled_on",
    "deferred_until",
    "updated_at",
    # sign-in bookkeeping: the sign-in entries themselves say who signed in and when
    "failed_sign_ins",
    "last_sign_in_at",
}


# ``json.dumps(details, ensure_ascii=False, default=str)``, its encoder made once: a bulk
# import writes 100,000 entries, each encoded by the one encoder.
_DETAILS = json.JSONEncoder(ensure_ascii=False, default=str)
_AS_IS = frozenset({str, int, float, bool})


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


@lru_cache(maxsize=512)
def _created_key(name: str) -> str:
    return f"{encode_basestring(name)}: [null, "


def _encoded(value: Any, seen: dict[tuple[type, Any], str]) -> str:
    """``value`` (plain or not) as ``_DETAILS`` encodes it inside an entry; a column repeats
    a few dates and enum members over thousands of records, each encoded once."""
    try:
        return seen[(type(value), value)]
    except KeyError:
        seen[(type(value), value)] = text = _DETAILS.encode(_plain(value))
        return text
    except TypeError:  # not hashable
        return _DETAILS.encode(_plain(value))


def created_fields(values: Mapping[str, Any], seen: dict[tuple[type, Any], str]) -> str:
    """The fields of a created record's entry, as ``_DETAILS.encode`` writes them inside the
    braces (``"family_name": [null, "Іваненко"], "birth_year": [null, 1985]``): the same
    bytes, so the same hash, built from a piece per field; at 100,000 records, making a
    dictionary of pairs for each and encoding it was a tenth of an import. ``seen``: the
    values other than text and numbers encoded so far (a dictionary the caller keeps)."""
    keys, pick = _layout(tuple(values))
    parts = []
    for key, value in zip(keys, pick(values), strict=True):
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            text = encode_basestring(value)
        elif kind is int:
            text = int.__repr__(value)
        elif kind is bool:
            text = "true" if value else "false"
        else:
            text = _encoded(value, seen)
        parts.append(f"{key}{text}]")
    return ", ".join(parts)


@lru_cache(maxsize=64)
def _layout(names: tuple[str, ...]) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The entry's key texts of the fields named (those the trail lists) and a getter of
    their values as a tuple: records inserted together name the same fields in order."""
    listed = tuple(name for name in names if name not in _SKIPPED_FIELDS)
    keys = tuple(_created_key(name) for name in listed)
    if len(listed) > 1:
        return keys, itemgetter(*listed)
    return keys, lambda values: tuple(values[name] for name in listed)


def _columns(obj: SQLModel) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs]


def _row(
    obj: SQLModel, action: AuditAction, changes: dict[str, Any], user_id: int | None
) -> dict[str, Any]:
    table = getattr(obj, "__tablename__", type(obj).__name__.lower())
    return _entry(user_id, action, str(table), getattr(obj, "id", None), changes)


def _entry(
    user_id: int | None,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    details: dict[str, Any],
    at: datetime | None = None,
) -> dict[str, Any]:
    return _entry_text(user_id, action, entity, entity_id, _DETAILS.encode(details), at)


def _entry_text(
    user_id: int | None,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    changes: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    return {
        "at": at or utcnow(),
        "user_id": user_id,
        "action": action.value,
        "entity": entity,
        "entity_id": entity_id,
        "changes": changes,
    }


class TrailTamperedError(DatabaseUnavailableError):
    """The trail holds entries past its head that the app did not write."""


def append(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Number ``rows`` after the chain's head, hash each on the one before, insert them and
    move the head, all in the caller's transaction (the head row is locked until it ends)."""
    if not rows:
        return
    last_id, last_hash, had_head = chain_head(connection)
    last_id, last_hash = chained(rows, last_id, last_hash)
    insert_rows(connection, AuditEntry.__table__, rows)  # type: ignore[attr-defined]
    move_head(connection, last_id, last_hash, had_head)


def chain_head(connection: Connection) -> tuple[int, str, bool]:
    """The chain's last number and hash, its head row locked until the transaction ends,
    and whether there is a head row yet; ``TrailTamperedError`` when entries lie past it."""
    head_table = AuditHead.__table__  # type: ignore[attr-defined]
    head = connection.execute(
        select(head_table.c.last_id, head_table.c.last_hash)
        .where(head_table.c.id == 1)
        .with_for_update()
    ).first()
    last_id, last_hash = (head.last_id, head.last_hash) if head is not None else (0, GENESIS)
    entry_table = AuditEntry.__table__  # type: ignore[attr-defined]
    beyond = connection.execute(
        select(entry_table.c.id).where(entry_table.c.id > last_id).limit(1)
    ).first()
    if beyond is not None:
        # Writing on would fold the stranger into the chain and hide it: stop, and say so.
        raise TrailTamperedError(
            translate(
                "AuditTrail",
                "The audit trail holds an entry after its newest one (number {number}) that "
                "Ombuds Desk did not write: nothing was saved. An admin should run "
                "`ombuds-desk audit verify` and restore the newest good backup.",
            ).format(number=beyond.id)
        )
    return last_id, last_hash, head is not None


def chained(rows: list[dict[str, Any]], last_id: int, last_hash: str) -> tuple[int, str]:
    """Number ``rows`` after ``last_id`` and hash each on the one before (in place; no I/O:
    a bulk import's second process does it); the new last number and hash."""
    for row in rows:
        last_id += 1
        row["id"] = last_id
        row["prev_hash"] = last_hash
        row["hash"] = last_hash = entry_hash(
            last_hash,
            last_id,
            row["at"],
            row["user_id"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["changes"],
        )
    return last_id, last_hash


def move_head(connection: Connection, last_id: int, last_hash: str, had_head: bool) -> None:
    """Point the chain's head at its new last entry (made if there was none)."""
    head_table = AuditHead.__table__  # type: ignore[attr-defined]
    if not had_head:
        connection.execute(head_table.insert().values(id=1, last_id=last_id, last_hash=last_hash))
    else:
        connection.execute(
            head_table.update()
            .where(head_table.c.id == 1)
            .values(last_id=last_id, last_hash=last_hash)
        )


def record_many(
    session: Session,
    user_id: int | None,
    action: AuditAction,
    entity: str,
    entity_ids: list[int | None],
    details: dict[str, Any],
) -> int:
    """One entry per record of ``entity_ids`` for the same thing done to each (a list
    printed, a file exported), in one append; returns how many."""
    rows = [_entry(user_id, action, entity, entity_id, details) for entity_id in entity_ids]
    append(session.connection(), rows)
    return len(rows)


def record(
    session: Session,
    user_id: int | None,
    action: AuditAction,
    entity: str,
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """An entry for something that changes no record: a sign-in, a case opened, a document
    printed or exported (``details`` says what, never a password)."""
    append(session.connection(), [_entry(user_id, action, entity, entity_id, details or {})])


def record_created(
    session: Session, user_id: int | None, entity: str, records: list[dict[str, Any]]
) -> None:
    """The entries a flush would write for ``records`` inserted without the ORM (a bulk
    import's rows, each with its ``id``), in one append: the same values, the same way."""
    append(session.connection(), created_entries(user_id, entity, records))


def created_entries(
    user_id: int | None, entity: str, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """:func:`record_created`'s entries, not yet chained (no I/O)."""
    seen: dict[tuple[type, Any], str] = {}
    at = utcnow()  # one moment for the records written together
    return [
        _entry_text(
            user_id,
            AuditAction.CREATE,
            entity,
            values.get("id"),
            "{" + created_fields(values, seen) + "}",
            at,
        )
        for values in records
    ]


def record_updated(
    session: Session,
    user_id: int | None,
    entity: str,
    records: list[tuple[int, dict[str, tuple[Any, Any]]]],
) -> None:
    """The entries a flush would write for records updated without the ORM (a bulk
    import's changes): for each record id, its fields' old and new values (those equal, and
    those the trail leaves out, are not listed), in one append."""
    at = utcnow()
    rows = [
        _entry(
            user_id,
            AuditAction.UPDATE,
            entity,
            record_id,
            {
                k: [_plain(old), _plain(new)]
                for k, (old, new) in changes.items()
                if k not in _SKIPPED_FIELDS and old != new
            },
            at,
        )
        for record_id, changes in records
    ]
    append(session.connection(), rows)


REMOVAL_REASONS = "removal_reasons"


def note_removal_reason(session: Session, record: SQLModel, reason: str) -> None:
    """Say why ``record`` is about to be deleted: its removal's entry carries the reason
    (``removal_reason``), so the case's history tells it with the record's last values."""
    session.info.setdefault(REMOVAL_REASONS, {})[id(record)] = reason


def _after_flush(session: OrmSession, _context: Any) -> None:
    user_id = session.info.get("actor_id")
    reasons: dict[int, str] = session.info.get(REMOVAL_REASONS, {})
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
            reason = reasons.pop(id(obj), None)
            if reason:
                values["removal_reason"] = [reason, None]
            rows.append(_row(obj, AuditAction.DELETE, values, user_id))
    append(session.connection(), rows)


def attach(session: Session, actor_id: int | None) -> None:
    """Record every change this session flushes as done by ``actor_id``."""
    session.info["actor_id"] = actor_id
    event.listen(session, "after_flush", _after_flush)
