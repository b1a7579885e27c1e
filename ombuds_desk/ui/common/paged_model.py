"""The paging part of the big list models: ids in order from SQL, rows fetched by page.

Like Anki's browser table: a filter or sort asks the database for the ids once (it filters
and sorts), and rows are fetched ``PAGE`` at a time by id when shown, caching what was
fetched. Subclasses say how to query the ids and the rows, and what the columns show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlmodel import Session

from ombuds_desk.store.database import Database

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class IdPagedModel(QAbstractTableModel, Generic[RowT]):
    """Rows by id from SQL, a page at a time; ``refresh`` asks for the ids again."""

    PAGE = 200
    MAX_CACHED = 5000

    count_changed = Signal(int)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: list[int] = []
        self._rows: dict[int, RowT] = {}
        self._row_of: dict[int, int] | None = None

    # -- what subclasses provide ---------------------------------------------

    def query_ids(self, session: Session) -> list[int]:
        raise NotImplementedError

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, RowT]:
        raise NotImplementedError

    # -- ids and rows --------------------------------------------------------

    def refresh(self) -> None:
        """Ask the database again for the ids and forget every cached row.

        The query runs before the reset, so a database error (the caller shows it) leaves
        the model as it was instead of half reset.
        """
        with self._db.reading() as session:
            ids = self.query_ids(session)
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._row_of = None
        self.endResetModel()
        self.count_changed.emit(len(self._ids))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {rid: i for i, rid in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def row_at(self, row: int) -> RowT | None:
        """The display row at ``row``, fetching its page when it is not cached yet."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id not in self._rows:
            if len(self._rows) > self.MAX_CACHED:
                self._rows.clear()
            start = row // self.PAGE * self.PAGE
            with self._db.reading() as session:
                self._rows.update(self.query_rows(session, self._ids[start : start + self.PAGE]))
        return self._rows.get(record_id)

    @property
    def cached_rows(self) -> int:
        return len(self._rows)

    # -- Qt model interface --------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def column_titles(self) -> Sequence[str]:
        """Untranslated column titles; a model with other needs overrides the methods below."""
        return ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = self.column_titles()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(titles)
        ):
            return QCoreApplication.translate("RowsTableModel", titles[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
