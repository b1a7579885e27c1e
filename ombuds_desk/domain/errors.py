"""The small set of errors services raise; the UI and CLI turn each into a message."""

from __future__ import annotations


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


class EditConflictError(DomainError):
    """Somebody else saved the same record since it was opened."""

    title = "Changed by someone else"


class TransitionError(DomainError):
    """A status change the rules do not allow."""

    title = "Status change not allowed"


class DatabaseUnavailableError(DomainError):
    """The database cannot be opened or written (locked, read-only, damaged, newer)."""

    title = "Database problem"
