"""The list of block reasons: standard ones plus the office's own."""

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.services.cases.block_reasons import (
    STANDARD_REASONS,
    add_block_reason,
    block_reasons,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database


def test_office_extends_the_list(db: Database, supervisor: User, caseworker: User) -> None:
    with unit_of_work(db, supervisor) as session:
        add_block_reason(session, supervisor, "  Очікує   рішення суду ")
    with db.reading() as session:
        reasons = block_reasons(session)
    assert reasons[: len(STANDARD_REASONS)] == list(STANDARD_REASONS)
    assert reasons[-1] == "Очікує рішення суду"
    with pytest.raises(ValidationError):
        with unit_of_work(db, supervisor) as session:
            add_block_reason(session, supervisor, "no contact with family")
    with pytest.raises(PermissionDeniedError):
        with unit_of_work(db, caseworker) as session:
            add_block_reason(session, caseworker, "Other")


def test_a_reason_typed_in_other_case_is_counted_with_the_listed_one(
    db: Database, caseworker: User, today: date
) -> None:
    from ombuds_desk.services.cases import case_status
    from tests.services.helpers import register

    person = register(db, caseworker, today)
    assert person.id is not None
    with unit_of_work(db, caseworker) as session:
        blocked = case_status.block_case(
            session, caseworker, person.id, "  no CONTACT with family ", today=today
        )
    assert blocked.blocked_reason == "No contact with family"
