"""Merging two cases keeps every contact, item, parcel, history row, note, review and
operation membership of both."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel, col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, OperationKind, ReviewDecision, StatusEventKind
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.operations import Operation, OperationMember
from ombuds_desk.domain.people import (
    CaseAssignment,
    CaseNote,
    CaseReview,
    Contact,
    Person,
    StatusEvent,
)
from ombuds_desk.services.cases import case_status, notes
from ombuds_desk.services.cases.contacts import add_contact
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.merging import DERIVED, MOVED, merge_persons
from ombuds_desk.services.mail.correspondence import log_item
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

COUNTED = (
    Contact,
    CorrespondenceItem,
    Parcel,
    StatusEvent,
    CaseNote,
    CaseReview,
    CaseAssignment,
    OperationMember,
)


def _fill(
    db: Database, actor: User, today: date, person_id: int, label: str, operations: list[int]
) -> None:
    with unit_of_work(db, actor) as session:
        add_contact(
            session,
            actor,
            person_id,
            {"family_name": "Іваненко", "given_name": label, "relationship": "mother"},
        )
        log_item(
            session,
            actor,
            person_id,
            {"kind": "letter", "direction": "to_person", "author_name": label},
            today=today,
        )
        session.add(Parcel(parcel_number=f"P-{label}", person_id=person_id))
        notes.add_note(session, actor, person_id, f"Note {label}")
        session.add(CaseReview(person_id=person_id, decision=ReviewDecision.KEEP_WAITING))
        session.add(CaseAssignment(person_id=person_id, to_user_id=actor.id, reason=label))
        for operation_id in operations:
            session.add(OperationMember(operation_id=operation_id, person_id=person_id))
        case_status.change_status(
            session,
            actor,
            person_id,
            CaseStatus.CONFIRMED,
            effective_on=today,
            today=today,
        )


def _counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            m.__name__: session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (*COUNTED, Person)
        }


def test_merge_keeps_everything(db: Database, admin: User, supervisor: User, today: date) -> None:
    keep = register(
        db, admin, today, family_name="Іваненко", given_name="Юрій", date_of_birth="1985"
    )
    assert keep.id is not None
    drop = register(
        db,
        admin,
        today,
        family_name="Іваненко",
        given_name="Юрий",
        date_of_birth="14.03.1985",
        service_number="ZS-1",
    )
    assert drop.id is not None
    with unit_of_work(db, admin) as session:
        ops: list[int] = []
        for name in ("Exchange 1", "Exchange 2"):
            op = Operation(name=name, kind=OperationKind.EXCHANGE, planned_on=date(2026, 12, 1))
            session.add(op)
            session.flush()
            ops.append(id_of(op))
    _fill(db, admin, today, keep.id, "A", ops[:1])
    _fill(db, admin, today, drop.id, "B", ops)
    before = _counts(db)
    with unit_of_work(db, supervisor) as session:
        merge_persons(session, supervisor, keep.id, drop.id, today=today)
    after = _counts(db)
    assert after == {
        **before,
        "Person": before["Person"] - 1,
        "StatusEvent": before["StatusEvent"] + 1,  # the merge itself
        "CaseNote": before["CaseNote"] + 1,  # the dropped case's other values
        "OperationMember": before["OperationMember"] - 1,  # both were in Exchange 1
    }
    with db.reading() as session:
        for model in COUNTED:
            owners = session.execute(select(col(model.person_id)).distinct()).scalars().all()
            assert owners == [keep.id], model.__name__
        kept = session.get(Person, keep.id)
        assert kept is not None and session.get(Person, drop.id) is None
        assert kept.service_number == "ZS-1"  # empty here, filled from the dropped case
        assert kept.date_of_birth == "1985"  # both had one: the kept case's stays…
        merge_note = session.execute(
            select(col(CaseNote.text)).where(col(CaseNote.text).startswith("Merged"))
        ).scalar_one()
        assert "given name: Юрий" in merge_note and "date of birth: 1985-03-14" in merge_note
        event = session.execute(
            select(StatusEvent).order_by(col(StatusEvent.id).desc()).limit(1)
        ).scalar_one()
        assert (event.kind, event.reason) == (
            StatusEventKind.CORRECTION,
            f"Merged case {drop.case_number} into {keep.case_number}",
        )
        assert person_ids(session, PersonFilter(text="ZS-1"), today=today, threshold_days=30) == [
            keep.id
        ]


def test_only_a_supervisor_merges_and_only_two_cases_of_one_kind(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date
) -> None:
    one = register(db, admin, today)
    assert one.id is not None
    two = register(db, admin, today)
    assert two.id is not None
    evacuee = register(db, admin, today, category="evacuee")
    assert evacuee.id is not None
    with pytest.raises(PermissionDeniedError), unit_of_work(db, caseworker) as session:
        merge_persons(session, caseworker, one.id, two.id, today=today)
    with pytest.raises(ValidationError, match="into itself"), unit_of_work(db, supervisor) as s:
        merge_persons(s, supervisor, one.id, one.id, today=today)
    with pytest.raises(ValidationError, match="one category"), unit_of_work(db, supervisor) as s:
        merge_persons(s, supervisor, one.id, evacuee.id, today=today)
    assert _counts(db)["Person"] == 3


def test_every_table_that_refers_to_a_person_is_handled() -> None:
    referring = {
        table.name
        for table in SQLModel.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "person"
    }
    handled = {m.__tablename__ for m in (*MOVED, *DERIVED)}
    assert referring == handled
