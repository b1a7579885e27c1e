"""The tables of the workflow pages: a row-selecting view that opens on Enter, the review
queue's model (blocked rows tinted, deferred rows greyed) and the operations' columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import is_final
from ombuds_desk.services.review_queue import StalledCase
from ombuds_desk.ui.list_models import ListColumn, RowsTableModel
from ombuds_desk.ui.person_model import BLOCKED_BACKGROUND, DARK_TEXT

Index = QModelIndex | QPersistentModelIndex
DEFERRED_TEXT = QColor("#707070")
DUE_TEXT = QColor("#b00020")


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkflowTables", text)


def _day(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _last_review(case: StalledCase) -> str:
    if case.last_review_on is None or case.last_decision is None:
        return "—"
    return f"{_day(case.last_review_on)} · {_tr(case.last_decision.label)}"


class QueueModel(RowsTableModel[StalledCase]):
    """Stalled cases; blocked rows tinted as in the person list, deferred rows greyed."""

    DAYS_COLUMN = 5
    NEXT_COLUMN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        self.threshold = 30
        self.deferred: set[int] = set()
        super().__init__(
            [
                ListColumn("Case number", lambda c: c.case_number),
                ListColumn("Name", lambda c: c.name),
                ListColumn("Category", lambda c: _tr(c.category.label)),
                ListColumn("Status", lambda c: _tr(c.status.label)),
                ListColumn("Reason", lambda c: c.reason(self.threshold)),
                ListColumn("Days stalled", lambda c: f"{c.days_stalled:,}"),
                ListColumn("Caseworker", lambda c: c.assigned_to or "—"),
                ListColumn("Last review", _last_review),
                ListColumn("Next review", lambda c: _day(c.next_review_on), self._next_tip),
            ],
            parent,
        )

    def _next_tip(self, case: StalledCase) -> str | None:
        if case.next_review_on is None:
            return None
        if case.person_id in self.deferred:
            return _tr("Deferred by review until %s") % _day(case.next_review_on)
        return _tr("Review due since %s: back in the queue") % _day(case.next_review_on)

    def _review_due(self, case: StalledCase) -> bool:
        return case.next_review_on is not None and case.person_id not in self.deferred

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.row_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.DAYS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == self.NEXT_COLUMN and self._review_due(case):
                return QBrush(DUE_TEXT)
            if case.person_id in self.deferred:
                return QBrush(DEFERRED_TEXT)
            return QBrush(DARK_TEXT) if case.blocked else None
        if role == Qt.ItemDataRole.BackgroundRole and case.blocked:
            return QBrush(BLOCKED_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and case.person_id in self.deferred:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


class RowsView(QTableView):
    """A read-only, row-selecting table; Enter or a double click emits ``open_requested``."""

    open_requested = Signal()

    def __init__(self, model: RowsTableModel[Any], name: str, parent: QWidget | None = None):
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


def _name(person: Person) -> str:
    return " ".join(p for p in (person.family_name, person.given_name, person.patronymic) if p)


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
    ListColumn("Name", _name),
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
