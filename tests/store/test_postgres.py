"""The multi-user path on a real PostgreSQL server: same migrations, same services.

``make test`` starts a server and sets ``OMBUDS_DESK_TEST_PG_URL``; on CI its absence fails.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, make_url, text
from sqlmodel import SQLModel

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.errors import EditConflictError
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.cases.person_query import PersonFilter, SortColumn, person_ids
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, find_user
from ombuds_desk.store.database import Database, open_database
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of

PG_URL = os.environ.get("OMBUDS_DESK_TEST_PG_URL")

if not PG_URL and os.environ.get("CI"):
    pytest.fail(
        "CI must run the PostgreSQL tests: OMBUDS_DESK_TEST_PG_URL is not set", pytrace=False
    )
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="no PostgreSQL test server (make test starts one)"
)


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """A new, empty database on the test server for this test alone."""
    assert PG_URL
    name = f"ombuds_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(
        make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    )
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_migrations_match_models_on_postgres(pg_db: Database) -> None:
    with pg_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def _admin(db: Database) -> User:
    """The server database's admin (made once: the server outlives one test)."""
    with db.reading() as session:
        found = find_user(session, "admin")
    return found or create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])


def test_register_search_sort_and_change_status(pg_db: Database, today: date) -> None:
    actor = _admin(pg_db)
    names = [
        ("Яковенко", "Яків"),
        ("Іваненко", "Юрій"),
        ("Ґалаґан", "Олег"),
        ("Пʼятницька", "Євгенія"),
    ]
    with unit_of_work(pg_db, actor) as session:
        ids = [
            id_of(
                persons.register_person(
                    session,
                    actor,
                    {"category": "captive", "family_name": f, "given_name": g},
                    today=today,
                )
            )
            for f, g in names
        ]
    with unit_of_work(pg_db, actor) as session:
        case_status.change_status(
            session, actor, ids[1], CaseStatus.CONFIRMED, effective_on=today, today=today
        )
    with pg_db.reading() as session:
        assert person_ids(
            session, PersonFilter(text="ivanenko yurii"), today=today, threshold_days=30
        ) == [ids[1]]
        assert person_ids(
            session, PersonFilter(text="pyatnytska"), today=today, threshold_days=30
        ) == [ids[3]]
        by_name = person_ids(
            session, PersonFilter(), today=today, threshold_days=30, sort=SortColumn.NAME
        )
        assert by_name == [ids[2], ids[1], ids[3], ids[0]]
        assert persons.get_person(session, ids[1]).status is CaseStatus.CONFIRMED


def test_two_editors_of_one_case_cannot_both_save(pg_db: Database, today: date) -> None:
    """The row lock makes the second editor wait, then see the first one's version."""
    actor = _admin(pg_db)
    with unit_of_work(pg_db, actor) as session:
        person_id = id_of(
            persons.register_person(
                session,
                actor,
                {"category": "evacuee", "family_name": "Бойко", "given_name": "Ія"},
                today=today,
            )
        )
    first_has_lock = threading.Event()
    release_first = threading.Event()
    errors: list[BaseException] = []

    def first_editor() -> None:
        try:
            with unit_of_work(pg_db, actor) as session:
                persons.update_person(
                    session,
                    actor,
                    person_id,
                    {"family_name": "Бойко-Перша", "given_name": "Ія"},
                    expected_version=1,
                    today=today,
                )
                first_has_lock.set()
                release_first.wait(5)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=first_editor)
    thread.start()
    assert first_has_lock.wait(5)
    threading.Timer(0.3, release_first.set).start()
    with pytest.raises(EditConflictError), unit_of_work(pg_db, actor) as session:
        persons.update_person(
            session,
            actor,
            person_id,
            {"family_name": "Бойко-Друга", "given_name": "Ія"},
            expected_version=1,
            today=today,
        )
    thread.join(5)
    assert errors == []
    with pg_db.reading() as session:
        assert persons.get_person(session, person_id).family_name == "Бойко-Перша"
