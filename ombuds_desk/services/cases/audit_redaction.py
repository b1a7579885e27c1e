"""Taking an anonymised case's personal data out of the audit trail's earlier entries.

Every change to a case was audited with its old and new values as JSON, so the trail holds
the names, addresses and notes an anonymisation removes. Leaving them there would defeat
it (and keep the name in the file). Deleting the entries would break the hash chain and
lose who did what when. So each entry about the case's records keeps its number, time,
author, kind and record, and the values in its JSON that are not on the allow-list below
(:data:`KEPT_KEYS`: statuses, kinds, dates, counts, numbers) become ``"[anonymised]"``.

Which entries: those of the person, and of each relative, note, letter, parcel, review
and assignment of the case, now or removed earlier (found by their removal entry). SQLite
gives a removed record's id to the next record added, so an id's entries are cut into
lives at each creation, and only the lives that were the case's are redacted.

The chain: an entry's hash covers its JSON, so a redacted entry no longer matches its own
hash. Its stored hash is kept (the next entry is chained to it, so it cannot be changed
unseen), and the ``anonymise`` entry written with the redaction lists, per redacted entry,
the SHA-256 of the new JSON (``redacted_entries``). ``audit_verify`` accepts an entry whose
hash does not match only when a later ``anonymise`` entry declared exactly that JSON; as
that entry is itself in the chain, a redaction cannot be forged or altered afterwards.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session

from ombuds_desk.domain.accounts import AuditEntry
from ombuds_desk.domain.enums import AuditAction

REDACTED = "[anonymised]"
# Values in an entry's JSON that tell no one who the person or the family is: kept.
KEPT_KEYS = frozenset(
    {
        "id",
        "version",
        "person_id",
        "parcel_id",
        "shipment_id",
        "operation_id",
        "author_contact_id",
        "assigned_to_id",
        "to_user_id",
        "from_user_id",
        "assigned_by_id",
        "reviewed_by_id",
        "logged_by_id",
        "created_by_id",
        "author_id",
        "category",
        "case_number",
        "case_year",
        "case_seq",
        "status",
        "status_since",
        "blocked",
        "kind",
        "direction",
        "relationship",
        "author_relationship",
        "consent",
        "received_on",
        "status_on",
        "pages",
        "parcel_number",
        "weight_grams",
        "packed_on",
        "dispatched_on",
        "delivered_on",
        "captured_on",
        "evacuated_on",
        "decision",
        "next_review_on",
        "reviewed_at",
        "assigned_at",
        "created_at",
        "logged_at",
        "anonymised_at",
        # disclosures: which document or list, how, how many, and the file (where the data
        # went: the retention archive above all); a search typed (``filter``) is redacted
        "file",
        "document",
        "export",
        "list",
        "via",
        "rows",
        "columns",
        "encrypted",
    }
)
LINKED_TABLES = (
    "contact",
    "case_note",
    "case_review",
    "case_assignment",
    "correspondence_item",
    "parcel",
)


def _redact(value: Any) -> Any:
    if isinstance(value, list):
        return [None if v is None else REDACTED for v in value]
    return None if value is None else REDACTED


def redacted_changes(changes: str) -> str:
    """An entry's JSON with every value not on the allow-list replaced."""
    try:
        values = json.loads(changes)
    except ValueError:
        return json.dumps({"entry": REDACTED})
    if not isinstance(values, dict):
        return json.dumps({"entry": REDACTED})
    kept = {k: v if k in KEPT_KEYS else _redact(v) for k, v in values.items()}
    return json.dumps(kept, ensure_ascii=False, default=str)


def digest(changes: str) -> str:
    """The SHA-256 of an entry's JSON as redacted (what the ``anonymise`` entry declares)."""
    return hashlib.sha256(changes.encode("utf-8")).hexdigest()


