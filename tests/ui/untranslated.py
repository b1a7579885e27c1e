"""Finding words on a screen that never went through a translator.

Under the ``pseudo_language`` fixture every translated text reads ⟦…⟧ (``PseudoTranslator``).
:func:`untranslated_texts` walks a widget and everything in it — labels, buttons, actions and
menus, window titles, group boxes, tabs, placeholders, tool tips, combo items, table and tree
headers and the visible cells of their models — and returns each text with a Latin letter
outside ⟦…⟧: English the translators never saw. Data is no interface: give the tests Cyrillic
names, and pass any Latin data (an e-mail, a case number's prefix) in ``allow``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ombuds_desk.ui.common.translators import PSEUDO_CLOSE, PSEUDO_OPEN

# The innermost ⟦…⟧ first: a translated text may hold another ("⟦3 parcels in ⟦column⟧⟧").
_MARKED = re.compile(
    re.escape(PSEUDO_OPEN) + "[^" + PSEUDO_OPEN + PSEUDO_CLOSE + "]*" + re.escape(PSEUDO_CLOSE)
)
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")
_LATIN = re.compile(r"[A-Za-z]")


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__}({widget.objectName()})"
    yield name + ".windowTitle", widget.windowTitle() if widget.isWindow() else ""
    yield name + ".toolTip", widget.toolTip()
    yield name + ".accessibleName", widget.accessibleName()
    for action in widget.actions():
        yield name + ".action", action.text()
        yield (
            name + ".action.toolTip",
            action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
        )
    if isinstance(widget, QLabel | QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QGroupBox | QMenu):
        yield name, widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield name + ".placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield name + f".item{i}", widget.itemText(i)
    elif isinstance(widget, QTabBar | QTabWidget):
        for i in range(widget.count()):
            yield name + f".tab{i}", widget.tabText(i)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(name, widget.model())


def _columns(model: QAbstractItemModel) -> int:
    # A list model (a QListWidget's) has one column, and hides columnCount from Python.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _model_texts(name: str, model: QAbstractItemModel, rows: int = 20) -> Iterator[tuple[str, str]]:
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(_columns(model)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{name}.header{section}", value
    for row in range(min(rows, model.rowCount())):
        for column in range(_columns(model)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield f"{name}.cell{row},{column}", value


def _unmarked(text: str, allow: Iterable[str]) -> bool:
    rest, marked = text, 1
    while marked:
        rest, marked = _MARKED.subn(" ", rest)
    rest = _TAGS.sub(" ", rest)
    for allowed in allow:
        rest = rest.replace(allowed, " ")
    return bool(_LATIN.search(rest))


def untranslated_texts(
    widget: QWidget, allow: Iterable[str] = (), visible_only: bool = False
) -> list[str]:
    """``where: text`` for each text in ``widget`` (and its children, menus included) with a
    Latin letter that did not go through a translator."""
    allowed = tuple(allow)
    found: list[str] = []
    widgets = [widget, *widget.findChildren(QWidget)]
    for each in widgets:
        if visible_only and not each.isVisibleTo(widget) and each is not widget:
            continue
        for where, text in _texts(each):
            if text and _unmarked(text, allowed):
                found.append(f"{where}: {text}")
    return found
