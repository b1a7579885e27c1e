"""The small-rows model base: a few rows held whole (a case's contacts and history, a file's
problems, a shipment's parcels on a dialog), shown by :class:`~columns.Column`.

A list that can reach thousands of rows from the register pages from SQL instead
(:mod:`paged_model`). Sorting here compares raw values (a line number as a number), with
empty cells last; subclasses colour rows through :meth:`RowsTableModel.background`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ombuds_desk.ui.common.columns import RIGHT, Column, ColumnsModel, Index, role_slots
from ombuds_desk.ui.common.paged_cells import (
    ACCESSIBLE,
    ALIGNMENT,
    BACKGROUND,
    DISPLAY,
    FOREGROUND,
    TOOLTIP,
)

RowT = TypeVar("RowT")


class RowsTableModel(ColumnsModel[RowT]):
    """Shows ``rows`` with one column per :class:`Column`; ``set_rows`` replaces them."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        parent: QObject | None = None,
        rows: Sequence[RowT] = (),
    ) -> None:
        super().__init__(list(columns), parent)
        self._rows: list[RowT] = list(rows)

    def set_rows(self, rows: Sequence[RowT], columns: Sequence[Column[RowT]] | None = None) -> None:
        """Replace the rows (and the columns, when given)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = list(columns)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- what subclasses may colour ------------------------------------------------------

    def background(self, row: RowT) -> QColor | None:
        return None

    def foreground(self, row: RowT) -> QColor | None:
        return None

    def tooltip(self, row: RowT, column: Column[RowT]) -> str | None:
        return column.tip(row)

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        return self._answer(row, self._columns[index.column()], int(role))

    def multiData(
        self,
        index: Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        # A paint, or a column measured to fit (200 rows), asks each cell for seven roles at
        # once (QStyledItemDelegate): one call into Python a cell instead of seven.
        row = self.row_at(index.row()) if index.isValid() else None
        column = index.column()
        if row is None or not 0 <= column < len(self._columns):
            for slot in role_slots(roleDataSpan):
                slot.clearData()
            return
        spec = self._columns[column]
        for slot in role_slots(roleDataSpan):
            value = self._answer(row, spec, slot.role())
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    def _answer(self, row: RowT, column: Column[RowT], role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        if role == DISPLAY:
            return column.text(row)
        if role in (TOOLTIP, ACCESSIBLE):  # the description is read out by screen readers
            return self.tooltip(row, column)
        if role == ALIGNMENT:
            value = column.value(row) if column.value is not None else None
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            return RIGHT if column.right or numeric else None
        if role == BACKGROUND:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == FOREGROUND:
            colour = self.foreground(row)
            return QBrush(colour) if colour is not None else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        get = spec.value or spec.text

        def key(row: RowT) -> tuple[int, Any]:
            value = get(row)
            if value is None or value == "":
                return (1, "")
            if isinstance(value, int | float):
                return (0, (0, value, ""))
            return (0, (1, 0, str(value).casefold()))

        self.layoutAboutToBeChanged.emit()
        present = [r for r in self._rows if key(r)[0] == 0]
        empty = [r for r in self._rows if key(r)[0] == 1]
        present.sort(key=lambda r: key(r)[1], reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + empty
        self.layoutChanged.emit()
