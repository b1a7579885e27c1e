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

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon
from sqlmodel import Session

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.cases.person_query import (
    HEAD_FROM,
    PersonFilter,
    PersonRow,
    SortColumn,
    person_ids,
    person_ids_head,
    person_rows,
)
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import ID_ROLE, Loaded, PagedTableModel
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT, STALLED_BACKGROUND
from ombuds_desk.ui.common.row_markers import marker_icon

PERSON_ID_ROLE = ID_ROLE


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
            QCoreApplication.translate("PersonTableModel", "Stalled"),
            QCoreApplication.translate(
                "PersonTableModel",
                "Amber rows: stalled cases — no status change for longer than the office allows.",
            ),
        ),
        "blocked": RowColour(
            BLOCKED_BACKGROUND.name(),
            DARK_TEXT.name(),
            QCoreApplication.translate("PersonTableModel", "Blocked"),
            QCoreApplication.translate(
                "PersonTableModel",
                "Pink rows: blocked cases (a blocked case counts as stalled); "
                "point at the row for the reason.",
            ),
        ),
    }


COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Case number"),
        lambda r: r.case_number,
        SortColumn.CASE_NUMBER,
        width=120,
    ),
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Name"), lambda r: r.name, SortColumn.NAME, width=212
    ),
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Latin name"),
        lambda r: r.latin_name,
        SortColumn.LATIN_NAME,
        width=190,
    ),
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Category"),
        lambda r: r.category.label,
        SortColumn.CATEGORY,
        width=104,  # "Евакуйований", "Эвакуированный"
    ),
    # Blocked rows carry a warning icon here and the reason in the tooltip.
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Status"),
        lambda r: r.status.label,
        SortColumn.STATUS,
        width=150,
    ),
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Days"),
        lambda r: number(r.days_in_status),
        SortColumn.DAYS_IN_STATUS,
        right=True,
        width=46,
    ),
    Column(
        QT_TRANSLATE_NOOP("PersonTableModel", "Caseworker"),
        lambda r: r.assigned_to,
        SortColumn.ASSIGNED_TO,
        width=90,
    ),
)
STATUS_COLUMN = 4
DAYS_COLUMN = 5


@dataclass(frozen=True)
class ListContext:
    """What the rows are counted against: the day the ids were read and the threshold."""

    today: date
    threshold_days: StalledRule | int


def read_rows(session: Session, ids: Sequence[int], context: ListContext) -> dict[int, PersonRow]:
    """The display rows of ``ids``, their days counted from the context's day."""
    return person_rows(session, ids, today=context.today, threshold_days=context.threshold_days)


class PersonTableModel(PagedTableModel[PersonRow]):
    """Rows of the person list; :meth:`set_filter` or :meth:`sort` read the ids again.

    Typing a search, a short prefix matches tens of thousands of cases: the read first finds
    the first page (``person_query.person_ids_head``) and shows it at once, then reads the
    whole list for the count and for scrolling, which extends the rows shown (the first page
    is the head of the whole list, so nothing on screen moves). ``count_changed``,
    ``loaded`` and :meth:`after_load` wait for the whole list.
    """

    CONTEXT = "PersonTableModel"
    HEAD_FROM = HEAD_FROM  # a search expected to match this many shows its first page first

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(host, COLUMNS, SortColumn.CASE_NUMBER, False, parent)
        self._filter = PersonFilter()
        self._asked = False  # no read asked for yet (see sort)
        self.context = ListContext(host.today(), 30)

    # -- queries -------------------------------------------------------------

    @property
    def current_filter(self) -> PersonFilter:
        return self._filter

    def set_filter(self, filt: PersonFilter) -> None:
        self._filter = filt
        # A new search shows its first page first; a refresh after a change reads the
        # whole list at once (the view keeps its place instead of jumping to the top).
        self.refresh(head_first=True)

    def refresh(self, *, head_first: bool = False) -> None:
        self._asked = True
        super().refresh(head_first=head_first)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._asked:
            super().sort(column, order)  # a new order shows its first page first too
            return
        if 0 <= column < len(self._columns) and self._columns[column].sort is not None:
            # The page is still being set up (its view's sort, its header restored): the
            # sort is noted for the first read, which its filter starts. One read of
            # 100,000 ids, not three.
            self._sort = self._columns[column].sort
            self._descending = order == Qt.SortOrder.DescendingOrder

    def ids_query(self) -> Callable[[Session], Loaded]:
        """The ids as filtered and sorted, counting days from today and the threshold (after
        the first page, sent to the window as soon as found, for a new search)."""
        filt, sort, descending, today = (
            self._filter,
            self._sort,
            self._descending,
            self._host.today(),
        )
        send = self.head_sender()
        page, head_from = self.PAGE, self.HEAD_FROM

        def query(session: Session) -> Loaded:
            threshold = stalled_after_days(session)
            if send is not None:
                head = person_ids_head(
                    session,
                    filt,
                    today=today,
                    threshold_days=threshold,
                    sort=sort,
                    descending=descending,
                    limit=page,
                    head_from=head_from,
                )
                if head is not None:
                    send(head, ListContext(today, threshold))
            ids = person_ids(
                session,
                filt,
                today=today,
                threshold_days=threshold,
                sort=sort,
                descending=descending,
            )
            return Loaded(ids, ListContext(today, threshold))

        return query

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, PersonRow]:
        return read_rows(session, ids, self.context)

    def rows_reader(self) -> Callable[[Session, Sequence[int], Any], dict[int, PersonRow]]:
        return read_rows  # days counted as the read they come with counts them

    def person_row(self, row: int) -> PersonRow | None:
        """The display row at ``row``, fetching its page when it is not cached yet."""
        return self.row_at(row)

    # -- how rows look ---------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == DAYS_COLUMN
        ):
            if self._filter.stalled_only:  # the narrow column keeps its short title
                return self.tr("Days stalled: days since the current status was set")
            return self.tr("Days since the current status was set")
        return super().headerData(section, orientation, role)

    def background(self, row: PersonRow) -> QColor | None:
        if not row.stalled:
            return None
        return BLOCKED_BACKGROUND if row.blocked else STALLED_BACKGROUND

    def foreground(self, row: PersonRow, column: int) -> QColor | None:
        return DARK_TEXT if row.stalled else None

    def decoration(self, row: PersonRow, column: int) -> QIcon | None:
        if column == STATUS_COLUMN and (row.stalled or row.blocked):
            return marker_icon(blocked=row.blocked)  # colour is never the only sign
        return None

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        if row.blocked:
            return self.tr("Blocked: %s") % (
                reason_words(row.blocked_reason) or self.tr("no reason given")
            )
        if row.stalled:
            return self.tr(
                "Stalled: no status change for %n days (since {since})", "", row.days_in_status
            ).format(since=row.status_since.strftime("%d.%m.%Y"))
        return None
