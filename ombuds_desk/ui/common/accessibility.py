"""Every control a screen reader can name: one mechanism instead of a name set by hand on
each of hundreds of widgets.

Qt names most controls by itself: a button by its text, a line edit or a combo by the label
whose buddy it is (``QFormLayout.addRow("Family name", edit)`` sets that buddy). What is
left — an icon-only button, a search box with only a placeholder, a table, a field beside a
label that is not its buddy — is named here from words the window already shows, and so
already translated: the tool tip, the placeholder, the form row's label, the label just
before it in its layout, the group box's title, the tab's title, the window's title. No new
English is made up: what a reader hears is what a sighted user reads.

:class:`AccessibleNames` sees the application's Show events (through the one
``app_filters.ShowHook``): when a widget is shown it
names the controls under it that have no name yet, so dialogs and the pages built lazily
are named as they appear. :func:`unnamed_controls` lists what is still nameless (the test).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ombuds_desk.ui.common.app_filters import install_on_show

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget`` (its name, as Qt's accessibility answers)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def is_control(widget: QWidget) -> bool:
    """A widget a keyboard user can reach on its own: it takes focus and is no part of a
    larger control (a spin box's or combo's own line edit, a view's viewport)."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return False
    # A popup (a date field's calendar, a combo's list) names itself; asking Qt's
    # accessibility about its parts while it opens crashed Qt (a calendar's view).
    if widget.window().windowType() == Qt.WindowType.Popup:
        return False
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return False
    if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
        return False
    return not isinstance(widget, QLabel | QStackedWidget)


def controls(root: QWidget) -> Iterator[QWidget]:
    """The controls under ``root`` (and ``root`` itself) that are shown."""
    for widget in (root, *root.findChildren(QWidget)):
        if is_control(widget) and widget.isVisibleTo(root.window()) and widget.isVisible():
            yield widget


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The shown controls under ``root`` a screen reader would announce without a name."""
    return [w for w in controls(root) if not accessible_name(w)]


def describe(widget: QWidget) -> str:
    """A control for a test's failure message: its class and object names, and its path."""
    path: list[str] = []
    node: QWidget | None = widget
    while node is not None:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} {' < '.join(path)}"


def plain_words(text: str) -> str:
    """A label's or tool tip's words: no markup, no accelerator ``&``, no trailing colon."""
    text = _TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return _SPACE.sub(" ", text).strip().rstrip(":").strip()


def _label_text(label: QWidget | None) -> str:
    if isinstance(label, QLabel) and label.pixmap().isNull():
        return plain_words(label.text())
    return ""


_LONGEST_LABEL = 80  # a paragraph above a table explains it; it does not name it


def _form_label(widget: QWidget) -> str:
    """The label of the form row ``widget`` (or a box holding it) stands in."""
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        parent = node.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            text = _label_text(layout.labelForField(node))
            if text:
                return text
        node = parent
    return ""


def _preceding_label(widget: QWidget) -> str:
    """The label just before ``widget`` in its layout (a label and its field side by side
    in a row, or a title above a table)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _find_in(layout, widget) if layout is not None else None
    if found is None:
        return ""
    holder, index = found
    if isinstance(holder, QGridLayout):
        position: tuple[int, int, int, int] = holder.getItemPosition(index)  # type: ignore[assignment]
        row, column = position[0], position[1]
        for left in range(column - 1, -1, -1):
            item = holder.itemAtPosition(row, left)
            text = _label_text(item.widget() if item is not None else None)
            if text:
                return text
        return ""
    if isinstance(holder, QBoxLayout) and index > 0:
        item = holder.itemAt(index - 1)
        text = _label_text(item.widget() if item is not None else None)
        return text if len(text) <= _LONGEST_LABEL else ""
    return ""


def _find_in(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return layout, index
        inner = item.layout()
        if inner is not None:
            found = _find_in(inner, widget)
            if found is not None:
                return found
    return None


def _surrounding_title(widget: QWidget) -> str:
    """The title of the group box, tab or window that holds ``widget``."""
    node: QWidget | None = widget.parentWidget()
    child: QWidget = widget
    while node is not None:
        if isinstance(node, QGroupBox) and node.title():
            return plain_words(node.title())
        if isinstance(node, QStackedWidget) and isinstance(node.parentWidget(), QTabWidget):
            tabs = node.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0 and tabs.tabText(index):
                return plain_words(tabs.tabText(index))
        if node.isWindow():
            return plain_words(node.windowTitle())
        child, node = node, node.parentWidget()
    return ""


def name_for(widget: QWidget) -> str:
    """The words to name ``widget`` by, from what the window shows near it."""
    words = plain_words(widget.toolTip())
    if not words and isinstance(widget, QLineEdit):
        words = plain_words(widget.placeholderText())
    if not words and isinstance(widget, QTextEdit | QPlainTextEdit):
        words = plain_words(widget.placeholderText())
    editor = widget.lineEdit() if isinstance(widget, QComboBox) else None
    if not words and editor is not None:
        words = plain_words(editor.placeholderText())
    if not words:
        words = _form_label(widget) or _preceding_label(widget)
    if not words:
        words = _surrounding_title(widget)
    return words


def name_controls(root: QWidget) -> int:
    """Name every shown, nameless control under ``root``; returns how many were named."""
    named = 0
    for widget in unnamed_controls(root):
        words = name_for(widget)
        if words:
            widget.setAccessibleName(words)
            named += 1
    return named


class AccessibleNames(QObject):
    """Names the controls of every widget as it is shown (install once on the application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A window's children are shown (and named here) before the window itself.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and is_control(watched)
            and not accessible_name(watched)
        ):
            words = name_for(watched)
            if words:
                watched.setAccessibleName(words)
        return False


def install_accessible_names(app: QApplication) -> AccessibleNames:
    """Install the naming filter on ``app`` once; returns it."""
    return install_on_show(app, AccessibleNames, "accessibleNames", AccessibleNames)
