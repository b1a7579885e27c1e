"""A layout that lays its widgets out in a row and wraps them onto the next line when the
row is too narrow, so a bar of filters never forces the window wider than the screen.

Qt has none built in (its documentation ships one as an example): this is that layout,
with a stretch for one item per line (the search box takes what its line leaves).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapped at the layout's width; ``stretch`` widgets (added with
    :meth:`add_widget`) grow to fill the line they end up on."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()
        self._spacing = spacing

    # -- building ---------------------------------------------------------------------------

    def add_widget(self, widget: QWidget, *, stretch: bool = False) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch.add(len(self._items) - 1)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            self._stretch = {i - (i > index) for i in self._stretch if i != index}
            return self._items.pop(index)
        return None

    # -- sizes ------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        # One line when there is room for it.
        margins = self.contentsMargins()
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # As narrow as the widest single item: everything else wraps.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ----------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            wanted = item.sizeHint().width()
            gap = self._spacing if lines[-1] else 0
            if lines[-1] and used + gap + wanted > width:
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(index)
            used += gap + wanted
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            items = [self._items[i] for i in line]
            height = max(item.sizeHint().height() for item in items)
            widths = [min(item.sizeHint().width(), area.width()) for item in items]
            spare = area.width() - sum(widths) - self._spacing * (len(items) - 1)
            growing = [n for n, i in enumerate(line) if i in self._stretch]
            if spare > 0 and growing:
                for n in growing:
                    widths[n] += spare // len(growing)
            if apply:
                x = area.x()
                for item, width in zip(items, widths, strict=True):
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
                    x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom() if y > area.y() else 0
