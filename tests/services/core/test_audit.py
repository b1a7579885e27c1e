"""Every write leaves an audit entry with who, what, old and new values — or none at all."""

import json
from datetime import date

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.cases import contacts, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def _entries(db: Database, entity: str) -> list[AuditEntry]:
    with db.reading() as session:
        return list(
            session.exec(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(col(AuditEntry.id))
            )
        )


def test_create_update_delete_are_audited(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today, family_name="Коваль")
    assert person.id is not None
    with unit_of_work(db, caseworker) as session:
        persons.update_person(
            session,
            caseworker,
            person.id,
            {"family_name": "Ковальчук", "given_name": "Петро"},
            expected_version=1,
            today=today,
        )
        contact = contacts.add_contact(
            session,
            caseworker,
            person.id,
            {"family_name": "Коваль", "given_name": "Ія", "relationship": "mother"},
        )
        assert contact.id is not None
        contacts.remove_contact(session, caseworker, contact.id)
    created, updated = _entries(db, "person")
    assert created.action == "create" and created.user_id == caseworker.id
    assert json.loads(created.changes)["family_name"] == [None, "Коваль"]
    changes = json.loads(updated.changes)
    assert changes["family_name"] == ["Коваль", "Ковальчук"]
    assert changes["version"] == [1, 2]
    assert [e.action for e in _entries(db, "contact")] == ["create", "delete"]


def test_a_failed_action_leaves_no_trace(db: Database, caseworker: User, today: date) -> None:
    before = len(_entries(db, "person"))
    with pytest.raises(ValidationError), unit_of_work(db, caseworker) as session:
        persons.register_person(
            session,
            caseworker,
            {"category": "captive", "family_name": "Ок", "given_name": "Ок"},
            today=today,
        )
        persons.register_person(
            session, caseworker, {"category": "captive", "family_name": ""}, today=today
        )
    assert len(_entries(db, "person")) == before
