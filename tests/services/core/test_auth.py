"""Signing in: Argon2 hashes, the same answer for a wrong password and an unknown name, five
wrong passwords lock the account for half an hour, every attempt on record; the demo."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import AuditAction, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.office_settings import DEMO_DATABASE, store_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS


def _attempts(db: Database) -> list[tuple[str, int | None, dict[str, str]]]:
    with db.reading() as session:
        rows = session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.action).in_(["sign_in", "sign_in_failed"]))
            .order_by(col(AuditEntry.id))
        ).all()
        return [(r.action.value, r.user_id, json.loads(r.changes)) for r in rows]


def test_the_password_is_stored_as_an_argon2_hash(db: Database, caseworker: User) -> None:
    with db.reading() as session:
        saved = session.get(User, caseworker.id)
        assert saved is not None and saved.password_hash is not None
    assert saved.password_hash.startswith("$argon2id$")
    assert PASSWORDS["o.bondar"] not in saved.password_hash


def test_a_right_password_signs_in_and_is_recorded(db: Database, caseworker: User) -> None:
    user = auth.sign_in(db, " o.bondar ", PASSWORDS["o.bondar"], via="command line")
    assert user.id == caseworker.id and user.last_sign_in_at is not None
    assert _attempts(db) == [
        ("sign_in", caseworker.id, {"username": "o.bondar", "via": "command line"})
    ]


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(
    db: Database, caseworker: User
) -> None:
    with pytest.raises(auth.SignInError) as wrong:
        auth.sign_in(db, "o.bondar", "not-my-password")
    with pytest.raises(auth.SignInError) as unknown:
        auth.sign_in(db, "o.bondr", PASSWORDS["o.bondar"])
    assert wrong.value.message == unknown.value.message == "Wrong user name or password."
    assert "o.bondar" not in unknown.value.message
    assert _attempts(db) == [
        (
            "sign_in_failed",
            caseworker.id,
            {"username": "o.bondar", "via": "window", "refused": "Wrong user name or password."},
        ),
        (
            "sign_in_failed",
            None,
            {"username": "o.bondr", "via": "window", "refused": "Wrong user name or password."},
        ),
    ]


def test_five_wrong_passwords_lock_the_account_for_thirty_minutes(
    db: Database, caseworker: User
) -> None:
    messages = []
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(auth.SignInError) as refused:
            auth.sign_in(db, "o.bondar", "guessing-again")
        messages.append(refused.value.message)
    assert "2 more wrong" in messages[2] and "1 more wrong" in messages[3]
    assert "locked until" in messages[4]
    with db.reading() as session:
        saved = session.get(User, caseworker.id)
        assert saved is not None and saved.locked_until is not None
        lock = as_utc(saved.locked_until) - utcnow()
    assert timedelta(minutes=29) < lock <= timedelta(minutes=30)
    # Even the right password is refused while locked, and the message says until when.
    with pytest.raises(auth.SignInError, match=r"locked until \d\d:\d\d on \d\d\.\d\d\.\d{4}"):
        auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])
    assert len(_attempts(db)) == 6


def test_the_lock_ends_by_itself(db: Database, caseworker: User) -> None:
    with unit_of_work(db, caseworker) as session:
        saved = session.get(User, caseworker.id)
        assert saved is not None
        saved.locked_until = utcnow() - timedelta(seconds=1)
    assert auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"]).locked_until is None


def test_a_right_password_forgets_earlier_wrong_ones(db: Database, caseworker: User) -> None:
    for _ in range(auth.MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(auth.SignInError):
            auth.sign_in(db, "o.bondar", "guessing-again")
    auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"])
    messages = []
    for _ in range(3):
        with pytest.raises(auth.SignInError) as refused:
            auth.sign_in(db, "o.bondar", "guessing-again")
        messages.append(refused.value.message)
    assert messages[:2] == ["Wrong user name or password."] * 2  # counting from zero again
    assert messages[2].endswith("2 more wrong and the account locks for 30 minutes.")


def test_an_account_without_a_password_cannot_sign_in(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:
        session.add(User(username="no.password", full_name="Без пароля", role=Role.ADMIN))
    with pytest.raises(auth.SignInError, match="Wrong user name or password"):
        auth.sign_in(db, "no.password", "")


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("123456789", "must be at least 10 characters"),
        ("O.Bondar", "must be at least 10 characters"),
        ("o.bondar.1", None),
        ("Ґґ Єє Її ʼ", None),
    ],
)
def test_password_rules(password: str, problem: str | None) -> None:
    assert auth.password_problem(password, "o.bondar") == problem
    assert auth.password_problem("o.bondar.x", "o.bondar.x") == "must not be the user name"


def test_changing_ones_own_password_checks_the_current_one(db: Database, caseworker: User) -> None:
    with pytest.raises(ValidationError) as raised:
        auth.change_own_password(db, caseworker, "not-the-current", "новий-пароль-123")
    assert raised.value.fields == {"current_password": "is not your current password"}
    with pytest.raises(ValidationError) as raised:
        auth.change_own_password(db, caseworker, PASSWORDS["o.bondar"], "short")
    assert raised.value.fields == {"new_password": "must be at least 10 characters"}
    auth.change_own_password(db, caseworker, PASSWORDS["o.bondar"], "новий-пароль-123")
    assert auth.sign_in(db, "o.bondar", "новий-пароль-123").id == caseworker.id


def test_only_a_demo_database_has_a_demo_user(db: Database, admin: User, supervisor: User) -> None:
    with db.reading() as session:
        assert not auth.is_demo(session) and auth.demo_user(session) is None
        assert auth.has_staff(session)
    with unit_of_work(db, admin) as session:
        store_setting(session, DEMO_DATABASE, "yes")
    with db.reading() as session:
        assert auth.is_demo(session)
        demo = auth.demo_user(session)
        assert demo is not None and demo.id == supervisor.id and demo.role is Role.SUPERVISOR


def test_nobody_can_sign_in_to_a_new_database(db: Database) -> None:
    with db.reading() as session:
        assert not auth.has_staff(session)
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, "admin", "anything-at-all")
    assert _attempts(db)[0][0] == AuditAction.SIGN_IN_FAILED.value


def test_a_read_only_database_checks_the_password_but_records_nothing(
    db: Database, caseworker: User
) -> None:
    db.read_only = True  # as a database on read-only media is opened
    assert auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"]).id == caseworker.id
    with pytest.raises(auth.SignInError, match="Wrong user name or password"):
        auth.sign_in(db, "o.bondar", "not-my-password")
    db.read_only = False
    assert _attempts(db) == []


def test_a_demo_database_signs_in_without_a_password_and_records_it(
    db: Database, admin: User, supervisor: User, caseworker: User
) -> None:
    with pytest.raises(auth.SignInError, match="Only a demo database"):
        auth.demo_sign_in(db)
    with unit_of_work(db, admin) as session:
        store_setting(session, DEMO_DATABASE, "yes")
    assert auth.demo_sign_in(db).id == supervisor.id
    assert auth.demo_sign_in(db, "o.bondar", via="command line").id == caseworker.id
    with pytest.raises(auth.SignInError, match="Wrong user name or password"):
        auth.demo_sign_in(db, "nobody")
    signed = [(kind, who) for kind, who, _details in _attempts(db)]
    assert signed == [("sign_in", supervisor.id), ("sign_in", caseworker.id)]
    assert _attempts(db)[1][2] == {"username": "o.bondar", "via": "command line", "demo": True}
