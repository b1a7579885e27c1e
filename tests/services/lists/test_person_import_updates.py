"""Changes to registered cases' fields saved a batch at a time: the very case, search keys
and audit entry that ``update_person`` (the form's service) makes of the same change, a row
that changes nothing left alone, and a chain that still verifies."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.people import Person, PersonNameKey
from ombuds_desk.domain.person_rules import clean_person
from ombuds_desk.services.cases.persons import EDITABLE_FIELDS, get_person, update_person
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.person_import_updates import update_fields
from ombuds_desk.services.lists.person_import_writer import PersonRowPlan
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

TYPED = {
    "family_name": "Пʼятницький",
    "given_name": "Григорій",
    "patronymic": "Іванович",
    "date_of_birth": "1985",
    "home_region": "Луганська обл.",
}
CHANGES = {
    "family_name": "Задорожній",  # another name: new search keys, a new Latin form
    "date_of_birth": "14.03.1985",  # a more precise date: the birth year stays
    "home_region": "Харківська обл.",
    "rank": "сержант",
}


def _row(person: Person, today: date, **changes: Any) -> tuple[PersonRowPlan, dict[str, Any]]:
    """The planned update of ``person`` and the form's values for the same change."""
    raw = {k: getattr(person, k) for k in EDITABLE_FIELDS} | changes
    raw["family_name_latin"] = None  # re-derived from the new name, as the planner does
    values, problems = clean_person(raw, today)
    assert problems == {}
    plan = PersonRowPlan(line=2, action="update", person_id=id_of(person), raw=raw, values=values)
    return plan, raw


def _saved(session: Session, person_id: int) -> dict[str, Any]:
    person = get_person(session, person_id)
    skip = {"id", "case_number", "case_seq", "created_at", "updated_at"}
    return {k: v for k, v in person.model_dump().items() if k not in skip}


def _keys(session: Session, person_id: int) -> set[str]:
    query = select(PersonNameKey.key).where(PersonNameKey.person_id == person_id)
    return set(session.exec(query))


def _last_change(session: Session, person_id: int) -> dict[str, Any]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == "person", AuditEntry.entity_id == person_id)
        .where(AuditEntry.action == AuditAction.UPDATE.value)
        .order_by(col(AuditEntry.id).desc())
    )
    entry = session.exec(query).first()
    assert entry is not None
    return dict(json.loads(entry.changes))


def test_a_batch_saves_what_the_form_saves(db: Database, admin: User, today: date) -> None:
    by_form = register(db, admin, today, **TYPED)
    in_bulk = register(db, admin, today, **TYPED)
    with db.reading() as session:
        keys_before = _keys(session, id_of(in_bulk))
    with unit_of_work(db, admin) as session:
        _plan, raw = _row(by_form, today, **CHANGES)
        update_person(session, admin, id_of(by_form), raw, expected_version=None, today=today)
    with unit_of_work(db, admin) as session:
        plan, _raw = _row(in_bulk, today, **CHANGES)
        changed = update_fields(session, admin, [plan], now=by_form.updated_at)
    assert changed == {id_of(in_bulk)}
    with db.reading() as session:
        form, bulk = _saved(session, id_of(by_form)), _saved(session, id_of(in_bulk))
        assert bulk == form
        assert (bulk["family_name"], bulk["rank"]) == ("Задорожній", "сержант")
        assert _keys(session, id_of(in_bulk)) == _keys(session, id_of(by_form)) != keys_before
        entry = _last_change(session, id_of(in_bulk))
        assert entry == _last_change(session, id_of(by_form))
        assert entry["home_region"] == ["Луганська обл.", "Харківська обл."]
        assert entry["date_of_birth"] == ["1985", "1985-03-14"]
        assert "birth_year" not in entry  # the year did not change
    assert verify_audit_trail(db, admin).intact


def test_a_row_that_changes_nothing_is_left_alone(db: Database, admin: User, today: date) -> None:
    person = register(db, admin, today, **TYPED)
    with db.reading() as session:
        entries = len(session.exec(select(AuditEntry.id)).all())
    with unit_of_work(db, admin) as session:
        plan, _raw = _row(person, today)
        assert update_fields(session, admin, [plan], now=person.updated_at) == set()
    with db.reading() as session:
        assert len(session.exec(select(AuditEntry.id)).all()) == entries
        assert get_person(session, id_of(person)).updated_at == person.updated_at
