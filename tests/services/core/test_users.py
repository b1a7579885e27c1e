"""Staff accounts: the first admin, and what an admin does with the staff."""

from __future__ import annotations

import pytest
from sqlmodel import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.office_settings import OFFICE_NAME, get_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import (
    create_first_admin,
    create_user,
    deactivate,
    find_user,
    get_user,
    list_users,
    needs_first_admin,
    reactivate,
    reset_password,
    set_role,
    unlock,
    user_named,
)
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of


def _usernames(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(u.username for u in session.exec(select(User)))


def test_a_new_database_needs_its_first_admin_who_names_the_office(db: Database) -> None:
    assert needs_first_admin(db)
    founder = create_first_admin(
        db, " a.petrova ", "Анна  Петрова", "довгий-пароль-1", "Офіс Уповноваженого"
    )
    assert (founder.username, founder.full_name, founder.role) == (
        "a.petrova",
        "Анна Петрова",
        Role.ADMIN,
    )
    assert not founder.must_change_password  # they chose it themselves
    assert not needs_first_admin(db)
    with db.reading() as session:
        assert get_setting(session, OFFICE_NAME) == "Офіс Уповноваженого"
    assert auth.sign_in(db, "a.petrova", "довгий-пароль-1").id == founder.id


def test_a_second_first_admin_is_refused(db: Database, admin: User) -> None:
    with pytest.raises(ValidationError, match="already has staff who can sign in"):
        create_first_admin(db, "intruder", "Intruder", "довгий-пароль-2")
    assert _usernames(db) == ["admin"]


def test_the_first_admin_needs_a_proper_password(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        create_first_admin(db, "admin", "Адмін", "short")
    assert raised.value.fields == {"password": "must be at least 10 characters"}
    with pytest.raises(ValidationError) as raised:
        create_first_admin(db, "administrator", "Адмін", "Administrator")
    assert raised.value.fields == {"password": "must not be the user name"}
    assert _usernames(db) == [] and needs_first_admin(db)


def test_a_user_from_before_sign_in_becomes_the_admin(db: Database) -> None:
    """A database from before sign-in: staff without passwords; one of them is made admin."""
    with unit_of_work(db, User(username="upgrade", full_name="upgrade")) as session:
        session.add(User(username="t.hnatiuk", full_name="Тарас Гнатюк", role=Role.CASEWORKER))
    assert needs_first_admin(db)
    admin = create_first_admin(db, "t.hnatiuk", "Тарас Гнатюк", "довгий-пароль-3")
    assert admin.role is Role.ADMIN and _usernames(db) == ["t.hnatiuk"]


def test_an_admin_adds_staff_with_a_temporary_password(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        user = create_user(
            session, admin, "  o.lytvyn ", " Оксана  Литвин ", Role.SUPERVISOR, "тимчасовий-1"
        )
    assert (user.username, user.full_name, user.role) == (
        "o.lytvyn",
        "Оксана Литвин",
        Role.SUPERVISOR,
    )
    assert user.must_change_password  # a temporary one: changed at the first sign-in
    signed = auth.sign_in(db, "o.lytvyn", "тимчасовий-1")
    assert signed.must_change_password
    changed = auth.change_own_password(db, signed, "тимчасовий-1", "мій-власний-пароль")
    assert not changed.must_change_password
    assert auth.sign_in(db, "o.lytvyn", "мій-власний-пароль").id == user.id


@pytest.mark.parametrize(
    ("username", "problem"),
    [
        ("   ", "required"),
        ("o lytvyn", "2 to 80 letters, digits, dots, hyphens, underscores or @"),
        ("x", "2 to 80 letters, digits, dots, hyphens, underscores or @"),
        ("admin", "“admin” already exists"),
    ],
)
def test_user_names_are_checked(db: Database, admin: User, username: str, problem: str) -> None:
    with pytest.raises(ValidationError) as raised, unit_of_work(db, admin) as session:
        create_user(session, admin, username, "Хтось", Role.CASEWORKER)
    assert raised.value.fields == {"username": problem}


def test_only_an_admin_administers_staff(
    db: Database, admin: User, supervisor: User, caseworker: User
) -> None:
    for actor in (supervisor, caseworker):
        with pytest.raises(PermissionDeniedError, match="Only an admin can administer staff"):
            with unit_of_work(db, actor) as session:
                create_user(session, actor, "x.y", "Хтось", Role.ADMIN)
        with pytest.raises(PermissionDeniedError), unit_of_work(db, actor) as session:
            set_role(session, actor, id_of(actor), Role.ADMIN)
    assert "x.y" not in _usernames(db)


def test_roles_change_but_the_last_admin_stays_one(
    db: Database, admin: User, caseworker: User
) -> None:
    with unit_of_work(db, admin) as session:
        assert set_role(session, admin, id_of(caseworker), Role.SUPERVISOR).role is Role.SUPERVISOR
    with pytest.raises(ValidationError, match="only active admin"):
        with unit_of_work(db, admin) as session:
            set_role(session, admin, id_of(admin), Role.SUPERVISOR)
    with unit_of_work(db, admin) as session:
        set_role(session, admin, id_of(caseworker), Role.ADMIN)
    with unit_of_work(db, admin) as session:  # two admins now: one may step down
        set_role(session, admin, id_of(admin), Role.SUPERVISOR)
    with db.reading() as session:
        assert get_user(session, id_of(admin)).role is Role.SUPERVISOR


def test_a_reset_password_must_be_changed_and_unlocks(
    db: Database, admin: User, caseworker: User
) -> None:
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(auth.SignInError):
            auth.sign_in(db, "o.bondar", "wrong-password!")
    with pytest.raises(auth.SignInError, match="locked until"):
        auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])
    with unit_of_work(db, admin) as session:
        reset_password(session, admin, id_of(caseworker), "новий-тимчасовий")
    user = auth.sign_in(db, "o.bondar", "новий-тимчасовий")
    assert user.must_change_password and user.locked_until is None
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])  # the old one is gone


