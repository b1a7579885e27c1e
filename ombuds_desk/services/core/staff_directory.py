"""What an admin looks up about the staff: the whole list with roles, locks and last
sign-ins, or one member by user name.

Both are admin work (``Action.MANAGE_STAFF``), checked before anything is read, so that a
user name tried by someone else gets the same refusal whether it exists or not.
"""

from __future__ import annotations

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core import users
from ombuds_desk.services.core.permissions import Action, require


def check_staff_admin(actor: User) -> None:
    """Refuse anyone but an admin before they are asked for anything (a new password)."""
    require(actor, Action.MANAGE_STAFF)


def roster(session: Session, actor: User, *, include_inactive: bool = True) -> list[User]:
    """Every member of staff, by full name (the deactivated too, unless not wanted)."""
    require(actor, Action.MANAGE_STAFF)
    return users.list_users(session, active_only=not include_inactive)


def member(session: Session, actor: User, username: str) -> User:
    """The member of staff ``username``; ``NotFoundError`` when there is none."""
    require(actor, Action.MANAGE_STAFF)
    return users.user_named(session, username)
