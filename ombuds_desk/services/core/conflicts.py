"""Who changed what since a form was opened: the details of an edit conflict.

A form remembers the version of the record it shows; when its save finds a newer one,
``unit_of_work.check_version`` refuses it with an :class:`EditConflictError`. The audit trail
already knows what happened in between: every save of the record is an ``update`` entry whose
changes carry ``"version": [n, n + 1]`` beside the fields it changed. Read from the entry that
moved the record on from the form's version, they say who saved it since, when, and each
field's value then and now, in the trail's own words (``audit_words``), so that the window can
put "Rank: майор (Олег Бондар, 26.11.2026 14:03)" beside what the user typed and nothing is
overwritten without the user seeing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import object_session
from sqlmodel import Session

from ombuds_desk.domain.accounts import AuditEntry
from ombuds_desk.domain.column_types import as_utc
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import ChangedField, EditConflictError, SavedSince
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.audit_labels import APP_NAME, COLUMNS, HIDDEN_FIELDS, field_word
from ombuds_desk.services.core.audit_records import name_links
from ombuds_desk.services.core.audit_words import Names, local_moment, read_changes, value_words
from ombuds_desk.services.core.messages import tr

AUDIT: Table = AuditEntry.__table__  # type: ignore[attr-defined]
# Fields named in the one-line message; the window's dialog lists them all.
NAMED_IN_MESSAGE = 4


@dataclass(frozen=True)
class Save:
    """One ``update`` entry of the record, its changes as ``{field: (old, new)}``."""

    entry_id: int
    user_id: int | None
    at: datetime
    changes: dict[str, tuple[Any, Any]]


def _pairs(text: str) -> dict[str, tuple[Any, Any]]:
    changes = read_changes(text) or {}
    return {
        name: (pair[0], pair[1])
        for name, pair in changes.items()
        if isinstance(pair, list) and len(pair) == 2
    }


def saves_since(session: Session, entity: str, record_id: int, version: int) -> list[Save]:
    """The saves of record ``record_id`` of table ``entity`` from the one that moved it on
    from ``version``, oldest first; empty when the trail does not reach back that far (a
    record older than its trail): better to name nobody than the wrong person."""
    rows = session.connection().execute(
        select(AUDIT.c.id, AUDIT.c.at, AUDIT.c.user_id, AUDIT.c.changes)
        .where(
            AUDIT.c.entity == entity,
            AUDIT.c.entity_id == record_id,
            AUDIT.c.action == AuditAction.UPDATE.value,
        )
        .order_by(AUDIT.c.id.desc())
    )
    found: list[Save] = []
    for row in rows:
        pairs = _pairs(row.changes)
        found.append(Save(int(row.id), row.user_id, as_utc(row.at), pairs))
        moved = pairs.get("version")
        if moved is not None and isinstance(moved[0], int) and moved[0] <= version:
            found.reverse()
            return found
    return []


def _names(session: Session, entity: str, saves: Sequence[Save]) -> Names:
    """The names of the savers and of every record the changed values link to."""
    wanted: dict[str, set[int]] = {"user": {s.user_id for s in saves if s.user_id is not None}}
    for save in saves:
        for name, pair in save.changes.items():
            target = COLUMNS.get((entity, name))
            if target is not None and target.points_to:
                wanted.setdefault(target.points_to, set()).update(
                    v for v in pair if isinstance(v, int)
                )
    names = Names()
    name_links(session, {t: ids for t, ids in wanted.items() if ids}, names)
    return names


def describe(
    session: Session, entity: str, saves: Sequence[Save]
) -> tuple[tuple[SavedSince, ...], tuple[ChangedField, ...]]:
    """The saves in words, and each visible field they changed: its value before the first
    of them, after the last, and who changed it last and when."""
    names = _names(session, entity, saves)
    said: list[SavedSince] = []
    first: dict[str, Any] = {}
    last: dict[str, tuple[Any, str, str]] = {}
    for save in saves:
        who = names.of("user", save.user_id) if save.user_id is not None else APP_NAME
        when = local_moment(save.at)
        visible = [n for n in save.changes if n not in HIDDEN_FIELDS]
        said.append(SavedSince(who, save.at, when, tuple(field_word(entity, n) for n in visible)))
        for name in visible:
            old, new = save.changes[name]
            first.setdefault(name, old)
            last[name] = (new, who, when)
    changes = []
    for name, (new, who, when) in last.items():
        before = value_words(entity, name, first[name], names)
        after = value_words(entity, name, new, names)
        if before != after:  # changed and changed back is no change to show
            changes.append(ChangedField(name, field_word(entity, name), before, after, who, when))
    return tuple(said), tuple(changes)


def _and(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return translate("Conflicts", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )


def _fields(labels: Sequence[str]) -> str:
    if len(labels) > NAMED_IN_MESSAGE:
        more = len(labels) - NAMED_IN_MESSAGE + 1
        others = tr("%n other fields", "", more)
        labels = [*labels[: NAMED_IN_MESSAGE - 1], others]
    return _and(labels)


def conflict_message(
    what: str, saves: Sequence[SavedSince], changes: Sequence[ChangedField]
) -> str:
    """``Case CAP-2026-00001 was changed by someone else after you opened it: Олег Бондар
    changed Rank and Unit (26.11.2026 14:03). Your changes were not saved; …`` — each person
    with the fields they changed last and when they last saved."""
    parts = []
    for who in dict.fromkeys(s.by for s in saves):
        when = [s.when for s in saves if s.by == who][-1]
        labels = [c.label for c in changes if c.by == who]
        if labels:
            did = translate("Conflicts", "{who} changed {fields} ({when})")
            parts.append(did.format(who=who, fields=_fields(labels), when=when))
        else:
            parts.append(
                translate("Conflicts", "{who} saved it ({when})").format(who=who, when=when)
            )
    if parts:
        text = translate(
            "Conflicts", "{what} was changed by someone else after you opened it: {saves}."
        ).format(what=what, saves="; ".join(parts))
    else:
        text = translate(
            "Conflicts", "{what} was changed by someone else after you opened it."
        ).format(what=what)
    return (
        text
        + " "
        + translate(
            "Conflicts",
            "Your changes were not saved; reopen it to see the new version and edit again.",
        )
    )


def conflict(record: object, expected_version: int, what: str) -> EditConflictError:
    """The error for a form of ``record`` opened at ``expected_version``, saying who changed
    what since when the record's session and the trail can tell."""
    saves: tuple[SavedSince, ...] = ()
    changes: tuple[ChangedField, ...] = ()
    session = object_session(record)
    entity = getattr(record, "__tablename__", None)
    record_id = getattr(record, "id", None)
    if isinstance(session, Session) and isinstance(entity, str) and isinstance(record_id, int):
        try:
            found = saves_since(session, entity, record_id, expected_version)
            if found:
                saves, changes = describe(session, entity, found)
        except SQLAlchemyError:
            # The trail could not be read: the conflict stands, only unexplained.
            saves, changes = (), ()
    return EditConflictError(
        conflict_message(what, saves, changes), what=what, saves=saves, changes=changes
    )
