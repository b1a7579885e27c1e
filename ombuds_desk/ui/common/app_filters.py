"""Application-wide event filters, each installed once: the accessible names, fitting
dialogs to the screen, the dark theme's style sheets (``make_application`` installs them).

An event filter on the application sees every event of every object (a table's paint, a
timer's tick, each child a new widget adds): Python is called for each, and each call wraps
the object and the event for Python. Two such filters cost a sixth of the GUI thread's time
while pages were built and painted on a large register. The handlers that act only when a
widget is shown (the names, the fitting) therefore share ONE filter, :class:`ShowHook`,
which passes a Show event on to them and lets every other event go after a single type
check (no enum conversion).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication

F = TypeVar("F", bound=QObject)

SHOW_HOOK = "showHook"


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


class ShowHook(QObject):
    """The one application-wide filter for Show events: each of its children (the handlers
    :func:`install_on_show` made) gets them through its own ``eventFilter``, in the order
    they were installed, the last first (as Qt calls filters). A handler deleted (a test's
    clean-up) is no longer a child, and no longer called."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt sends every Show as a QShowEvent: one isinstance, no QEvent.type() enum.
        if isinstance(event, QShowEvent):
            for handler in reversed(self.children()):
                if handler.eventFilter(watched, event):
                    return True
        return False


def install_on_show(app: QApplication, kind: type[F], name: str, make: Callable[[QObject], F]) -> F:
    """The handler named ``name``, made by ``make(hook)`` the first time: a child of the
    application's :class:`ShowHook` (installed once), which hands it the Show events; a
    second call finds it."""
    existing = app.findChild(kind, name)
    if isinstance(existing, kind):
        return existing
    hook = install_once(app, ShowHook, SHOW_HOOK, ShowHook)
    made = make(hook)
    made.setObjectName(name)
    return made
