"""The person list's view: sortable header (the database sorts), fixed row height, Enter opens;
Shift and Ctrl select many rows (to reassign them at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ombuds_desk.ui.cases.person_model import COLUMNS, PersonTableModel
from ombuds_desk.ui.common.cell_texts import CellTexts


class PersonTableView(QTableView):
    """Emits ``open_requested`` on Enter/Return or a double click on a row."""

    open_requested = Signal()

    def __init__(self, model: PersonTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setCornerButtonEnabled(False)
        # Never measure 100,000 rows: fixed row heights, fixed starting column widths.
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, spec in enumerate(COLUMNS):
            self.setColumnWidth(column, spec.width or 100)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self.open_requested)
        self.cell_texts = CellTexts(self, model)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The cells' texts drawn after them from laid-out glyphs kept (cell_texts.py).
        self.cell_texts.paint(event, super().paintEvent)

    def person_model(self) -> PersonTableModel:
        model = self.model()
        assert isinstance(model, PersonTableModel)
        return model

    def current_person_id(self) -> int | None:
        index = self.currentIndex()
        return self.person_model().id_at(index.row()) if index.isValid() else None

    def selected_person_ids(self) -> list[int]:
        """The cases of the rows selected, in the list's order."""
        model = self.person_model()
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [i for i in (model.id_at(row) for row in rows) if i is not None]

    def select_person(self, person_id: int) -> bool:
        """Select and show the row of ``person_id``; False when it is not in the list."""
        row = self.person_model().row_of(person_id)
        if row is None:
            return False
        index = self.person_model().index(row, 0)
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
