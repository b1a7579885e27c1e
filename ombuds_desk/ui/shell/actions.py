"""The main window's actions (each with shortcut, status tip and slot) and the menus built of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Actions:
    new_case: QAction
    quit: QAction
    edit_case: QAction
    change_status: QAction
    block: QAction
    add_contact: QAction
    add_note: QAction
    refresh: QAction
    find: QAction

    def case_actions(self) -> list[QAction]:
        return [self.edit_case, self.change_status, self.block, self.add_contact, self.add_note]


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
    """An action of ``window`` (so its shortcut works everywhere in it): ``text`` (already
    translated), the shortcut ``keys`` if any, status tip ``tip``, running ``slot`` when
    triggered; named ``name`` and added to ``menu`` when given."""
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


def _action(window: MainWindow, name: str, text: str, keys: str, tip: str) -> QAction:
    return add_action(window, _tr(text), keys, _tr(tip), name=name)


def build_actions(window: MainWindow) -> Actions:
    actions = Actions(
        new_case=_action(
            window, "newCase", "&New case…", "Ctrl+N", "Register a new captive or evacuee"
        ),
        quit=_action(window, "quit", "&Quit", "Ctrl+Q", "Close Ombuds Desk"),
        edit_case=_action(
            window,
            "editCase",
            "&Edit case…",
            "F2",
            "Edit the selected case's identity and details (also Enter)",
        ),
        change_status=_action(
            window,
            "changeStatus",
            "Change &status…",
            "Ctrl+Shift+S",
            "Move the selected case to its next repatriation status",
        ),
        block=_action(
            window,
            "block",
            "&Block / unblock…",
            "Ctrl+Shift+B",
            "Block the selected case with a reason, or lift the block",
        ),
        add_contact=_action(
            window,
            "addContact",
            "Add &contact…",
            "Ctrl+Shift+C",
            "Add a relative or next of kin to the selected case",
        ),
        add_note=_action(
            window, "addNote", "Add n&ote", "Ctrl+Shift+N", "Write a note on the selected case"
        ),
        refresh=_action(
            window, "refresh", "&Refresh", "F5", "Read the list again from the database"
        ),
        find=_action(
            window, "find", "&Search", "Ctrl+F", "Search by name (any spelling) or by case number"
        ),
    )
    actions.new_case.triggered.connect(window.on_new_case_triggered)
    actions.quit.triggered.connect(window.close)
    actions.edit_case.triggered.connect(window.on_edit_case_triggered)
    actions.change_status.triggered.connect(window.on_change_status_triggered)
    actions.block.triggered.connect(window.on_block_triggered)
    actions.add_contact.triggered.connect(window.on_add_contact_triggered)
    actions.add_note.triggered.connect(window.on_add_note_triggered)
    actions.refresh.triggered.connect(window.on_refresh_triggered)
    actions.find.triggered.connect(window.on_find_triggered)
    _build_menus(window.menuBar(), actions)
    return actions


def _build_menus(bar: QMenuBar, actions: Actions) -> None:
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addAction(actions.new_case)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    case_menu = bar.addMenu(_tr("&Case"))
    case_menu.addAction(actions.edit_case)
    case_menu.addAction(actions.change_status)
    case_menu.addAction(actions.block)
    case_menu.addSeparator()
    case_menu.addAction(actions.add_contact)
    case_menu.addAction(actions.add_note)
    view_menu = bar.addMenu(_tr("&View"))
    view_menu.addAction(actions.refresh)
    view_menu.addAction(actions.find)
