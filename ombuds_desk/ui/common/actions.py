"""Making an action: text, shortcut, status tip and slot in one call (PySide6's
``application.py`` example), owned by the window so its shortcut works on every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def add_action(
    window: QWidget,
    text: str,
    keys: str | None,
    tip: str,
    slot: Callable[[], Any] | None = None,
    *,
    name: str | None = None,
    menu: QMenu | None = None,
) -> QAction:
    """An action of ``window``: ``text`` (already translated), the shortcut ``keys`` if any,
    status tip ``tip``, running ``slot`` when triggered; named ``name`` and added to ``menu``
    when given."""
    action = QAction(text, window)
    if name is not None:
        action.setObjectName(name)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)
    if menu is not None:
        menu.addAction(action)
    return action
