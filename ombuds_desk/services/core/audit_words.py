"""The audit trail in words: what one entry did, as a caseworker or an admin reads it.

An entry stores its changes as JSON (``{"phone": [old, new], …}``) with enum values, ISO
dates and record ids. Here they become ``Phone: +380… → +380…``, ``Status: Registered →
Confirmed``, ``Caseworker: Олег Бондар → Світлана Мельник``: fields by the labels the
window uses (``audit_labels.py``), enums by their labels, dates as the office writes them,
ids by the name or number of what they point at (:class:`Names`, filled by
``audit_records.py``). Pure functions, no database. Every sentence is said in the reader's
language (``translate``, context ``AuditTrail``, as the words of ``audit_labels.py``).
Events (a sign-in, a print, an export) are sentences of ``audit_events.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

from ombuds_desk.domain.enums import AuditAction, ItemKind
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import full_name
from ombuds_desk.services.core.audit_events import event_lines, upper_first
from ombuds_desk.services.core.audit_labels import (
    ARROW,
    COLUMNS,
    CONTEXT,
    EMPTY,
    HIDDEN_FIELDS,
    PARTIAL_DATES,
    ColumnKind,
    created_word,
    entity_word,
    field_word,
    removed_word,
)
from ombuds_desk.services.core.setting_labels import label_of, value_of


class Lookup(Protocol):
    """What record ids are called, as of one moment of the trail."""

    def of(self, table: str, record_id: int) -> str: ...


@dataclass
class Names:
    """What record ids are called: ``of("user", 3) == "Олег Бондар"``, ``of("person", 42)
    == "CAP-2026-00042"``.

    A table may give the number of a record removed to the next one made (SQLite reuses the
    highest), so a number's earlier records are kept with the entry that removed each:
    :meth:`as_of` an entry names what the number meant then.
    """

    by_table: dict[str, dict[int, str]] = field(default_factory=dict)
    # table → id → [(the removal's entry id, the removed record's name)], oldest first
    ended: dict[str, dict[int, list[tuple[int, str]]]] = field(default_factory=dict)

    def of(self, table: str, record_id: int, at: int | None = None) -> str:
        if at is not None:
            for removed_at, name in self.ended.get(table, {}).get(record_id, []):
                if removed_at >= at:
                    return name
        current = self.by_table.get(table, {}).get(record_id)
        if current is None and self.ended.get(table, {}).get(record_id):
            return self.ended[table][record_id][-1][1]
        return current if current is not None else f"#{record_id}"

    def add(self, table: str, record_id: int, name: str) -> None:
        self.by_table.setdefault(table, {})[record_id] = name

    def add_ended(self, table: str, record_id: int, removed_at: int, name: str) -> None:
        self.ended.setdefault(table, {}).setdefault(record_id, []).append((removed_at, name))

    def has(self, table: str, record_id: int) -> bool:
        return record_id in self.by_table.get(table, {}) or record_id in self.ended.get(table, {})

    def as_of(self, entry_id: int | None) -> Lookup:
        return _NamesAt(self, entry_id)


@dataclass(frozen=True)
class _NamesAt:
    names: Names
    at: int | None

    def of(self, table: str, record_id: int) -> str:
        return self.names.of(table, record_id, self.at)


def local_moment(moment: datetime) -> str:
    """A stored UTC moment (naive or aware) as local ``26.11.2026 14:03``."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d.%m.%Y %H:%M")


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return text


def _moment(text: str) -> str:
    try:
        return local_moment(datetime.fromisoformat(text))
    except ValueError:
        return text


def value_words(entity: str, name: str, value: Any, names: Lookup) -> str:
    """One stored value as the window shows it (``—`` for none)."""
    if value is None or value == "":
        return EMPTY
    kind = COLUMNS.get((entity, name), ColumnKind())
    if kind.flag or isinstance(value, bool):
        return translate("AuditTrail", "yes") if value else translate("AuditTrail", "no")
    if kind.points_to is not None and isinstance(value, int):
        return names.of(kind.points_to, value)
    if kind.enum is not None:
        try:
            member = kind.enum(value)
        except ValueError:
            return str(value)
        return str(getattr(member, "label", member.value))
    text = str(value)
    if (entity, name) in PARTIAL_DATES:
        return display_iso(text)
    if kind.day:
        return _day(text)
    if kind.moment:
        return _moment(text)
    if entity == "office_setting" and name == "key":
        return label_of(text)
    return text


