"""The no-news list: captives silent for too long.

Longest silence first; Enter (or a double click) opens the case. "News" is an item from the
captive; the threshold is the office setting ``no_news_after_days``. The database works out
who is silent and sorts them (``news_clock.no_news_ids``, off the GUI thread); the table
fetches the rows it shows a page at a time (``no_news_rows``), so 40,000 silent captives
are 40,000 ints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget
from sqlmodel import Session

from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.mail.news_clock import NoNewsRow, no_news_ids, no_news_rows
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import LoadingBadge
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.tables import RowsView

# Who is silent depends on the items from captives, who is a captive still waiting (status),
# and the office's threshold.
SHOWN = Change.ITEMS | Change.CASES | Change.STATUS | Change.SETTINGS


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewsClock", text)


COLUMN_WIDTHS = (130, 100, 130, 260, 160)
NAME_COLUMN = 3
NO_NEWS_COLUMNS: list[Column[NoNewsRow]] = [
    Column("Days without news", lambda r: f"{r.days:,}"),
    Column("Last news", lambda r: day(r.last_news, _tr("never"))),
    Column("Case", lambda r: r.case_number),
    Column("Name", lambda r: r.name),
    Column("Status", lambda r: _tr(r.status.label)),
]


@dataclass(frozen=True)
class NewsContext:
    """What the list was counted against: the day it was read and the office's threshold."""

    today: date
    threshold_days: int


class NoNewsModel(PagedTableModel[NoNewsRow]):
    """The no-news list a page at a time; each refresh reads the threshold and the ids."""

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(host, NO_NEWS_COLUMNS, parent=parent)
        self.context = NewsContext(host.today(), 0)

    @property
    def threshold(self) -> int:
        return int(self.context.threshold_days)

    def ids_query(self) -> Callable[[Session], Loaded]:
        today = self._host.today()

        def query(session: Session) -> Loaded:
            threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
            ids = no_news_ids(session, today=today, threshold_days=threshold)
            return Loaded(ids, NewsContext(today, threshold))

        return query

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, NoNewsRow]:
        # Days counted from the day the ids were read, so the order and the numbers agree.
        return no_news_rows(session, ids, today=self.context.today)


class NewsPage(QWidget):
    """Captives without news, read again whenever the page is shown or their data changed."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("newsPage")
        self.title = QLabel(self)
        self.title.setObjectName("newsTitle")
        self.title.setWordWrap(True)
        self.model = NoNewsModel(host, self)
        self.view = RowsView(self.model, "noNewsView", self)
        self.view.setWordWrap(True)  # a long name ends at a word, as it always has
        self.view.verticalHeader().setDefaultSectionSize(22)
        # Sized by the header and set widths, not by contents: that would read every row.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.open_requested.connect(self.on_view_open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.loading = LoadingBadge(self.model.loader, self)
        self.model.loaded.connect(self.on_model_loaded)
        host.signals.changed.connect(self.on_changed)

    def refresh(self) -> None:
        """Read the list again (off the GUI thread); the title follows once it is back."""
        self.model.refresh()

    @Slot()
    def on_model_loaded(self) -> None:
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

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self._host.is_shown(self):
            self.refresh()

    @Slot()
    def on_view_open_requested(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._host.open_case(row.person_id)
