"""The audit trail for reading: one case's history, the whole trail for an admin, and the
verification of the chain, all in words (``audit_words.py``), never as JSON.

A case's history is every entry about the person's record and about the records that
belong to the case: its contacts, notes, reviews, reassignments, letters and items, parcels
(also those removed since, found by their removal's own entry), its operation memberships,
and the case opened, printed or exported. The status history and the search keys are not audited
(the person row's own entry says ``Status: Registered → Confirmed``). A number the table
gave again to a newer record (``audit_records.Lives``) does not bring the older record's
entries along.

The whole trail is browsed like the other long lists: :func:`browse_ids` filters in SQL and
returns the ids, newest first; :func:`browse_rows` words the rows of one page. Nothing here
writes: the app offers no way to edit or delete an entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, or_
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.audit_labels import entity_word
from ombuds_desk.services.core.audit_records import (
    AUDIT,
    EntryWorder,
    TrailRow,
    load_entries,
    table_named,
)
from ombuds_desk.services.core.audit_verify import ChainReport, KnownHead, verify_chain
from ombuds_desk.services.core.audit_words import new_values, read_changes, says_nothing
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.store.collation import collated

__all__ = ["TrailFilter", "TrailRow", "browse_ids", "browse_rows", "case_history"]

# The records of a case, besides the person row: each table has a ``person_id``.
CASE_RECORDS = (
    "contact",
    "case_note",
    "case_review",
    "case_assignment",
    "correspondence_item",
    "parcel",
)


@dataclass(frozen=True)
class TrailFilter:
    """What the admin's trail browser narrows to; empty: everything."""

    user_id: int | None = None  # by this member of staff
    by_app: bool = False  # by the app itself (sign-in attempts of unknown names, setup)
    action: AuditAction | None = None
    entity: str | None = None  # a table name: "person", "contact", "user"…
    since: date | None = None  # local days, both ends included
    until: date | None = None
    text: str = ""  # in the recorded values, or a case number: everything about that case


# -- one case's history -------------------------------------------------------------------


def _removed_records(session: Session, person_id: int) -> dict[str, set[int]]:
    """Records of the case removed since (their rows are gone, their removal recorded)."""
    pattern = f'%"person_id": [{int(person_id)}, null]%'
    rows = session.connection().execute(
        select(AUDIT.c.entity, AUDIT.c.entity_id).where(
            AUDIT.c.action == AuditAction.DELETE.value,
            col(AUDIT.c.entity).in_(CASE_RECORDS),
            AUDIT.c.changes.like(pattern),
        )
    )
    removed: dict[str, set[int]] = {}
    for entity, entity_id in rows:
        if entity_id is not None:
            removed.setdefault(entity, set()).add(int(entity_id))
    return removed


def _was_the_cases(person_id: int) -> Callable[[Row[Any]], bool]:
    def owned(removal: Row[Any]) -> bool:
        pair = (read_changes(removal.changes) or {}).get("person_id")
        return isinstance(pair, list) and len(pair) == 2 and pair[0] == person_id

    return owned


def _lives_of(
    session: Session,
    entity: str,
    ids: Iterable[int],
    now: set[int],
    owned: Callable[[Row[Any]], bool],
) -> list[int]:
    """Entries about the records numbered ``ids`` that were the case's: of each number, the
    life that is the row there now (when the number is in ``now``) and the lives whose
    removal ``owned`` says were the case's."""
    wanted = sorted(set(ids))
    chosen: list[int] = []
    for start in range(0, len(wanted), 500):
        rows = session.connection().execute(
            select(AUDIT.c.id, AUDIT.c.action, AUDIT.c.entity_id, AUDIT.c.changes)
            .where(
                AUDIT.c.entity == entity, col(AUDIT.c.entity_id).in_(wanted[start : start + 500])
            )
            .order_by(AUDIT.c.id)
        )
        lives: dict[int, list[int]] = {}
        for row in rows:
            record_id = int(row.entity_id)
            if row.action == AuditAction.CREATE.value:
                lives[record_id] = []  # a new record under this number
            life = lives.setdefault(record_id, [])
            life.append(int(row.id))
            if row.action == AuditAction.DELETE.value:
                if owned(row):
                    chosen.extend(life)
                lives[record_id] = []
        for record_id, life in lives.items():
            if record_id in now:
                chosen.extend(life)
    return chosen


def case_entry_ids(session: Session, person_id: int) -> list[int]:
    """Ids of every entry about the case, newest first."""
    ids = _lives_of(session, "person", [person_id], {person_id}, lambda _removal: False)
    removed = _removed_records(session, person_id)
    for name in CASE_RECORDS:
        table = table_named(name)
        assert table is not None, name
        now = {
            int(i)
            for i in session.connection()
            .execute(select(table.c.id).where(table.c.person_id == person_id))
            .scalars()
        }
        gone = removed.get(name, set())
        ids += _lives_of(session, name, now | gone, now, _was_the_cases(person_id))
    # An operation member has no number of its own: its entries say whose it is.
    member = [
        f'%"person_id": [null, {int(person_id)}]%',
        f'%"person_id": [{int(person_id)}, null]%',
    ]
    ids += (
        session.connection()
        .execute(
            select(AUDIT.c.id).where(
                and_(
                    AUDIT.c.entity == "operation_member",
                    or_(*(AUDIT.c.changes.like(p) for p in member)),
                )
            )
        )
        .scalars()
    )
    return sorted({int(i) for i in ids}, reverse=True)