# -- what a record is called --------------------------------------------------------------


def record_name(entity: str, values: Mapping[str, Any], names: Lookup) -> str:
    """What to call a record from its values (``Їжакевич Ганна``, ``PAR-2026-00012``);
    empty when its values do not say."""

    def get(name: str) -> Any:
        return values.get(name)

    if entity == "person":
        return " ".join(
            p for p in (get("case_number"), full_name(get("family_name"), get("given_name"))) if p
        )
    if entity == "contact":
        return full_name(get("family_name"), get("given_name"), get("patronymic"))
    if entity == "user":
        name = get("full_name") or ""
        return f"{name} ({get('username')})" if get("username") else name
    if entity == "correspondence_item":
        return _item_name(values, names)
    if entity == "office_setting":
        key = get("key")
        return label_of(str(key)) if key else ""
    if entity == "operation_member" and isinstance(get("operation_id"), int):
        return names.of("operation", get("operation_id"))
    for key in ("parcel_number", "reference", "name", "source", "path"):
        if get(key):
            return str(get(key))
    if entity == "case_review" and get("decision"):
        return value_words(entity, "decision", get("decision"), names).lower()
    if entity == "block_reason" and get("text"):
        return str(get("text"))
    return ""


def _item_name(values: Mapping[str, Any], names: Lookup) -> str:
    kind = values.get("kind")
    try:
        word = ItemKind(kind).label.lower() if kind else translate("AuditTrail", "item")
    except ValueError:
        word = translate("AuditTrail", "item")
    parts = [word]
    if values.get("author_name"):
        parts.append(translate("AuditTrail", "from {author}").format(author=values["author_name"]))
    elif values.get("direction") == "from_person":
        parts.append(translate("AuditTrail", "from the person"))
    if values.get("received_on"):
        parts.append(f"({_day(str(values['received_on']))})")
    return " ".join(parts)


def subject(entity: str, values: Mapping[str, Any], names: Lookup) -> str:
    """``contact Їжакевич Ганна``, ``parcel PAR-2026-00012``, ``note``: a record in a
    sentence."""
    if entity == "correspondence_item":
        return record_name(entity, values, names) or translate("AuditTrail", "item")
    name = record_name(entity, values, names)
    word = entity_word(entity).lower()
    return f"{word} {name}" if name else word


# -- what an entry did --------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """An entry as stored, its changes read from JSON (``None`` when unreadable)."""

    action: AuditAction
    entity: str
    entity_id: int | None
    changes: dict[str, Any] | None
    id: int | None = None  # its number in the chain (names links as they were then)


def read_changes(text: str) -> dict[str, Any] | None:
    try:
        found = json.loads(text)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _pairs(entry: Entry) -> dict[str, tuple[Any, Any]]:
    pairs: dict[str, tuple[Any, Any]] = {}
    for name, pair in (entry.changes or {}).items():
        if name in HIDDEN_FIELDS:
            continue
        if isinstance(pair, list) and len(pair) == 2:
            pairs[name] = (pair[0], pair[1])
    return pairs


def says_nothing(entry: Entry) -> bool:
    """An update that changed only bookkeeping (a record's edit counter, bumped by a save
    whose fields come in the next entry): the admin's browser lists it, a case's history
    leaves it out."""
    return (
        entry.action is AuditAction.UPDATE
        and entry.changes is not None
        and entry.entity != "user"
        and not _pairs(entry)
    )


def new_values(entry: Entry) -> dict[str, Any]:
    """The values a created or changed record has after the entry."""
    changes = entry.changes or {}
    return {k: v[1] for k, v in changes.items() if isinstance(v, list) and len(v) == 2}


def old_values(entry: Entry) -> dict[str, Any]:
    changes = entry.changes or {}
    return {k: v[0] for k, v in changes.items() if isinstance(v, list) and len(v) == 2}


def field_lines(entry: Entry, names: Lookup) -> list[str]:
    """Every visible field the entry touched: ``Phone: +380… → +380…`` (a new record's
    values alone, a removed record's old values alone)."""
    lines: list[str] = []
    for name, (old, new) in _pairs(entry).items():
        word = field_word(entry.entity, name)
        before = value_words(entry.entity, name, old, names)
        after = value_words(entry.entity, name, new, names)
        if entry.action is AuditAction.CREATE:
            if after != EMPTY:
                lines.append(f"{word}: {after}")
        elif entry.action is AuditAction.DELETE:
            if before != EMPTY:
                lines.append(f"{word}: {before}")
        else:
            lines.append(f"{word}: {before}{ARROW}{after}")
    return lines


