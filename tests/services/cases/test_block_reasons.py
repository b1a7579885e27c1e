"""The list of block reasons: standard ones plus the office's own."""

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.services.cases.block_reasons import (
    STANDARD_REASONS,
    add_block_reason,
    block_reasons,
    is_shareable,
    mark_block_reason,
    reason_rows,
    shareable_reasons,
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


def test_reasons_are_internal_until_the_office_marks_them_shareable(
    db: Database, supervisor: User, caseworker: User
) -> None:
    with db.reading() as session:
        assert shareable_reasons(session) == frozenset()
    with unit_of_work(db, supervisor) as session:
        add_block_reason(session, supervisor, "Чекає рішення суду", shareable=True)
        listed = mark_block_reason(
            session, supervisor, " identity not confirmed by  holding party", shareable=True
        )
    assert listed == STANDARD_REASONS[1]
    with db.reading() as session:
        shareable = shareable_reasons(session)
        rows = {r.text: (r.shareable, r.standard) for r in reason_rows(session)}
    assert rows[STANDARD_REASONS[1]] == (True, True)
    assert rows["Чекає рішення суду"] == (True, False)
    assert rows[STANDARD_REASONS[0]] == (False, True)
    assert is_shareable("чекає  рішення суду", shareable)
    assert not is_shareable(STANDARD_REASONS[0], shareable)
    assert not is_shareable("Родина просить нічого не передавати", shareable)  # typed
    assert not is_shareable(None, shareable)
    with unit_of_work(db, supervisor) as session:
        mark_block_reason(session, supervisor, STANDARD_REASONS[1], shareable=False)
    with db.reading() as session:
        assert shareable_reasons(session) == frozenset({"чекає рішення суду"})


def test_only_a_listed_reason_is_marked_and_only_by_a_supervisor(
    db: Database, supervisor: User, caseworker: User
) -> None:
    with pytest.raises(ValidationError, match="not on the office's list"):
        with unit_of_work(db, supervisor) as session:
            mark_block_reason(session, supervisor, "Щось інше", shareable=True)
    with pytest.raises(PermissionDeniedError):
        with unit_of_work(db, caseworker) as session:
            mark_block_reason(session, caseworker, STANDARD_REASONS[0], shareable=True)
    with db.reading() as session:
        assert shareable_reasons(session) == frozenset()
