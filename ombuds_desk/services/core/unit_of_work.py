"""One transaction per user action, knowing who acts.

Every write in the app goes through :func:`unit_of_work`: it opens a write session
(``BEGIN IMMEDIATE`` on SQLite), takes the actor's role and standing as saved now (each
service then checks its action with ``permissions.require``), attaches the audit trail,
commits when the block ends and
rolls everything back when it raises, and turns driver errors into a
``DatabaseUnavailableError`` with a message a user can act on. Reads that are not part
of a change go through ``reading.read``, which words driver errors the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core import audit, stalled_dates
from ombuds_desk.services.core.clash_words import clash_reason
from ombuds_desk.services.core.conflicts import conflict
from ombuds_desk.store.database import Database, describe_db_error

log = logging.getLogger(__name__)


@contextmanager
def unit_of_work(db: Database, actor: User) -> Iterator[Session]:
    """``with unit_of_work(db, actor) as session:`` — all or nothing."""
    if db.read_only:
        raise DatabaseUnavailableError(
            translate(
                "Database",
                "The database {name} is read-only. Nothing was saved; open a writable copy.",
            ).format(name=db.display_name)
        )
    session = Session(db.write_engine, expire_on_commit=False)
    audit.attach(session, actor.id)
    stalled_dates.keep_on_flush(session)
    try:
        _as_saved_now(session, actor)
        yield session
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        log.warning("a save refused by the database: %s", str(exc.orig).splitlines()[0])
        raise ValidationError(
            translate(
                "Database",
                "The change clashes with a record already saved ({why}). Nothing was saved.",
            ).format(why=clash_reason(exc))
        ) from exc
    except (OperationalError, DatabaseError) as exc:
        session.rollback()
        message = describe_db_error(exc, db.display_name).rstrip()
        nothing = translate("Database", "Nothing was saved.")
        # Said in the reader's language: "Диск заповнено: нічого не збережено." said it
        # once, and an English test added it again.
        if not any(
            said in message.casefold()
            for said in ("nothing was saved", nothing.rstrip(".").casefold())
        ):
            message += ("" if message.endswith(".") else ".") + " " + nothing
        raise DatabaseUnavailableError(message) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _as_saved_now(session: Session, actor: User) -> None:
    """Give ``actor`` the role and the standing saved now, under the write lock: a member
    of staff deactivated or given another role while signed in acts as what they are now,
    without signing in again (the services' ``require`` reads them off ``actor``)."""
    if actor.id is None:
        return
    saved = session.get(User, actor.id)
    if saved is not None and (saved.role, saved.active) != (actor.role, actor.active):
        actor.role, actor.active = saved.role, saved.active


class Versioned(Protocol):
    version: int


def check_version(record: Versioned, expected_version: int | None, what: str) -> None:
    """Refuse to overwrite a record somebody else saved since the form was opened; the
    ``EditConflictError`` says who changed which fields since (``conflicts.conflict``)."""
    current = record.version
    if expected_version is not None and current != expected_version:
        raise conflict(record, expected_version, what)
    record.version = current + 1
