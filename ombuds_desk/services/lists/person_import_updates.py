"""Writing an import's changes to the fields of registered cases, many at a time.

A register imported back into itself (an office's own export, corrected in a spreadsheet)
changes the fields of thousands of cases and nothing else. Saved one by one through
``persons.update_person``, each cost an ORM object loaded, flushed and audited: most of the
time of such an import. :func:`update_fields` does what ``update_person`` does for each of
them (the cleaned values the planner made, the sort key and birth year derived from them,
the version moved on, ``updated_at``, the search keys made again, one audit entry with each changed field's old
and new value) with one read, one UPDATE per set of changed columns, one DELETE and one
INSERT of search keys and one append to the audit chain per batch. A row that also changes
the status, the block or the caseworker goes through the services as before
(``person_import_writer``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person, PersonNameKey
from ombuds_desk.services.cases.persons import EDITABLE_FIELDS, derived_fields, search_keys_of
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.store.bulk_rows import insert_rows

_PERSON = Person.__table__  # type: ignore[attr-defined]
_KEY = PersonNameKey.__table__  # type: ignore[attr-defined]
# The columns update_person sets, in the table's order (the order a flush lists them in).
_SET = [
    c.name
    for c in _PERSON.columns
    if c.name in {"version", *EDITABLE_FIELDS, "sort_name", "birth_year"}
]
_SET.remove("category")  # fixed once the case number is given
_CHUNK = 500  # ids per IN (...)


def fields_only(row: Any) -> bool:
    """Whether a planned update changes the case's fields and nothing else (``row`` is a
    ``PersonRowPlan`` with ``action == "update"``; its status, block and caseworker are
    only set when they differ from the case's)."""
    return row.status is None and not row.blocked_reason and row.assigned_to_id is None


def _current(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    columns = [_PERSON.c.id, *(_PERSON.c[name] for name in _SET)]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in session.connection().execute(select(*columns).where(_PERSON.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    return found


def update_fields(session: Session, actor: User, rows: Sequence[Any], *, now: datetime) -> set[int]:
    """Save the cleaned ``values`` of each of ``rows`` (planned updates, see
    :func:`fields_only`) over its case; returns the cases that changed."""
    require(actor, Action.EDIT_PERSON)  # as update_person would for each
    if not rows:
        return set()
    ids = [row.person_id for row in rows]
    before = _current(session, ids)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    entries: list[tuple[int, dict[str, tuple[Any, Any]]]] = []
    changed: set[int] = set()
    keys: list[dict[str, Any]] = []
    for row in rows:
        old = before[row.person_id]
        new = {k: v for k, v in row.values.items() if k in EDITABLE_FIELDS and k != "category"}
        new.update(derived_fields(row.values))
        if all(new[name] == old[name] for name in new):
            continue
        new["version"] = old["version"] + 1  # as check_version moves it on every save
        diff = [name for name in _SET if name in new and new[name] != old[name]]
        changed.add(row.person_id)
        groups[tuple(diff)].append(
            {"_id": row.person_id, "updated_at": now, **{name: new[name] for name in diff}}
        )
        entries.append((row.person_id, {name: (old[name], new[name]) for name in diff}))
        keys.extend(
            {"person_id": row.person_id, "key": key[:120]}
            for key in sorted(search_keys_of({**old, **new}))
        )
    connection = session.connection()
    for names, values in groups.items():
        statement = (
            update(_PERSON)
            .where(_PERSON.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in (*names, "updated_at")})
        )
        connection.execute(statement, values)
    ordered = sorted(changed)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        connection.execute(delete(_KEY).where(_KEY.c.person_id.in_(chunk)))
    insert_rows(connection, _KEY, keys)
    audit.record_updated(session, actor.id, "person", entries)
    return changed
