"""The tables of the workflow pages: the review queue's paged model (blocked rows tinted,
deferred rows greyed) and the operations' and their persons' columns.

The row-selecting view they are shown in is :class:`~ombuds_desk.ui.common.tables.RowsView`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from sqlmodel import Session

from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import StalledRule, is_final
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.workflow.queue_filters import (
    QueueFacets,
    QueueFilter,
    QueueSort,
    queue_facets,
    queue_ids,
    queue_ids_head,
)
from ombuds_desk.services.workflow.review_queue import (
    QueueCounts,
    StalledCase,
    queue_counts,
    stalled_case_rows,
)
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day, number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT, DEFERRED_TEXT, DUE_TEXT
from ombuds_desk.ui.common.row_markers import blocked_icon, blocked_tip
from ombuds_desk.ui.common.rows_model import RowsTableModel

# shown only until the first read brings the office's settings
DEFAULT_THRESHOLD = StalledRule()
# The most the queue's reason takes: "No change for more than 30 days" (and "Без изменений
# более 30 дней") whole, at 218 pixels and the cell's margins.
REASON_WIDEST = 232


def _day(value: date | None) -> str:
    return day(value, "—")


def _last_review(case: StalledCase) -> str:
    if case.last_review_on is None or case.last_decision is None:
        return "—"
    return f"{_day(case.last_review_on)} · {case.last_decision.label}"


def _next_tip(case: StalledCase) -> str | None:
    if case.next_review_on is None:
        return None
    if case.deferred:
        return QCoreApplication.translate(
            "WorkflowTables", "Deferred by review until {date}"
        ).format(date=_day(case.next_review_on))
    return QCoreApplication.translate(
        "WorkflowTables", "Review due since {date}: back in the queue"
    ).format(date=_day(case.next_review_on))


def queue_columns(threshold: Callable[[], StalledRule]) -> list[Column[StalledCase]]:
    """The queue's columns, each sorted by the database; the reason of a case depends on the
    office's stalled thresholds, which each read of the queue brings (``threshold()``)."""
    return [
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Case number"),
            lambda c: c.case_number,
            QueueSort.CASE_NUMBER,
        ),
        Column(QT_TRANSLATE_NOOP("WorkflowTables", "Name"), lambda c: c.name, QueueSort.NAME),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Category"),
            lambda c: c.category.label,
            QueueSort.CATEGORY,
        ),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Status"),
            lambda c: c.status.label,
            QueueSort.STATUS,
        ),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Reason"),
            lambda c: c.reason(threshold()),
            QueueSort.REASON,
            # "No change for more than 30 days" whole in each language; a block's reason
            # longer than that ("Identity not confirmed by holding party", half as long
            # again in Russian) is cut and said whole in its tooltip, rather than pushing the
            # caseworker out of a small window.
            widest=REASON_WIDEST,
        ),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Days stalled"),
            lambda c: number(c.days_stalled),
            QueueSort.DAYS,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Caseworker"),
            lambda c: c.assigned_to or "—",
            QueueSort.CASEWORKER,
        ),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Last review"), _last_review, QueueSort.LAST_REVIEW
        ),
        Column(
            QT_TRANSLATE_NOOP("WorkflowTables", "Next review"),
            lambda c: _day(c.next_review_on),
            QueueSort.NEXT_REVIEW,
            tooltip=_next_tip,
        ),
    ]


@dataclass(frozen=True)
class QueueContext:
    """What one read of the queue brings besides the ids: the day the days are counted to,
    the stalled thresholds, the counts shown above the list and beside each filter choice,
    and the staff who can hold a case (the caseworker filter's choices)."""

    today: date
    threshold: StalledRule
    counts: QueueCounts
    facets: QueueFacets = field(default_factory=QueueFacets)
    staff: tuple[tuple[int, str], ...] = ()