def _special_update(entry: Entry, name: str, old: Any, new: Any, names: Lookup) -> str | None:
    """Changes that read better as an event than as ``yes → no``."""
    if entry.entity == "person" and name == "blocked":
        return translate("AuditTrail", "Blocked") if new else translate("AuditTrail", "Unblocked")
    if entry.entity == "user":
        if name == "active":
            if new:
                return translate("AuditTrail", "Reactivated")
            return translate("AuditTrail", "Deactivated: can no longer sign in")
        if name == "locked_until":
            if new is None:
                return translate("AuditTrail", "Unlocked")
            return translate("AuditTrail", "Locked until {until} (wrong passwords)").format(
                until=value_words("user", name, new, names)
            )
        if name == "must_change_password" and new:
            return translate(
                "AuditTrail", "Password reset: a temporary one, to be changed at the next sign-in"
            )
    if entry.entity == "block_reason" and name == "active":
        return (
            translate("AuditTrail", "Back in use")
            if new
            else translate("AuditTrail", "No longer offered")
        )
    return None


def update_lines(entry: Entry, names: Lookup, values: Mapping[str, Any] | None = None) -> list[str]:
    """``Status: Registered → Confirmed``, a line per field changed. ``values``: what is
    known of the record (a setting's key)."""
    lines: list[str] = []
    for name, (old, new) in _pairs(entry).items():
        special = _special_update(entry, name, old, new, names)
        if special is not None:
            lines.append(special)
            continue
        word = field_word(entry.entity, name)
        if entry.entity == "office_setting" and name == "value":
            word = record_name(entry.entity, values or {}, names) or translate(
                "AuditTrail", "A setting"
            )
        before = value_words(entry.entity, name, old, names)
        after = value_words(entry.entity, name, new, names)
        if entry.entity == "office_setting" and name == "value" and values and values.get("key"):
            before, after = (_setting_value(str(values["key"]), v) for v in (before, after))
        lines.append(f"{word}: {before}{ARROW}{after}")
    if not lines:
        # A member of staff's only hidden change is the password hash (never recorded);
        # another record saved with no field changed kept only its edit counter.
        lines.append(
            translate("AuditTrail", "Password changed") if entry.entity == "user" else _saved()
        )
    return lines


def _setting_value(key: str, words: str) -> str:
    """A setting's value as words: a choice's (``Так``, ``Українська``), else as stored."""
    return words if words == EMPTY else value_of(key, words)


def _saved() -> str:
    return translate("AuditTrail", "Saved; no field changed")


def _in_case(lines: list[str], entry: Entry, record: str) -> list[str]:
    """Lines of a case's history about one of its records: ``Phone of contact Їжакевич
    Ганна: … → …`` for one field; the record, then a line per field, for several."""
    if len(lines) == 1 and ": " in lines[0] and lines[0] != _saved():
        word, rest = lines[0].split(": ", 1)
        return [
            translate("AuditTrail", "{field} of {record}: {change}").format(
                field=word, record=record, change=rest
            )
        ]
    return [f"{upper_first(record)}:", *lines]


def _created(entry: Entry, names: Lookup, values: Mapping[str, Any], in_case: bool) -> str:
    entity = entry.entity
    if entity == "case_note":
        if not values.get("text"):
            return created_word(entity)
        return translate("AuditTrail", "Note written: {text}").format(text=values["text"])
    if entity == "office_setting":
        value = value_words(entity, "value", values.get("value"), names)
        value = _setting_value(str(values.get("key") or ""), value)
        return f"{record_name(entity, values, names)}: {value}"
    if entity == "correspondence_item":
        item = record_name(entity, values, names)
        return upper_first(translate("AuditTrail", "{item} logged").format(item=item))
    if entity == "contact" and values.get("relationship"):
        relationship = value_words(entity, "relationship", values["relationship"], names).lower()
        return translate("AuditTrail", "Contact added: {name} ({relationship})").format(
            name=record_name(entity, values, names), relationship=relationship
        )
    if entity == "case_review":
        return _reviewed(values, names)
    if entity == "case_assignment":
        return _reassigned(values, names)
    word = created_word(entity)
    if entity == "person" and in_case:
        category = value_words(entity, "category", values.get("category"), names).lower()
        return f"{word} ({category})" if values.get("category") else word
    name = record_name(entity, values, names)
    return f"{word}: {name}" if name else word