def case_history(session: Session, person_id: int) -> list[TrailRow]:
    """Every entry about one case and its records, in words, newest first (but those that
    changed only an edit counter)."""
    loaded = load_entries(session, case_entry_ids(session, person_id))
    worder = EntryWorder(session, loaded)
    # Oldest first, so each record is named as it was called at the time of the entry.
    state: dict[tuple[str, int], dict[str, Any]] = {}
    rows: list[TrailRow] = []
    for item in loaded:
        entry = item.entry
        key = (entry.entity, entry.entity_id or 0)
        before = {} if entry.action is AuditAction.CREATE else state.get(key)
        if before is None:
            before = dict(worder.values_of(entry))
        if not says_nothing(entry):
            rows.append(worder.row(item, before, in_case=True))
        if entry.action is AuditAction.DELETE:
            state.pop(key, None)
        elif entry.action in (AuditAction.CREATE, AuditAction.UPDATE):
            state[key] = before | new_values(entry)
    rows.reverse()
    return rows


# -- the whole trail ----------------------------------------------------------------------


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _utc_start(day: date) -> datetime:
    """The first moment of a local day, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def trail_conditions(session: Session, filt: TrailFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filt.by_app:
        where.append(AUDIT.c.user_id.is_(None))
    elif filt.user_id is not None:
        where.append(AUDIT.c.user_id == filt.user_id)
    if filt.action is not None:
        where.append(AUDIT.c.action == filt.action.value)
    if filt.entity:
        where.append(AUDIT.c.entity == filt.entity)
    if filt.since is not None:
        where.append(AUDIT.c.at >= _utc_start(filt.since))
    if filt.until is not None:
        where.append(AUDIT.c.at < _utc_start(filt.until + timedelta(days=1)))
    text = filt.text.strip()
    if text:
        matches: list[ColumnElement[bool]] = [
            AUDIT.c.changes.like(f"%{_escape_like(text)}%", escape="\\")
        ]
        person_id = session.exec(
            select(Person.id).where(Person.case_number == text.upper())
        ).first()
        if person_id is not None:
            matches.append(AUDIT.c.id.in_(case_entry_ids(session, int(person_id))))
        where.append(or_(*matches))
    return where


def browse_ids(session: Session, actor: User, filt: TrailFilter) -> list[int]:
    """Ids of the entries the filter lets through, newest first (an admin's)."""
    require(actor, Action.VIEW_AUDIT_TRAIL)
    query = select(AUDIT.c.id)
    for condition in trail_conditions(session, filt):
        query = query.where(condition)
    query = query.order_by(AUDIT.c.id.desc())
    return [int(i) for i in session.connection().execute(query).scalars()]


def browse_rows(session: Session, actor: User, ids: Sequence[int]) -> dict[int, TrailRow]:
    """The entries ``ids`` in words (any order; look them up by id)."""
    require(actor, Action.VIEW_AUDIT_TRAIL)
    loaded = load_entries(session, ids)
    worder = EntryWorder(session, loaded)
    return {
        int(item.row.id): worder.row(item, worder.values_of(item.entry), in_case=False)
        for item in loaded
    }


def trail_people(session: Session) -> list[tuple[int, str]]:
    """Everyone who may appear in the trail, for the browser's "who" choice (the
    deactivated too: their past work keeps their name)."""
    users = session.exec(select(User).order_by(collated(col(User.full_name)))).all()
    return [(int(u.id or 0), f"{u.full_name} ({u.username})") for u in users]


def trail_entities(session: Session) -> list[tuple[str, str]]:
    """The kinds of record the trail holds entries about, by name: (table, word)."""
    found = session.connection().execute(select(AUDIT.c.entity).distinct()).scalars()
    return sorted(((str(e), entity_word(str(e))) for e in found), key=lambda pair: pair[1])


# -- verifying ----------------------------------------------------------------------------


def verify(session: Session, actor: User, known: KnownHead | None = None) -> ChainReport:
    """Walk the whole chain (an admin's); ``known``: a head recorded outside the database."""
    require(actor, Action.VERIFY_AUDIT_TRAIL)
    return verify_chain(session, known)


def verification_words(report: ChainReport) -> str:
    """The verification's result as an admin reads it."""
    if report.intact:
        words = translate(
            "AuditVerify",
            "The audit trail is intact: all {count} entries are as they were written; none "
            "was removed or slipped in.",
        ).format(count=f"{report.entries:,}")
        if report.checked_against:
            agree = translate("AuditVerify", "Its newest entries agree with {where}.")
            words += " " + agree.format(where=report.checked_against)
        newest = translate("AuditVerify", "Newest entry: no. {number}, hash {hash}…")
        return (
            words + "\n" + newest.format(number=f"{report.entries:,}", hash=report.head_hash[:16])
        )
    words = translate("AuditVerify", "The audit trail has been tampered with: {problem}.").format(
        problem=report.problem_text
    )
    if report.first_bad_id is not None and report.first_bad_id > 1:
        intact = translate("AuditVerify", "Entries 1 to {last} are intact.")
        words += " " + intact.format(last=f"{report.first_bad_id - 1:,}")
    return (
        words
        + "\n"
        + translate(
            "AuditVerify",
            "Nothing in the app changes entries: someone edited the database file directly. "
            "Keep the file as it is and compare it with the latest backup.",
        )
    )
