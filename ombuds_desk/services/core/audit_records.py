"""What audit entries refer to: the records they are about and the records their values link
to, read in a few queries for many entries at once, and the entries worded as rows.

A record number does not name one record for ever: SQLite gives the number of the record
removed last to the next one made. So a number has *lives* (:class:`Lives`): the records
the trail saw created and removed under it, each ended by its removal's entry, and the row
there now. An entry is read with the life it belongs to (the first removal at or after it,
else the row there now), so an old entry about a removed contact never takes the name of a
newer contact that got its number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Row, Table, select
from sqlmodel import Session, SQLModel

from ombuds_desk.domain.accounts import AuditEntry
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.services.core.audit_labels import APP_NAME, COLUMNS, entity_word
from ombuds_desk.services.core.audit_words import (
    Entry,
    Names,
    describe,
    new_values,
    old_values,
    read_changes,
    record_name,
)

AUDIT: Table = AuditEntry.__table__  # type: ignore[attr-defined]
CHUNK = 500


def table_named(name: str) -> Table | None:
    return SQLModel.metadata.tables.get(name)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start : start + CHUNK]


def entry_of(row: Row[Any] | Row[Any, Any, Any, Any, Any]) -> Entry:
    """An ``audit_entry`` row as an :class:`Entry` (its changes read)."""
    return Entry(
        AuditAction(row.action), row.entity, row.entity_id, read_changes(row.changes), row.id
    )


@dataclass
class Lives:
    """The records numbered ``id`` in one table over time: the row there now (``current``)
    and those removed (``ended``: the removal's entry id and the record's last values)."""

    current: dict[int, dict[str, Any]] = field(default_factory=dict)
    ended: dict[int, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)

    def at(self, record_id: int, entry_id: int | None) -> dict[str, Any]:
        """The values of the record ``record_id`` named at the time of entry ``entry_id``."""
        if entry_id is not None:
            for removed_at, values in self.ended.get(record_id, []):
                if removed_at >= entry_id:
                    return values
        if record_id in self.current:
            return self.current[record_id]
        gone = self.ended.get(record_id)
        return gone[-1][1] if gone else {}


def lives(session: Session, table_name: str, ids: Iterable[int]) -> Lives:
    """The lives of the records numbered ``ids``: the rows now, and what the trail's
    creations and removals say of those removed."""
    found = Lives()
    table = table_named(table_name)
    wanted = set(ids)
    if table is None or "id" not in table.c or not wanted:
        return found
    connection = session.connection()
    for chunk in _chunks(wanted):
        rows = connection.execute(table.select().where(table.c.id.in_(chunk)))
        for record in rows.mappings():
            values = {k: _plain(v) for k, v in record.items() if k != "password_hash"}
            found.current[int(record["id"])] = values
        made: dict[int, dict[str, Any]] = {}
        entries = connection.execute(
            select(AUDIT.c.id, AUDIT.c.action, AUDIT.c.entity, AUDIT.c.entity_id, AUDIT.c.changes)
            .where(
                AUDIT.c.entity == table_name,
                AUDIT.c.entity_id.in_(chunk),
                AUDIT.c.action.in_([AuditAction.CREATE.value, AuditAction.DELETE.value]),
            )
            .order_by(AUDIT.c.id)
        )
        for row in entries:
            entry = entry_of(row)
            record_id = int(row.entity_id)
            if entry.action is AuditAction.CREATE:
                made[record_id] = new_values(entry)
            else:
                life = made.pop(record_id, {}) | old_values(entry)
                found.ended.setdefault(record_id, []).append((int(row.id), life))
        for record_id, values in made.items():
            found.current.setdefault(record_id, values)  # made before the trail saw a row
    return found


def short_name(table_name: str, values: dict[str, Any], names: Names) -> str:
    """What a link to a record shows: a person's full name, a case's number, a parcel's."""
    if table_name == "user":
        return str(values.get("full_name") or values.get("username") or "")
    if table_name == "person":
        return str(values.get("case_number") or "")
    return record_name(table_name, values, names)


def _links(entity: str, values: dict[str, Any]) -> Iterable[tuple[str, int]]:
    for name, value in values.items():
        target = COLUMNS.get((entity, name))
        if target is not None and target.points_to and isinstance(value, int):
            yield target.points_to, value


def name_links(session: Session, wanted: dict[str, set[int]], names: Names) -> None:
    """Add the names of every record in ``wanted`` (table → ids), each of its lives."""
    # Operations name operation members, so operations come first.
    for table_name in sorted(wanted, key=lambda t: t != "operation"):
        ids = {i for i in wanted[table_name] if not names.has(table_name, i)}
        found = lives(session, table_name, ids)
        for record_id, values in found.current.items():
            name = short_name(table_name, values, names)
            if name:
                names.add(table_name, record_id, name)
        for record_id, ended in found.ended.items():
            for removed_at, values in ended:
                name = short_name(table_name, values, names)
                names.add_ended(table_name, record_id, removed_at, name or f"#{record_id}")