def removed_earlier(
    session: Session, person_ids: Sequence[int]
) -> dict[int, list[tuple[str, int]]]:
    """Records of the cases removed before (a relative deleted last year), by case: found
    by their removal entries, whose JSON names the case (``"person_id": [42, null]``). One
    pass over the trail's removals for all the cases anonymised together."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    wanted = set(person_ids)
    found: dict[int, list[tuple[str, int]]] = {pid: [] for pid in wanted}
    rows = session.execute(
        select(table.c.entity, table.c.entity_id, table.c.changes).where(
            table.c.action == AuditAction.DELETE.value,
            table.c.entity.in_(LINKED_TABLES),
            table.c.changes.like('%"person_id": [%, null]%'),
        )
    )
    for entity, entity_id, changes in rows:
        try:
            pair = json.loads(changes).get("person_id")
        except (ValueError, AttributeError):
            continue
        if isinstance(pair, list) and pair and pair[0] in wanted and entity_id is not None:
            found[pair[0]].append((str(entity), int(entity_id)))
    return found


def _mentions(changes: str, pid: int) -> bool:
    """Whether an entry's JSON says the record belonged to the person ``pid`` (its
    ``person_id`` before or after the change)."""
    if f"[{pid}," not in changes and f", {pid}]" not in changes:
        return False  # the common case, without parsing
    try:
        pair = json.loads(changes).get("person_id")
    except (ValueError, AttributeError):
        return False
    return isinstance(pair, list) and pid in pair


def _segments(rows: Sequence[Any]) -> list[list[Any]]:
    """One record id's entries, oldest first, cut where a record was created under it:
    SQLite gives the id of a removed record to the next one added."""
    segments: list[list[Any]] = []
    for row in rows:
        if not segments or row.action == AuditAction.CREATE.value:
            segments.append([])
        segments[-1].append(row)
    return segments


def _entries_of_case(
    session: Session, entity: str, record_ids: set[int], live: set[int], pid: int
) -> list[Any]:
    """The entries about records ``record_ids`` of ``entity`` while they were the case's:
    a life of the id (from one creation to the next) belongs to the case when an entry of it
    names the case, or when it is the id's current life and the record is the case's now."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    found: list[Any] = []
    id_list = sorted(record_ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        rows = session.execute(
            select(table.c.id, table.c.entity_id, table.c.action, table.c.changes)
            .where(table.c.entity == entity, table.c.entity_id.in_(chunk))
            .order_by(table.c.entity_id, table.c.id)
        ).all()
        by_record: dict[int, list[Any]] = {}
        for row in rows:
            by_record.setdefault(int(row.entity_id), []).append(row)
        for record_id, entries in by_record.items():
            segments = _segments(entries)
            for number, segment in enumerate(segments):
                current = number == len(segments) - 1 and record_id in live
                if current or any(_mentions(row.changes, pid) for row in segment):
                    found.extend(segment)
    return found


def redact_case_entries(
    session: Session,
    pid: int,
    linked: Mapping[str, Sequence[int]],
    removed: Sequence[tuple[str, int]],
) -> dict[str, str]:
    """Redact every entry about the person ``pid`` and the records ``linked`` (table →
    ids, the case's records now), and those ``removed`` earlier (:func:`removed_earlier`);
    returns ``{entry number:
    digest of its new JSON}``, for the ``anonymise`` entry."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    live: dict[str, set[int]] = {"person": {pid}}
    for name, ids in linked.items():
        live.setdefault(name, set()).update(ids)
    candidates = {name: set(ids) for name, ids in live.items()}
    for name, record_id in removed:
        candidates.setdefault(name, set()).add(record_id)
    redacted: dict[str, str] = {}
    for entity, record_ids in candidates.items():
        for row in _entries_of_case(session, entity, record_ids, live.get(entity, set()), pid):
            new = redacted_changes(row.changes)
            if new == row.changes:
                continue  # nothing personal in it (a case opened, a status changed)
            session.execute(update(table).where(table.c.id == row.id).values(changes=new))
            redacted[str(row.id)] = digest(new)
    return redacted
