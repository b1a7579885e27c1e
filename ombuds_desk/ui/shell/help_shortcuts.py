"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions.

Nothing is listed by hand: the dialog walks the menu bar (menus and their submenus, in
order) and then the window's own actions that are in no menu, so a shortcut added, changed
or removed anywhere shows here as it is. Hidden actions (a role's missing entries) are left
out; an action with two shortcuts shows both. A filter box narrows the list by either
column, in the interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain_text(action: QAction) -> str:
    """The action's menu text without its ``&`` accelerator (``&&`` is a real ``&``)."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    """Every shortcut of ``action`` as the system writes keys (``Ctrl+Shift+P``), joined."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )


def shortcut_groups(window: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """``[(menu title, [(action, keys), …]), …]`` in menu-bar order, then the window's
    actions in no menu under "Everywhere"; only visible actions that have a shortcut."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, into: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), into)  # type: ignore[arg-type]
                continue
            seen.add(id(action))
            if action.isVisible() and not action.isSeparator() and keys_text(action):
                into.append((plain_text(action), keys_text(action)))

    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        for top in menu_bar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu) or not top.isVisible():
                continue
            rows: list[tuple[str, str]] = []
            walk(menu, rows)
            if rows:
                groups.append((plain_text(top), rows))
    loose = [
        (plain_text(a), keys_text(a))
        for a in window.actions()
        if id(a) not in seen and a.isVisible() and keys_text(a) and a.text()
    ]
    if loose:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Everywhere"), loose))
    return groups


class ShortcutsDialog(QDialog):
    """The window's shortcuts, grouped by menu, with a filter."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Every action of the window that has a shortcut, by the menu it is in."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setPlaceholderText(self.tr("Find an action or a key…"))
        self.filter.setAccessibleName(self.tr("Find an action or a key"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        for title, rows in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in rows:
                QTreeWidgetItem(group, [text, keys])
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self.resize(640, 620)

    def groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each menu's heading row with the rows of its actions."""
        found: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                rows = [group.child(j) for j in range(group.childCount())]
                found.append((group, [row for row in rows if row is not None]))
        return found

    def shortcuts(self, shown_only: bool = False) -> dict[str, str]:
        """``{action: keys}`` as listed (``shown_only``: those the filter lets through)."""
        return {
            row.text(0): row.text(1)
            for _, rows in self.groups()
            for row in rows
            if not (shown_only and row.isHidden())
        }

    def apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for group, rows in self.groups():
            shown = 0
            for row in rows:
                hit = not wanted or any(wanted in row.text(c).casefold() for c in (0, 1))
                row.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
