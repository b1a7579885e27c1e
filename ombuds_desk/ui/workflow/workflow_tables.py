"""The tables of the workflow pages: a row-selecting view that opens on Enter, the review
queue's paged model (blocked rows tinted, deferred rows greyed) and the operations' columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from sqlmodel import Session

from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import is_final
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.workflow.review_queue import (
    QueueCounts,
    StalledCase,
    queue_counts,
    stalled_case_ids,
    stalled_case_rows,
)
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.paged_model import IdPagedModel, Index
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT, DEFERRED_TEXT, DUE_TEXT
from ombuds_desk.ui.common.rows_model import ListColumn, RowsTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkflowTables", text)


def _day(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _last_review(case: StalledCase) -> str:
    if case.last_review_on is None or case.last_decision is None:
        return "—"
    return f"{_day(case.last_review_on)} · {_tr(case.last_decision.label)}"


# (title, text of a case given the stalled threshold)
QUEUE_COLUMNS: tuple[tuple[str, Callable[[StalledCase, int], str]], ...] = (
    ("Case number", lambda c, _days: c.case_number),
    ("Name", lambda c, _days: c.name),
    ("Category", lambda c, _days: _tr(c.category.label)),
    ("Status", lambda c, _days: _tr(c.status.label)),
    ("Reason", lambda c, days: c.reason(days)),
    ("Days stalled", lambda c, _days: f"{c.days_stalled:,}"),
    ("Caseworker", lambda c, _days: c.assigned_to or "—"),
    ("Last review", lambda c, _days: _last_review(c)),
    ("Next review", lambda c, _days: _day(c.next_review_on)),
)


class QueueModel(IdPagedModel[StalledCase]):
    """Stalled cases, longest first, a page at a time (ids from SQL, rows fetched by page);
    blocked rows tinted as in the person list, deferred rows greyed.

    :meth:`show` chooses the queue (or every stalled case) and whose cases; each refresh reads
    the threshold, the counts and the ids in one transaction.
    """

    DAYS_COLUMN = 5
    NEXT_COLUMN = 8

    def __init__(
        self, db: Database, today_fn: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(db, parent)
        self._today_fn = today_fn
        self.today = today_fn()
        self.threshold = 30
        self.queue_only = True
        self.assigned_to_id: int | None = None
        self.counts = QueueCounts(queued=0, deferred=0)

    def show(self, *, queue_only: bool, assigned_to_id: int | None = None) -> None:
        """Read the queue (``queue_only``) or every stalled case, of one caseworker or all."""
        self.queue_only = queue_only
        self.assigned_to_id = assigned_to_id
        self.refresh()

    def query_ids(self, session: Session) -> list[int]:
        self.today = self._today_fn()
        self.threshold = stalled_after_days(session)
        self.counts = queue_counts(
            session,
            today=self.today,
            threshold_days=self.threshold,
            assigned_to_id=self.assigned_to_id,
        )
        return stalled_case_ids(
            session,
            today=self.today,
            threshold_days=self.threshold,
            queue_only=self.queue_only,
            assigned_to_id=self.assigned_to_id,
        )

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, StalledCase]:
        return stalled_case_rows(session, ids, today=self.today)

    def ids(self) -> list[int]:
        """The person ids of every row, in order."""
        return list(self._ids)

    def _text(self, case: StalledCase, column: int) -> str:
        return QUEUE_COLUMNS[column][1](case, self.threshold)

    def _next_tip(self, case: StalledCase) -> str | None:
        if case.next_review_on is None:
            return None
        if case.deferred:
            return _tr("Deferred by review until %s") % _day(case.next_review_on)
        return _tr("Review due since %s: back in the queue") % _day(case.next_review_on)

    # -- Qt model interface --------------------------------------------------

    def column_titles(self) -> list[str]:
        return [title for title, _text in QUEUE_COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.row_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NEXT_COLUMN:
                return self._next_tip(case)
            text = self._text(case, column)
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.NEXT_COLUMN and case.next_review_on is not None and not case.deferred:
                return QBrush(DUE_TEXT)  # the review is due: the case is back in the queue
            if case.deferred:
                return QBrush(DEFERRED_TEXT)
            return QBrush(DARK_TEXT) if case.blocked else None
        if role == Qt.ItemDataRole.BackgroundRole and case.blocked:
            return QBrush(BLOCKED_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and case.deferred:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class RowsView(QTableView):
    """A read-only, row-selecting table; Enter or a double click emits ``open_requested``."""

    open_requested = Signal()

    def __init__(self, model: QAbstractItemModel, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
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

    def current_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

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


@dataclass(frozen=True)
class OperationRow:
    operation: Operation
    persons: int


OPERATION_COLUMNS: list[ListColumn[OperationRow]] = [
    ListColumn("Name", lambda r: r.operation.name),
    ListColumn("Type", lambda r: _tr(r.operation.kind.label)),
    ListColumn("Date", lambda r: r.operation.planned_on.strftime("%d.%m.%Y")),
    ListColumn("Facilitated by", lambda r: r.operation.facilitated_by or "—"),
    ListColumn("Status", lambda r: _tr(r.operation.status.label)),
    ListColumn("Persons", lambda r: f"{r.persons:,}"),
]
MEMBER_COLUMNS: list[ListColumn[Person]] = [
    ListColumn("Case number", lambda p: p.case_number),
    ListColumn("Name", lambda p: p.full_name),
    ListColumn("Category", lambda p: _tr(p.category.label)),
    ListColumn("Status", lambda p: _tr(p.status.label)),
    ListColumn("Since", lambda p: p.status_since.strftime("%d.%m.%Y")),
]


class MembersModel(RowsTableModel[Person]):
    """The persons in an operation; while it is planned, a case already closed stands out,
    since it stops the operation from being completed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MEMBER_COLUMNS, parent)
        self.planned = True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.row_at(index.row()) if index.isValid() else None
        if person is not None and self.planned and is_final(person.status):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(BLOCKED_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DARK_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                text = _tr("Already %s: remove the person or correct the case before completing")
                return text % _tr(person.status.label).lower()
        return super().data(index, role)
