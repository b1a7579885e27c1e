"""The table views every page uses: read-only, whole rows selected, Enter opens.

:class:`RowsView` is the view of a list on a page or dialog. Its columns follow one policy,
:func:`fit_columns`: every column as wide as its title and the cells in view (a number or a
name is never cut while there is room; at most ``MAX_COLUMN_WIDTH``, or less where a
:class:`~ombuds_desk.ui.common.columns.Column` says ``widest``), and the LAST column
takes the width left over, so an empty middle column never takes hundreds of pixels. Only
the rows in view and ``MEASURED_ROWS`` more are measured (of a paged list, only the rows
in view: no page is fetched to be measured), so 100,000 rows cost no more than a few; before any row is there, a column is its title's width or
its :class:`~ombuds_desk.ui.common.columns.Column` ``width`` hint. The columns are fitted
again whenever the rows are replaced, until the user drags a column's edge (then their
widths stay). A view that set a column's resize mode itself (to contents, or stretched)
keeps that column as it chose.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ombuds_desk.ui.common.cell_texts import CellTexts
from ombuds_desk.ui.common.paged_model import PagedTableModel

MAX_COLUMN_WIDTH = 320  # a column of long notes stops here (its tooltip shows the rest)
MEASURED_ROWS = 200  # rows measured beyond those in view when a column is fitted


class RowsView(QTableView):
    """A read-only, row-selecting table; Enter or a double click emits ``open_requested``.

    ``multi`` allows selecting many rows (Shift and Ctrl); ``sortable`` lets the header sort
    (the model decides how).
    """

    open_requested = Signal()

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        *,
        multi: bool = False,
        sortable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(sortable)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # What "fit to the contents" measures: the rows in view and a page more, never all;
        # a paged list only the rows in view (measuring more would fetch pages unseen).
        # (A column's width is measured over the rows the *horizontal* header's precision
        # allows: QTableView.sizeHintForColumn.)
        paged = isinstance(model, PagedTableModel)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(0 if paged else MEASURED_ROWS)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(self.open_requested)
        # The column policy (module docstring): fitted now and whenever the rows change.
        self.user_sized = False
        self._fitting = False
        self._paged = paged
        # A paged list's cell texts drawn from laid-out glyphs kept (cell_texts.py).
        self.cell_texts = CellTexts(self, model) if isinstance(model, PagedTableModel) else None
        self._fit_when_shown = False
        header.sectionResized.connect(self._on_section_resized)
        if paged:
            # After the rows are in and shown: fitting inside the reset would fetch pages
            # the view has not asked for yet.
            self._fit_later = QTimer(self)
            self._fit_later.setSingleShot(True)
            self._fit_later.setInterval(0)
            self._fit_later.timeout.connect(self.refit)
            model.modelReset.connect(self._fit_later.start)
            model.rowsInserted.connect(self._on_rows_inserted)
        else:
            model.modelReset.connect(self.refit)
            model.rowsInserted.connect(self.refit)
        self.refit()

    @Slot()
    def refit(self) -> None:
        """Fit the columns to the rows now shown, unless the user sized them by hand."""
        if self.user_sized:
            return
        if self._paged and not self.isVisible():
            # Qt measures a hidden view over *every* row (QTableView.sizeHintForColumn):
            # a paged list on a page not shown would fetch all its pages on the GUI thread.
            self._fit_when_shown = True
            return
        self._fitting = True
        try:
            fit_columns(self)
        finally:
            self._fitting = False

    @Slot(QModelIndex, int, int)
    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        # A paged list measures the rows in view only: rows added below them (the rest of a
        # list after its first page) change no width, and fitting again measured the same
        # rows (70 ms on the review queue's first showing).
        bottom = self.rowAt(self.viewport().height() - 1)
        if self.isVisible() and 0 <= bottom < first:
            return
        self._fit_later.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.cell_texts is None:
            super().paintEvent(event)
        else:
            self.cell_texts.paint(event, super().paintEvent)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit_when_shown = False
            self._fit_later.start()  # once shown and laid out: the rows in view only

    @Slot(int, int, int)
    def _on_section_resized(self, _column: int, _old: int, _new: int) -> None:
        # A drag on the header's edge (a mouse button down), not a width set by the code.
        if not self._fitting and QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.user_sized = True

    def stretch_column(self, column: int) -> None:
        """Give spare width to ``column`` (e.g. the name) instead of the last one."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_on_reset(self) -> None:
        """Size the columns to their contents whenever the model's rows are replaced (every
        RowsView does so now: kept for the callers that ask)."""

    def current_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_row(self, row: int) -> None:
        count = self.model().rowCount()
        if count:
            row = min(max(row, 0), count - 1)
            self.setCurrentIndex(self.model().index(row, 0))
            self.selectRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _last_visible(view: QTableView) -> int | None:
    header = view.horizontalHeader()
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return None


def _width_hint(model: QAbstractItemModel, column: int) -> int:
    """The model's starting width for ``column`` (a Column's ``width``), else 0."""
    hint = getattr(model, "column_width", None)
    width = hint(column) if callable(hint) else None
    return int(width or 0)


def _widest_hint(model: QAbstractItemModel, column: int) -> int | None:
    """The most the model lets ``column`` take (a Column's ``widest``), else None."""
    hint = getattr(model, "column_widest", None)
    widest = hint(column) if callable(hint) else None
    return int(widest) if widest else None


def fit_columns(view: QTableView, widest: int = MAX_COLUMN_WIDTH) -> None:
    """Columns as wide as their title and cells (at most ``widest`` pixels, or the column's
    own ``widest`` if less); the last one stretches. Columns a view gave another resize mode
    than Interactive are left alone."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    last = _last_visible(view)
    rows = model.rowCount()
    for column in range(model.columnCount()):
        if column == last or header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        view.resizeColumnToContents(column)
        width = view.columnWidth(column)
        if not rows:
            width = max(width, _width_hint(model, column))
        view.setColumnWidth(column, min(width, widest, _widest_hint(model, column) or widest))