# A review's decision as the sentence begins; "{to}" is whom it sends the case to.
REVIEW_OPENINGS = {
    "keep_waiting": QT_TRANSLATE_NOOP("AuditTrail", "kept waiting"),
    "escalate": QT_TRANSLATE_NOOP("AuditTrail", "escalated to {to}"),
    "reassign": QT_TRANSLATE_NOOP("AuditTrail", "reassigned to {to}"),
    "close": QT_TRANSLATE_NOOP("AuditTrail", "closed"),
}


def _reviewed(values: Mapping[str, Any], names: Lookup) -> str:
    """``Case reviewed: escalated to Світлана Мельник: “ask the ICRC delegate” — next review
    05.12.2026`` (who reviewed, and when, are the entry's)."""
    decision = str(values.get("decision") or "")
    to = value_words("case_review", "to_user_id", values.get("to_user_id"), names)
    known = REVIEW_OPENINGS.get(decision)
    opening = translate(CONTEXT, known).format(to=to) if known else decision.replace("_", " ")
    words = translate("AuditTrail", "Case reviewed: {decision}").format(decision=opening)
    if values.get("note"):
        words += f": “{values['note']}”"
    if values.get("next_review_on"):
        words += translate("AuditTrail", " — next review {day}").format(
            day=_day(str(values["next_review_on"]))
        )
    return words


def _reassigned(values: Mapping[str, Any], names: Lookup) -> str:
    """``Case reassigned to Олег Бондар (was Анна Петрова's): “on leave”``."""
    to = value_words("case_assignment", "to_user_id", values.get("to_user_id"), names)
    words = translate("AuditTrail", "Case reassigned to {to}").format(to=to)
    if values.get("from_user_id"):
        before = value_words("case_assignment", "from_user_id", values["from_user_id"], names)
        words += translate("AuditTrail", " (was {caseworker}'s)").format(caseworker=before)
    return words + (f": “{values['reason']}”" if values.get("reason") else "")


def _removed(entry: Entry, names: Lookup, values: Mapping[str, Any]) -> str:
    entity = entry.entity
    why = f" — {values['removal_reason']}" if values.get("removal_reason") else ""
    if entity == "correspondence_item":
        item = record_name(entity, values, names)
        return upper_first(translate("AuditTrail", "{item} removed").format(item=item)) + why
    if entity == "case_note":
        if not values.get("text"):
            return removed_word(entity)
        return translate("AuditTrail", "Note removed: {text}").format(text=values["text"])
    word = removed_word(entity)
    name = record_name(entity, values, names)
    return (f"{word}: {name}" if name else word) + why


@dataclass(frozen=True)
class Words:
    """``what`` for a table's cell (a line or a few); ``detail`` every field touched, a line
    each, for a tooltip and the export."""

    what: str
    detail: str


def describe(
    entry: Entry,
    all_names: Names,
    values: Mapping[str, Any] | None = None,
    *,
    in_case: bool = False,
) -> Words:
    """What ``entry`` did, in words.

    ``values`` are what is known of the record (its name) when the entry itself does not
    say; ``in_case``: the entry is read in one case's history, so a record of the case other
    than the case itself is named in each line (``Phone of contact Їжакевич Ганна: …``).
    """
    if entry.changes is None:
        unreadable = translate(
            "AuditTrail", "This entry cannot be read: its recorded changes are damaged."
        )
        return Words(unreadable, unreadable)
    if entry.action not in (AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE):
        lines = event_lines(entry.action, entry.changes, in_case)
        return Words("\n".join(lines), "\n".join(lines))
    names = all_names.as_of(entry.id)
    known = dict(values or {})
    detail = "\n".join(field_lines(entry, names))
    if entry.action is AuditAction.CREATE:
        return Words(_created(entry, names, known | new_values(entry), in_case), detail)
    if entry.action is AuditAction.DELETE:
        return Words(_removed(entry, names, known | old_values(entry)), detail)
    lines = update_lines(entry, names, known)
    if in_case and entry.entity != "person":
        lines = _in_case(lines, entry, subject(entry.entity, known | new_values(entry), names))
    return Words("\n".join(lines), detail)
