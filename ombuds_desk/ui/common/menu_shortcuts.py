"""A shortcut for every entry of the main window's menus, shown beside it in the menu, so
the whole window can be worked from the keyboard.

The features give their most used actions a shortcut where they make them; the others get
one here, after every feature is installed, from :data:`SHORTCUTS` (by the action's object
name), a platform's standard key first where one exists. A key already taken in the window
is never given twice (an ambiguous shortcut does nothing in Qt).

The Mail menu's entries that show a page (Parcels, Shipments, No news) show the Go menu's
key for that page (Alt+number): the same key, not a second one.

Left without a key, on purpose: submenus, and the Go menu's checkable list of pages beyond
the ninth (Alt+1…9 and Alt+0 are all there are).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

# Standard keys first: they follow the platform (Preferences is Ctrl+, on most).
STANDARD: dict[str, QKeySequence.StandardKey] = {
    "settings": QKeySequence.StandardKey.Preferences,
}

# Mnemonic where a letter was free; F9 for the database's own care (back up, restore,
# check). No Ctrl+Alt: it is AltGr on many keyboards, typing letters (ґ, €) in a field.
SHORTCUTS: dict[str, str] = {
    "settings": "Ctrl+,",
    "importItems": "Ctrl+Shift+I",
    "importTemplate": "Ctrl+Shift+T",
    "retention": "Ctrl+Shift+Y",
    "backUpNow": "F9",
    "restoreBackup": "Shift+F9",
    "checkDatabase": "Ctrl+F9",
    "possibleDuplicates": "Ctrl+Shift+D",
    "printStalled": "Ctrl+Shift+O",
    "printManifest": "Ctrl+Shift+M",
    "printLabels": "Ctrl+Shift+L",
    "exportForCounterpart": "Ctrl+Shift+X",
    "editItem": "Shift+F2",
    "removeItems": "Ctrl+Shift+Del",
    "newParcel": "Ctrl+Shift+G",
    "campaigns": "Ctrl+Shift+J",
    "importAcknowledgement": "Ctrl+Shift+F",
}

# Menu entries that show a page: the page's Go key, by the page's object name.
SHOWS_PAGE: dict[str, str] = {
    "showParcels": "parcelsPage",
    "showShipments": "shipmentsPage",
    "showNoNews": "newsPage",
}


def menu_entries(menu: QMenu) -> Iterator[QAction]:
    """The entries of ``menu`` and its submenus (not the submenus, nor separators)."""
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_entries(sub)
        elif not action.isSeparator():
            yield action


def window_entries(window: QMainWindow) -> Iterator[tuple[QMenu, QAction]]:
    """Every entry of the window's menu bar, with its top menu."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in menu_entries(menu):
                yield menu, action


def keys_in_use(window: QWidget) -> set[str]:
    """Every key the window's actions and shortcuts answer to (portable text)."""
    used: set[str] = set()
    for action in window.findChildren(QAction):
        used.update(k.toString() for k in action.shortcuts() if not k.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        keys: list[QKeySequence] = shortcut.keys()
        used.update(k.toString() for k in keys if not k.isEmpty())
    return used


def _standard(name: str) -> QKeySequence | None:
    standard = STANDARD.get(name)
    if standard is None:
        return None
    keys = QKeySequence.keyBindings(standard)
    return keys[0] if keys else None


def _go_key(window: QMainWindow, page_name: str) -> str:
    pages = getattr(window, "page_actions", {})
    for page, action in pages.items():
        if isinstance(page, QWidget) and page.objectName() == page_name:
            return str(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    return ""


def give_menu_shortcuts(window: QMainWindow) -> list[QAction]:
    """Give each menu entry without a key its key from the tables above, where free;
    returns the entries given one."""
    used = keys_in_use(window)
    given: list[QAction] = []
    for _menu, action in window_entries(window):
        name = action.objectName()
        if not action.shortcut().isEmpty() or not name:
            continue
        if name in SHOWS_PAGE:
            key = _go_key(window, SHOWS_PAGE[name])
            if key and "\t" not in action.text():
                # Shown in the menu, not bound: the Go entry already answers to it.
                action.setText(f"{action.text()}\t{key}")
                given.append(action)
            continue
        keys = _standard(name) or (QKeySequence(SHORTCUTS[name]) if name in SHORTCUTS else None)
        if keys is None or keys.isEmpty() or keys.toString() in used:
            continue
        action.setShortcut(keys)
        used.add(keys.toString())
        given.append(action)
    return given


def shown_key(action: QAction) -> str:
    """The key a menu shows beside ``action``: its shortcut, or the key written after a tab
    in its text (an entry that shows another entry's key)."""
    if not action.shortcut().isEmpty():
        return str(action.shortcut().toString())
    _text, _tab, key = action.text().partition("\t")
    return key
