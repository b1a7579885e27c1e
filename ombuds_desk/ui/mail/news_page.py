"""The news clock line of a case, and the no-news list: captives silent for too long.

Longest silence first; Enter (or a double click) opens the case. "News" is an item from the
captive; the threshold is the office setting ``no_news_after_days``. The database works out
who is silent and sorts them (``news_clock.no_news_ids``); the table fetches the rows it
shows a page at a time (``no_news_rows``), so 40,000 silent captives are 40,000 ints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.mail.news_clock import NoNewsRow, no_news_ids, no_news_rows
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.paged_model import IdPagedModel, Index
from ombuds_desk.ui.common.rows_model import ListColumn
from ombuds_desk.ui.mail.parcel_model import day

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewsClock", text)


COLUMN_WIDTHS = (130, 100, 130, 260, 160)
NO_NEWS_COLUMNS: list[ListColumn[NoNewsRow]] = [
    ListColumn("Days without news", lambda r: f"{r.days:,}"),
    ListColumn("Last news", lambda r: day(r.last_news) if r.last_news else _tr("never")),
    ListColumn("Case", lambda r: r.case_number),
    ListColumn("Name", lambda r: r.name),
    ListColumn("Status", lambda r: _tr(r.status.label)),
]


class NoNewsModel(IdPagedModel[NoNewsRow]):
    """The no-news list a page at a time; each refresh reads the threshold and the ids."""

    def __init__(
        self, db: Database, today_fn: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(db, parent)
        self._today_fn = today_fn
        self.today = today_fn()
        self.threshold = 0

    def query_ids(self, session: Session) -> list[int]:
        self.today = self._today_fn()
        self.threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
        return no_news_ids(session, today=self.today, threshold_days=self.threshold)

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, NoNewsRow]:
        return no_news_rows(session, ids, today=self.today)

    def column_titles(self) -> list[str]:
        return [column.title for column in NO_NEWS_COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = NO_NEWS_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(row)
            return text if len(text) > 30 else None
        return None


class NewsPage(QWidget):
    """Captives without news, read again whenever the page is shown or data changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("newsPage")
        self.title = QLabel(self)
        self.title.setObjectName("newsTitle")
        self.title.setWordWrap(True)
        self.model = NoNewsModel(window.db, window.today_fn, self)
        self.view = QTableView(self)
        self.view.setObjectName("noNewsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        # Sized by the header and set widths, not by contents: that would read every row.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.on_view_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.refresh()
        count = self.model.rowCount()
        self.title.setText(
            self.tr(
                "<b>%s captives</b> have sent no letter, card or other item for more than "
                "%d days (office setting), the longest silence first. Enter opens the case."
            )
            % (f"{count:,}", self.model.threshold)
        )
        if count and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    @Slot()
    def on_view_activated(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._window.open_case(row.person_id)
