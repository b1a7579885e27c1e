"""Small read-only table models over a list of dataclass rows (contacts, status history).

These lists are a handful of rows per case, so they are held whole; the person list, which
can be 100,000 rows, has its own paging model (``person_model.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ombuds_desk.domain.enums import StatusEventKind
from ombuds_desk.services.cases.case_status import HistoryRow
from ombuds_desk.services.cases.case_view import ContactRow

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class ListColumn(Generic[RowT]):
    title: str
    text: Callable[[RowT], str]
    tooltip: Callable[[RowT], str | None] | None = None


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """Shows ``rows`` with one column per ``ListColumn``; ``set_rows`` replaces them."""

    def __init__(self, columns: Sequence[ListColumn[RowT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
            return QCoreApplication.translate("RowsTableModel", self._columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = column.text(row)
            return text if len(text) > 30 else None
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


def local_time(moment: datetime) -> str:
    """A stored UTC moment (naive from SQLite) as local ``DD.MM.YYYY HH:MM``."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d.%m.%Y %H:%M")


def history_change(row: HistoryRow) -> str:
    """What one history row did, in words: ``Confirmed → Listed for exchange``."""
    to = _tr(row.to_status.label)
    if row.kind is StatusEventKind.REGISTERED:
        return _tr("Registered")
    if row.kind is StatusEventKind.BLOCKED:
        return _tr("Blocked: %s") % (row.blocked_reason or "")
    if row.kind is StatusEventKind.UNBLOCKED:
        return _tr("Unblocked")
    source = _tr(row.from_status.label) if row.from_status else "—"
    if row.kind is StatusEventKind.CORRECTION:
        return _tr("Corrected: %s → %s") % (source, to)
    return f"{source} → {to}"


def _recorded(row: HistoryRow) -> str:
    return f"{row.recorded_by}\n{local_time(row.recorded_at)}"


def _reach(contact: ContactRow) -> str:
    return "\n".join(p for p in (contact.phone, contact.email) if p) or "—"


def _contact_tooltip(contact: ContactRow) -> str | None:
    parts = [contact.address, contact.notes]
    return "\n".join(p for p in parts if p) or None


# The case view is narrow: who recorded a change and when share a column, as do phone and
# e-mail; the address and notes show as a tooltip and in the contact dialog.
HISTORY_COLUMNS: list[ListColumn[HistoryRow]] = [
    ListColumn("Date", lambda r: r.effective_on.strftime("%d.%m.%Y")),
    ListColumn("Change", history_change),
    ListColumn("Reason", lambda r: r.reason or ""),
    ListColumn("Recorded by, at", _recorded),
]

CONTACT_COLUMNS: list[ListColumn[ContactRow]] = [
    ListColumn("Name", lambda c: c.name, _contact_tooltip),
    ListColumn("Relationship", lambda c: _tr(c.relationship.label)),
    ListColumn("Phone, e-mail", _reach),
    ListColumn("Consent", lambda c: _tr(c.consent.label)),
]
