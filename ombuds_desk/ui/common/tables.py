"""The table views every page uses: read-only, whole rows selected, Enter opens.

:class:`RowsView` is the view of a list on a page or dialog; :func:`fit_columns` sizes the
columns of a short list to their contents (a paged list of 100,000 rows is never measured:
it gets starting widths instead).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(self.open_requested)

    def stretch_column(self, column: int) -> None:
        """Give spare width to ``column`` (e.g. the name) instead of the last one."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_on_reset(self) -> None:
        """Size the columns to their contents whenever the model's rows are replaced."""
        self.model().modelReset.connect(lambda: fit_columns(self))

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


def fit_columns(view: QTableView, widest: int = 320) -> None:
    """Columns as wide as their cells (at most ``widest`` pixels); the last one stretches."""
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount() - 1):
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), widest))
