"""Staff accounts: the first admin of a new database, and what an admin does with the staff.

An admin adds a member of staff with a role and a temporary password (to be changed at the
first sign-in), changes a role, resets a password, unlocks an account locked by wrong
passwords, and deactivates an account (its past work keeps its name; it can no longer
sign in). An office never loses its last active admin by a click.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.auth import check_password, has_staff, hash_password
from ombuds_desk.services.core.office_settings import OFFICE_NAME, store_setting
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.collation import collated
from ombuds_desk.store.database import Database

USERNAME = re.compile(r"^[\w.@-]{2,80}$")


def find_user(session: Session, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username.strip())).first()


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(translate("Staff", "No user with id {id}.").format(id=user_id))
    return user


def user_named(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise NotFoundError(
            translate("Staff", "No member of staff has the user name “{name}”.").format(
                name=username.strip()
            )
        )
    return user


def list_users(session: Session, active_only: bool = True) -> list[User]:
    query = select(User).order_by(collated(col(User.full_name)))
    if active_only:
        query = query.where(col(User.active).is_(True))
    return list(session.exec(query))


def _check_username(session: Session, username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("", {"username": translate("Staff", "required")})
    if not USERNAME.match(name):
        raise ValidationError(
            "",
            {
                "username": translate(
                    "Staff", "2 to 80 letters, digits, dots, hyphens, underscores or @"
                )
            },
        )
    if find_user(session, name) is not None:
        raise ValidationError(
            "", {"username": translate("Staff", "“{name}” already exists").format(name=name)}
        )
    return name


def create_user(
    session: Session,
    actor: User,
    username: str,
    full_name: str,
    role: Role,
    password: str | None = None,
) -> User:
    """A new member of staff; ``password`` is temporary (changed at the first sign-in)."""
    require(actor, Action.MANAGE_STAFF)
    name = _check_username(session, username)
    if password is not None:
        check_password(password, name)
    user = User(
        username=name,
        full_name=" ".join(full_name.split()) or name,
        role=role,
        password_hash=hash_password(password) if password is not None else None,
        must_change_password=password is not None,
    )
    session.add(user)
    session.flush()
    return user


def _active_admins(session: Session) -> int:
    found = session.exec(
        select(User.id).where(User.role == Role.ADMIN, col(User.active).is_(True))
    ).all()
    return len(found)


def _keep_an_admin(session: Session, user: User, doing: str) -> None:
    if user.role is Role.ADMIN and user.active and _active_admins(session) <= 1:
        raise ValidationError(
            translate(
                "Staff",
                "{name} is the office's only active admin: {doing} would leave nobody "
                "to run the staff. Make someone else an admin first.",
            ).format(name=user.full_name, doing=doing)
        )


def set_role(session: Session, actor: User, user_id: int, role: Role) -> User:
    require(actor, Action.MANAGE_STAFF)
    user = get_user(session, user_id)
    if user.role is not role:
        if role is not Role.ADMIN:
            _keep_an_admin(session, user, translate("Staff", "changing their role"))
        user.role = role
        user.version += 1
        session.flush()
    return user


def reset_password(session: Session, actor: User, user_id: int, temporary: str) -> User:
    """A temporary password, to be changed at the next sign-in; the account is unlocked."""
    require(actor, Action.MANAGE_STAFF)
    user = get_user(session, user_id)
    check_password(temporary, user.username)
    user.password_hash = hash_password(temporary)
    user.must_change_password = True
    user.failed_sign_ins = 0
    user.locked_until = None
    user.version += 1
    session.flush()
    return user


def unlock(session: Session, actor: User, user_id: int) -> User:
    require(actor, Action.MANAGE_STAFF)
    user = get_user(session, user_id)
    user.failed_sign_ins = 0
    user.locked_until = None
    session.flush()
    return user


def deactivate(session: Session, actor: User, user_id: int) -> User:
    """No more sign-ins or actions; the account's past work keeps its name."""
    require(actor, Action.MANAGE_STAFF)
    user = get_user(session, user_id)
    if user.id == actor.id:
        raise ValidationError(
            translate("Staff", "You cannot deactivate your own account: ask another admin.")
        )
    if user.active:
        _keep_an_admin(session, user, translate("Staff", "deactivating them"))
        user.active = False
        user.version += 1
        session.flush()
    return user


def reactivate(session: Session, actor: User, user_id: int) -> User:
    """Undo a deactivation."""
    require(actor, Action.MANAGE_STAFF)
    user = get_user(session, user_id)
    if not user.active:
        user.active = True
        user.version += 1
        session.flush()
    return user


def needs_first_admin(db: Database) -> bool:
    """A new database (or one from before sign-in existed): nobody can sign in yet."""
    with db.reading() as session:
        return not has_staff(session)


def create_first_admin(
    db: Database, username: str, full_name: str, password: str, office_name: str | None = None
) -> User:
    """The office's first admin, with a password of their own, and the office's name.

    Only while nobody can sign in; a user of that name from before sign-in existed becomes
    the admin (their past work keeps their name).
    """
    founder = User(id=None, username=username.strip(), full_name=full_name, role=Role.ADMIN)
    with unit_of_work(db, founder) as session:
        if has_staff(session):
            raise ValidationError(
                translate(
                    "Staff",
                    "This database already has staff who can sign in: an admin adds new "
                    "members of staff (ombuds-desk users add, or the Administration page).",
                )
            )
        name = username.strip()
        user = find_user(session, name)
        if user is None:
            name = _check_username(session, name)
            user = User(username=name, full_name=name, role=Role.ADMIN)
            session.add(user)
        check_password(password, name)
        user.full_name = " ".join(full_name.split()) or name
        user.role = Role.ADMIN
        user.active = True
        user.password_hash = hash_password(password)
        user.must_change_password = False
        session.flush()
        session.info["actor_id"] = user.id  # what follows is the founder's own doing
        if office_name is not None and office_name.strip():
            store_setting(session, OFFICE_NAME, office_name.strip())
        return user
