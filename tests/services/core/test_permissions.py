"""The role table: complete, with the lines the office relies on, and ``require`` refusing
in words that say who may."""

from __future__ import annotations

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.core.permissions import (
    PERMISSIONS,
    Action,
    allowed,
    require,
    roles_for,
)

SUPERVISOR_WORK = {
    Action.CANCEL_OPERATION,
    Action.CORRECT_STATUS,
    Action.CONFIRM_ALL_DELIVERIES,
    Action.MERGE_CASES,
    Action.EXPORT_PERSONAL_DATA,
    Action.CHANGE_SETTINGS,
    Action.MANAGE_STAFF,
}


def test_every_action_has_a_line_and_admins_may_do_everything() -> None:
    assert set(PERMISSIONS) == set(Action)
    for action in Action:
        assert Role.ADMIN in PERMISSIONS[action], action
        assert roles_for(action)[-1] is Role.ADMIN


@pytest.mark.parametrize("action", sorted(SUPERVISOR_WORK))
def test_what_the_issue_names_is_never_a_caseworkers(action: Action) -> None:
    assert not allowed(Role.CASEWORKER, action)


def test_a_supervisor_can_do_whatever_a_caseworker_can() -> None:
    for action in Action:
        if allowed(Role.CASEWORKER, action):
            assert allowed(Role.SUPERVISOR, action), action


def test_staff_administration_is_an_admins_alone() -> None:
    assert roles_for(Action.MANAGE_STAFF) == [Role.ADMIN]
    assert not allowed(None, Action.VIEW_CASE)


def _user(role: Role, active: bool = True, user_id: int | None = 7) -> User:
    return User(id=user_id, username="x.y", full_name="Хтось", role=role, active=active)


def test_require_says_who_may_and_who_you_are() -> None:
    require(_user(Role.SUPERVISOR), Action.MERGE_CASES)
    with pytest.raises(PermissionDeniedError) as refused:
        require(_user(Role.CASEWORKER), Action.MERGE_CASES)
    assert refused.value.message == (
        "Only a supervisor or admin can merge cases; you are signed in as a caseworker."
    )


@pytest.mark.parametrize(
    "actor", [None, _user(Role.ADMIN, user_id=None), _user(Role.ADMIN, active=False)]
)
def test_nobody_signed_in_or_deactivated_may_do_anything(actor: User | None) -> None:
    with pytest.raises(PermissionDeniedError, match="Sign in first to open a case"):
        require(actor, Action.VIEW_CASE)
