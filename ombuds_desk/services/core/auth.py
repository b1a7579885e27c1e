"""Signing in: passwords hashed with Argon2, five wrong ones in a row lock the account for
half an hour, every attempt recorded in the audit trail.

A wrong password and an unknown user name get the same answer, so the answer never tells
who works here. The attempt is recorded in its own transaction, so a refused sign-in is
on record even though nothing else happens. The demo database (marked so inside the file)
signs its demo supervisor in without a password; a real database never does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import AuditAction, Role
from ombuds_desk.domain.errors import DomainError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core import audit, stalled_dates
from ombuds_desk.services.core.messages import Said, english, shown
from ombuds_desk.services.core.office_settings import DEMO_DATABASE, get_setting
from ombuds_desk.services.core.sign_in_words import (
    DEACTIVATED,
    FEW_LEFT,
    LOCKED,
    NOW_LOCKED,
    WRONG,
    C,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD_LENGTH = 10
MAX_FAILED_SIGN_INS = 5
LOCK_MINUTES = 30

# The app itself, for bookkeeping no member of staff does (recording a sign-in attempt).
SYSTEM = User(id=None, username="system", full_name="Ombuds Desk", role=Role.ADMIN)

# Made at the first password hashed or checked: argon2's import (~30 ms) is not the window's
# start, where a demo database signs in without one.
_hasher: PasswordHasher | None = None


def _password_hasher() -> PasswordHasher:
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


class SignInError(DomainError):
    """A sign-in refused: wrong name or password, a locked or deactivated account."""

    title = QT_TRANSLATE_NOOP("Errors", "Cannot sign in")


def password_problem(password: str, username: str = "") -> str | None:
    """What is wrong with a new password, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return translate("SignIn", "must be at least {count} characters").format(
            count=MIN_PASSWORD_LENGTH
        )
    if username and password.strip().casefold() == username.strip().casefold():
        return translate("SignIn", "must not be the user name")
    return None


def check_password(password: str, username: str = "", field: str = "password") -> None:
    problem = password_problem(password, username)
    if problem is not None:
        raise ValidationError("", {field: problem})


def hash_password(password: str) -> str:
    return _password_hasher().hash(password)


