"""Staff accounts, and who is acting: the first user of a database is its admin, later ones
caseworkers; a name typed by hand must already exist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import (
    acting_user,
    create_user,
    find_user,
    get_user,
    list_users,
    login_name,
)
from ombuds_desk.store.database import Database, open_database
from tests.services.helpers import id_of


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    yield database
    database.dispose()


def _usernames(db: Database, active_only: bool = True) -> list[str]:
    with db.reading() as session:
        return [u.username for u in list_users(session, active_only=active_only)]


def test_the_login_name_is_the_operating_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "t.hnatiuk")
    assert login_name() == "t.hnatiuk"


def test_the_first_login_becomes_admin_and_the_next_ones_caseworkers(
    empty: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "n.rudenko")
    first = acting_user(empty)
    assert (first.username, first.full_name, first.role) == ("n.rudenko", "n.rudenko", Role.ADMIN)
    assert first.id is not None
    monkeypatch.setenv("LOGNAME", "i.kovalchuk")
    second = acting_user(empty)
    assert second.role is Role.CASEWORKER
    monkeypatch.setenv("LOGNAME", "n.rudenko")
    again = acting_user(empty)
    assert again.id == first.id and again.role is Role.ADMIN
    assert sorted(_usernames(empty)) == ["i.kovalchuk", "n.rudenko"]


def test_a_name_given_on_an_empty_database_makes_its_admin(empty: Database) -> None:
    founder = acting_user(empty, "a.petrova")
    assert founder.role is Role.ADMIN and _usernames(empty) == ["a.petrova"]


def test_a_mistyped_user_name_is_refused_not_created(db: Database, admin: User) -> None:
    with pytest.raises(NotFoundError, match="No staff member “nobdy”"):
        acting_user(db, "nobdy")
    with db.reading() as session:
        assert [u.username for u in list_users(session)] == ["admin"]


def test_a_refusal_names_at_most_twelve_known_users(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        for n in range(14):
            create_user(session, admin, f"staff{n:02d}", f"Співробітник {n:02d}", Role.CASEWORKER)
    with pytest.raises(NotFoundError) as raised:
        acting_user(db, "s.melnik")
    known = raised.value.message.split("Known: ", 1)[1]
    assert known.endswith(", ….")
    assert len(known.removesuffix(", ….").split(", ")) == 12


def test_a_read_only_database_acts_as_an_unsaved_caseworker(
    db: Database, admin: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "visitor")
    db.read_only = True
    guest = acting_user(db)
    assert (guest.id, guest.username, guest.role) == (None, "visitor", Role.CASEWORKER)
    db.read_only = False
    assert _usernames(db) == ["admin"]


def test_create_user_cleans_and_checks(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        user = create_user(session, admin, "  o.lytvyn ", " ", Role.SUPERVISOR)
    assert (user.username, user.full_name, user.role) == ("o.lytvyn", "o.lytvyn", Role.SUPERVISOR)
    with pytest.raises(ValidationError) as raised, unit_of_work(db, admin) as session:
        create_user(session, admin, "   ", "Без імені", Role.CASEWORKER)
    assert raised.value.fields == {"username": "required"}
    with pytest.raises(ValidationError) as raised, unit_of_work(db, admin) as session:
        create_user(session, admin, "o.lytvyn", "Оксана Литвин", Role.CASEWORKER)
    assert raised.value.fields == {"username": "“o.lytvyn” already exists"}
    assert sorted(_usernames(db)) == ["admin", "o.lytvyn"]


def test_finding_getting_and_listing_staff(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        yulia = create_user(session, admin, "yu.honta", "Юлія Ґонта", Role.CASEWORKER)
        create_user(session, admin, "a.petrova", "Анна Петрова", Role.CASEWORKER)
        create_user(session, admin, "d.orlov", "Дмитрий Орлов", Role.SUPERVISOR)
    with unit_of_work(db, admin) as session:
        gone = find_user(session, "d.orlov")
        assert gone is not None
        gone.active = False
        session.add(gone)
    with db.reading() as session:
        assert find_user(session, "nobody") is None
        assert get_user(session, id_of(yulia)).full_name == "Юлія Ґонта"
        with pytest.raises(NotFoundError, match="No user with id 999"):
            get_user(session, 999)
        assert [u.full_name for u in list_users(session)] == ["admin", "Анна Петрова", "Юлія Ґонта"]
        everyone = [u.username for u in list_users(session, active_only=False)]
    assert everyone == ["admin", "a.petrova", "d.orlov", "yu.honta"]


def test_acting_user_returns_the_saved_record(db: Database, admin: User) -> None:
    with db.reading() as session:
        saved = session.exec(select(User).where(User.username == "admin")).one()
    assert acting_user(db, "admin") == saved
