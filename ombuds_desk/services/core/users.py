"""Staff accounts and who is acting.

Until sign-in arrives, the acting user is the operating-system login (or ``--user``):
the first user of an empty database becomes its admin, later ones caseworkers.
"""

from __future__ import annotations

import getpass

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "user"


def find_user(session: Session, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username)).first()


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"No user with id {user_id}.")
    return user


def list_users(session: Session, active_only: bool = True) -> list[User]:
    query = select(User).order_by(col(User.full_name))
    if active_only:
        query = query.where(col(User.active).is_(True))
    return list(session.exec(query))


def create_user(
    session: Session, actor: User | None, username: str, full_name: str, role: Role
) -> User:
    username = username.strip()
    if not username:
        raise ValidationError("", {"username": "required"})
    if find_user(session, username) is not None:
        raise ValidationError("", {"username": f"“{username}” already exists"})
    user = User(username=username, full_name=full_name.strip() or username, role=role)
    session.add(user)
    session.flush()
    return user


def acting_user(db: Database, username: str | None = None) -> User:
    """The user this session acts as.

    The login name is made a user on first use (the first user of a database is its admin);
    a name given explicitly (``--user``) must already exist once a database has users, so a
    typing mistake cannot create a member of staff.
    """
    name = username or login_name()
    with db.reading() as session:
        user = find_user(session, name)
        if user is not None:
            return user
        known = [u.username for u in list_users(session)]
        if username and known:
            shown = ", ".join(known[:12]) + (", …" if len(known) > 12 else "")
            raise NotFoundError(f"No staff member “{username}” in this database. Known: {shown}.")
        if db.read_only:
            return User(id=None, username=name, full_name=name, role=Role.CASEWORKER)
    bootstrap = User(id=None, username=name, full_name=name, role=Role.ADMIN)
    with unit_of_work(db, bootstrap) as session:
        existing = find_user(session, name)
        if existing is not None:
            return existing
        anyone = session.exec(select(User.id).limit(1)).first()
        role = Role.CASEWORKER if anyone is not None else Role.ADMIN
        user = create_user(session, None, name, name, role)
        session.info["actor_id"] = user.id
    return user
