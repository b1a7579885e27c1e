"""The person list as a Qt table model: ids in order from SQL, rows fetched lazily by page.

Like Anki's browser table: a filter or sort asks ``person_query.person_ids`` once (the database
filters and sorts), and ``data()`` fetches rows ``PAGE`` at a time with ``person_rows``, caching
what it fetched. 100,000 cases are 100,000 ints, not 100,000 objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QStyle
from sqlmodel import Session

from ombuds_desk.services.cases.person_query import (
    PersonFilter,
    PersonRow,
    SortColumn,
    person_ids,
    person_rows,
)
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.paged_model import IdPagedModel, Index
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT, STALLED_BACKGROUND

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    sort: SortColumn
    title: str
    width: int


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonTableModel", text)


@dataclass(frozen=True)
class RowColour:
    """What a row colour means, for the legend: colours as ``#rrggbb``, texts translated."""

    background: str
    text: str
    label: str
    meaning: str


def row_legend() -> dict[str, RowColour]:
    """The row colours of :meth:`PersonTableModel.data`, by "stalled" and "blocked"."""
    return {
        "stalled": RowColour(
            STALLED_BACKGROUND.name(),
            DARK_TEXT.name(),
            _tr("Stalled"),
            _tr("Amber rows: stalled cases — no status change for longer than the office allows."),
        ),
        "blocked": RowColour(
            BLOCKED_BACKGROUND.name(),
            DARK_TEXT.name(),
            _tr("Blocked"),
            _tr(
                "Pink rows: blocked cases (a blocked case counts as stalled); "
                "point at the row for the reason."
            ),
        ),
    }


COLUMNS: tuple[Column, ...] = (
    Column(SortColumn.CASE_NUMBER, "Case number", 120),
    Column(SortColumn.NAME, "Name", 212),
    Column(SortColumn.LATIN_NAME, "Latin name", 190),
    Column(SortColumn.CATEGORY, "Category", 68),
    Column(SortColumn.STATUS, "Status", 150),
    Column(SortColumn.DAYS_IN_STATUS, "Days", 46),
    Column(SortColumn.ASSIGNED_TO, "Caseworker", 90),
)


class PersonTableModel(IdPagedModel[PersonRow]):
    """Rows of the person list; call :meth:`set_filter` or :meth:`sort` to re-query."""

    def __init__(
        self, db: Database, today_fn: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(db, parent)
        self._today_fn = today_fn
        self._filter = PersonFilter()
        self._sort = SortColumn.CASE_NUMBER
        self._descending = False
        self._threshold = 30
        self._today = today_fn()

    # -- queries -------------------------------------------------------------

    @property
    def current_filter(self) -> PersonFilter:
        return self._filter

    def set_filter(self, filt: PersonFilter) -> None:
        self._filter = filt
        self.refresh()

    def query_ids(self, session: Session) -> list[int]:
        """The ids as filtered and sorted, counting days from today's date and threshold."""
        self._today = self._today_fn()
        self._threshold = stalled_after_days(session)
        return person_ids(
            session,
            self._filter,
            today=self._today,
            threshold_days=self._threshold,
            sort=self._sort,
            descending=self._descending,
        )

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, PersonRow]:
        return person_rows(session, ids, today=self._today, threshold_days=self._threshold)

    def forget_rows(self, person_ids_: list[int]) -> None:
        """Drop cached rows (after a change) so they are read again when shown."""
        for person_id in person_ids_:
            self._rows.pop(person_id, None)
            row = self.row_of(person_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column].sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def person_row(self, row: int) -> PersonRow | None:
        """The display row at ``row``, fetching its page when it is not cached yet."""
        return self.row_at(row)

    # -- Qt model interface --------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and COLUMNS[section].sort is SortColumn.DAYS_IN_STATUS
        ):
            if self._filter.stalled_only:  # the narrow column keeps its short title
                return _tr("Days stalled: days since the current status was set")
            return _tr("Days since the current status was set")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.person_row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()].sort
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == PERSON_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.stalled:
            return QBrush(BLOCKED_BACKGROUND if row.blocked else STALLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.stalled:
            return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column is SortColumn.STATUS and row.blocked:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is SortColumn.DAYS_IN_STATUS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: PersonRow, column: SortColumn) -> str:
        if column is SortColumn.CASE_NUMBER:
            return row.case_number
        if column is SortColumn.NAME:
            return row.name
        if column is SortColumn.LATIN_NAME:
            return row.latin_name
        if column is SortColumn.CATEGORY:
            return _tr(row.category.label)
        if column is SortColumn.STATUS:
            # Blocked rows carry a warning icon here and the reason in the tooltip.
            return _tr(row.status.label)
        if column is SortColumn.DAYS_IN_STATUS:
            return f"{row.days_in_status:,}"
        return row.assigned_to

    def _tooltip(self, row: PersonRow) -> str | None:
        if row.blocked:
            return _tr("Blocked: %s") % (row.blocked_reason or _tr("no reason given"))
        if row.stalled:
            return _tr("Stalled: no status change for %d days (since %s)") % (
                row.days_in_status,
                row.status_since.strftime("%d.%m.%Y"),
            )
        return None
