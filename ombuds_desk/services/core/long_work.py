"""Long work in the services (imports, exports, rebuilding keys): how it reports progress and
how it learns that the user cancelled.

A long service function takes ``progress(done, total)`` and ``is_cancelled()`` callables and
calls :func:`check_cancelled` between chunks; the cancel ends it with
:class:`OperationCancelledError` before anything is committed.
"""

from __future__ import annotations

from collections.abc import Callable

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class OperationCancelledError(DomainError):
    """The user cancelled a long operation; nothing was saved."""

    title = QT_TRANSLATE_NOOP("Errors", "Cancelled")


def check_cancelled(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise OperationCancelledError(translate("Database", "Cancelled. Nothing was saved."))
