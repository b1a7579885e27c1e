"""The news clock line of a case, and the no-news list: captives silent for too long.

Longest silence first; Enter (or a double click) opens the case. "News" is an item from the
captive (``news_clock.no_news_list``); the threshold is the office setting
``no_news_after_days``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.enums import ItemKind
from ombuds_desk.services.news_clock import NewsClock, NoNewsRow, no_news_list
from ombuds_desk.services.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.ui.list_models import ListColumn, RowsTableModel
from ombuds_desk.ui.parcel_model import day, days_text

if TYPE_CHECKING:
    from ombuds_desk.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewsClock", text)


def _count(n: int, one: str, many: str) -> str:
    return (_tr(one) if n == 1 else _tr(many)) % n


def news_line(clock: NewsClock, pronoun: str) -> str:
    """One line a caseworker reads at a glance; GC III art. 71 as the reference."""
    if clock.last_from_person is None:
        news = _tr("No news from %s since registration, %s ago") % (
            pronoun,
            days_text(clock.days_since_from_person),
        )
    else:
        news = _tr("Last news from %s %s ago") % (pronoun, days_text(clock.days_since_from_person))
    if clock.last_to_person is None:
        sent = _tr("nothing sent yet")
    else:
        sent = _tr("last sent %s ago") % days_text(clock.days_since_to_person)
    got = clock.from_person_last_30_days
    month = (
        _count(got.letters, "%d letter", "%d letters")
        + ", "
        + _count(got.cards, "%d card", "%d cards")
    )
    standard = _tr("GC III art. 71: at least %d letters and %d cards") % (
        clock.standard[ItemKind.LETTER],
        clock.standard[ItemKind.POSTCARD],
    )
    return f"{news} · {sent} · {month} {_tr('in 30 days')} ({standard})"  # fmt: skip


NO_NEWS_COLUMNS: list[ListColumn[NoNewsRow]] = [
    ListColumn("Days without news", lambda r: f"{r.days:,}"),
    ListColumn("Last news", lambda r: day(r.last_news) if r.last_news else _tr("never")),
    ListColumn("Case", lambda r: r.case_number),
    ListColumn("Name", lambda r: r.name),
    ListColumn("Status", lambda r: _tr(r.status.label)),
]


class NewsPage(QWidget):
    """Captives without news, read again whenever the page is shown or data changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("newsPage")
        self.title = QLabel(self)
        self.title.setObjectName("newsTitle")
        self.title.setWordWrap(True)
        self.model: RowsTableModel[NoNewsRow] = RowsTableModel(NO_NEWS_COLUMNS, self)
        self.view = QTableView(self)
        self.view.setObjectName("noNewsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.on_view_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        with self._window.db.reading() as session:
            threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
            rows = no_news_list(session, today=self._window.today_fn(), threshold_days=threshold)
        self.model.set_rows(rows)
        self.title.setText(
            self.tr(
                "<b>%s captives</b> have sent no letter, card or other item for more than "
                "%d days (office setting), the longest silence first. Enter opens the case."
            )
            % (f"{len(rows):,}", threshold)
        )
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    @Slot()
    def on_view_activated(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._window.open_case(row.person_id)
