"""A paged list's cells: the item roles the paged model answers, and what one row's cells
show for each of them, worked out at once (``paged_model.PagedTableModel`` keeps them per
row painted until its rows change).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ombuds_desk.ui.common.columns import RIGHT, Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles as plain ints: ``data`` answers several thousand calls a paint, and comparing
# with the enum members costs more than the answer.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleDescriptionRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
FONT = int(Qt.ItemDataRole.FontRole)
ROW_ID = int(ID_ROLE)
# What the cells of an item view ask and this model never answers (check boxes, edits, size
# hints...): answered None at once.
ANSWERED = frozenset(
    {DISPLAY, TOOLTIP, ACCESSIBLE, ALIGNMENT, BACKGROUND, FOREGROUND, DECORATION, FONT, ROW_ID}
)
# The roles a row's cells are worked out for at once (the tooltip and the accessible
# description, asked on hover and by screen readers, are worked out when asked).
CELL_ROLES = (DISPLAY, BACKGROUND, FOREGROUND, ALIGNMENT, DECORATION, FONT, ROW_ID)
Cells = dict[int, tuple[Any, ...]]  # role → the answer for each column


class PaintedCells:
    """The cells a view paints without their texts, which it draws itself afterwards
    (``cell_texts.py``): all but the ``current`` one (row, column), whose text Qt draws, as
    it draws the focus frame over it, and those whose text is not one line of words (Qt
    formats a number by the locale, and breaks lines)."""

    def __init__(self, current: tuple[int, int] | None) -> None:
        self.cells: list[tuple[int, int]] = []
        self._current = current

    def take(self, row: int, column: int, text: object) -> bool:
        """True (and noted) when the view draws this cell's text."""
        if (row, column) == self._current or not isinstance(text, str):
            return False
        if "\n" in text or "\u2028" in text:
            return False
        self.cells.append((row, column))
        return True


class RowLook(Protocol):
    """How a model's rows look (``PagedTableModel``'s ``background`` … ``font``)."""

    def background(self, row: Any) -> QColor | None: ...

    def foreground(self, row: Any, column: int) -> QColor | None: ...

    def decoration(self, row: Any, column: int) -> QIcon | None: ...

    def font(self, row: Any) -> QFont | None: ...


def row_cells(
    look: RowLook, columns: Sequence[Column[Any]], row: Any, record_id: int | None
) -> Cells:
    """What each of ``columns`` shows of ``row``, for each of ``CELL_ROLES``."""
    count = range(len(columns))
    colour = look.background(row)
    brush = QBrush(colour) if colour is not None else None
    foregrounds = [look.foreground(row, c) for c in count]
    font = look.font(row)
    return {
        DISPLAY: tuple(column.text(row) for column in columns),
        BACKGROUND: (brush,) * len(count),
        FOREGROUND: tuple(QBrush(f) if f is not None else None for f in foregrounds),
        ALIGNMENT: tuple(RIGHT if column.right else None for column in columns),
        DECORATION: tuple(look.decoration(row, c) for c in count),
        FONT: (font,) * len(count),
        ROW_ID: (record_id,) * len(count),
    }


def loading_cells(count: int, words: str) -> Cells:
    """The cells of a row not read yet: ``words`` ("Loading…") in its first column."""
    empty: tuple[Any, ...] = (None,) * count
    cells = dict.fromkeys(ANSWERED, empty)
    cells[DISPLAY] = (words, *empty[1:])
    return cells