def password_matches(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _password_hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def locked_until(user: User, now: datetime) -> datetime | None:
    """When the lock on ``user`` ends, if it has not ended yet."""
    if user.locked_until is None:
        return None
    until = as_utc(user.locked_until)
    return until if until > now else None


def _local(moment: datetime) -> dict[str, object]:
    """``{time}`` and ``{day}`` of a lock's end, in local time, for a message's template."""
    local = moment.astimezone()
    return {"time": local.strftime("%H:%M"), "day": local.strftime("%d.%m.%Y")}


@dataclass(frozen=True)
class _Outcome:
    user: User | None
    # Why not, sentence by sentence: stored in English, shown in the reader's language.
    refusal: tuple[Said, ...] | None

    def refused(self) -> SignInError:
        return SignInError(shown(self.refusal or (Said(WRONG, C),)))


def sign_in(db: Database, username: str, password: str, *, via: str = "window") -> User:
    """The member of staff ``username`` once ``password`` is theirs; ``SignInError`` when not.

    ``via`` says where the attempt came from ("window", "command line") for the record.
    On a read-only database the attempt is checked but cannot be recorded.
    """
    now = utcnow()
    name = username.strip()
    if db.read_only:
        # A database on read-only media is opened for looking and printing: the password is
        # checked, but nothing (the attempt, a wrong-password count) can be recorded.
        return _unrecorded(db, name, password, now)
    try:
        return _recorded(db, name, password, now, via)
    except audit.TrailTamperedError:
        # The trail cannot take an entry until an admin has looked at it; signing in must
        # still be possible, to verify it and restore a backup (the window says why).
        return _unrecorded(db, name, password, now)


def _unrecorded(db: Database, name: str, password: str, now: datetime) -> User:
    with db.reading() as session:
        outcome = _attempt(session, name, password, now)
    if outcome.refusal is not None or outcome.user is None:
        raise outcome.refused()
    return outcome.user


def _recorded(db: Database, name: str, password: str, now: datetime, via: str) -> User:
    with unit_of_work(db, SYSTEM) as session:
        outcome = _attempt(session, name, password, now)
        user = outcome.user
        action = AuditAction.SIGN_IN if outcome.refusal is None else AuditAction.SIGN_IN_FAILED
        details = {"username": name, "via": via}
        if outcome.refusal is not None:
            details["refused"] = english(outcome.refusal)
        audit.record(
            session, user.id if user else None, action, "user", user.id if user else None, details
        )
        if outcome.refusal is None:
            # After an upgrade or a change of thresholds made elsewhere, the first sign-in
            # works out the stored stalled days, so that every list can read them.
            stalled_dates.ensure_current(session)
    if outcome.refusal is not None or user is None:
        raise outcome.refused()
    return user


def _attempt(session: Session, name: str, password: str, now: datetime) -> _Outcome:
    user = session.exec(select(User).where(User.username == name)).first()
    if user is None:
        password_matches(User(username="", full_name=""), password)  # the same time either way
        return _Outcome(None, (Said(WRONG, C),))
    if not user.active:
        return _Outcome(user, (Said(DEACTIVATED, C),))
    until = locked_until(user, now)
    if until is not None:
        return _Outcome(user, (Said(LOCKED, C, **_local(until)),))
    if not password_matches(user, password):
        user.failed_sign_ins += 1
        if user.failed_sign_ins >= MAX_FAILED_SIGN_INS:
            user.failed_sign_ins = 0
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            ends = _local(user.locked_until)
            return _Outcome(
                user, (Said(WRONG, C), Said(NOW_LOCKED, C, count=MAX_FAILED_SIGN_INS, **ends))
            )
        left = MAX_FAILED_SIGN_INS - user.failed_sign_ins
        if left > 2:
            return _Outcome(user, (Said(WRONG, C),))
        return _Outcome(user, (Said(WRONG, C), Said(FEW_LEFT, C, left=left, minutes=LOCK_MINUTES)))
    user.failed_sign_ins = 0
    user.locked_until = None
    user.last_sign_in_at = now
    if _password_hasher().check_needs_rehash(user.password_hash or ""):
        user.password_hash = hash_password(password)
    return _Outcome(user, None)


def change_own_password(db: Database, user: User, current: str, new: str) -> User:
    """A signed-in member of staff chooses a new password (required after a reset)."""
    check_password(new, user.username, "new_password")
    if current == new:
        raise ValidationError(
            "", {"new_password": translate("SignIn", "must differ from the current one")}
        )
    with unit_of_work(db, user) as session:
        saved = session.get(User, user.id)
        if saved is None or not password_matches(saved, current):
            raise ValidationError(
                "", {"current_password": translate("SignIn", "is not your current password")}
            )
        saved.password_hash = hash_password(new)
        saved.must_change_password = False
        saved.version += 1
        session.flush()
        return saved


def has_staff(session: Session) -> bool:
    """Whether anyone can sign in: an active member of staff with a password."""
    found = session.exec(
        select(User.id).where(col(User.active).is_(True), col(User.password_hash).is_not(None))
    ).first()
    return found is not None


def is_demo(session: Session) -> bool:
    return get_setting(session, DEMO_DATABASE) == "yes"


def demo_sign_in(db: Database, username: str = "", *, via: str = "window") -> User:
    """On a demo database only: its member of staff ``username`` (or its demo supervisor),
    signed in without a password — demo staff have none — and recorded like any sign-in."""
    name = username.strip()
    with db.reading() as session:
        if not is_demo(session):
            raise SignInError(
                translate("SignIn", "Only a demo database signs in without a password.")
            )
        user = session.exec(select(User).where(User.username == name)).first() if name else None
        if not name:
            user = demo_user(session)
            if user is None:
                raise SignInError(
                    translate("SignIn", "This demo database has no active supervisor to sign in.")
                )
    if user is None:
        raise SignInError(translate("SignIn", WRONG))
    if not user.active:
        raise SignInError(translate("SignIn", DEACTIVATED))
    if not db.read_only:
        with unit_of_work(db, SYSTEM) as session:
            details = {"username": user.username, "via": via, "demo": True}
            audit.record(session, user.id, AuditAction.SIGN_IN, "user", user.id, details)
            stalled_dates.ensure_current(session)  # as at any sign-in
    return user


def demo_user(session: Session) -> User | None:
    """The demo supervisor a demo database signs in as (None in a real database)."""
    if not is_demo(session):
        return None
    return session.exec(
        select(User)
        .where(User.role == Role.SUPERVISOR, col(User.active).is_(True))
        .order_by(col(User.id))
    ).first()
