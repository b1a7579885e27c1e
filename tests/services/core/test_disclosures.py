"""Disclosures in the audit trail: one PRINT or EXPORT entry per record handed over, saying
what document or file; cases opened, once per user and case in ten minutes; refused, with
nothing written, to whom the role table refuses."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import NotFoundError, PermissionDeniedError
from ombuds_desk.services.core import users
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.disclosures import (
    VIEW_AGAIN_AFTER,
    record_case_viewed,
    record_disclosure,
)
from ombuds_desk.services.core.permissions import Action
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import everything, id_of, register


def _entries(db: Database, action: AuditAction) -> list[AuditEntry]:
    with db.reading() as session:
        return list(
            session.exec(
                select(AuditEntry)
                .where(col(AuditEntry.action) == action.value)
                .order_by(col(AuditEntry.id))
            )
        )


def _disclose(db: Database, actor: User, *args: Any) -> int:
    with unit_of_work(db, actor) as session:
        return record_disclosure(session, actor, *args)


def test_a_printed_case_sheet_leaves_one_entry_per_case(
    db: Database, caseworker: User, today: date
) -> None:
    first = id_of(register(db, caseworker, today, family_name="Ґонта"))
    second = id_of(register(db, caseworker, today, family_name="Пʼятаченко"))
    details = {"document": "case sheet", "version": "counterpart"}
    written = _disclose(
        db,
        caseworker,
        Action.PRINT_DOCUMENTS,
        AuditAction.PRINT,
        "person",
        [first, second, first],  # a case listed twice was printed once
        details,
    )
    assert written == 2
    entries = _entries(db, AuditAction.PRINT)
    assert [(e.user_id, e.entity, e.entity_id) for e in entries] == [
        (caseworker.id, "person", first),
        (caseworker.id, "person", second),
    ]
    assert [json.loads(e.changes) for e in entries] == [details, details]
    with db.reading() as session:
        assert verify_chain(session).intact


def test_an_export_of_812_persons_leaves_812_entries_in_the_chain(
    db: Database, supervisor: User
) -> None:
    details = {"export": "persons", "file": "список.xlsx", "rows": 812}
    written = _disclose(
        db,
        supervisor,
        Action.EXPORT_PERSONAL_DATA,
        AuditAction.EXPORT,
        "person",
        list(range(1, 813)),
        details,
    )
    entries = _entries(db, AuditAction.EXPORT)
    assert written == len(entries) == 812
    assert {e.entity_id for e in entries} == set(range(1, 813))
    assert {e.changes for e in entries} == {json.dumps(details, ensure_ascii=False)}
    with db.reading() as session:
        report = verify_chain(session)
    assert report.intact and report.entries == entries[-1].id


def test_a_caseworker_may_print_but_not_export(db: Database, caseworker: User, today: date) -> None:
    person = id_of(register(db, caseworker, today))
    before = everything(db)
    with pytest.raises(PermissionDeniedError) as refused:
        _disclose(
            db,
            caseworker,
            Action.EXPORT_PERSONAL_DATA,
            AuditAction.EXPORT,
            "person",
            [person],
            {"export": "persons", "file": "list.csv", "rows": 1},
        )
    assert refused.value.message == (
        "Only a supervisor or admin can export personal data; you are signed in as a caseworker."
    )
    assert everything(db) == before


@pytest.mark.parametrize(
    ("kind", "entity", "details", "message"),
    [
        (AuditAction.UPDATE, "person", {"document": "case sheet"}, "not “update”"),
        (AuditAction.PRINT, "persons", {"document": "case sheet"}, "“persons” is not a table"),
        (AuditAction.PRINT, "person", {}, "Say what was disclosed"),
    ],
)
def test_a_disclosure_must_say_what_left_and_how(
    db: Database,
    supervisor: User,
    today: date,
    kind: AuditAction,
    entity: str,
    details: dict[str, Any],
    message: str,
) -> None:
    person = id_of(register(db, supervisor, today))
    before = everything(db)
    with pytest.raises(ValueError, match=message):
        _disclose(db, supervisor, Action.PRINT_DOCUMENTS, kind, entity, [person], details)
    assert everything(db) == before


def test_a_disclosure_is_saved_with_its_unit_of_work_or_not_at_all(
    db: Database, caseworker: User, today: date
) -> None:
    person = id_of(register(db, caseworker, today))
    with pytest.raises(RuntimeError), unit_of_work(db, caseworker) as session:
        record_disclosure(
            session,
            caseworker,
            Action.PRINT_DOCUMENTS,
            AuditAction.PRINT,
            "person",
            [person],
            {"document": "case sheet", "version": "internal"},
        )
        raise RuntimeError("the printer jammed before the file was written")
    assert _entries(db, AuditAction.PRINT) == []


def _viewed(db: Database, actor: User, person_id: int) -> bool:
    with unit_of_work(db, actor) as session:
        return record_case_viewed(session, actor, person_id)


def _age_views(db: Database, by: timedelta) -> None:
    """Move the views back in time, as if made ``by`` ago (plain SQL: the test's own doing;
    the chain of this database is broken by it, which these tests do not look at)."""
    with db.reading() as session:
        for entry in _entries(db, AuditAction.VIEW):
            session.execute(
                text("UPDATE audit_entry SET at = :at WHERE id = :id"),
                {"at": (as_utc(entry.at) - by).replace(tzinfo=None), "id": entry.id},
            )
        session.commit()


def test_opening_a_case_is_logged_once_in_ten_minutes_per_user_and_case(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    one = id_of(register(db, caseworker, today, family_name="Їжакевич"))
    other = id_of(register(db, caseworker, today, family_name="Єрмоленко"))
    started = utcnow()
    assert _viewed(db, caseworker, one)
    assert not _viewed(db, caseworker, one)  # arrowing back to it
    assert _viewed(db, caseworker, other)
    assert not _viewed(db, caseworker, other)
    assert _viewed(db, supervisor, one)  # someone else opening it is their own entry
    views = _entries(db, AuditAction.VIEW)
    assert [(e.user_id, e.entity, e.entity_id) for e in views] == [
        (caseworker.id, "person", one),
        (caseworker.id, "person", other),
        (supervisor.id, "person", one),
    ]
    assert all(as_utc(e.at) >= started for e in views)
    assert {e.changes for e in views} == {"{}"}


def test_a_case_opened_again_after_ten_minutes_is_logged_again(
    db: Database, caseworker: User, today: date
) -> None:
    person = id_of(register(db, caseworker, today))
    assert _viewed(db, caseworker, person)
    _age_views(db, VIEW_AGAIN_AFTER - timedelta(minutes=1))
    assert not _viewed(db, caseworker, person)  # nine minutes ago: the same visit
    _age_views(db, timedelta(minutes=2))
    assert _viewed(db, caseworker, person)  # eleven minutes ago: a new one
    assert len(_entries(db, AuditAction.VIEW)) == 2


def test_a_case_that_is_gone_is_not_logged(db: Database, caseworker: User) -> None:
    before = everything(db)
    with pytest.raises(NotFoundError, match="No case with id 999"):
        _viewed(db, caseworker, 999)
    assert everything(db) == before


def test_a_user_deactivated_while_signed_in_opens_no_case(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    person = id_of(register(db, caseworker, today))
    with unit_of_work(db, admin) as session:
        users.deactivate(session, admin, id_of(caseworker))
    before = everything(db)
    with pytest.raises(PermissionDeniedError, match="Sign in first to open a case"):
        _viewed(db, caseworker, person)
    assert everything(db) == before
