"""Registering and editing persons."""

from datetime import date
from typing import Any

import pytest
from sqlmodel import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.domain.people import Person, PersonNameKey, StatusEvent
from ombuds_desk.services.cases import persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def test_registration_numbers_cases_per_category_and_year(
    db: Database, admin: User, today: date
) -> None:
    first = register(db, admin, today, category="captive")
    second = register(db, admin, today, category="captive")
    evacuee = register(db, admin, today, category="evacuee")
    next_year = register(db, admin, date(2027, 1, 2), category="captive")
    assert first.case_number == "CAP-2026-00001"
    assert second.case_number == "CAP-2026-00002"
    assert evacuee.case_number == "EVA-2026-00001"
    assert next_year.case_number == "CAP-2027-00001"


def test_registration_fills_latin_and_keeps_history(db: Database, admin: User, today: date) -> None:
    person = register(
        db,
        admin,
        today,
        family_name="Пʼятницький",
        given_name="Григорій",
        patronymic="Їжакович",
        date_of_birth="1990",
        sex="male",
    )
    assert (person.family_name_latin, person.given_name_latin, person.patronymic_latin) == (
        "Piatnitskii",
        "Grigorii",
        "Izhakovich",
    )
    assert person.date_of_birth == "1990"
    assert person.birth_year == 1990
    assert person.assigned_to_id == admin.id
    with db.reading() as session:
        events = session.exec(select(StatusEvent).where(StatusEvent.person_id == person.id)).all()
        keys = set(
            session.exec(select(PersonNameKey.key).where(PersonNameKey.person_id == person.id))
        )
    assert [e.to_status.value for e in events] == ["registered"]
    assert events[0].recorded_by_id == admin.id
    assert "hrihori" in keys


def test_typed_latin_is_kept_and_apostrophes_become_ukrainian(
    db: Database, admin: User, today: date
) -> None:
    person = register(db, admin, today, family_name="Мар'янчук", family_name_latin="Marianchuk")
    assert person.family_name == "Марʼянчук"
    assert person.family_name_latin == "Marianchuk"


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        ({"family_name": "  "}, {"family_name": "is required"}),
        ({"given_name": None}, {"given_name": "is required"}),
        ({"date_of_birth": "31.02.1990"}, {"date_of_birth": "31.02.1990 does not exist"}),
        ({"date_of_birth": "2027"}, {"date_of_birth": "is in the future"}),
        ({"captured_on": "01.12.2026"}, {"captured_on": "is in the future"}),
        ({"category": "tourist"}, {"category": "must be captive or evacuee"}),
        ({"family_name_latin": "Іван"}, {"family_name_latin": "must be in Latin letters"}),
    ],
)
def test_invalid_input_is_refused_field_by_field_and_saves_nothing(
    db: Database, admin: User, today: date, fields: dict[str, Any], problems: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as raised:
        register(db, admin, today, **fields)
    assert raised.value.fields == problems
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0


def test_update_checks_version_and_recomputes_keys(db: Database, admin: User, today: date) -> None:
    person = register(db, admin, today, family_name="Коваль")
    assert person.id is not None
    form = {"family_name": "Ковальчук", "given_name": "Петро", "date_of_birth": "05.1980"}
    with unit_of_work(db, admin) as session:
        updated = persons.update_person(
            session, admin, person.id, form, expected_version=1, today=today
        )
    assert updated.version == 2
    assert updated.family_name_latin == "Kovalchuk"
    assert updated.date_of_birth == "1980-05"
    assert updated.category is Category.CAPTIVE
    # A second editor who opened version 1 is told, and nothing of theirs is saved.
    with pytest.raises(EditConflictError, match="changed by someone else"):
        with unit_of_work(db, admin) as session:
            persons.update_person(
                session,
                admin,
                person.id,
                {**form, "family_name": "Інший"},
                expected_version=1,
                today=today,
            )
    with db.reading() as session:
        assert persons.get_person(session, person.id).family_name == "Ковальчук"