class QueueModel(PagedTableModel[StalledCase]):
    """Stalled cases, longest first, a page at a time (ids from SQL, rows fetched by page);
    blocked rows tinted as in the person list, deferred rows greyed.

    :meth:`show` chooses the queue (or every stalled case), whose cases and the filter;
    the header sorts (the database does). Each read (off the GUI thread) brings the
    thresholds, the counts and the ids from one transaction. A new queue, filter or sort
    (and the first read) shows its first page first (``queue_ids_head``, a LIMIT of the same
    query: a few milliseconds at 100,000 persons); the counts and every id follow, and
    extend the rows shown (:class:`PagedTableModel`'s head-first reading).
    """

    CONTEXT = "WorkflowTables"
    STATUS_COLUMN = 3
    DAYS_COLUMN = 5
    NEXT_COLUMN = 8

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(
            host, queue_columns(lambda: self.threshold), QueueSort.DAYS, True, parent=parent
        )
        self.filter = QueueFilter()
        # The counts beside the choices are the whole queue's: a new filter or sort does not
        # change them, so only a read for a change (or the first) counts again.
        self.recount = True
        self.facets_due = False  # the counts beside the choices are to be read again
        self.context = QueueContext(host.today(), DEFAULT_THRESHOLD, QueueCounts(0, 0))

    @property
    def today(self) -> date:
        return self._context().today

    @property
    def threshold(self) -> StalledRule:
        return self._context().threshold

    @property
    def counts(self) -> QueueCounts:
        return self._context().counts

    @property
    def facets(self) -> QueueFacets:
        return self._context().facets

    @property
    def staff(self) -> tuple[tuple[int, str], ...]:
        return self._context().staff

    @property
    def queue_only(self) -> bool:
        return self.filter.queue_only

    @property
    def sorted_by(self) -> tuple[QueueSort, bool]:
        """The sort column's key and whether it runs downwards."""
        return QueueSort(self._sort), self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the database does); the sort already shown reads nothing."""
        descending = order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(self._columns) and (self._columns[column].sort, descending) == (
            self._sort,
            self._descending,
        ):
            return
        super().sort(column, order)

    def set_sort(self, sort: QueueSort, descending: bool) -> None:
        """Sort so without reading (the next :meth:`show` reads)."""
        self._sort, self._descending = sort, descending

    def _context(self) -> QueueContext:
        context = self.context
        assert isinstance(context, QueueContext)
        return context

    def show(
        self,
        *,
        queue_only: bool,
        assigned_to_id: int | None = None,
        filt: QueueFilter | None = None,
    ) -> None:
        """Read the queue (``queue_only``) or every stalled case, of one caseworker or all,
        narrowed by ``filt`` (its own ``queue_only`` and caseworker give way to these)."""
        chosen = filt or QueueFilter()
        if queue_only != self.filter.queue_only:
            self.recount = True  # the counts of another list
        shown = self.filter
        self.filter = replace(
            chosen,
            queue_only=queue_only and chosen.queue_only,
            assigned_to_id=assigned_to_id if assigned_to_id is not None else chosen.assigned_to_id,
        )
        # Another list (or the first) shows its first page first; the same list read again
        # after a change is replaced whole, so the view keeps its place.
        self.refresh(head_first=self.filter != shown or not self.rowCount())

    def ids_query(self) -> Callable[[Session], Loaded]:
        """The ids and the counts above the list; the counts beside the choices follow in
        a read of their own (:meth:`facets_query`), so the first page does not wait."""
        today, filt = self._host.today(), self.filter
        sort, descending = self.sorted_by
        mine = self._counted_for()
        known = self._context()
        if self.recount:
            self.recount, self.facets_due = False, True
        send, page = self.head_sender(), self.PAGE

        def query(session: Session) -> Loaded:
            rule = stalled_after_days(session)
            if send is not None:  # the first page, with the counts shown until now
                head = queue_ids_head(
                    session,
                    filt,
                    today=today,
                    rule=rule,
                    sort=sort,
                    descending=descending,
                    limit=page,
                )
                send(head, QueueContext(today, rule, known.counts, known.facets, known.staff))
            counts = queue_counts(session, today=today, threshold_days=rule, assigned_to_id=mine)
            ids = queue_ids(session, filt, today=today, rule=rule, sort=sort, descending=descending)
            return Loaded(ids, QueueContext(today, rule, counts, known.facets, known.staff))

        return query

    def _counted_for(self) -> int | None:
        """The counts are of the queue as a whole (a caseworker's: of their own cases)."""
        own = self._host.actor.role.rank < Role.SUPERVISOR.rank
        return self.filter.assigned_to_id if own else None

    def facets_query(self) -> Callable[[Session], tuple[QueueFacets, tuple[tuple[int, str], ...]]]:
        """The counts beside each choice and the staff the caseworker choice offers."""
        today, queue_only, mine = self._host.today(), self.filter.queue_only, self._counted_for()
        self.facets_due = False

        def query(session: Session) -> tuple[QueueFacets, tuple[tuple[int, str], ...]]:
            rule = stalled_after_days(session)
            facets = queue_facets(
                session, today=today, rule=rule, queue_only=queue_only, assigned_to_id=mine
            )
            staff = tuple(
                (u.id, u.full_name)
                for u in list_users(session)
                if u.id is not None and u.role.rank <= Role.SUPERVISOR.rank
            )
            return facets, staff

        return query

    def set_facets(self, facets: QueueFacets, staff: tuple[tuple[int, str], ...]) -> None:
        self.context = replace(self._context(), facets=facets, staff=staff)

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, StalledCase]:
        return stalled_case_rows(session, ids, today=self.today)

    def rows_reader(self) -> Callable[[Session, Sequence[int], Any], dict[int, StalledCase]]:
        # Rows read with the ids count from the day that read counted from.
        return lambda session, ids, context: stalled_case_rows(session, ids, today=context.today)

    # -- how rows look ---------------------------------------------------------------------

    def background(self, row: StalledCase) -> QColor | None:
        return BLOCKED_BACKGROUND if row.blocked else None

    def decoration(self, row: StalledCase, column: int) -> QIcon | None:
        return blocked_icon() if row.blocked and column == self.STATUS_COLUMN else None

    def tooltip(self, row: StalledCase, column: int) -> str | None:
        if row.blocked and column == self.STATUS_COLUMN:
            return blocked_tip(row.blocked_reason)  # the tint is not the only sign
        return super().tooltip(row, column)

    def foreground(self, row: StalledCase, column: int) -> QColor | None:
        if column == self.NEXT_COLUMN and row.next_review_on is not None and not row.deferred:
            return DUE_TEXT  # the review is due: the case is back in the queue
        if row.deferred:
            return DEFERRED_TEXT
        return DARK_TEXT if row.blocked else None

    def font(self, row: StalledCase) -> QFont | None:
        if not row.deferred:
            return None
        font = QFont()
        font.setItalic(True)
        return font


