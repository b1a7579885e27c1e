"""The small set of errors services raise; the UI and CLI turn each into a message.

A message is written in the reader's language where the error is raised (``translate``). A
title is declared in English, marked ``QT_TRANSLATE_NOOP("Errors", …)``, and read in the
reader's language whenever it is shown: every subclass's ``title``, here or in another module,
becomes a :class:`_Title`, so the window's and the command line's ``error.title`` is translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

TITLES_CONTEXT = "Errors"


class _Title:
    """A class's title in English, read in the reader's language (on the class or an error)."""

    def __init__(self, source: str) -> None:
        self.source = source

    def __get__(self, instance: object, owner: type | None = None) -> str:
        return translate(TITLES_CONTEXT, self.source)


class DomainError(Exception):
    """Base of every error a user can be shown as it is."""

    title: Any = _Title(QT_TRANSLATE_NOOP("Errors", "Cannot do that"))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("title")
        if isinstance(own, str):
            cls.title = _Title(own)

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input that breaks a rule; ``fields`` maps a field name to what is wrong with it."""

    title = QT_TRANSLATE_NOOP("Errors", "Please correct the form")

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        self.fields = dict(fields or {})
        if self.fields and message == "":
            message = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        super().__init__(message)


class NotFoundError(DomainError):
    title = QT_TRANSLATE_NOOP("Errors", "Not found")


class PermissionDeniedError(DomainError):
    title = QT_TRANSLATE_NOOP("Errors", "Not allowed")


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

    title = QT_TRANSLATE_NOOP("Errors", "Changed by someone else")

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

    title = QT_TRANSLATE_NOOP("Errors", "Status change not allowed")


class DatabaseUnavailableError(DomainError):
    """The database cannot be opened or written (locked, read-only, damaged, newer)."""

    title = QT_TRANSLATE_NOOP("Errors", "Database problem")
