"""At start, stale search keys are rebuilt by the current rules, once."""

from datetime import date

from sqlmodel import col, delete, select

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.people import PersonNameKey
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.search_index import VERSION_SETTING
from ombuds_desk.services.startup import prepare_database
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def test_stale_keys_are_rebuilt_once(db: Database, admin: User, today: date) -> None:
    person = register(db, admin, today, family_name="Пʼятницька", given_name="Євгенія")
    # An older file: keys missing and no version recorded.
    with db.engine.begin() as connection:
        connection.execute(delete(PersonNameKey))
        connection.execute(delete(OfficeSetting).where(col(OfficeSetting.key) == VERSION_SETTING))
    with db.reading() as session:
        assert (
            person_ids(session, PersonFilter(text="pyatnytska"), today=today, threshold_days=30)
            == []
        )
    assert prepare_database(db) == 1
    with db.reading() as session:
        assert person_ids(
            session, PersonFilter(text="pyatnytska"), today=today, threshold_days=30
        ) == [person.id]
        assert session.exec(
            select(OfficeSetting.value).where(OfficeSetting.key == VERSION_SETTING)
        ).one()
    assert prepare_database(db) == 0
