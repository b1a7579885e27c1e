"""``ombuds-desk users …``: staff administration from the command line.

::

    ombuds-desk users list [--active] [--json]
    ombuds-desk users add USERNAME --name "Full Name" --role ROLE [--new-password-file FILE]
    ombuds-desk users set-role USERNAME ROLE
    ombuds-desk users reset-password USERNAME [--new-password-file FILE]
    ombuds-desk users deactivate|reactivate|unlock USERNAME
    ombuds-desk users change-password [--new-password-file FILE]

All but ``change-password`` are an admin's work (the services say so); a temporary password
(``add``, ``reset-password``) is typed twice or read from ``--new-password-file``, and its
owner chooses their own at the next sign-in with ``change-password``, which asks the current
password and the new one twice.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ombuds_desk.commands.passwords import PasswordInputError, new_password
from ombuds_desk.commands.registry import (
    add_common_arguments,
    command,
    open_db,
    print_json,
    sign_in_with_password,
    signed_in,
)
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core import auth, staff_directory, users
from ombuds_desk.services.core.messages import tr
from ombuds_desk.services.core.unit_of_work import unit_of_work

NEW_PASSWORD_FILE = "--new-password-file"


def _role(text: str) -> Role:
    try:
        return Role(Role.parse(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _new_password_file(parser: argparse.ArgumentParser, whose: str) -> None:
    parser.add_argument(
        NEW_PASSWORD_FILE,
        type=Path,
        metavar="FILE",
        help=translate(
            "Users",
            "for scripts: {whose} from the first line of FILE (chmod 600 FILE) "
            "instead of typing it twice",
        ).format(whose=whose),
    )


def _users_args(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help=translate("Users", "every member of staff, with role, locks and sign-ins"),
    )
    listing.add_argument(
        "--active", action="store_true", help=translate("Users", "only active accounts")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Users", "print JSON instead of a table")
    )
    add = actions.add_parser(
        "add",
        help=translate("Users", "add a member of staff with a temporary password"),
    )
    add.add_argument(
        "username",
        metavar="USERNAME",
        help=translate("Users", "what they sign in with, e.g. o.bondar"),
    )
    add.add_argument(
        "--name",
        required=True,
        metavar="FULL_NAME",
        help=translate("Users", "as printed on documents"),
    )
    add.add_argument(
        "--role",
        required=True,
        type=_role,
        help=translate("Users", "caseworker, supervisor or admin"),
    )
    _new_password_file(add, "the temporary password")
    role = actions.add_parser(
        "set-role", help=translate("Users", "change a member of staff's role")
    )
    role.add_argument("username", metavar="USERNAME")
    role.add_argument(
        "role",
        metavar="ROLE",
        type=_role,
        help=translate("Users", "caseworker, supervisor or admin"),
    )
    reset = actions.add_parser(
        "reset-password",
        help=translate("Users", "give a temporary password, to be changed at the next sign-in"),
    )
    reset.add_argument("username", metavar="USERNAME")
    _new_password_file(reset, "the temporary password")
    for name, what in (
        ("deactivate", "no more sign-ins; their past work keeps their name"),
        ("reactivate", "undo a deactivation"),
        ("unlock", "lift the lock after too many wrong passwords"),
    ):
        sub = actions.add_parser(name, help=what)
        sub.add_argument("username", metavar="USERNAME")
    change = actions.add_parser(
        "change-password",
        help=translate("Users", "choose your own new password (after a reset, or any time)"),
    )
    _new_password_file(change, "the new password")
    for sub in actions.choices.values():
        add_common_arguments(sub, argparse.SUPPRESS)


def _local(moment: datetime | None) -> str:
    return as_utc(moment).astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


def _record(user: User, now: datetime) -> dict[str, Any]:
    until = auth.locked_until(user, now)
    return {
        "username": user.username,
        "full_name": user.full_name,
        "role": user.role.value,
        "active": user.active,
        "locked_until": until.isoformat() if until else None,
        "must_change_password": user.must_change_password,
        "last_sign_in": as_utc(user.last_sign_in_at).isoformat() if user.last_sign_in_at else None,
    }


def _table(rows: list[list[str]]) -> str:
    headers = [
        translate("Users", "User name"),
        translate("Users", "Full name"),
        translate("Users", "Role"),
        translate("Users", "Active"),
        translate("Users", "Locked until"),
        translate("Users", "Must change password"),
        translate("Users", "Last sign-in"),
    ]
    cells = [headers, *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _list(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.reading() as session:
        staff = staff_directory.roster(session, actor, include_inactive=not args.active)
    now = utcnow()
    if args.json:
        print_json([_record(user, now) for user in staff])
        return 0
    rows = [
        [
            user.username,
            user.full_name,
            user.role.label,
            translate("Users", "yes") if user.active else translate("Users", "no"),
            _local(auth.locked_until(user, now)),
            translate("Users", "yes") if user.must_change_password else "",
            _local(user.last_sign_in_at),
        ]
        for user in staff
    ]
    print(_table(rows))
    print(tr("%n member(s) of staff", "", len(staff)))
    return 0


def _add(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        # Nobody is asked for a password the service would refuse to store anyway.
        staff_directory.check_staff_admin(actor)
        password = new_password(
            args.new_password_file,
            translate("Users", "Temporary password for {name}: ").format(
                name=args.username.strip()
            ),
            NEW_PASSWORD_FILE,
        )
        with unit_of_work(db, actor) as session:
            user = users.create_user(session, actor, args.username, args.name, args.role, password)
    print(
        translate(
            "Users",
            "Added {username} ({full_name}), {role}. They sign in with the "
            "temporary password and then choose their own (ombuds-desk users "
            "change-password).",
        ).format(username=user.username, full_name=user.full_name, role=user.role.label.lower())
    )
    return 0


Change = Callable[[Session, User, User], str]


def _on_member(args: argparse.Namespace, change: Change) -> int:
    """Look up ``args.username`` and change it, as the signed-in admin, in one unit of work."""
    with signed_in(args) as (db, actor), unit_of_work(db, actor) as session:
        line = change(session, actor, staff_directory.member(session, actor, args.username))
    print(line)
    return 0


def _id(user: User) -> int:
    assert user.id is not None
    return user.id


def _set_role(args: argparse.Namespace) -> int:
    def change(session: Session, actor: User, user: User) -> str:
        old = user.role
        users.set_role(session, actor, _id(user), args.role)
        return f"{user.username}: {old.label.lower()} → {args.role.label.lower()}"

    return _on_member(args, change)


def _reset_password(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        with db.reading() as session:
            user = staff_directory.member(session, actor, args.username)
        password = new_password(
            args.new_password_file,
            translate("Users", "Temporary password for {name}: ").format(name=user.username),
            NEW_PASSWORD_FILE,
        )
        with unit_of_work(db, actor) as session:
            users.reset_password(session, actor, _id(user), password)
    print(
        translate(
            "Users",
            "{username}: temporary password set and the account unlocked; they "
            "choose their own at the next sign-in (ombuds-desk users "
            "change-password).",
        ).format(username=user.username)
    )
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    def change(session: Session, actor: User, user: User) -> str:
        users.deactivate(session, actor, _id(user))
        return translate("Users", "{name}: deactivated (their past work keeps their name)").format(
            name=user.username
        )

    return _on_member(args, change)


def _reactivate(args: argparse.Namespace) -> int:
    def change(session: Session, actor: User, user: User) -> str:
        users.reactivate(session, actor, _id(user))
        return translate("Users", "{name}: active again").format(name=user.username)

    return _on_member(args, change)


def _unlock(args: argparse.Namespace) -> int:
    def change(session: Session, actor: User, user: User) -> str:
        users.unlock(session, actor, _id(user))
        return translate("Users", "{name}: unlocked").format(name=user.username)

    return _on_member(args, change)


def _change_password(args: argparse.Namespace) -> int:
    """Signs in with the current password (a user whose password was reset is let in here,
    and only here), then sets the new one."""
    db = open_db(args)
    try:
        user, current = sign_in_with_password(db, args)
        if current is None:
            raise PasswordInputError(
                translate(
                    "Users",
                    "A demo database's staff have no passwords: it signs them in by itself.",
                )
            )
        new = new_password(
            args.new_password_file,
            translate("Users", "New password for {name}: ").format(name=user.username),
            NEW_PASSWORD_FILE,
        )
        auth.change_own_password(db, user, current, new)
    finally:
        db.dispose()
    print(
        translate("Users", "{username}: your new password is set.").format(username=user.username)
    )
    return 0


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _list,
    "add": _add,
    "set-role": _set_role,
    "reset-password": _reset_password,
    "deactivate": _deactivate,
    "reactivate": _reactivate,
    "unlock": _unlock,
    "change-password": _change_password,
}


@command(
    "users", "staff administration: list, add, roles, passwords, deactivate, unlock", _users_args
)
def users_command(args: argparse.Namespace) -> int:
    return ACTIONS[args.action](args)
