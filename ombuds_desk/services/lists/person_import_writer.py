"""Writing the checked rows of a person import (see ``person_import.py`` for the rules).

Runs inside the caller's unit of work, after ``run_import`` checked that the actor may
import lists. Updates go through the same services as the forms
(``update_person``, ``change_status``, ``correct_status``, ``block_case``,
``assign_person``); new cases are inserted in batches, as ``register_person`` would make
them but with the status and number the file gives. Cases whose number the file keeps are
written before the ones that get the next number, so the two never collide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, StatusEventKind
from ombuds_desk.domain.people import CaseNote, Person, PersonNameKey, StatusEvent
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.cases.persons import (
    EDITABLE_FIELDS,
    assign_person,
    derived_fields,
    format_case_number,
    get_person,
    next_case_seq,
    search_keys_of,
    update_person,
)
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.lists.duplicates import DuplicateCandidate
from ombuds_desk.services.lists.tabular_files import ImportProblem

BATCH = 500
_NUMBER = re.compile(r"^[A-Z]+-(\d{4})-(\d+)$")


@dataclass
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
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.skipped} skipped"
        )


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


def _new_person(row: PersonRowPlan, actor: User, numbers: _Numbers, today: date) -> Person:
    category: Category = row.values["category"]
    kept = _NUMBER.match(row.case_number or "")
    if kept and row.case_number:
        number, year, seq = row.case_number, int(kept.group(1)), int(kept.group(2))
    else:
        number, year, seq = numbers.take(category)
    return Person(
        **{k: v for k, v in row.values.items() if k in EDITABLE_FIELDS},
        **derived_fields(row.values),
        case_number=number,
        case_year=year,
        case_seq=seq,
        status=row.status or CaseStatus.REGISTERED,
        status_since=row.status_date or today,
        assigned_to_id=row.assigned_to_id,  # an empty cell leaves the case unassigned
    )


def _events(person: Person, row: PersonRowPlan, actor: User, reason: str) -> list[StatusEvent]:
    assert person.id is not None
    events = [
        StatusEvent(
            person_id=person.id,
            kind=StatusEventKind.REGISTERED,
            to_status=CaseStatus.REGISTERED,
            effective_on=person.status_since,
            reason=f"Case registered; {reason[0].lower()}{reason[1:]}",
            recorded_by_id=actor.id,
        )
    ]
    if person.status is not CaseStatus.REGISTERED:
        events.append(
            StatusEvent(
                person_id=person.id,
                kind=StatusEventKind.CORRECTION,
                from_status=CaseStatus.REGISTERED,
                to_status=person.status,
                effective_on=person.status_since,
                reason=reason,
                recorded_by_id=actor.id,
            )
        )
    return events


def _add_note(session: Session, actor: User, person_id: int, text: str) -> bool:
    same = select(CaseNote.id).where(CaseNote.person_id == person_id, CaseNote.text == text)
    if session.exec(same).first() is not None:
        return False
    session.add(CaseNote(person_id=person_id, text=text, author_id=actor.id))
    return True


def _update(session: Session, actor: User, row: PersonRowPlan, reason: str, today: date) -> bool:
    assert row.person_id is not None
    pid, changed = row.person_id, row.action == "update"
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
    if row.note:
        changed = _add_note(session, actor, pid, row.note) or changed
    return changed


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
    reason = f"Imported from {source}"
    numbers = _Numbers(session, today)
    ordered = sorted(rows, key=lambda r: (r.person_id is None, r.case_number is None, r.line))
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    case_numbers: dict[int, str] = {}
    for start in range(0, len(ordered), BATCH):
        check_cancelled(is_cancelled)
        added: list[tuple[PersonRowPlan, Person]] = []
        for row in ordered[start : start + BATCH]:
            if row.person_id is not None:
                changed = _update(session, actor, row, reason, today)
                counts["updated" if changed else "unchanged"] += 1
                case_numbers[row.line] = row.case_number or ""
            else:
                person = _new_person(row, actor, numbers, today)
                session.add(person)
                added.append((row, person))
        session.flush()
        keys = [
            {"person_id": p.id, "key": k[:120]} for _, p in added for k in sorted(search_keys_of(p))
        ]
        if keys:
            session.connection().execute(insert(PersonNameKey), keys)
        for row, person in added:
            assert person.id is not None
            session.add_all(_events(person, row, actor, reason))
            if row.note:
                session.add(CaseNote(person_id=person.id, text=row.note, author_id=actor.id))
            case_numbers[row.line] = person.case_number
        session.flush()
        for row, person in added:
            if row.blocked_reason:
                case_status.block_case(session, actor, person.id, row.blocked_reason, today=today)  # type: ignore[arg-type]
        counts["added"] += len(added)
        if progress:
            progress(min(start + BATCH, len(ordered)), len(ordered))
    return ImportSummary(**counts, skipped=skipped, case_numbers=case_numbers)
