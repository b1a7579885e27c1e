"""The small set of errors services raise; the UI and CLI turn each into a message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class DomainError(Exception):
    """Base of every error a user can be shown as it is."""

    title = "Cannot do that"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input that breaks a rule; ``fields`` maps a field name to what is wrong with it."""

    title = "Please correct the form"

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        self.fields = dict(fields or {})
        if self.fields and message == "":
            message = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        super().__init__(message)


class NotFoundError(DomainError):
    title = "Not found"


class PermissionDeniedError(DomainError):
    title = "Not allowed"


@dataclass(frozen=True)
class SavedSince:
    """One save of a record by somebody else after a form of it was opened."""

    by: str  # who saved it, as the trail names them
    at: datetime  # when (UTC)
    when: str  # when, as the office reads it (local time)
    fields: tuple[str, ...]  # the fields it changed, in words (none: only bookkeeping)


@dataclass(frozen=True)
class ChangedField:
    """One field of a record changed by somebody else after a form of it was opened."""

    name: str  # the column (a form's field of the same name)
    label: str  # the field in words ("Rank")
    before: str  # its value in words when the form was opened
    after: str  # its value in words now: theirs
    by: str  # who changed it last
    when: str  # when they did, in local time


class EditConflictError(DomainError):
    """Somebody else saved the same record since it was opened.

    ``saves`` and ``changes`` say who saved it since, when, and which fields they changed
    (read from the audit trail by ``services/core/conflicts.py``); both are empty when the
    trail could not say (the message then names nobody).
    """

    title = "Changed by someone else"

    def __init__(
        self,
        message: str,
        *,
        what: str = "",
        saves: tuple[SavedSince, ...] = (),
        changes: tuple[ChangedField, ...] = (),
    ) -> None:
        super().__init__(message)
        self.what = what
        self.saves = saves
        self.changes = changes

    def change_of(self, name: str) -> ChangedField | None:
        """What somebody else did to the field ``name``, if they changed it."""
        return next((c for c in self.changes if c.name == name), None)

    @property
    def changed_by(self) -> tuple[str, ...]:
        """Who saved the record since, each once, in the order they saved."""
        return tuple(dict.fromkeys(save.by for save in self.saves))


class TransitionError(DomainError):
    """A status change the rules do not allow."""

    title = "Status change not allowed"


class DatabaseUnavailableError(DomainError):
    """The database cannot be opened or written (locked, read-only, damaged, newer)."""

    title = "Database problem"
