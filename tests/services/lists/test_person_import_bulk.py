"""The person import in batches: cases named by number read a batch at a time (updated, not
added again), likely duplicates found in bulk exactly as one by one, the dry run's rows
written only while the register is as planned, a problem late in the file rolling back the
batches already written, and an audit trail that still verifies."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import CaseNote, Person, StatusEvent
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import person_import
from ombuds_desk.services.lists.duplicates import RegisterKeys, find_candidates
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.person_import_updates import fields_only
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.helpers import everything, id_of, register
from tests.services.table_files import write_csv

HEAD = ["case_number", "family_name", "given_name", "category", "date_of_birth", "notes"]


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 3 rows, so that a handful of rows spans several."""
    monkeypatch.setattr(person_import, "BATCH", 3)


def _plan(db: Database, actor: User, path: Path, today: date, **kw: Any) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, actor, read_table(path), today=today, **kw)


def _count(db: Database, model: Any) -> int:
    with db.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.usefixtures("small_batches")
def test_cases_named_in_any_batch_are_updated_not_added_again(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    known = [
        register(db, admin, today, family_name=name, given_name="Ігор")
        for name in ("Іваненко", "Пʼятницький", "Ґонта", "Їжакевич", "Євтушенко")
    ]
    rows: list[list[str]] = [HEAD]
    for n, person in enumerate(known):
        rows.append(["", f"Новенко{'і' * n}", "Олег", "captive", "1990", ""])
        changed = "Харків" if n % 2 else ""
        rows.append([person.case_number.lower(), "", "", "", "", changed and "Лист"])
    path = write_csv(tmp_path / "mixed.csv", rows)
    plan = _plan(db, admin, path, today)
    assert plan.problems == []
    assert [r.action for r in plan.rows] == ["add", "unchanged"] * 5
    summary = run_import(db, admin, plan, today=today)
    assert (summary.added, summary.updated, summary.unchanged) == (5, 2, 3)
    assert _count(db, Person) == 10
    with db.reading() as session:
        numbers = session.execute(select(col(Person.case_number))).scalars().all()
        notes = session.execute(select(col(CaseNote.person_id))).scalars().all()
    assert len(set(numbers)) == 10
    assert sorted(notes) == sorted(id_of(known[n]) for n in (1, 3))
    assert {summary.case_numbers[3 + 2 * n] for n in range(5)} == {p.case_number for p in known}
    # The same file again: every numbered row is now unchanged, the new ones added again.
    again = run_import(db, admin, _plan(db, admin, path, today), today=today)
    assert (again.added, again.updated, again.unchanged) == (5, 0, 5)


def test_duplicates_found_in_bulk_are_those_found_one_by_one(
    db: Database, admin: User, today: date
) -> None:
    for family, given, born, service in [
        ("Харченко", "Юрій", "1985", None),
        ("Харченко", "Юрій", None, None),
        ("Ли", "Вей", "1990", None),
        ("Петренко", "Олег", "1970", "АБ-123456"),
        ("Коваль", "Ганна", "1985-03-14", None),
        ("Мороз", "Ігор", "1985", None),
    ]:
        register(
            db,
            admin,
            today,
            family_name=family,
            given_name=given,
            date_of_birth=born,
            service_number=service,
        )
    wanted: list[dict[str, Any]] = [
        {"family_name": "Kharchenko", "given_name": "Yurii", "date_of_birth": "1985-05-12"},
        {"family_name": "Харченко", "given_name": "Юрій"},  # no birth year: exact keys
        {"family_name": "Юрій", "given_name": "Харченко", "date_of_birth": "1985"},  # swapped
        {"family_name": "Li", "given_name": "Wei", "date_of_birth": "1990"},  # short keys
        {"family_name": "Сидоренко", "given_name": "Іван", "service_number": " аб-123456 "},
        {"family_name": "Коваль", "given_name": "Ганна", "date_of_birth": "1985-03-14"},
        {"family_name": "Мороз", "given_name": "Ігор", "date_of_birth": "1986"},  # not him
        {"family_name": "Щербак", "given_name": "Ярина", "date_of_birth": "2001"},
    ]
    with db.reading() as session:
        one_by_one = [find_candidates(session, values, limit=5) for values in wanted]
        in_bulk = RegisterKeys(session).find_many(wanted, limit=5)
    assert in_bulk == one_by_one
    assert [len(found) for found in in_bulk][:6] != [0] * 6  # the rules do find them
    assert in_bulk[6] == in_bulk[7] == []


@pytest.mark.usefixtures("small_batches")
def test_the_plan_warns_of_duplicates_in_every_batch(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    known = register(
        db, admin, today, family_name="Харченко", given_name="Юрій", date_of_birth="1985"
    )
    rows = [HEAD, *[["", "Бойко", f"Ігор{'і' * n}", "captive", "1970", ""] for n in range(7)]]
    rows.append(["", "Kharchenko", "Yurii", "captive", "12.05.1985", ""])
    plan = _plan(db, admin, write_csv(tmp_path / "dup.csv", rows), today)
    assert [c.person_id for c in plan.rows[-1].duplicates] == [known.id]
    assert all(r.duplicates == [] for r in plan.rows[:-1])
    unchecked = _plan(db, admin, tmp_path / "dup.csv", today, check_duplicates=False)
    assert unchecked.rows[-1].duplicates == []


@pytest.mark.usefixtures("small_batches")
def test_a_problem_late_in_the_file_rolls_back_the_batches_written_before_it(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    register(db, admin, today)
    rows: list[list[str]] = [HEAD]
    rows += [["", f"Ковальчук{'і' * n}", "Ія", "captive", "1980", "Лист"] for n in range(95)]
    rows[91][3] = "tourist"  # row 91 of the file, on line 92
    plan = _plan(db, admin, write_csv(tmp_path / "late.csv", rows), today)
    assert [str(p) for p in plan.problems] == ["line 92: category: must be captive or evacuee"]
    before, written = everything(db), list[int]()
    for register_moved in (False, True):  # the plan written as made; the file planned again
        if register_moved:
            register(db, admin, today, family_name="Мороз")
            before = everything(db)
        written.clear()
        with pytest.raises(
            ValidationError, match=r"1 problem, the first: line 92: category.*Nothing"
        ):
            run_import(db, admin, plan, today=today, progress=lambda d, t: written.append(d))
        assert written[-1] == 90  # 30 batches were written, then rolled back
        assert everything(db) == before
    written.clear()
    summary = run_import(
        db, admin, plan, skip_invalid=True, today=today, progress=lambda d, t: written.append(d)
    )
    assert (summary.added, summary.skipped) == (94, 1)
    assert written[-1] == 95 and _count(db, Person) == 96


def test_a_plan_made_before_the_register_changed_is_checked_again(
    db: Database, admin: User, caseworker: User, today: date, tmp_path: Path
) -> None:
    person = register(db, caseworker, today, family_name="Мороз")
    path = write_csv(
        tmp_path / "status.csv",
        [["case_number", "status"], [person.case_number, "confirmed"]],
    )
    plan = _plan(db, caseworker, path, today)
    assert plan.problems == []
    with unit_of_work(db, admin) as session:  # meanwhile a supervisor closes the case
        case_status.change_status(
            session,
            admin,
            id_of(person),
            CaseStatus.CLOSED,
            effective_on=today,
            today=today,
            reason="Family withdrew the request",
        )
    before = everything(db)
    with pytest.raises(ValidationError, match=r"line 2: status: .*Nothing was imported"):
        run_import(db, caseworker, plan, today=today)
    assert everything(db) == before


def test_the_audit_trail_has_every_new_case_and_note_and_still_verifies(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    rows: list[list[str]] = [HEAD]
    rows += [["", f"Шевчук{'і' * n}", "Тарас", "captive", "1985", "Лист"] for n in range(4)]
    rows.append(["CAP-2025-00042", "Старенко", "Ігор", "", "", ""])
    path = write_csv(
        tmp_path / "audited.csv",
        [[*r, "blocked_reason"] for r in rows[:1]]
        + [[*r, "No contact with family" if n == 0 else ""] for n, r in enumerate(rows[1:])],
    )
    entries = _count(db, AuditEntry)
    summary = run_import(db, admin, _plan(db, admin, path, today), today=today)
    assert summary.added == 5
    with db.reading() as session:
        written = session.execute(
            select(col(AuditEntry.entity), col(AuditEntry.entity_id), col(AuditEntry.changes))
            .where(col(AuditEntry.id) > entries)
            .order_by(col(AuditEntry.id))
        ).all()
        ids = session.execute(select(col(Person.id)).order_by(col(Person.id))).scalars().all()
        blocked = session.execute(select(Person).where(col(Person.blocked))).scalars().one()
        kinds = session.execute(
            select(col(StatusEvent.kind)).where(col(StatusEvent.person_id) == blocked.id)
        ).scalars()
    assert sorted(i for e, i, _ in written if e == "person") == sorted(ids)
    assert len([e for e, _, _ in written if e == "case_note"]) == 4
    assert '"family_name": [null, "Старенко"]' in next(c for _, _, c in written if "Старе" in c)
    assert blocked.blocked_reason == "No contact with family"
    assert [k.value for k in kinds] == ["registered", "blocked"]
    assert verify_audit_trail(db, admin).intact


def test_a_row_giving_the_cases_own_status_and_caseworker_saves_its_fields_in_bulk(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    """A register imported back into itself gives each case its status and caseworker as
    they are: a row that changes a field besides is a change of fields alone, saved by the
    bulk path (``fields_only``), exactly as a row that gives only the field."""
    with_all, fields_alone = (
        register(db, admin, today, family_name="Пʼятницький", given_name="Ґедимін")
        for _ in range(2)
    )
    head = ["case_number", "status", "status_date", "assigned_to", "home_region"]
    given = [with_all.case_number, "registered", "", admin.username, "Харківська обл."]
    path = write_csv(tmp_path / "again.csv", [head, given])
    plan = _plan(db, admin, path, today)
    assert plan.problems == []
    [row] = plan.rows
    assert (row.action, row.status, row.assigned_to_id) == ("update", None, None)
    assert fields_only(row)
    plain = write_csv(
        tmp_path / "fields.csv",
        [["case_number", "home_region"], [fields_alone.case_number, "Харківська обл."]],
    )
    events = _count(db, StatusEvent)
    assert run_import(db, admin, plan, today=today).updated == 1
    assert run_import(db, admin, _plan(db, admin, plain, today), today=today).updated == 1
    assert _count(db, StatusEvent) == events  # no status was changed or corrected
    with db.reading() as session:
        saved = [session.get_one(Person, id_of(p)) for p in (with_all, fields_alone)]
        skip = {"id", "case_number", "case_seq", "created_at", "updated_at"}
        first, second = ({k: v for k, v in p.model_dump().items() if k not in skip} for p in saved)
        assert first == second
        assert first["home_region"] == "Харківська обл." and first["version"] == 2
        changes = [
            session.execute(
                select(col(AuditEntry.changes))
                .where(col(AuditEntry.entity) == "person", col(AuditEntry.entity_id) == id_of(p))
                .order_by(col(AuditEntry.id).desc())
            )
            .scalars()
            .first()
            for p in (with_all, fields_alone)
        ]
        assert changes[0] == changes[1] and "home_region" in (changes[0] or "")
