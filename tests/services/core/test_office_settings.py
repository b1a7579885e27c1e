"""Office-wide settings: defaults until set, checked when set, changed by a supervisor only."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from ombuds_desk.domain.accounts import AuditEntry, OfficeSetting, User
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.services.core.office_settings import (
    IDLE_LOCK_MINUTES,
    NO_NEWS_AFTER_DAYS,
    OFFICE_NAME,
    PAPER_SIZE,
    STALLED_AFTER_DAYS,
    STALLED_ON_RULE_KEY,
    all_settings,
    get_int_setting,
    get_setting,
    set_setting,
    stalled_after_days,
    store_setting,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database


def _set(db: Database, actor: User, key: str, value: str) -> None:
    with unit_of_work(db, actor) as session:
        set_setting(session, actor, key, value)


def test_defaults_until_anything_is_set(db: Database) -> None:
    with db.reading() as session:
        assert get_setting(session, OFFICE_NAME) == "Ombudsman's Office"
        assert get_setting(session, PAPER_SIZE) == "A4"
        assert stalled_after_days(session).general == 30
        assert get_int_setting(session, NO_NEWS_AFTER_DAYS) == 30
        assert session.exec(select(OfficeSetting)).all() == []


def test_a_supervisor_sets_and_changes_a_setting_once_stored(
    db: Database, supervisor: User
) -> None:
    _set(db, supervisor, OFFICE_NAME, "Офіс Уповноваженого з прав людини")
    _set(db, supervisor, STALLED_AFTER_DAYS, "45")
    _set(db, supervisor, STALLED_AFTER_DAYS, "60")
    with db.reading() as session:
        assert get_setting(session, OFFICE_NAME) == "Офіс Уповноваженого з прав людини"
        assert stalled_after_days(session).general == 60
        # The thresholds' change worked every case's stalled day out again, with 60.
        assert stalled_after_days(session).stored
        stored = session.exec(select(OfficeSetting).order_by(OfficeSetting.key)).all()
        assert [(s.key, s.value) for s in stored if s.key != STALLED_ON_RULE_KEY] == [
            (OFFICE_NAME, "Офіс Уповноваженого з прав людини"),
            (STALLED_AFTER_DAYS, "60"),
        ]
        changes = session.exec(
            select(AuditEntry).where(AuditEntry.entity == "office_setting")
        ).all()
    assert [(c.action, c.user_id) for c in changes] == [
        ("create", supervisor.id),
        ("create", supervisor.id),
        ("update", supervisor.id),
    ]
    assert json.loads(changes[-1].changes) == {"value": ["45", "60"]}


def test_a_caseworker_cannot_change_settings(db: Database, caseworker: User) -> None:
    with pytest.raises(
        PermissionDeniedError, match="Only a supervisor or admin can change the office's settings"
    ):
        _set(db, caseworker, PAPER_SIZE, "Letter")
    with db.reading() as session:
        assert get_setting(session, PAPER_SIZE) == "A4"


def test_security_settings_are_an_admins(db: Database, supervisor: User, admin: User) -> None:
    with pytest.raises(PermissionDeniedError, match="Only an admin can change the idle lock"):
        _set(db, supervisor, IDLE_LOCK_MINUTES, "5")
    _set(db, admin, IDLE_LOCK_MINUTES, "5")
    with db.reading() as session:
        assert get_int_setting(session, IDLE_LOCK_MINUTES) == 5
        assert all_settings(session)[IDLE_LOCK_MINUTES] == "5"


def test_setting_up_a_database_may_store_a_setting_without_anyone(db: Database) -> None:
    with unit_of_work(db, User(username="system", full_name="system")) as session:
        store_setting(session, OFFICE_NAME, "Demo Office (synthetic data)")
    with db.reading() as session:
        assert get_setting(session, OFFICE_NAME) == "Demo Office (synthetic data)"


def test_nobody_signed_in_changes_nothing(db: Database) -> None:
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        _set(db, User(username="ghost", full_name="ghost"), OFFICE_NAME, "Hijacked")


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        (STALLED_AFTER_DAYS, "0", "a whole number of days from 1 to 3650"),
        (STALLED_AFTER_DAYS, "3651", "a whole number of days from 1 to 3650"),
        (STALLED_AFTER_DAYS, "-5", "a whole number of days from 1 to 3650"),
        (NO_NEWS_AFTER_DAYS, "30.5", "a whole number of days from 1 to 3650"),
        (NO_NEWS_AFTER_DAYS, "тридцять", "a whole number of days from 1 to 3650"),
        (PAPER_SIZE, "A3", "A4 or Letter"),
        (PAPER_SIZE, "letter", "A4 or Letter"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_stored(
    db: Database, supervisor: User, key: str, value: str, problem: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        _set(db, supervisor, key, value)
    assert raised.value.fields == {key: problem}
    with db.reading() as session:
        assert session.get(OfficeSetting, key) is None


@pytest.mark.parametrize(
    ("key", "value"), [(STALLED_AFTER_DAYS, "1"), (NO_NEWS_AFTER_DAYS, "3650")]
)
def test_the_limits_themselves_are_allowed(
    db: Database, supervisor: User, key: str, value: str
) -> None:
    _set(db, supervisor, key, value)
    with db.reading() as session:
        assert get_int_setting(session, key) == int(value)


def test_an_unknown_setting_is_refused(db: Database, supervisor: User) -> None:
    with pytest.raises(ValidationError, match=r"Unknown setting “colour”\. The settings are: "):
        _set(db, supervisor, "colour", "blue")


def test_a_stored_value_that_is_no_number_falls_back_to_the_default(
    db: Database, admin: User
) -> None:
    with unit_of_work(db, admin) as session:  # as an older or hand-edited file may hold
        session.add(OfficeSetting(key=STALLED_AFTER_DAYS, value="тридцять"))
    with db.reading() as session:
        assert get_setting(session, STALLED_AFTER_DAYS) == "тридцять"
        assert stalled_after_days(session).general == 30
