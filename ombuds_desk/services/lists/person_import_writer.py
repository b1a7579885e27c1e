"""Writing the checked rows of a person import (see ``person_import.py`` for the rules).

Runs inside the caller's unit of work, after ``run_import`` checked that the actor may
import lists. Changes to a case's fields alone are saved a batch at a time as
``update_person`` saves them (``person_import_updates``); a change of status, block or
caseworker goes through the same services as the forms (``update_person``,
``change_status``, ``correct_status``, ``block_case``, ``assign_person``); a row that
changes nothing costs no query. New cases are inserted as ``register_person`` would make
them but with the status and number the file gives, a batch at a time with one
``executemany`` per table (persons, search keys, status events; ``store/bulk_rows.py``)
and their audit entries appended in one go, one entry per case: at 100,000 rows, building
and flushing an ORM object per row was most of the time. While it writes, SQLite gets a
larger page cache (:func:`roomy_cache`). Cases whose number the file keeps are written
before the ones that get the next number, so the two never collide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import CaseStatus, Category, StatusEventKind
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.name_keys import name_keys
from ombuds_desk.domain.people import CaseNote, Person, PersonBase, PersonNameKey, StatusEvent
from ombuds_desk.domain.person_rules import LATIN_FIELDS, NAME_FIELDS
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.cases.block_reasons import canonical_reason
from ombuds_desk.services.cases.persons import (
    EDITABLE_FIELDS,
    assign_person,
    derived_fields,
    format_case_number,
    get_person,
    next_case_seq,
    update_person,
)
from ombuds_desk.services.core import audit, stalled_dates
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.lists.duplicates import DuplicateCandidate
from ombuds_desk.services.lists.person_import_updates import fields_only, update_fields
from ombuds_desk.services.lists.tabular_files import ImportProblem
from ombuds_desk.store.bulk_rows import insert_rows

BATCH = 500
# SQLite's page cache while an import writes, in KiB (its default is 2 MB): the new rows go
# into a dozen indexes of the person table and three more tables, and with the default
# cache the pages of those indexes were written out and read back again many times.
IMPORT_CACHE_KIB = 32768
_NUMBER = re.compile(r"^[A-Z]+-(\d{4})-(\d+)$")


@dataclass(slots=True)  # a plan holds one per row of the file: no __dict__ each
class PersonRowPlan:
    """What one valid or invalid row would do."""

    line: int
    action: str = "add"  # add, update or unchanged
    person_id: int | None = None
    case_number: str | None = None  # existing, or kept from the file; None: next number
    raw: dict[str, Any] = field(default_factory=dict)  # values for clean_person
    values: dict[str, Any] = field(default_factory=dict)  # cleaned
    status: CaseStatus | None = None
    status_date: date | None = None
    correction: bool = False
    blocked_reason: str | None = None
    assigned_to_id: int | None = None
    note: str | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    duplicates: list[DuplicateCandidate] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    skipped: int
    case_numbers: dict[int, str] = field(default_factory=dict)  # line → case number

    def __str__(self) -> str:
        # Said when shown (the window, the command line), not where the import ran.
        return translate(
            "ImportProblems",
            "{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped",
        ).format(
            added=self.added, updated=self.updated, unchanged=self.unchanged, skipped=self.skipped
        )


@contextmanager
def roomy_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache for the import's transaction, the usual one afterwards
    (the connection goes back to the pool); nothing on other databases."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(usual or -2000)}")


class _Numbers:
    def __init__(self, session: Session, today: date) -> None:
        self.session, self.today, self.next = session, today, dict[tuple[Category, int], int]()

    def take(self, category: Category) -> tuple[str, int, int]:
        year = self.today.year
        if (category, year) not in self.next:
            self.next[(category, year)] = next_case_seq(self.session, category, year)
        seq = self.next[(category, year)]
        self.next[(category, year)] = seq + 1
        return format_case_number(category, year, seq), year, seq


_PERSON = Person.__table__  # type: ignore[attr-defined]
_KEY = PersonNameKey.__table__  # type: ignore[attr-defined]
_EVENT = StatusEvent.__table__  # type: ignore[attr-defined]
_NOTE = CaseNote.__table__  # type: ignore[attr-defined]
# What a form leaves empty gets the model's default (sex unknown), as a Person(...) would.
_NAME_COLUMNS = (*NAME_FIELDS, *LATIN_FIELDS.values())
_DEFAULTS = {k: f.default for k, f in PersonBase.model_fields.items() if not f.is_required()}
_PERSON_EMPTY = dict.fromkeys(c.name for c in _PERSON.columns if c.name != "id")
_EDITABLE = tuple(k for k in EDITABLE_FIELDS if k in _PERSON_EMPTY)
_EDITABLE_NAMES = frozenset(_EDITABLE)
_PERSON_START = {**_PERSON_EMPTY, **_DEFAULTS}  # a new case's row before its values


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> frozenset[str]:
    return frozenset(name_keys(name))


def _search_keys(case: dict[str, Any]) -> set[str]:
    """``persons.search_keys_of``, a name at a time: a list of 100,000 repeats its names, and
    the keys of all names are the keys of each put together."""
    return set().union(*(_name_keys(case[f]) for f in _NAME_COLUMNS if case[f]))


@lru_cache(maxsize=8)
def _names(table: Any) -> tuple[str, ...]:
    # Walking a table's columns cost more than filling the row (a few per new case).
    return tuple(c.name for c in table.columns if c.name != "id")


def _row_of(table: Any, **values: Any) -> dict[str, Any]:
    """Every column of ``table`` but the id, in the table's order (an executemany needs the
    same keys in each row; the audit entry lists them in this order, as a flush does)."""
    return {name: values.get(name) for name in _names(table)}


def _add_note(session: Session, actor: User, person_id: int, text: str) -> bool:
    same = select(CaseNote.id).where(CaseNote.person_id == person_id, CaseNote.text == text)
    if session.exec(same).first() is not None:
        return False
    session.add(CaseNote(person_id=person_id, text=text, author_id=actor.id))
    return True


def _update(session: Session, actor: User, row: PersonRowPlan, reason: str, today: date) -> None:
    """A case's fields, status, block and caseworker through the services; not its note."""
    assert row.person_id is not None
    pid = row.person_id
    current = get_person(session, pid)
    if any(getattr(current, k) != v for k, v in row.values.items() if k in EDITABLE_FIELDS):
        update_person(session, actor, pid, row.raw, expected_version=None, today=today)
    person = get_person(session, pid)
    if row.status is not None and row.status is not person.status:
        on = row.status_date or today
        if row.correction:
            case_status.correct_status(
                session, actor, pid, row.status, effective_on=on, today=today, reason=reason
            )
        else:
            case_status.change_status(
                session, actor, pid, row.status, effective_on=on, today=today, reason=reason
            )
    if row.blocked_reason and row.blocked_reason != person.blocked_reason:
        case_status.block_case(session, actor, pid, row.blocked_reason, today=today)
    if row.assigned_to_id is not None and row.assigned_to_id != person.assigned_to_id:
        assign_person(session, actor, pid, row.assigned_to_id)


