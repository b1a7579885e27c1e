"""What the import dialog shows and runs: a small sortable table model of plain rows (the
problems, the possible duplicates, the first rows of the file; also the register's duplicate
pairs), the texts of a plan, and the background work of checking and importing.

The rows are bounded by the file or by a limit (not pages of the register), so they are held
in memory; sorting compares the raw values (a line number as a number), empty cells last.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.long_work import OperationCancelledError
from ombuds_desk.services.lists.item_import import ItemImportPlan, plan_item_import, run_item_import
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import ImportProblem, Table
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.background_job import IsCancelled, JobCancelledError, Progress, Work

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """``rows`` of raw values under ``headers``; a value of None shows as an empty cell."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Any]] = ()) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[tuple[Any, ...]] = [tuple(r) for r in rows]

    def set_rows(self, rows: Sequence[Sequence[Any]], headers: Sequence[str] | None = None) -> None:
        """Replace the rows (and the headers, when given)."""
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        if headers is not None:
            self._headers = list(headers)
        self.endResetModel()

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder

        def key(row: tuple[Any, ...]) -> tuple[int, Any]:
            value = row[column] if column < len(row) else None
            if value is None:
                return (1, "")
            if isinstance(value, int | float):
                return (0, (0, value, ""))
            return (0, (1, 0, str(value).casefold()))

        self.layoutAboutToBeChanged.emit()
        present = [r for r in self._rows if key(r)[0] == 0]
        empty = [r for r in self._rows if key(r)[0] == 1]
        present.sort(key=lambda r: key(r)[1], reverse=descending)
        self._rows = present + empty
        self.layoutChanged.emit()


def fit_columns(view: QWidget) -> None:
    """Columns as wide as their cells (at most 320 pixels); rows count only once shown."""
    if not isinstance(view, QTableView) or view.model() is None:
        return
    for column in range(view.model().columnCount() - 1):  # the last one stretches
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), 320))


def rows_view(model: RowsModel, name: str, parent: QWidget, sortable: bool = False) -> QTableView:
    """A read-only table of ``model`` that fits its columns whenever the rows change."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    model.modelReset.connect(lambda: fit_columns(view))
    view.setSortingEnabled(sortable)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def problems_model(problems: Sequence[ImportProblem] = ()) -> RowsModel:
    """Line, column and message of each problem, as the import check reports them."""
    return RowsModel(
        [_tr("Line"), _tr("Column"), _tr("Problem")],
        [(p.line, p.column, p.message) for p in problems],
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def counts_text(plan: ImportPlan | ItemImportPlan) -> str:
    """``12 to add, 3 to update, 0 unchanged, 2 invalid`` (items: to add and invalid)."""
    invalid = len(plan.rows) - len(plan.valid_rows)
    if isinstance(plan, ImportPlan):
        counts = (plan.count("add"), plan.count("update"), plan.count("unchanged"), invalid)
        text = _tr("%d to add, %d to update, %d unchanged, %d invalid") % counts
        doubtful = sum(1 for row in plan.valid_rows if row.duplicates)
        if doubtful:
            text += _tr(" — %d new person(s) may already have a case: see Possible duplicates")
            text %= doubtful
        return text
    return _tr("%d to add, %d invalid") % (len(plan.valid_rows), invalid)


def duplicate_rows(plan: ImportPlan | ItemImportPlan | None) -> list[tuple[Any, ...]]:
    """One row per (valid new person, existing case it may be): line, name, case, why."""
    if not isinstance(plan, ImportPlan):
        return []
    rows: list[tuple[Any, ...]] = []
    for row in plan.valid_rows:
        name = " ".join(row.values.get(k) or "" for k in ("family_name", "given_name")).strip()
        for found in row.duplicates:
            born = _tr(", born %d") % found.birth_year if found.birth_year else ""
            case = f"{found.case_number} {found.name}{born}"
            rows.append((row.line, name, case, "; ".join(found.reasons)))
    return rows


def cancellable(work: Work) -> Work:
    """``work`` with the services' cancel (``OperationCancelledError``) turned into the job's."""

    def run(progress: Progress, cancelled: IsCancelled) -> Any:
        try:
            return work(progress, cancelled)
        except OperationCancelledError:
            raise JobCancelledError from None

    return run


def check_work(persons: bool, db: Database, actor: User, table: Table, today: date) -> Work:
    """The dry run of ``table`` (persons, else items), with its own session."""

    def work(progress: Progress, cancelled: IsCancelled) -> Any:
        with db.reading() as session:
            if persons:
                return plan_import(
                    session, actor, table, today=today, progress=progress, is_cancelled=cancelled
                )
            return plan_item_import(
                session, table, today=today, progress=progress, is_cancelled=cancelled
            )

    return cancellable(work)


def import_work(
    db: Database, actor: User, plan: ImportPlan | ItemImportPlan, skip_invalid: bool, today: date
) -> Work:
    """The import of a checked plan: one transaction, nothing written on cancel."""

    def work(progress: Progress, cancelled: IsCancelled) -> Any:
        if isinstance(plan, ImportPlan):
            return run_import(
                db,
                actor,
                plan,
                skip_invalid=skip_invalid,
                today=today,
                progress=progress,
                is_cancelled=cancelled,
            )
        return run_item_import(
            db,
            actor,
            plan,
            skip_invalid=skip_invalid,
            today=today,
            progress=progress,
            is_cancelled=cancelled,
        )

    return cancellable(work)