def test_an_admin_unlocks_a_locked_account(db: Database, admin: User, caseworker: User) -> None:
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(auth.SignInError):
            auth.sign_in(db, "o.bondar", "wrong-password!")
    with unit_of_work(db, admin) as session:
        unlock(session, admin, id_of(caseworker))
    assert auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"]).id == caseworker.id


def test_a_deactivated_account_cannot_sign_in_and_keeps_its_name(
    db: Database, admin: User, caseworker: User
) -> None:
    with unit_of_work(db, admin) as session:
        deactivate(session, admin, id_of(caseworker))
    with pytest.raises(auth.SignInError, match="deactivated"):
        auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])
    with db.reading() as session:
        kept = user_named(session, "o.bondar")
        assert kept.full_name == "Олег Бондар" and not kept.active
        assert "o.bondar" not in [u.username for u in list_users(session)]
        assert "o.bondar" in [u.username for u in list_users(session, active_only=False)]
    with unit_of_work(db, admin) as session:
        reactivate(session, admin, id_of(caseworker))
    assert auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"]).active


def test_no_admin_deactivates_themselves_or_the_last_admin(db: Database, admin: User) -> None:
    with pytest.raises(ValidationError, match="your own account"):
        with unit_of_work(db, admin) as session:
            deactivate(session, admin, id_of(admin))


def test_finding_getting_and_listing_staff(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        yulia = create_user(session, admin, "yu.honta", "Юлія Ґонта", Role.CASEWORKER)
        create_user(session, admin, "a.petrova", "Анна Петрова", Role.CASEWORKER)
        create_user(session, admin, "d.orlov", "Дмитрий Орлов", Role.SUPERVISOR)
    with db.reading() as session:
        assert find_user(session, "nobody") is None
        assert find_user(session, " yu.honta ") is not None
        assert get_user(session, id_of(yulia)).full_name == "Юлія Ґонта"
        with pytest.raises(NotFoundError, match="No user with id 999"):
            get_user(session, 999)
        with pytest.raises(NotFoundError, match="“nobody”"):
            user_named(session, "nobody")
        assert [u.full_name for u in list_users(session)] == [
            "Адміністратор",
            "Анна Петрова",
            "Дмитрий Орлов",
            "Юлія Ґонта",
        ]
