"""One transaction per action: all of it saved, or — whatever went wrong — none of it."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import (
    DatabaseUnavailableError,
    EditConflictError,
    PermissionDeniedError,
    ValidationError,
)
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.people import CaseNote, Person
from ombuds_desk.services.cases import notes, persons
from ombuds_desk.services.core import users
from ombuds_desk.services.core.unit_of_work import (
    check_version,
    unit_of_work,
)
from ombuds_desk.services.core.users import create_first_admin
from ombuds_desk.services.lists import merging
from ombuds_desk.store import engine as engine_module
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.translations import catalogue
from tests.conftest import PASSWORDS
from tests.services.driver_words import DRIVER_ERROR, NO_SUCH_TABLE
from tests.services.helpers import everything, id_of, register

# The drivers' own words, quoted in the messages.
UNIQUE_USERNAME = {
    "sqlite": "UNIQUE constraint failed: user.username",
    "postgresql": 'duplicate key value violates unique constraint "user_username_key"',
}

CAPTIVE = {"category": "captive", "family_name": "Бойко", "given_name": "Ія"}


def _count(db: Database, model: type[Person] | type[AuditEntry] | type[CaseNote]) -> int:
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_the_work_is_committed_when_the_block_ends(
    db: Database, caseworker: User, today: date
) -> None:
    with unit_of_work(db, caseworker) as session:
        person = persons.register_person(session, caseworker, CAPTIVE, today=today)
        notes.add_note(session, caseworker, id_of(person), "Дружина телефонувала")
        with db.reading() as other:  # not visible to anyone else before the commit
            assert other.exec(select(func.count()).select_from(Person)).one() == 0
    # The records stay readable after the session closed (nothing expires on commit).
    assert person.case_number == "CAP-2026-00001" and person.given_name == "Ія"
    with db.reading() as session:
        saved = session.get(Person, person.id)
        assert saved is not None and saved.family_name == "Бойко"
    assert _count(db, CaseNote) == 1


def test_an_exception_rolls_back_everything_and_is_raised_unchanged(
    db: Database, caseworker: User, today: date
) -> None:
    register(db, caseworker, today, family_name="Ґонта")
    before = (_count(db, Person), _count(db, CaseNote), _count(db, AuditEntry))

    class HalfDoneError(RuntimeError):
        pass

    with pytest.raises(HalfDoneError), unit_of_work(db, caseworker) as session:
        person = persons.register_person(session, caseworker, CAPTIVE, today=today)
        notes.add_note(session, caseworker, id_of(person), "Половина роботи")
        session.flush()
        raise HalfDoneError
    assert (_count(db, Person), _count(db, CaseNote), _count(db, AuditEntry)) == before


def test_a_clash_with_a_saved_record_is_a_validation_error_and_saves_nothing(
    db: Database, backend: str, admin: User, today: date
) -> None:
    with pytest.raises(ValidationError) as raised, unit_of_work(db, admin) as session:
        persons.register_person(session, admin, CAPTIVE, today=today)
        # Two members of staff with one user name: the unique index refuses the second.
        session.add(User(username="o.bondar", full_name="Олег Бондар", role=Role.CASEWORKER))
        session.add(User(username="o.bondar", full_name="Ольга Бондар", role=Role.CASEWORKER))
        session.flush()
    message = raised.value.message
    assert message == (
        "The change clashes with a record already saved (another record already has the same "
        "user name). Nothing was saved."
    )
    assert isinstance(raised.value.__cause__, IntegrityError)
    assert _count(db, Person) == 0
    with db.reading() as session:
        assert session.exec(select(User.username)).all() == ["admin"]


def test_a_clash_is_said_in_the_readers_language_and_the_drivers_words_go_to_the_log(
    db: Database, backend: str, admin: User, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        i18n.using(catalogue(Language.UK)),
        pytest.raises(ValidationError) as raised,
        unit_of_work(db, admin) as session,
    ):
        session.add(User(username="o.bondar", full_name="Олег Бондар", role=Role.CASEWORKER))
        session.add(User(username="o.bondar", full_name="Ольга Бондар", role=Role.CASEWORKER))
        session.flush()
    message = raised.value.message
    assert message.startswith("Зміна суперечить уже збереженому запису (інший запис уже має")
    assert "constraint" not in message and "Nothing" not in message
    assert UNIQUE_USERNAME[backend] in caplog.text


def test_a_driver_error_becomes_a_message_that_says_nothing_was_saved(
    db: Database, backend: str, caseworker: User, today: date
) -> None:
    with pytest.raises(DatabaseUnavailableError) as raised, unit_of_work(db, caseworker) as s:
        persons.register_person(s, caseworker, CAPTIVE, today=today)
        s.execute(text("UPDATE no_such_table SET x = 1"))
    message = raised.value.message
    assert message.startswith(
        f"The database {db.display_name} cannot be used: {NO_SUCH_TABLE[backend]}"
    )
    assert message.endswith("Nothing was saved.")
    assert isinstance(raised.value.__cause__, DRIVER_ERROR[backend])
    assert _count(db, Person) == 0


def test_audit_rows_are_written_in_the_same_transaction(
    db: Database, caseworker: User, today: date
) -> None:
    with unit_of_work(db, caseworker) as session:
        person = persons.register_person(session, caseworker, CAPTIVE, today=today)
        inside = session.exec(select(AuditEntry).where(AuditEntry.entity == "person")).all()
        assert [(e.action, e.user_id, e.entity_id) for e in inside] == [
            ("create", caseworker.id, person.id)
        ]
        with db.reading() as other:  # another session sees none of it yet
            seen = other.exec(select(AuditEntry).where(AuditEntry.entity == "person")).all()
            assert seen == []
    with db.reading() as session:
        saved = session.exec(select(AuditEntry).where(AuditEntry.entity == "person")).one()
    assert json.loads(saved.changes)["family_name"] == [None, "Бойко"]
    with pytest.raises(ValidationError), unit_of_work(db, caseworker) as session:
        persons.update_person(
            session,
            caseworker,
            id_of(person),
            {"family_name": "Бойко-Ткач", "given_name": "Ія"},
            expected_version=1,
            today=today,
        )
        session.flush()  # the update and its audit row are written…
        session.add(User(username="admin", full_name="Двійник", role=Role.ADMIN))
        session.flush()  # …and rolled back with the clash
    with db.reading() as session:
        actions = session.exec(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "person")
            .order_by(col(AuditEntry.id))
        ).all()
    assert actions == ["create"]


def test_each_unit_of_work_records_its_own_actor(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person = register(db, caseworker, today)
    with unit_of_work(db, supervisor) as session:
        notes.add_note(session, supervisor, id_of(person), "Переглянуто")
    with db.reading() as session:
        rows = session.exec(
            select(AuditEntry.entity, AuditEntry.user_id).where(
                col(AuditEntry.entity).in_(["person", "case_note"])
            )
        ).all()
        by_entity = dict(rows)
    assert by_entity == {"person": caseworker.id, "case_note": supervisor.id}


@pytest.mark.sqlite_only(
    reason="SQLite's write lock on the whole file (BEGIN IMMEDIATE); PostgreSQL locks rows, "
    "which tests/store/test_postgres.py and tests/services/test_concurrency.py check"
)
def test_the_write_lock_is_taken_at_the_first_statement(
    db: Database, db_path: Path, caseworker: User
) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with unit_of_work(db, caseworker) as session:
            session.execute(text("SELECT 1"))  # a read, but in a write transaction
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the unit of work ended
        other.execute("ROLLBACK")
    finally:
        other.close()


@pytest.mark.sqlite_only(reason="a file locked by another program is a SQLite matter")
def test_locked_database_says_so_and_saves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, today: date
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    db = open_database(f"sqlite:///{db_path}")

    actor = create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailableError, match="locked by another program"):
            with unit_of_work(db, actor) as session:
                persons.register_person(
                    session,
                    actor,
                    {"category": "captive", "family_name": "Бойко", "given_name": "Ія"},
                    today=today,
                )
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
    db.dispose()


@pytest.mark.sqlite_only(
    reason="a file opened read-only (mode=ro); on a server the role's privileges decide"
)
def test_read_only_database_refuses_writes_with_a_message(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today)
    db.dispose()
    url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    read_only = Database(url=url, engine=make_engine(url))
    with pytest.raises(DatabaseUnavailableError, match="read-only"):
        with unit_of_work(read_only, admin) as session:
            persons.register_person(
                session,
                admin,
                {"category": "captive", "family_name": "Бойко", "given_name": "Ія"},
                today=today,
            )
    with read_only.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 1
    read_only.dispose()


def test_flagged_read_only_database_is_refused_before_writing(db: Database, admin: User) -> None:
    db.read_only = True
    with pytest.raises(DatabaseUnavailableError, match="read-only"), unit_of_work(db, admin):
        pass


def test_a_flagged_read_only_database_never_runs_the_block(
    db: Database, admin: User, today: date
) -> None:
    db.read_only = True
    ran: list[bool] = []
    with pytest.raises(DatabaseUnavailableError) as raised:
        with unit_of_work(db, admin) as session:
            ran.append(True)
            persons.register_person(session, admin, CAPTIVE, today=today)
    assert ran == []
    assert raised.value.message == (
        f"The database {db.display_name} is read-only. Nothing was saved; open a writable copy."
    )
    db.read_only = False
    assert _count(db, Person) == 0


def test_a_new_role_or_a_deactivation_applies_from_the_next_unit_of_work(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date
) -> None:
    """The window keeps the user it signed in; what an admin changed since counts at once."""
    keep = id_of(register(db, caseworker, today, family_name="Ґонта"))
    drop = id_of(register(db, caseworker, today, family_name="Ґонта"))
    with unit_of_work(db, admin) as session:
        users.set_role(session, admin, id_of(caseworker), Role.SUPERVISOR)
        users.set_role(session, admin, id_of(supervisor), Role.CASEWORKER)
    assert (caseworker.role, supervisor.role) == (Role.CASEWORKER, Role.SUPERVISOR)  # as signed in
    before = everything(db)
    with pytest.raises(PermissionDeniedError, match="you are signed in as a caseworker"):
        with unit_of_work(db, supervisor) as session:
            merging.merge_persons(session, supervisor, keep, drop, today=today)
    assert everything(db) == before
    with unit_of_work(db, caseworker) as session:
        merging.merge_persons(session, caseworker, keep, drop, today=today)
    assert (caseworker.role, supervisor.role) == (Role.SUPERVISOR, Role.CASEWORKER)
    with unit_of_work(db, admin) as session:
        users.deactivate(session, admin, id_of(caseworker))
    assert caseworker.active  # still signed in, as far as the window knows
    before = everything(db)
    with pytest.raises(PermissionDeniedError, match="Sign in first to write a note"):
        with unit_of_work(db, caseworker) as session:
            notes.add_note(session, caseworker, keep, "Після звільнення")
    assert everything(db) == before
    assert not caseworker.active


def test_check_version_counts_a_save_and_refuses_a_stale_form() -> None:
    user = User(username="a.petrova", full_name="Анна Петрова", version=3)
    check_version(user, 3, "Анна Петрова")
    assert user.version == 4
    check_version(user, None, "Анна Петрова")  # no form version given: no check, still counted
    assert user.version == 5
    with pytest.raises(EditConflictError) as raised:
        check_version(user, 3, "Анна Петрова")
    assert raised.value.message.startswith(
        "Анна Петрова was changed by someone else after you opened it."
    )
    assert user.version == 5


@pytest.mark.parametrize(
    ("language", "wanted"),
    [
        (Language.EN, "The disk is full: nothing was saved. Free some space and try again."),
        (Language.UK, "Диск заповнено: нічого не збережено. Звільніть місце й спробуйте ще раз."),
        (Language.RU, "Диск заполнен: ничего не сохранено. Освободите место и попробуйте ещё раз."),
    ],
)
def test_a_full_disk_says_nothing_was_saved_once_in_any_language(
    db: Database, backend: str, caseworker: User, today: date, language: Language, wanted: str
) -> None:
    """The file may grow no further (SQLite's page limit: a full disk's SQLITE_FULL): the
    message said "нічого не збережено" and then "Нічого не збережено." again."""
    if backend != "sqlite":
        pytest.skip("a page limit is SQLite's")
    with (
        i18n.using(catalogue(language)),
        pytest.raises(DatabaseUnavailableError) as raised,
        unit_of_work(db, caseworker) as s,
    ):
        persons.register_person(s, caseworker, CAPTIVE, today=today)
        pages = s.execute(text("PRAGMA page_count")).scalar()
        s.execute(text(f"PRAGMA max_page_count = {pages}"))
        s.execute(text("UPDATE person SET family_name = :name"), {"name": "ж" * 500_000})
    assert raised.value.message == wanted
    assert _count(db, Person) == 0