def setting_keys(session: Session, upto: int) -> dict[int, str]:
    """Which setting each setting entry up to entry ``upto`` was about.

    A setting's row has no number of its own, so its changes were recorded without saying
    which setting; the trail tells all the same: a change from value A follows the setting
    whose value was A then (when two settings held A, it stays unnamed).
    """
    rows = session.connection().execute(
        select(AUDIT.c.id, AUDIT.c.action, AUDIT.c.changes)
        .where(AUDIT.c.entity == "office_setting", AUDIT.c.id <= upto)
        .order_by(AUDIT.c.id)
    )
    current: dict[str, Any] = {}
    keys: dict[int, str] = {}
    for entry_id, action, text in rows:
        changes = read_changes(text) or {}
        pair, value = changes.get("key"), changes.get("value")
        if isinstance(pair, list) and len(pair) == 2 and (pair[1] or pair[0]):
            key = str(pair[1] or pair[0])
        else:
            old = value[0] if isinstance(value, list) and len(value) == 2 else None
            holders = [k for k, v in current.items() if v == old]
            key = holders[0] if len(holders) == 1 else ""
        if key:
            keys[int(entry_id)] = key
            if isinstance(value, list) and len(value) == 2:
                current[key] = value[1] if action != AuditAction.DELETE.value else None
    return keys


@dataclass(frozen=True)
class TrailRow:
    """One entry in words: ``record`` names what it was about, ``what`` what happened (a
    line or a few), ``detail`` every field it touched, a line each."""

    id: int
    at: datetime
    who: str
    kind: AuditAction
    entity: str
    record: str
    what: str
    detail: str


@dataclass
class Loaded:
    entry: Entry
    row: Row[Any]  # the audit_entry row


def load_entries(session: Session, ids: Sequence[int]) -> list[Loaded]:
    """The entries ``ids``, oldest first."""
    loaded: list[Loaded] = []
    for chunk in _chunks(ids):
        rows = session.connection().execute(AUDIT.select().where(AUDIT.c.id.in_(chunk)))
        loaded.extend(Loaded(entry_of(row), row) for row in rows)
    loaded.sort(key=lambda item: int(item.row.id))
    return loaded


class EntryWorder:
    """Words many entries at once: what they are about and link to, read in a few queries."""

    def __init__(self, session: Session, loaded: list[Loaded]) -> None:
        self.names = Names()
        subjects: dict[str, set[int]] = {}
        for item in loaded:
            if item.entry.entity_id is not None and table_named(item.entry.entity) is not None:
                subjects.setdefault(item.entry.entity, set()).add(item.entry.entity_id)
        self.subjects = {t: lives(session, t, ids) for t, ids in subjects.items()}
        wanted: dict[str, set[int]] = {"user": set()}
        for item in loaded:
            if item.row.user_id is not None:
                wanted["user"].add(int(item.row.user_id))
            entry = item.entry
            for values in (new_values(entry), old_values(entry), self.values_of(entry)):
                for table_name, record_id in _links(entry.entity, values):
                    wanted.setdefault(table_name, set()).add(record_id)
        name_links(session, wanted, self.names)
        settings = [int(i.row.id) for i in loaded if i.entry.entity == "office_setting"]
        self.setting_keys = setting_keys(session, max(settings)) if settings else {}

    def values_of(self, entry: Entry) -> dict[str, Any]:
        """What is known of the record the entry is about, as it was then."""
        if entry.entity_id is None or entry.entity not in self.subjects:
            return {}
        return self.subjects[entry.entity].at(entry.entity_id, entry.id)

    def _with_key(self, item: Loaded, values: dict[str, Any]) -> dict[str, Any]:
        key = self.setting_keys.get(int(item.row.id))
        return values | {"key": key} if key else values

    def record(self, item: Loaded, values: dict[str, Any]) -> str:
        """``Contact Їжакевич Ганна · CAP-2026-00042``: what the entry was about."""
        entry = item.entry
        removed = entry.action is AuditAction.DELETE
        known = self._with_key(item, values | (old_values(entry) if removed else new_values(entry)))
        names = self.names.as_of(entry.id)
        name = record_name(entry.entity, known, names)
        words = entity_word(entry.entity) + (f" {name}" if name else "")
        if entry.entity == "correspondence_item" and name:
            words = name[:1].upper() + name[1:]  # "Letter from Мати (26.11.2026)"
        case = known.get("person_id")
        if entry.entity != "person" and isinstance(case, int):
            words += f" · {names.of('person', case)}"
        return words

    def row(self, item: Loaded, values: dict[str, Any], *, in_case: bool) -> TrailRow:
        """The entry in words; ``values``: what is known of its record then."""
        values = self._with_key(item, values)
        words = describe(item.entry, self.names, values, in_case=in_case)
        moment = item.row.at
        user_id = item.row.user_id
        return TrailRow(
            id=int(item.row.id),
            at=moment if moment.tzinfo else moment.replace(tzinfo=UTC),
            who=APP_NAME if user_id is None else self.names.of("user", int(user_id)),
            kind=item.entry.action,
            entity=item.entry.entity,
            record=self.record(item, values),
            what=words.what,
            detail=words.detail,
        )
