"""Every entry of the main window's menus shows a key beside it (``menu_shortcuts``), and no
key answers to two entries. Left out, on purpose: submenus (they open on their accelerator)
and the Go menu's checkable list of pages past the tenth (Alt+0…9 are all there are)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ombuds_desk.domain.accounts import User
from ombuds_desk.ui.common.menu_shortcuts import shown_key, window_entries
from tests.ui.conftest import WindowFactory


def _without_key(window_entries_: list[tuple[QMenu, QAction]]) -> list[str]:
    missing = []
    for menu, action in window_entries_:
        if shown_key(action):
            continue
        if action.isCheckable() and action.actionGroup() is not None:
            continue  # a list of choices (none today), not a command
        missing.append(f"{menu.title()} › {action.text()} ({action.objectName()})")
    return missing


def test_every_menu_entry_of_every_role_shows_its_key(
    make_window: WindowFactory, admin: User, supervisor: User, caseworker: User
) -> None:
    for actor in (admin, supervisor, caseworker):
        window = make_window(actor)
        entries = list(window_entries(window))
        assert len(entries) > 30
        assert _without_key(entries) == [], actor.role


def test_no_key_answers_to_two_entries(make_window: WindowFactory, admin: User) -> None:
    window = make_window(admin)
    keys = Counter(
        k.toString()
        for action in window.findChildren(QAction)
        for k in action.shortcuts()
        if not k.isEmpty()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_standard_keys_where_the_platform_has_them(make_window: WindowFactory, admin: User) -> None:
    window = make_window(admin)
    settings = window.findChild(QAction, "settings")
    assert isinstance(settings, QAction)
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert settings.shortcut() == (standard[0] if standard else QKeySequence("Ctrl+,"))


def test_a_mail_entry_that_shows_a_page_shows_the_pages_go_key(
    make_window: WindowFactory, admin: User
) -> None:
    window = make_window(admin)
    parcels = window.findChild(QAction, "showParcels")
    assert isinstance(parcels, QAction)
    go = [a for p, a in window.page_actions.items() if p.objectName() == "parcelsPage"]
    assert go and shown_key(parcels) == go[0].shortcut().toString()
    assert parcels.shortcut().isEmpty()  # shown, not bound twice
