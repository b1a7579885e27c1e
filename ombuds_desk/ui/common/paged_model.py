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

A read again of a list whose rows were on screen (a page shown again, a change elsewhere)
brings, from the same worker and transaction, the rows the view will paint: the first
page's with new ids. With ``renew_in_place`` (a page whose buttons follow ``loaded`` as well
as a reset), when the ids are those shown (``unchanged``) the model is not reset: the view
keeps its place, its selection and its column widths (nothing is measured again), and the
rows of the pages in view are replaced in place. Either way the GUI thread reads no row to
paint what it shows after the read. A list whose view shows it as soon as it is read (a page
made when first opened, the panel of the shipment selected) sets ``rows_with_first_read``:
its first read brings the first page's rows too, so the first paint reads nothing on the GUI
thread either (a list read but never painted reads no row, the default).

With ``rows_in_background`` (a list that scrolls through 100,000 rows) a page not read yet
is read by a worker when first painted: its cells say "Loading…" until then, and the window
never waits for it. :meth:`row_at` (a row the code acts on) still reads at once.

What a row's cells show (texts, colours, icons, font, alignment: ``paged_cells.py``) is
worked out once per row and kept until the model says its rows changed (``dataChanged``, a reset, rows inserted or
removed, a new layout): a paint asks each cell for seven roles, a few thousand answers, which
then cost a lookup each. The view's delegate asks them all at once (``multiData``: one call
into Python a cell, not seven, each taking the interpreter lock), and a cell's flags are
Qt's own (no call into Python at all). How a row looks must therefore depend on the row (or
on state whose change the model signals), as the view itself requires to repaint.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon
from sqlmodel import Session

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.services.core.reading import read
from ombuds_desk.ui.common.columns import Column, ColumnsModel, Index, role_slots
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader
from ombuds_desk.ui.common.paged_cells import (
    ANSWERED,
    DISPLAY,
    Cells,
    PaintedCells,
    loading_cells,
    row_cells,
)
from ombuds_desk.ui.common.paged_cells import ID_ROLE as ID_ROLE  # where the pages import it from

log = logging.getLogger(__name__)

RowT = TypeVar("RowT")


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
    rows: dict[int, Any]  # read with the ids: the first paint reads nothing


@dataclass(frozen=True)
class _Read(Generic[RowT]):
    """A read of the list and the rows of the pages in view, from one transaction."""

    loaded: Loaded
    unchanged: bool  # the ids are those shown when the read was asked for
    rows: dict[int, RowT]


