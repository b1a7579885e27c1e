"""Parcel and item lists as paging Qt table models, and small helpers the mail screens share.

As in ``person_model.py`` (Anki's browser table): a filter or sort asks ``mail_query`` for the
ids once, in order (the database filters and sorts), and ``data()`` fetches rows ``PAGE`` at
a time by id, caching what it fetched. 10,000 parcels are 10,000 ints, not 10,000 objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.mail_query import (
    ParcelFilter,
    ParcelRow,
    ParcelSort,
    parcel_ids,
    parcel_rows,
)
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.paged_model import IdPagedModel, Index

RowT = TypeVar("RowT")
SortT = TypeVar("SortT")
T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Statuses that need attention stand out; the final good ones are quiet.
STATUS_COLOURS: dict[str, str] = {
    ParcelStatus.RETURNED.value: "#f8c4b4",
    ParcelStatus.LOST.value: "#f8c4b4",
    ItemStatus.WITHHELD.value: "#f8c4b4",
    ParcelStatus.DELIVERED.value: "#d4edc9",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailModels", text)


def run(db: Database, actor: User, change: Callable[[Session], T]) -> T:
    """Run ``change`` in one unit of work; its errors go to the caller."""
    with unit_of_work(db, actor) as session:
        return change(session)


def write(parent: QWidget, db: Database, actor: User, change: Callable[[Session], T]) -> T | None:
    """Run ``change`` in one unit of work; on any error show it and return None."""
    try:
        return run(db, actor, change)
    except Exception as exc:
        show_error(parent, exc)
        return None


def ask_file(
    parent: QWidget,
    title: str,
    name: str,
    name_filter: str,
    on_chosen: Callable[[str], object],
    *,
    save: bool,
) -> QFileDialog:
    """A non-blocking file dialog (``open()``); ``on_chosen(path)`` once a file is chosen."""
    dialog = QFileDialog(parent, title, str(Path.home() / name) if save else str(Path.home()))
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def day(value: date | None) -> str:
    """A date as the office writes it (``26.11.2026``), or an empty string."""
    return value.strftime("%d.%m.%Y") if value else ""


def days_text(days: int) -> str:
    return _tr("1 day") if days == 1 else _tr("%s days") % f"{days:,}"


@dataclass(frozen=True)
class PagedColumn(Generic[RowT, SortT]):
    title: str
    text: Callable[[RowT], str]
    sort: SortT | None = None
    right: bool = False


class PagingTableModel(IdPagedModel[RowT], Generic[RowT, SortT]):
    """Rows by id from SQL, a page at a time; subclasses say how to query ids and rows."""

    def __init__(
        self,
        db: Database,
        columns: Sequence[PagedColumn[RowT, SortT]],
        sort: SortT,
        descending: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._columns = list(columns)
        self._sort = sort
        self._descending = descending

    # -- what subclasses provide ---------------------------------------------

    def status_of(self, row: RowT) -> str | None:
        return None

    # -- queries -------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort is None:
            return
        self._sort = self._columns[column].sort  # type: ignore[assignment]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self._columns) if c.sort == self._sort), 0)

    # -- Qt model interface --------------------------------------------------

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
            return _tr(self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_COLOURS.get(self.status_of(row) or "")
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self.status_of(row) in STATUS_COLOURS:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def tooltip(self, row: RowT) -> str | None:
        return None


def _weight(row: ParcelRow) -> str:
    return f"{row.weight_grams:,} g" if row.weight_grams else ""


PARCEL_COLUMNS: list[PagedColumn[ParcelRow, ParcelSort]] = [
    PagedColumn("Parcel number", lambda r: r.parcel_number, ParcelSort.NUMBER),
    PagedColumn("Case", lambda r: r.case_number, ParcelSort.CASE_NUMBER),
    PagedColumn("Recipient", lambda r: r.person_name, ParcelSort.NAME),
    PagedColumn("Status", lambda r: _tr(r.status.label), ParcelSort.STATUS),
    PagedColumn("Items", lambda r: str(r.item_count) if r.item_count else "", right=True),
    PagedColumn("Weight", _weight, right=True),
    PagedColumn("Seal", lambda r: r.seal_number or ""),
    PagedColumn("Shipment", lambda r: r.shipment_reference or "", ParcelSort.SHIPMENT),
    PagedColumn("Packed", lambda r: day(r.packed_on), ParcelSort.PACKED_ON),
    PagedColumn("Dispatched", lambda r: day(r.dispatched_on), ParcelSort.DISPATCHED_ON),
    PagedColumn("Delivered", lambda r: day(r.delivered_on), ParcelSort.DELIVERED_ON),
]


class ParcelTableModel(PagingTableModel[ParcelRow, ParcelSort]):
    """Parcels matching a ``ParcelFilter``; ``set_filter`` or ``sort`` re-query."""

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        columns: Sequence[PagedColumn[ParcelRow, ParcelSort]] = PARCEL_COLUMNS,
    ) -> None:
        super().__init__(db, columns, ParcelSort.NUMBER, True, parent)
        self._filter = ParcelFilter()

    @property
    def current_filter(self) -> ParcelFilter:
        return self._filter

    def set_filter(self, filt: ParcelFilter) -> None:
        self._filter = filt
        self.refresh()

    def query_ids(self, session: Session) -> list[int]:
        return parcel_ids(session, self._filter, sort=self._sort, descending=self._descending)

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ParcelRow]:
        return parcel_rows(session, ids)

    def status_of(self, row: ParcelRow) -> str | None:
        return row.status.value

    def tooltip(self, row: ParcelRow) -> str | None:
        parts = [row.contents, row.status_reason]
        return "\n".join(p for p in parts if p) or None
