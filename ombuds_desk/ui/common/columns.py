"""A column of a table model: its title and how a row shows in it.

Both model bases (:mod:`rows_model` for a few rows held whole, :mod:`paged_model` for lists
paged from SQL) take a sequence of these, so a table is declared as data, and a page that
shows the same rows in two tables (the Parcels page and the case's Mail tab) shares them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """``title`` is untranslated (the model translates it); ``text(row)`` what the cell shows.

    ``sort`` is the service's sort key for a paged list (None: the column does not sort);
    ``value(row)`` the raw value a small list sorts by (default: the text); ``right`` aligns
    numbers; ``width`` is the starting width in pixels of a list too long to measure;
    ``widest`` the most pixels the column takes when fitted to its cells (default: the
    view's, ``tables.MAX_COLUMN_WIDTH``), so that a rare long text does not push the columns
    after it out of view; ``tooltip(row)`` the cell's tooltip (default: the text, when it is
    long: what a column too narrow for it cuts).
    """

    title: str
    text: Callable[[RowT], str]
    sort: Any = None
    value: Callable[[RowT], Any] | None = None
    right: bool = False
    width: int | None = None
    widest: int | None = None
    tooltip: Callable[[RowT], str | None] | None = None

    def tip(self, row: RowT) -> str | None:
        if self.tooltip is not None:
            return self.tooltip(row)
        text = self.text(row)
        return text if len(text) > 30 else None


def column_title(context: str, column: Column[Any]) -> str:
    return QCoreApplication.translate(context, column.title)


def value_columns(titles: list[str]) -> list[Column[tuple[Any, ...]]]:
    """Columns over rows of plain values (a file's lines, problems with their line number):
    empty cells for None, numbers aligned right and sorted as numbers."""

    def make(i: int, title: str) -> Column[tuple[Any, ...]]:
        def value(row: tuple[Any, ...]) -> Any:
            return row[i] if i < len(row) else None

        def text(row: tuple[Any, ...]) -> str:
            cell = value(row)
            return "" if cell is None else str(cell)

        return Column(title, text, value=value, tooltip=lambda row: text(row) or None)

    return [make(i, title) for i, title in enumerate(titles)]


class ColumnsModel(QAbstractTableModel, Generic[RowT]):
    """What both model bases share: read-only cells under the columns' translated titles.

    A cell's flags are Qt's own (enabled and selectable; nothing for no cell): asked once a
    cell a paint, they are answered without a call into Python.
    """

    CONTEXT = "Columns"  # where column titles are translated

    def __init__(self, columns: list[Column[RowT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return column_title(self.CONTEXT, self._columns[section])
        return None

    def column_width(self, section: int) -> int | None:
        """The column's starting width before any row is there (``Column.width``)."""
        return self._columns[section].width if 0 <= section < len(self._columns) else None

    def column_widest(self, section: int) -> int | None:
        """The most the column takes when fitted to its cells (``Column.widest``)."""
        return self._columns[section].widest if 0 <= section < len(self._columns) else None


def role_slots(span: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The roles a ``multiData`` call asks, each to be answered (``setData``) or cleared."""
    if isinstance(span, QModelRoleData):
        return (span,)
    return cast("Iterable[QModelRoleData]", span)  # a span is iterable; the stubs omit it