HeadSender = Callable[[list[int], Any], None]
RowsReader = Callable[[Session, Sequence[int], Any], dict[int, Any]]


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
        self.unchanged = False  # the last read found the ids shown: the rows were only renewed
        self.rows_in_background = False  # pages not read yet are read by a worker (docstring)
        self.renew_in_place = False  # the same ids read again: no reset (docstring)
        self.rows_with_first_read = False  # shown once read: its first read brings rows too
        self._reading: set[int] = set()  # first rows of the pages a worker is reading
        self._head_session: list[Session] = []
        self._last_shown = 0  # the last row painted: its page is "in view"
        self._head_found.connect(self._show_head, Qt.ConnectionType.QueuedConnection)
        # The cells of the rows painted, by row number (the module docstring): forgotten
        # whenever the model tells its views that rows changed; and while a view draws their
        # texts itself (cell_texts.py), the cells it paints, (row, column), handed over bare.
        self._cells: dict[int, Cells] = {}
        self.painted_cells: PaintedCells | None = None
        for changed in (
            self.dataChanged,
            self.modelReset,
            self.rowsInserted,
            self.rowsRemoved,
            self.layoutChanged,
            self.rowsMoved,
        ):
            changed.connect(self._forget_cells)

    # -- what subclasses provide ---------------------------------------------------------

    def ids_query(self) -> Callable[[Session], Loaded]:
        """A function of a session, run on a worker thread: capture what it needs now."""
        raise NotImplementedError

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, RowT]:
        raise NotImplementedError

    def rows_reader(self) -> RowsReader:
        """A function of a session, ids and the read's context, run on a worker thread: the
        rows as :meth:`query_rows` reads them. A model whose rows depend on its context (the
        day counted from) overrides it to use the context of the read it comes with."""
        return lambda session, ids, _context: self.query_rows(session, ids)

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
        # The worker's session, for the first page's rows (head_sender's ``send``).
        reading: list[Session] = []
        self._head_session = reading
        try:
            query = self.ids_query()
        finally:
            self._head_first = False
        shown = self._ids if self.renew_in_place else []
        page, reader = self.PAGE, self.rows_reader()
        # Only a list whose rows were painted brings rows along (one never shown reads none),
        # or one shown as soon as read (``rows_with_first_read``), one page: that of the row
        # last painted (the same list), or the first (a new one).
        painted = bool(self._rows) or self.rows_with_first_read
        last = min(self._last_shown, max(len(self._ids) - 1, 0))
        near = {last // page * page} if painted else set()
        first = {0} if painted else set()

        def work(session: Session) -> _Read[RowT]:
            reading.append(session)
            loaded = query(session)
            unchanged = bool(shown) and loaded.ids == shown
            # The same list keeps its place: the pages in view; a new one starts at the top.
            starts = sorted(near if unchanged else first)
            wanted = [i for start in starts for i in loaded.ids[start : start + page]]
            rows = reader(session, wanted, loaded.context) if wanted else {}
            return _Read(loaded, unchanged, rows)

        self.loader.load(work, self._apply)

    def head_sender(self) -> HeadSender | None:
        """For :meth:`ids_query` to call on this thread: when this read shows its first page
        first, a function for the worker to call with the first page's ids and context."""
        if not self._head_first:
            return None
        generation, reading, reader = self._generation, self._head_session, self.rows_reader()

        def send(ids: list[int], context: Any) -> None:
            # The rows of the first page too, in the same transaction: the window shows them
            # without reading on the GUI thread.
            rows = reader(reading[0], ids, context) if reading and ids else {}
            # The model may be gone (its page closed) while the read ran.
            with contextlib.suppress(RuntimeError):
                self._head_found.emit(_Head(generation, ids, context, rows))

        return send

    def _show_head(self, head: _Head) -> None:
        if head.generation != self._generation or not self.loading:
            return  # a newer read was asked for, or the whole list is already here
        self._reset(head.ids, head.context, head.rows)
        self._shown_head = head
        self.head_shown.emit()

    def after_load(self, step: Callable[[], object]) -> None:
        """Run ``step`` once the list on screen answers the latest filter."""
        self.loader.after_load(step)

    def _apply(self, read: _Read[RowT]) -> None:
        loaded = read.loaded
        head, self._shown_head = self._shown_head, None
        self.extended = head is not None and loaded.ids[: len(head.ids)] == head.ids
        self.unchanged = head is None and read.unchanged and loaded.ids == self._ids
        if self.unchanged:
            # The same ids: the rows in view renewed in place, nothing reset or measured.
            self.context = loaded.context
            self._rows = dict(read.rows)
            self._reading.clear()
            if self._ids:
                last = self.index(len(self._ids) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        elif head is not None and self.extended:
            # The rest of the list after the first page shown: rows added below, nothing moves.
            self.context = loaded.context
            if len(loaded.ids) > len(head.ids):
                self.beginInsertRows(QModelIndex(), len(head.ids), len(loaded.ids) - 1)
                self._ids = loaded.ids
                self._row_of = None
                self.endInsertRows()
            self._rows.update(read.rows)
        else:
            self._reset(loaded.ids, loaded.context, read.rows)
        self.count_changed.emit(len(self._ids))
        self.loaded.emit()

    def _reset(self, ids: list[int], context: Any, rows: dict[int, RowT] | None = None) -> None:
        """Show these ids instead of the rows shown (the view starts again at the top), with
        the rows already read for them."""
        self.beginResetModel()
        self._ids = ids
        self.context = context
        self._rows = dict(rows or {})
        self._reading.clear()
        self._row_of = None
        self._last_shown = 0
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

    def _shown_row(self, row: int) -> RowT | None:
        """The row to paint at ``row``: at once if read; else, with ``rows_in_background``,
        None while a worker reads its page (the cells say "Loading…" meanwhile)."""
        self._last_shown = row
        record_id = self._ids[row] if 0 <= row < len(self._ids) else None
        if record_id is None:
            return None
        found = self._rows.get(record_id)
        if found is not None or not self.rows_in_background:
            return found if found is not None else self.row_at(row)
        self._read_page(row // self.PAGE * self.PAGE)
        return None

    def _read_page(self, start: int) -> None:
        """Read the page starting at row ``start`` off the GUI thread, then repaint it."""
        if start in self._reading:
            return
        self._reading.add(start)
        ids = self._ids[start : start + self.PAGE]
        reader, context, generation = self.rows_reader(), self.context, self._generation

        def done(rows: dict[int, RowT] | None, error: BaseException | None) -> None:
            if not shiboken6.isValid(self):
                return  # the page was closed while its rows were read
            self._reading.discard(start)
            if error is not None:
                log.warning("Rows not read: %s", error)
                self._forget_cells()  # no longer "Loading…": asked again when next painted
                return
            if generation != self._generation or self._ids[start : start + self.PAGE] != ids:
                return  # the list was read again meanwhile: its own rows will come
            if len(self._rows) > self.MAX_CACHED:
                self._rows.clear()
            self._rows.update(rows or {})
            last = min(start + self.PAGE, len(self._ids)) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, self.columnCount() - 1))

        db = self._host.db
        self._host.tasks.run(lambda: read(db, lambda s: reader(s, ids, context)), done)

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
        # Asked several thousand times a paint: the cheap refusals first, then the cells of
        # a row already worked out (one lookup).
        role = int(role)
        if role not in ANSWERED:
            return None
        row = index.row()
        cells = self._cells.get(row)
        if cells is not None:
            self._last_shown = row
            found = cells.get(role)
            if found is not None:
                return found[index.column()]
        elif not index.isValid():
            return None
        shown = self._shown_row(row)
        if shown is None:
            if self.rows_in_background and row // self.PAGE * self.PAGE in self._reading:
                # Its page is being read: the row says so until the rows come (dataChanged).
                cells = self._cells[row] = self._loading_cells()
                return cells[role][index.column()]
            if role == DISPLAY and index.column() == 0 and self._reading:
                return self._loading_cells()[DISPLAY][0]
            return None
        if cells is None:
            cells = self._cells[row] = self._cells_of(shown, self.id_at(row))
            found = cells.get(role)
            if found is not None:
                return found[index.column()]
        # The tooltip, also read out by screen readers.
        return self.tooltip(shown, index.column())

    def multiData(
        self,
        index: Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        # A paint asks each cell for seven roles at once (QStyledItemDelegate): one call into
        # Python a cell, answered from the row's cells, instead of seven calls of ``data``.
        slots = role_slots(roleDataSpan)
        row = index.row()
        cells = self._cells.get(row)
        if cells is None and index.isValid():
            self.data(index, DISPLAY)  # works out the row's cells (or its "Loading…" ones)
            cells = self._cells.get(row)
        if cells is None:
            for slot in slots:
                slot.setData(self.data(index, slot.role()))
            return
        self._last_shown = row
        column = index.column()
        painted = self.painted_cells  # the view draws the texts (cell_texts.py): none here
        bare = painted is not None and painted.take(row, column, cells[DISPLAY][column])
        for slot in slots:
            role = slot.role()
            found = None if role == DISPLAY and bare else cells.get(role)
            if found is not None:
                value = found[column]
                if value is None:
                    slot.clearData()
                else:
                    slot.setData(value)
            elif role in ANSWERED and role != DISPLAY:  # worked out when asked (the tooltip)
                slot.setData(self.data(index, role))
            else:
                slot.clearData()

    def row_cells(self, row: int) -> Cells | None:
        """What the cells of ``row`` showed when last painted (None if not since a change)."""
        return self._cells.get(row)

    def _cells_of(self, row: RowT, record_id: int | None) -> Cells:
        """What each column of ``row`` shows, for each of ``CELL_ROLES``."""
        return row_cells(self, self._columns, row, record_id)

    def _loading_cells(self) -> Cells:
        """The cells of a row whose page is being read: "Loading…" in its first column."""
        # The words of the page's loading badge (operations.LoadingBadge), translated.
        return loading_cells(
            len(self._columns), QCoreApplication.translate("LoadingBadge", "Loading…")
        )

    def _forget_cells(self, *_args: object) -> None:
        self._cells.clear()
