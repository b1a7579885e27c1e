"""Application-wide event filters, each installed once: the accessible names, fitting
dialogs to the screen, the dark theme's style sheets (``make_application`` installs them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

F = TypeVar("F", bound=QObject)


def install_once(app: QApplication, kind: type[F], name: str, make: Callable[[QObject], F]) -> F:
    """The filter named ``name`` on ``app``, made by ``make(app)`` and installed the first
    time; a second call finds it."""
    existing = app.findChild(kind, name)
    if isinstance(existing, kind):
        return existing
    made = make(app)
    made.setObjectName(name)
    app.installEventFilter(made)
    return made