class RowWriter:
    """Writes checked rows a batch at a time (:meth:`write`) and counts what it did."""

    def __init__(self, session: Session, actor: User, *, source: str, today: date) -> None:
        self.session, self.actor, self.today = session, actor, today
        self.reason = f"Imported from {source}"
        self.numbers = _Numbers(session, today)
        self.rule = stalled_dates.ensure_current(session)  # the new cases' stalled days
        self.counts = {"added": 0, "updated": 0, "unchanged": 0}
        self.case_numbers: dict[int, str] = {}
        self._listed: dict[str, str] = {}  # a block reason as typed → as the office lists it
        self.now = utcnow()

    def summary(self, skipped: int) -> ImportSummary:
        return ImportSummary(**self.counts, skipped=skipped, case_numbers=self.case_numbers)

    def write(self, rows: Sequence[PersonRowPlan]) -> None:
        """Write ``rows`` (a batch of a few hundred): updates first, then new cases with the
        number the file gives, then (once those are in) those that take the next number."""
        old = [r for r in rows if r.person_id is not None]
        if old:
            self._write_updates(old)
        kept = [r for r in rows if r.person_id is None and r.case_number]
        if kept:
            self._write_new(kept)
        numbered = [r for r in rows if r.person_id is None and not r.case_number]
        if numbered:
            self._write_new(numbered)

    def _write_updates(self, rows: list[PersonRowPlan]) -> None:
        # The planner saw a change; "unchanged" costs nothing. Changes to fields alone are
        # saved together; a status, block or caseworker goes through its service.
        changes = [r for r in rows if r.action == "update"]
        fields = [r for r in changes if fields_only(r)]
        if fields:
            update_fields(self.session, self.actor, fields, now=utcnow())
        for row in changes:
            if not fields_only(row):
                _update(self.session, self.actor, row, self.reason, self.today)
        noted = self._add_notes([(r.person_id, r.note) for r in rows if r.note])  # type: ignore[misc]
        for row in rows:
            changed = row.action == "update" or row.person_id in noted
            self.counts["updated" if changed else "unchanged"] += 1
            self.case_numbers[row.line] = row.case_number or ""

    def _add_notes(self, notes: list[tuple[int, str]]) -> set[int]:
        """Add each note its case does not have yet; returns the cases that got one."""
        if not notes:
            return set()
        ids = sorted({pid for pid, _ in notes})
        query = select(_NOTE.c.person_id, _NOTE.c.text).where(_NOTE.c.person_id.in_(ids))
        have = {(pid, text) for pid, text in self.session.execute(query)}
        fresh = [(pid, text) for pid, text in dict.fromkeys(notes) if (pid, text) not in have]
        self._insert_notes(fresh)
        return {pid for pid, _ in fresh}

    def _insert_notes(self, notes: list[tuple[int, str]]) -> None:
        if notes:
            self._insert_audited(_NOTE, self.note_rows(notes))

    def _insert_audited(
        self, table: Any, rows: list[dict[str, Any]], unique: str | None = None
    ) -> list[int]:
        """Insert ``rows`` in one statement and append their audit entries; their ids.

        With a ``unique`` column the rows go in by the driver's plain executemany and their
        ids are read back by it in one query (at 100,000 persons, RETURNING row by row
        cost twice the insert); without one, the insert returns them."""
        connection = self.session.connection()
        if unique is None:
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = list(connection.execute(statement, rows).scalars())
        else:
            insert_rows(connection, table, rows)
            keys = [row[unique] for row in rows]
            query = select(table.c[unique], table.c.id).where(table.c[unique].in_(keys))
            found: dict[Any, int] = {key: id_ for key, id_ in connection.execute(query)}
            ids = [found[key] for key in keys]
        audit.record_created(
            self.session,
            self.actor.id,
            table.name,
            [{"id": i, **row} for i, row in zip(ids, rows, strict=True)],
        )
        return ids

    def _listed_reason(self, reason: str) -> str:
        if reason not in self._listed:
            self._listed[reason] = canonical_reason(self.session, reason)
        return self._listed[reason]

    def _new_case(self, row: PersonRowPlan) -> dict[str, Any]:
        """The person row ``register_person`` would make of ``row``, with the file's number,
        status and block."""
        category: Category = row.values["category"]
        kept = _NUMBER.match(row.case_number or "")
        if kept and row.case_number:
            number, year, seq = row.case_number, int(kept.group(1)), int(kept.group(2))
        else:
            number, year, seq = self.numbers.take(category)
        now = self.now
        blocked = self._listed_reason(row.blocked_reason) if row.blocked_reason else None
        status, since = row.status or CaseStatus.REGISTERED, row.status_date or self.today
        # Every column but the id, in the table's order (see _row_of), filled in place: a
        # dictionary made once per row, not merged from several.
        case = dict(_PERSON_START)
        values = row.values
        if values.keys() <= _EDITABLE_NAMES:  # what clean_person makes: all of them
            case.update(values)
        else:
            case.update((k, values[k]) for k in _EDITABLE if k in values)
        case.update(derived_fields(values))
        case.update(
            version=1,
            case_number=number,
            case_year=year,
            case_seq=seq,
            # A new case's status and since when: registered today unless the file says.
            status=status,
            status_since=since,
            blocked=blocked is not None,
            blocked_reason=blocked,
            # Written without the ORM: its stalled day worked out here, as a save would.
            stalled_on=self.rule.stalled_on(category, status, since, blocked is not None),
            assigned_to_id=row.assigned_to_id,  # an empty cell leaves the case unassigned
            created_at=now,
            updated_at=now,
        )
        return case

    def _events(self, person_id: int, case: dict[str, Any]) -> list[dict[str, Any]]:
        """Registered; the file's status as a correction; the block: as the services record
        them (``register_person``, ``correct_status``, ``block_case``)."""
        reason, now, by = self.reason, self.now, self.actor.id
        status, since = case["status"], case["status_since"]
        events = [
            _row_of(
                _EVENT,
                person_id=person_id,
                kind=StatusEventKind.REGISTERED,
                to_status=CaseStatus.REGISTERED,
                effective_on=since,
                reason=f"Case registered; {reason[0].lower()}{reason[1:]}",
                recorded_at=now,
                recorded_by_id=by,
            )
        ]
        if status is not CaseStatus.REGISTERED:
            events.append(
                _row_of(
                    _EVENT,
                    person_id=person_id,
                    kind=StatusEventKind.CORRECTION,
                    from_status=CaseStatus.REGISTERED,
                    to_status=status,
                    effective_on=since,
                    reason=reason,
                    recorded_at=now,
                    recorded_by_id=by,
                )
            )
        if case["blocked"]:
            events.append(
                _row_of(
                    _EVENT,
                    person_id=person_id,
                    kind=StatusEventKind.BLOCKED,
                    from_status=status,
                    to_status=status,
                    effective_on=self.today,
                    blocked_reason=case["blocked_reason"],
                    recorded_at=now,
                    recorded_by_id=by,
                )
            )
        return events

    def ready_for(self, rows: Sequence[PersonRowPlan]) -> None:
        """Look up now what writing the new cases ``rows`` (in the order written) would read
        from the register as it goes: the block reasons as listed, and the next case numbers
        (those after the numbers the file keeps). Then making their rows reads nothing (a
        second process makes them: ``person_import_pipeline``)."""
        if any(r.blocked_reason for r in rows):
            require(self.actor, Action.BLOCK_CASE)  # as block_case would for each
        for reason in {r.blocked_reason for r in rows if r.blocked_reason}:
            self._listed_reason(reason)
        year, kept = self.today.year, dict[Category, int]()
        for row in rows:
            number = _NUMBER.match(row.case_number or "")
            category = row.values["category"]
            if number is None:
                kept.setdefault(category, 0)
            elif int(number.group(1)) == year:
                kept[category] = max(kept.get(category, 0), int(number.group(2)))
        for category, highest in kept.items():
            if (category, year) not in self.numbers.next:
                known = next_case_seq(self.session, category, year)
                self.numbers.next[(category, year)] = max(known, highest + 1)

    def new_cases(self, rows: Sequence[PersonRowPlan]) -> list[dict[str, Any]]:
        """The person rows of the new cases ``rows`` (without ids), counted as added."""
        self.now = utcnow()  # the moment of the cases written together (one statement)
        cases = [self._new_case(row) for row in rows]
        for row, case in zip(rows, cases, strict=True):
            self.case_numbers[row.line] = case["case_number"]
        self.counts["added"] += len(rows)
        return cases

    def case_rows(
        self, ids: Sequence[int], cases: Sequence[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The search keys and status events of new ``cases`` inserted with ``ids``."""
        keys = [
            {"person_id": pid, "key": key[:120]}
            for pid, case in zip(ids, cases, strict=True)
            for key in sorted(_search_keys(case))
        ]
        events = [e for pid, case in zip(ids, cases, strict=True) for e in self._events(pid, case)]
        return keys, events

    def note_rows(self, notes: list[tuple[int, str]]) -> list[dict[str, Any]]:
        """The rows of new notes (without their ids)."""
        now = utcnow()
        return [
            _row_of(
                _NOTE, version=1, person_id=pid, text=text, author_id=self.actor.id, created_at=now
            )
            for pid, text in notes
        ]

    def _write_new(self, rows: list[PersonRowPlan]) -> None:
        if any(r.blocked_reason for r in rows):
            require(self.actor, Action.BLOCK_CASE)  # as block_case would for each
        cases = self.new_cases(rows)
        ids = self._insert_audited(_PERSON, cases, unique="case_number")
        connection = self.session.connection()
        keys, events = self.case_rows(ids, cases)
        insert_rows(connection, _KEY, keys)
        insert_rows(connection, _EVENT, events)
        self._insert_notes([(pid, r.note) for pid, r in zip(ids, rows, strict=True) if r.note])


def write_rows(
    session: Session,
    actor: User,
    rows: Sequence[PersonRowPlan],
    *,
    source: str,
    today: date,
    skipped: int,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Write checked rows; returns what was done. The caller commits or rolls back."""
    writer = RowWriter(session, actor, source=source, today=today)
    ordered = sorted(rows, key=lambda r: (r.person_id is None, r.case_number is None, r.line))
    for start in range(0, len(ordered), BATCH):
        check_cancelled(is_cancelled)
        writer.write(ordered[start : start + BATCH])
        if progress:
            progress(min(start + BATCH, len(ordered)), len(ordered))
    return writer.summary(skipped)
