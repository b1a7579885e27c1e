"""The paged model base: lists from the register that can reach 100,000 rows.

Like Anki's browser table: a filter or sort asks the database for the ids once (it filters
and sorts), off the GUI thread through a :class:`~operations.Loader`; rows are then fetched
``PAGE`` at a time by id when shown, caching what was fetched. Subclasses say how to query
the ids (:meth:`PagedTableModel.ids_query`, a function of the session that captures the
filter as it is now) and the rows (:meth:`PagedTableModel.query_rows`), and what the columns
show (:class:`~columns.Column`).

A long list can show its first page first ("head-first", for a new filter or sort): the
subclass's read finds the first ``PAGE`` ids quickly (a LIMIT) and passes them to the function
:meth:`PagedTableModel.head_sender` gave it, which shows them at once; the whole list, read
right after in the same worker, then extends the rows shown (the first page is its head, so
nothing on screen moves). ``count_changed``, ``loaded`` and :meth:`after_load` wait for the
whole list; ``head_shown`` says the first page is on screen.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from sqlmodel import Session

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.services.core.reading import read
from ombuds_desk.ui.common.columns import RIGHT, Column, ColumnsModel, Index
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader

log = logging.getLogger(__name__)

RowT = TypeVar("RowT")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Loaded:
    """What one read of the list brings: the ids in order, and whatever else the rows need
    from the same transaction (the stalled threshold, the counts above the list)."""

    ids: list[int]
    context: Any = None


@dataclass(frozen=True)
class _Head:
    """The first page of a read still under way (``generation`` says which read)."""

    generation: int
    ids: list[int]
    context: Any


HeadSender = Callable[[list[int], Any], None]


class PagedTableModel(ColumnsModel[RowT]):
    """Rows by id from SQL, a page at a time; :meth:`refresh` asks for the ids again.

    ``count_changed(int)`` and ``loaded()`` follow each read that came back; until then the
    model shows what it showed before (a database error leaves it as it was).
    """

    PAGE = 200
    MAX_CACHED = 5000

    count_changed = Signal(int)
    loaded = Signal()
    head_shown = Signal()  # the first page of a head-first read is on screen
    # From the worker thread, queued to this model's thread.
    _head_found = Signal(object)

    def __init__(
        self,
        host: Host,
        columns: Sequence[Column[RowT]],
        sort: Any = None,
        descending: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(list(columns), parent)
        self._host = host
        self._sort = sort
        self._descending = descending
        self._ids: list[int] = []
        self._rows: dict[int, RowT] = {}
        self._row_of: dict[int, int] | None = None
        self.context: Any = None
        self.loader = Loader(host, self)
        self._generation = 0
        self._head_first = False  # the read being asked for shows its first page first
        self._shown_head: _Head | None = None
        self.extended = False  # the last read came as a first page, then the rest below it
        self._head_found.connect(self._show_head, Qt.ConnectionType.QueuedConnection)

    # -- what subclasses provide ---------------------------------------------------------

    def ids_query(self) -> Callable[[Session], Loaded]:
        """A function of a session, run on a worker thread: capture what it needs now."""
        raise NotImplementedError

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, RowT]:
        raise NotImplementedError

    def background(self, row: RowT) -> QColor | None:
        return None

    def foreground(self, row: RowT, column: int) -> QColor | None:
        return None

    def tooltip(self, row: RowT, column: int) -> str | None:
        return self._columns[column].tip(row)

    def decoration(self, row: RowT, column: int) -> QIcon | None:
        return None

    def font(self, row: RowT) -> QFont | None:
        return None

    # -- ids and rows ----------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def refresh(self, *, head_first: bool = False) -> None:
        """Ask the database again (off the GUI thread); the rows on screen stay until then.

        ``head_first`` (a new filter or sort): the first page is shown as soon as the read
        finds it (:meth:`head_sender`). Without it (a refresh after a change) the rows shown
        stay until the whole list replaces them, and the view keeps its place.
        """
        self._generation += 1
        self._shown_head = None
        self._head_first = head_first
        try:
            self.loader.load(self.ids_query(), self._apply)
        finally:
            self._head_first = False

    def head_sender(self) -> HeadSender | None:
        """For :meth:`ids_query` to call on this thread: when this read shows its first page
        first, a function for the worker to call with the first page's ids and context."""
        if not self._head_first:
            return None
        generation = self._generation

        def send(ids: list[int], context: Any) -> None:
            # The model may be gone (its page closed) while the read ran.
            with contextlib.suppress(RuntimeError):
                self._head_found.emit(_Head(generation, ids, context))

        return send

    def _show_head(self, head: _Head) -> None:
        if head.generation != self._generation or not self.loading:
            return  # a newer read was asked for, or the whole list is already here
        self._reset(head.ids, head.context)
        self._shown_head = head
        self.head_shown.emit()

    def after_load(self, step: Callable[[], object]) -> None:
        """Run ``step`` once the list on screen answers the latest filter."""
        self.loader.after_load(step)

    def _apply(self, loaded: Loaded) -> None:
        head, self._shown_head = self._shown_head, None
        self.extended = head is not None and loaded.ids[: len(head.ids)] == head.ids
        if head is not None and self.extended:
            # The rest of the list after the first page shown: rows added below, nothing moves.
            self.context = loaded.context
            if len(loaded.ids) > len(head.ids):
                self.beginInsertRows(QModelIndex(), len(head.ids), len(loaded.ids) - 1)
                self._ids = loaded.ids
                self._row_of = None
                self.endInsertRows()
        else:
            self._reset(loaded.ids, loaded.context)
        self.count_changed.emit(len(self._ids))
        self.loaded.emit()

    def _reset(self, ids: list[int], context: Any) -> None:
        """Show these ids instead of the rows shown (the view starts again at the top)."""
        self.beginResetModel()
        self._ids = ids
        self.context = context
        self._rows.clear()
        self._row_of = None
        self.endResetModel()

    def ids(self) -> list[int]:
        """Every id of the list, in order."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {rid: i for i, rid in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def row_at(self, row: int) -> RowT | None:
        """The row at ``row``, fetching its page (on this thread: a page is quick) if need be."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id not in self._rows:
            if len(self._rows) > self.MAX_CACHED:
                self._rows.clear()
            start = row // self.PAGE * self.PAGE
            page = self._ids[start : start + self.PAGE]
            try:
                self._rows.update(read(self._host.db, lambda s: self.query_rows(s, page)))
            except DatabaseUnavailableError as exc:
                # Painting cannot stop for a message box: the cells stay empty, and the next
                # refresh (a Loader read) says what is wrong.
                log.warning("Rows not read: %s", exc.message)
                return None
        return self._rows.get(record_id)

    def forget(self, record_ids: Sequence[int]) -> None:
        """Read these rows again when next shown (after a change to them)."""
        for record_id in record_ids:
            self._rows.pop(record_id, None)
            row = self.row_of(record_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def cached_rows(self) -> int:
        return len(self._rows)

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort is None:
            return
        self._sort = self._columns[column].sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh(head_first=True)  # a new order shows its first page first

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self._columns) if c.sort == self._sort), 0)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[column].text(row)
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # read out by screen readers
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._columns[column].right else None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row)
        return None
