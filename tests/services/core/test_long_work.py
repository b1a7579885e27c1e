"""A long job learns that the user cancelled between chunks, and then nothing is saved."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import persons
from ombuds_desk.services.core.long_work import OperationCancelledError, check_cancelled
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database


def test_no_question_or_no_cancel_lets_the_work_go_on() -> None:
    check_cancelled(None)
    check_cancelled(lambda: False)


def test_a_cancel_ends_the_work_with_its_own_error() -> None:
    with pytest.raises(OperationCancelledError) as raised:
        check_cancelled(lambda: True)
    assert isinstance(raised.value, DomainError)
    assert raised.value.message == "Cancelled. Nothing was saved."
    assert raised.value.title == "Cancelled"


def test_a_job_cancelled_half_way_saves_nothing(
    db: Database, caseworker: User, today: date
) -> None:
    done: list[int] = []
    names = ["Іваненко", "Ґонта", "Їжак", "Пʼятницька", "Воробьёв", "Щербак"]
    with pytest.raises(OperationCancelledError), unit_of_work(db, caseworker) as session:
        for start in range(0, len(names), 2):  # chunks of two
            check_cancelled(lambda: len(done) >= 4)
            for family in names[start : start + 2]:
                raw = {"category": "captive", "family_name": family, "given_name": "Ія"}
                persons.register_person(session, caseworker, raw, today=today)
                done.append(1)
    assert len(done) == 4  # two chunks were written before the cancel…
    with db.reading() as session:  # …and rolled back with it
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