@dataclass(frozen=True)
class OperationRow:
    """An operation and the persons in it (read together: the page shows both)."""

    operation: Operation
    members: tuple[Person, ...] = ()

    @property
    def persons(self) -> int:
        return len(self.members)


OPERATION_COLUMNS: list[Column[OperationRow]] = [
    Column(QT_TRANSLATE_NOOP("WorkflowTables", "Name"), lambda r: r.operation.name),
    Column(
        QT_TRANSLATE_NOOP("WorkflowTables", "Type"),
        lambda r: r.operation.kind.label,
    ),
    Column(QT_TRANSLATE_NOOP("WorkflowTables", "Date"), lambda r: _day(r.operation.planned_on)),
    Column(
        QT_TRANSLATE_NOOP("WorkflowTables", "Facilitated by"),
        lambda r: r.operation.facilitated_by or "—",
    ),
    Column(
        QT_TRANSLATE_NOOP("WorkflowTables", "Status"),
        lambda r: r.operation.status.label,
    ),
    Column(QT_TRANSLATE_NOOP("WorkflowTables", "Persons"), lambda r: number(r.persons)),
]
MEMBER_COLUMNS: list[Column[Person]] = [
    Column(QT_TRANSLATE_NOOP("WorkflowTables", "Case number"), lambda p: p.case_number),
    Column(QT_TRANSLATE_NOOP("WorkflowTables", "Name"), lambda p: p.full_name),
    Column(
        QT_TRANSLATE_NOOP("WorkflowTables", "Category"),
        lambda p: p.category.label,
    ),
    Column(
        QT_TRANSLATE_NOOP("WorkflowTables", "Status"),
        lambda p: p.status.label,
    ),
    Column(QT_TRANSLATE_NOOP("WorkflowTables", "Since"), lambda p: _day(p.status_since)),
]


class OperationsModel(RowsTableModel[OperationRow]):
    """The operations, latest date first as the service lists them."""

    CONTEXT = "WorkflowTables"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(OPERATION_COLUMNS, parent)


class MembersModel(RowsTableModel[Person]):
    """The persons in an operation; while it is planned, a case already closed stands out,
    since it stops the operation from being completed."""

    CONTEXT = "WorkflowTables"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MEMBER_COLUMNS, parent)
        self.planned = True

    def _in_the_way(self, person: Person) -> bool:
        return self.planned and is_final(person.status)

    def background(self, row: Person) -> QColor | None:
        return BLOCKED_BACKGROUND if self._in_the_way(row) else None

    def foreground(self, row: Person) -> QColor | None:
        return DARK_TEXT if self._in_the_way(row) else None

    def tooltip(self, row: Person, column: Column[Person]) -> str | None:
        if self._in_the_way(row):
            text = QCoreApplication.translate(
                "WorkflowTables",
                "Already {status}: remove the person or correct the case before completing",
            )
            return text.format(status=row.status.label.lower())
        return super().tooltip(row, column)
