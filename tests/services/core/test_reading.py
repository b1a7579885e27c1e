"""read: a short read-only session, and driver errors worded for the user."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, text
from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.people import CaseNote, Person
from ombuds_desk.services.core.reading import read
from ombuds_desk.store.database import Database
from tests.services.driver_words import DRIVER_ERROR, NO_SUCH_TABLE
from tests.services.helpers import id_of, register


def _count(db: Database, model: type[CaseNote]) -> int:
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_read_returns_what_the_query_found_and_keeps_nothing_it_added(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today, family_name="Ґонта")

    def names_then_scribble(session: Session) -> list[str]:
        found = list(session.exec(select(Person.family_name)))
        session.add(CaseNote(person_id=id_of(person), text="Не має зберегтися"))
        session.flush()
        return found

    assert read(db, names_then_scribble) == ["Ґонта"]
    assert _count(db, CaseNote) == 0


def test_a_read_works_on_a_read_only_database(db: Database, caseworker: User, today: date) -> None:
    register(db, caseworker, today)
    db.read_only = True
    assert (
        read(db, lambda session: session.exec(select(func.count()).select_from(Person)).one()) == 1
    )


def test_a_read_words_a_driver_error_for_the_user(db: Database, backend: str) -> None:
    with pytest.raises(DatabaseUnavailableError) as raised:
        read(db, lambda session: session.execute(text("SELECT * FROM no_such_table")).all())
    assert raised.value.message.startswith(
        f"The database {db.display_name} cannot be used: {NO_SUCH_TABLE[backend]}"
    )
    assert isinstance(raised.value.__cause__, DRIVER_ERROR[backend])
