"""A long list's cell texts drawn in one pass from glyphs laid out once.

Qt's own cell (``QStyledItemDelegate``, the style's ``CE_ItemViewItem``) lays each text out
five times a paint (three measures, the elision, the drawing): most of what a repaint of the
person list costs the GUI thread. While a view with :class:`CellTexts` paints, its paged
model hands the style each cell without its text (the style draws the background, the
selection, the icon, the focus, as ever) and notes which cells were painted; the view then
draws their texts, each from glyphs laid out once per text, font, width and alignment and
kept, where and as ``QCommonStyle`` draws them: the cell's text rectangle less the focus
margins, elided with "…", aligned as the model says, in the palette's colour (selected or
not, active or not) or the model's, in the model's font or the view's.

Only where that is known to be how the style draws an item's text: the Fusion style (Linux,
the dark theme) with no style sheet, left to right, no word wrap, Qt's own delegate (none of
a column's own), a cell's text one line of words (``paged_cells.PaintedCells``). Another
style (Windows, macOS) draws as before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QItemSelectionRange, QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGlyphRun,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ombuds_desk.ui.common.paged_cells import (
    ALIGNMENT,
    DECORATION,
    DISPLAY,
    FONT,
    FOREGROUND,
    Cells,
    PaintedCells,
)
from ombuds_desk.ui.common.paged_model import PagedTableModel

CACHED_TEXTS = 4000  # laid-out texts kept: a screen shows a few hundred cells
STYLES = frozenset({"fusion"})  # whose item text this module draws as they do

_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_VERTICAL = Qt.AlignmentFlag.AlignVertical_Mask.value
_TOP = Qt.AlignmentFlag.AlignTop.value
_BOTTOM = Qt.AlignmentFlag.AlignBottom.value

# text, font number, width, height, alignment, elide mode (the view's, which may change)
_Key = tuple[str, int, int, int, int, Qt.TextElideMode]
# A row painted: its cells, top and height, and the columns selected in it (first, last).
_Row = tuple[Cells | None, int, int, list[tuple[int, int]]]


class CellTexts:
    """Draws the texts of the cells ``view`` just painted (see the module docstring)."""

    def __init__(self, view: QTableView, model: PagedTableModel[Any]) -> None:
        self._view = view
        self._model = model
        self.enabled = True  # False: Qt alone draws the cells (the tests compare the two)
        self._laid: OrderedDict[_Key, tuple[list[QGlyphRun], int, bool]] = OrderedDict()
        self._fonts: list[QFont] = []  # the fonts met, by number (a QFont is no dict key)
        self._options: dict[int, QTextOption] = {}  # by alignment
        self.layouts_made = 0  # texts laid out since made (the tests count them)

    def applies(self) -> bool:
        """The view's style draws item texts as this module does."""
        view = self._view
        return (
            self.enabled
            and view.style().name() in STYLES
            and view.layoutDirection() == Qt.LayoutDirection.LeftToRight
            and not view.wordWrap()  # one line: a wrapped text may take two in a tall row
            and view.model() is self._model
            # Qt's own cell, which asks the model as this module expects (a delegate of
            # another kind may paint otherwise), for every column.
            and type(view.itemDelegate()) is QStyledItemDelegate
            and not any(map(view.itemDelegateForColumn, range(self._model.columnCount())))
        )

    def paint(self, event: QPaintEvent, paint_cells: Callable[[QPaintEvent], None]) -> None:
        """The view's ``paintEvent``: its cells painted by ``paint_cells`` (Qt's), without
        their texts when :meth:`applies`, then the texts."""
        if not self.applies():
            paint_cells(event)
            return
        current = self._view.currentIndex()
        painted = PaintedCells((current.row(), current.column()) if current.isValid() else None)
        self._model.painted_cells = painted
        try:
            paint_cells(event)
        finally:
            self._model.painted_cells = None
        if painted.cells:
            painter = QPainter(self._view.viewport())
            try:
                self.draw(painter, painted.cells)
            finally:
                painter.end()

    def draw(self, painter: QPainter, painted: list[tuple[int, int]]) -> None:
        """Draw the texts of the ``painted`` cells (row, column) as the style would."""
        if not painted:
            return
        view, model = self._view, self._model
        base = QStyleOptionViewItem()
        view.initViewItemOption(base)
        state = base.state.value
        group = QPalette.ColorGroup.Disabled
        if state & _ENABLED:
            active = state & _ACTIVE
            group = QPalette.ColorGroup.Normal if active else QPalette.ColorGroup.Inactive
        palette = base.palette
        plain = palette.color(group, QPalette.ColorRole.Text)
        selected_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        grid = 1 if view.showGrid() else 0
        view_font = self._font_number(base.font)
        default_align = base.displayAlignment.value
        elide = base.textElideMode
        selected = self._selected_ranges()
        columns: dict[int, tuple[int, int]] = {}
        rows: dict[int, _Row] = {}
        pen: QColor | None = None
        for row, column in painted:
            at_row = rows.get(row)
            if at_row is None:
                at_row = rows[row] = (
                    model.row_cells(row),
                    view.rowViewportPosition(row),
                    view.rowHeight(row) - grid,
                    [
                        (left, right)
                        for top, bottom, left, right in selected
                        if top <= row <= bottom
                    ],
                )
            cells, y, height, chosen = at_row
            if cells is None:
                continue
            text = cells[DISPLAY][column]
            if not text:
                continue
            at_column = columns.get(column)
            if at_column is None:
                at_column = columns[column] = (
                    view.columnViewportPosition(column),
                    view.columnWidth(column) - grid,
                )
            x, width = at_column
            if cells[DECORATION][column] is not None:
                x, width = self._beside_icon(base, row, column, QRect(x, y, width, height))
            font = cells[FONT][column]
            number = view_font if font is None else self._font_number(font.resolve(base.font))
            align = cells[ALIGNMENT][column]
            align = default_align if align is None else int(align)
            if chosen and any(left <= column <= right for left, right in chosen):
                colour = selected_text
            else:
                brush = cells[FOREGROUND][column]
                colour = brush.color() if isinstance(brush, QBrush) else plain
            width -= 2 * margin
            runs, top, past = self._glyphs(text, number, width, height, align, elide)
            if colour != pen:
                painter.setPen(colour)
                pen = colour
            origin = QPointF(x + margin, y + top)
            if number == view_font and not past:
                for run in runs:
                    painter.drawGlyphRun(origin, run)
                continue
            # A line taller than the row (another font, a row made lower): cut at the cell,
            # as the style cuts it.
            painter.save()
            painter.setClipRect(
                QRect(x, y, width + 2 * margin, height), Qt.ClipOperation.IntersectClip
            )
            for run in runs:
                painter.drawGlyphRun(origin, run)
            painter.restore()

    def _selected_ranges(self) -> list[tuple[int, int, int, int]]:
        selection = self._view.selectionModel()
        if selection is None:
            return []
        ranges = cast("Iterable[QItemSelectionRange]", selection.selection())  # the stubs
        return [(r.top(), r.bottom(), r.left(), r.right()) for r in ranges]

    def _beside_icon(
        self, base: QStyleOptionViewItem, row: int, column: int, rect: QRect
    ) -> tuple[int, int]:
        """Where the style puts the text of a cell with an icon: asked of the style."""
        option = QStyleOptionViewItem(base)
        option.rect = rect
        index: QModelIndex = self._model.index(row, column)
        delegate = self._view.itemDelegate()
        assert isinstance(delegate, QStyledItemDelegate)  # applies() says so
        delegate.initStyleOption(option, index)
        text = self._view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, option, self._view
        )
        return text.x(), text.width()

    def _font_number(self, font: QFont) -> int:
        for number, known in enumerate(self._fonts):
            if known == font:
                return number
        self._fonts.append(QFont(font))
        return len(self._fonts) - 1

    def _glyphs(
        self,
        text: str,
        number: int,
        width: int,
        height: int,
        align: int,
        elide: Qt.TextElideMode,
    ) -> tuple[list[QGlyphRun], int, bool]:
        """The text's glyphs laid out as ``QCommonStyle`` lays out an item's text in a
        rectangle ``width`` by ``height``, how far below its top they start, and whether
        they reach past it (to be cut at the cell)."""
        key = (text, number, width, height, align, elide)
        found = self._laid.get(key)
        if found is not None:
            self._laid.move_to_end(key)
            return found
        font = self._fonts[number]
        option = self._options.get(align)
        if option is None:
            option = self._options[align] = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.ManualWrap)
            option.setTextDirection(Qt.LayoutDirection.LeftToRight)
            option.setAlignment(Qt.AlignmentFlag(align))
        # One line (these lists never wrap), elided as the style elides it: laid out again,
        # elided, only when too wide (most texts fit).
        layout, drawn = _one_line(text, font, option, width)
        if drawn.naturalTextWidth() > width:
            shown = QFontMetrics(font).elidedText(text, elide, width)
            layout, drawn = _one_line(shown, font, option, width)
        # Placed in whole pixels, as QCommonStyle places it: QStyle::alignedRect of the
        # line's height rounded (QSizeF::toSize), centred as the cell's half less the line's,
        # each halved in whole pixels. Halved exactly, a text in a row or a font of another
        # height than the default's stood a pixel off.
        tall = int(drawn.height() + 0.5)
        vertical = align & _VERTICAL
        if vertical == _TOP:
            top = 0
        elif vertical == _BOTTOM:
            top = height - tall
        else:
            top = height // 2 - tall // 2
        self.layouts_made += 1
        # Taller than the cell: cut at it, as the style cuts every cell it draws.
        laid = (layout.glyphRuns(), top, top < 0 or top + tall > height)
        self._laid[key] = laid
        if len(self._laid) > CACHED_TEXTS:
            self._laid.popitem(last=False)
        return laid


def _one_line(
    text: str, font: QFont, option: QTextOption, width: int
) -> tuple[QTextLayout, QTextLine]:
    """``text`` laid out on one line ``width`` wide, as the style lays out an item's text."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    return layout, line
