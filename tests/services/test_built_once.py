"""``tests/built_once.py``: a register put back is the register the services filled, row for
row, on both back ends; the services go on writing it as if they had filled it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text as sql

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.store.database import Database
from tests.built_once import _held, fill_once, put_back
from tests.services.helpers import everything, register


def test_a_register_put_back_is_the_one_filled_and_goes_on_as_it(
    request: pytest.FixtureRequest, db: Database, caseworker: User, today: date
) -> None:
    name = f"test {uuid.uuid4().hex}"  # filled here first, whatever ran before

    def fill() -> None:
        for family in ("Ґалаґан", "Пʼятницька", "Їжакевич"):
            register(db, caseworker, today, family_name=family)

    fill_once(request, db, name, fill)
    filled = everything(db)
    following = register(db, caseworker, today, family_name="Євтушенко")
    after_filling = everything(db)
    assert after_filling != filled

    put_back(request, db, name)
    assert everything(db) == filled
    # Ids, case numbers and the audit chain go on from the register filled.
    again = register(db, caseworker, today, family_name="Євтушенко")
    assert (again.id, again.case_number) == (following.id, following.case_number)
    with db.reading() as session:
        report = verify_chain(session)
    assert report.intact, report.problem
    assert report.entries == len(after_filling["audit_entry"])


def test_a_database_that_held_something_else_is_filled_not_put_back(
    request: pytest.FixtureRequest, db: Database, caseworker: User, today: date
) -> None:
    name = f"test {uuid.uuid4().hex}"
    fill_once(request, db, name, lambda: register(db, caseworker, today))
    filled = everything(db)
    register(db, caseworker, today, family_name="Ґудзь")  # not what the first fill found
    fill_once(request, db, name, lambda: register(db, caseworker, today, family_name="Олійник"))
    now = everything(db)
    assert len(now["person"]) == len(filled["person"]) + 2


def test_what_a_database_held_is_told_apart_row_for_row(
    db: Database, caseworker: User, today: date
) -> None:
    """A register is put back only into a database that held the same rows before, not only
    as many (a member of staff renamed, a setting changed: the staff fixtures are put back
    after whatever a test's own fixtures wrote)."""
    register(db, caseworker, today, family_name="Ґудзь")
    held = _held(db)
    assert held is not None and _held(db) == held
    with db.engine.begin() as connection:
        connection.execute(
            sql('UPDATE "user" SET full_name = :name WHERE id = :id'),
            {"name": "Олег Бондаренко", "id": caseworker.id},
        )
    assert _held(db) != held
