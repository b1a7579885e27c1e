"""Writing checked import rows: new cases exactly as registration makes them (numbers kept
from the file first), updates through the same services as the forms, notes once, in
batches with progress, and a cancel that leaves nothing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import Session, col, func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.domain.people import CaseNote, Person, PersonNameKey, StatusEvent
from ombuds_desk.domain.person_rules import clean_person
from ombuds_desk.services.cases.persons import EDITABLE_FIELDS, find_by_case_number
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import person_import_writer
from ombuds_desk.services.lists.person_import_writer import (
    ImportSummary,
    PersonRowPlan,
    write_rows,
)
from ombuds_desk.store.database import Database
from tests.services.helpers import everything, id_of, register

SOURCE = "список МКЧХ.xlsx"


def _new(line: int, today: date, **raw: Any) -> PersonRowPlan:
    """A row for a new case, its values cleaned as the planner cleans them."""
    typed = {"category": "captive", **raw}
    case_number = typed.pop("case_number", None)
    plan_fields = {
        k: typed.pop(k) for k in ("status", "status_date", "blocked_reason", "note") if k in typed
    }
    values, problems = clean_person(typed, today)
    assert problems == {}
    return PersonRowPlan(
        line=line, case_number=case_number, raw=typed, values=values, **plan_fields
    )


def _existing(line: int, person: Person, today: date, **changes: Any) -> PersonRowPlan:
    """A row for a registered case: its fields, with ``changes`` typed over them."""
    plan_fields = {
        k: changes.pop(k)
        for k in ("status", "status_date", "blocked_reason", "note", "correction", "assigned_to_id")
        if k in changes
    }
    raw = {k: getattr(person, k) for k in EDITABLE_FIELDS} | changes
    values, problems = clean_person(raw, today)
    assert problems == {}
    changed = any(getattr(person, k) != v for k, v in values.items() if k in EDITABLE_FIELDS)
    return PersonRowPlan(
        line=line,
        # As the planner decides: a note alone changes nothing it can see.
        action="update" if changed or set(plan_fields) - {"note"} else "unchanged",
        person_id=id_of(person),
        case_number=person.case_number,
        raw=raw,
        values=values,
        **plan_fields,
    )


def _write(
    db: Database, actor: User, rows: list[PersonRowPlan], today: date, **kw: Any
) -> ImportSummary:
    with unit_of_work(db, actor) as session:
        return write_rows(session, actor, rows, source=SOURCE, today=today, skipped=0, **kw)


def _person(session: Session, case_number: str) -> Person:
    person = find_by_case_number(session, case_number)
    assert person is not None
    return person


def _events(session: Session, person_id: int) -> list[tuple[StatusEventKind, str | None]]:
    rows = session.exec(
        select(StatusEvent).where(StatusEvent.person_id == person_id).order_by(col(StatusEvent.id))
    )
    return [(e.kind, e.reason) for e in rows]


def test_a_new_case_is_what_registration_would_have_made(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    typed = {
        "family_name": "Пʼятницький",
        "given_name": "Григорій",
        "patronymic": "Їжакович",
        "date_of_birth": "14.03.1985",
    }
    registered = register(db, caseworker, today, **typed)
    summary = _write(db, caseworker, [_new(2, today, **typed)], today)
    assert summary.case_numbers == {2: "CAP-2026-00002"}
    with db.reading() as session:
        imported = _person(session, "CAP-2026-00002")
        for field in (
            "family_name",
            "family_name_latin",
            "given_name_latin",
            "patronymic_latin",
            "date_of_birth",
            "birth_year",
            "sort_name",
            "status",
            "status_since",
        ):
            assert getattr(imported, field) == getattr(registered, field), field
        # A row without assigned_to is imported unassigned (not to whoever imports it).
        assert (imported.assigned_to_id, registered.assigned_to_id) == (None, caseworker.id)
        keys = {
            pid: set(session.exec(select(PersonNameKey.key).where(PersonNameKey.person_id == pid)))
            for pid in (id_of(registered), id_of(imported))
        }
        assert keys[id_of(imported)] == keys[id_of(registered)] != set()
        assert _events(session, id_of(imported)) == [
            (StatusEventKind.REGISTERED, f"Case registered; imported from {SOURCE}")
        ]


def test_numbers_kept_from_the_file_are_written_before_new_ones(
    db: Database, admin: User, today: date
) -> None:
    rows = [
        _new(2, today, family_name="Новенко", given_name="Ігор"),
        _new(3, today, family_name="Старенко", given_name="Ігор", case_number="CAP-2026-00001"),
        _new(4, today, family_name="Давній", given_name="Ігор", case_number="CAP-2025-00042"),
        _new(5, today, family_name="Ґалаґан", given_name="Олег", category="evacuee"),
        _new(6, today, family_name="Щербак", given_name="Юрій"),
    ]
    summary = _write(db, admin, rows, today)
    assert summary.case_numbers == {
        2: "CAP-2026-00002",
        3: "CAP-2026-00001",
        4: "CAP-2025-00042",
        5: "EVA-2026-00001",
        6: "CAP-2026-00003",
    }
    with db.reading() as session:
        kept = _person(session, "CAP-2025-00042")
        assert (kept.case_year, kept.case_seq, kept.family_name) == (2025, 42, "Давній")
    assert (summary.added, summary.updated, summary.unchanged) == (5, 0, 0)


def test_a_status_given_for_a_new_case_is_a_correction_and_a_block_is_recorded(
    db: Database, caseworker: User, today: date
) -> None:
    listed_on = today - timedelta(days=20)
    row = _new(
        2,
        today,
        family_name="Воробьёв",
        given_name="Илья",
        status=CaseStatus.LISTED_FOR_EXCHANGE,
        status_date=listed_on,
        blocked_reason="Identity not confirmed by holding party",
        note="Мать просит подтвердить место содержания.",
    )
    _write(db, caseworker, [row], today)
    with db.reading() as session:
        person = _person(session, "CAP-2026-00001")
        assert (person.status, person.status_since, person.blocked) == (
            CaseStatus.LISTED_FOR_EXCHANGE,
            listed_on,
            True,
        )
        assert person.blocked_reason == "Identity not confirmed by holding party"
        assert _events(session, id_of(person)) == [
            (StatusEventKind.REGISTERED, f"Case registered; imported from {SOURCE}"),
            (StatusEventKind.CORRECTION, f"Imported from {SOURCE}"),
            (StatusEventKind.BLOCKED, None),
        ]
        notes = session.exec(select(CaseNote.text).where(CaseNote.person_id == person.id)).all()
    assert notes == ["Мать просит подтвердить место содержания."]


def test_updates_go_through_the_services_and_count_only_real_changes(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    moved = register(db, caseworker, today, family_name="Мороз", status_since=today - timedelta(1))
    same = register(db, caseworker, today, family_name="Бойко")
    rows = [
        _existing(
            2,
            moved,
            today,
            citizenship="Україна",
            status=CaseStatus.CONFIRMED,
            assigned_to_id=supervisor.id,
            note="Лист від дружини",
        ),
        _existing(3, same, today),
    ]
    before = everything(db)
    with pytest.raises(PermissionDeniedError, match="can reassign a case"):
        _write(db, caseworker, rows, today)  # the plan keeps this row from a caseworker
    assert everything(db) == before
    summary = _write(db, supervisor, rows, today)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 1)
    assert str(summary) == "0 added, 1 updated, 1 unchanged, 0 skipped"
    with db.reading() as session:
        after = _person(session, moved.case_number)
        untouched = _person(session, same.case_number)
        assert (after.citizenship, after.status, after.assigned_to_id) == (
            "Україна",
            CaseStatus.CONFIRMED,
            supervisor.id,
        )
        assert _events(session, id_of(after))[-1] == (
            StatusEventKind.CHANGE,
            f"Imported from {SOURCE}",
        )
        assert untouched.version == same.version == 1
    again = _write(db, supervisor, [_existing(2, after, today, note="Лист від дружини")], today)
    assert (again.updated, again.unchanged) == (0, 1)  # the same note is not added twice
    with db.reading() as session:
        count = select(func.count()).select_from(CaseNote).where(CaseNote.person_id == moved.id)
        assert session.exec(count).one() == 1


def test_a_correction_is_recorded_as_one(db: Database, supervisor: User, today: date) -> None:
    person = register(db, supervisor, today, category="evacuee")
    row = _existing(2, person, today, status=CaseStatus.RETURNED, correction=True)
    _write(db, supervisor, [row], today)
    with db.reading() as session:
        assert _person(session, person.case_number).status is CaseStatus.RETURNED
        assert _events(session, id_of(person))[-1] == (
            StatusEventKind.CORRECTION,
            f"Imported from {SOURCE}",
        )


def test_rows_are_written_in_batches_with_progress(
    db: Database, admin: User, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(person_import_writer, "BATCH", 2)
    rows = [
        _new(n + 2, today, family_name=f"Ковальчук{'і' * n}", given_name="Ія") for n in range(5)
    ]
    seen: list[tuple[int, int]] = []
    summary = _write(
        db, admin, rows, today, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(2, 5), (4, 5), (5, 5)]
    assert summary.added == 5 and len(set(summary.case_numbers.values())) == 5


def test_a_cancel_between_batches_leaves_nothing(
    db: Database, admin: User, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(person_import_writer, "BATCH", 2)
    rows = [_new(n + 2, today, family_name="Ющенко", given_name="Ія") for n in range(5)]
    seen: list[int] = []
    with pytest.raises(OperationCancelledError):
        _write(
            db,
            admin,
            rows,
            today,
            progress=lambda done, total: seen.append(done),
            is_cancelled=lambda: bool(seen),
        )
    assert seen == [2]
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
        assert session.exec(select(func.count()).select_from(StatusEvent)).one() == 0
