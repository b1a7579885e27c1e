"""Making an action: text, shortcut, status tip and slot in one call (PySide6's
``application.py`` example), owned by the window so its shortcut works on every page;
:func:`menu_action` puts a feature's action in one of the host's menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ombuds_desk.ui.common.host import Host, MenuKey


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


def menu_action(
    host: Host,
    menu: MenuKey | None,
    name: str,
    text: str,
    keys: str | None,
    tip: str,
    slot: Callable[[], Any],
) -> QAction:
    """A feature's action: owned by the host's window, in the host's ``menu`` (if any)."""
    where = host.menu(menu) if menu is not None else None
    return add_action(host.window(), text, keys, tip, slot, name=name, menu=where)
