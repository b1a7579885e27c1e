"""The no-news list: captives silent for too long.

Longest silence first, or sorted by any column (a click on its header); filtered by
caseworker, status, block and how long the silence has lasted, each choice with its count;
sort and filters are remembered. Enter (or a double click) opens the case. "News" is an item
from the captive; the threshold is the office setting ``no_news_after_days``. The database
works out who is silent, filters and sorts them (``no_news_filters``, off the GUI thread);
the table fetches the rows it shows a page at a time (``no_news_rows``), so 40,000 silent
captives are 40,000 ints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget
from sqlmodel import Session

from ombuds_desk.domain.enums import CaseStatus, Category, Role
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.status_rules import PATHS, is_final
from ombuds_desk.services.cases.age_bands import AgeBand
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.mail.news_clock import NoNewsRow, no_news_rows
from ombuds_desk.services.mail.no_news_filters import (
    NOT_BLOCKED,
    NoNewsFacets,
    NoNewsFilter,
    NoNewsSort,
    no_news_facets,
    no_news_ids_filtered,
)
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.counted_combo import Choice, CountedCombo
from ombuds_desk.ui.common.filter_bar import UNASSIGNED, FilterBar, caseworker_choices
from ombuds_desk.ui.common.formatting import day, number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import LoadingBadge
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.tables import RowsView

# Who is silent depends on the items from captives, who is a captive still waiting (status),
# and the office's threshold.
SHOWN = Change.ITEMS | Change.CASES | Change.STATUS | Change.SETTINGS


COLUMN_WIDTHS = (130, 100, 130, 260, 160, 160)
NAME_COLUMN = 3
SETTINGS_GROUP = "noNews"
NO_NEWS_COLUMNS: list[Column[NoNewsRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Days without news"),
        lambda r: number(r.days),
        NoNewsSort.DAYS,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Last news"),
        lambda r: day(r.last_news, translate("NewsClock", "never")),
        NoNewsSort.LAST_NEWS,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Case"), lambda r: r.case_number, NoNewsSort.CASE_NUMBER),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, NoNewsSort.NAME),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status.label, NoNewsSort.STATUS),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Caseworker"),
        lambda r: r.assigned_to or "—",
        NoNewsSort.CASEWORKER,
    ),
]


@dataclass(frozen=True)
class NewsContext:
    """What the list was counted against: the day it was read and the office's threshold,
    and the counts beside each filter choice (with the staff's names)."""

    today: date
    threshold_days: int
    facets: NoNewsFacets = field(default_factory=NoNewsFacets)
    staff: tuple[tuple[int, str], ...] = ()


class NoNewsModel(PagedTableModel[NoNewsRow]):
    """The no-news list a page at a time; each refresh reads the threshold, the counts and
    the ids as filtered (:attr:`filter`) and sorted (the header)."""

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(host, NO_NEWS_COLUMNS, NoNewsSort.DAYS, True, parent=parent)
        self.context = NewsContext(host.today(), 0)
        self.filter = NoNewsFilter()
        self.recount = True  # the counts beside the choices: the whole list's, read on changes

    @property
    def threshold(self) -> int:
        return int(self.context.threshold_days)

    @property
    def sorted_by(self) -> tuple[NoNewsSort, bool]:
        return NoNewsSort(self._sort), self._descending

    def set_sort(self, sort: NoNewsSort, descending: bool) -> None:
        """Sort so without reading (the next refresh reads)."""
        self._sort, self._descending = sort, descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the database does); the sort already shown reads nothing."""
        descending = order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(self._columns) and (self._columns[column].sort, descending) == (
            self._sort,
            self._descending,
        ):
            return
        super().sort(column, order)

    def ids_query(self) -> Callable[[Session], Loaded]:
        today, filt = self._host.today(), self.filter
        sort, descending = self.sorted_by
        recount, known = self.recount, self.context
        self.recount = False

        def query(session: Session) -> Loaded:
            threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
            ids = no_news_ids_filtered(
                session,
                filt,
                today=today,
                threshold_days=threshold,
                sort=sort,
                descending=descending,
            )
            if not recount and known.threshold_days == threshold:
                facets, staff = known.facets, known.staff
            else:
                facets = no_news_facets(session, today=today, threshold_days=threshold)
                staff = tuple(
                    (u.id, u.full_name)
                    for u in list_users(session)
                    if u.id is not None and u.role.rank <= Role.SUPERVISOR.rank
                )
            return Loaded(ids, NewsContext(today, threshold, facets, staff))

        return query

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, NoNewsRow]:
        # Days counted from the day the ids were read, so the order and the numbers agree.
        return no_news_rows(session, ids, today=self.context.today)

    def rows_reader(self) -> Callable[[Session, Sequence[int], Any], dict[int, NoNewsRow]]:
        # Rows read with the ids count from the day that read counted from.
        return lambda session, ids, context: no_news_rows(session, ids, today=context.today)


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
        self.filters = NewsFilterBar(self)
        self.filters.restore(host.settings())
        self.model.filter = self.filters.current()
        self._restore_sort(host.settings())
        self.filters.changed.connect(self.on_filter_changed)
        self.view = RowsView(self.model, "noNewsView", self)
        self.view.setWordWrap(True)  # a long name ends at a word, as it always has
        self.view.verticalHeader().setDefaultSectionSize(22)
        # Sized by the header and set widths, not by contents: that would read every row.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        _sort, descending = self.model.sorted_by
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        self.view.setSortingEnabled(True)  # the model sorts in SQL, then reads
        header.sortIndicatorChanged.connect(self.on_sort_changed)
        self.view.open_requested.connect(self.on_view_open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        self.loading = LoadingBadge(self.model.loader, self)
        # Shown again with the same captives: their rows renewed in place, no reset.
        self.model.renew_in_place = True
        self.model.loaded.connect(self.on_model_loaded)
        host.signals.changed.connect(self.on_changed)

    def refresh(self) -> None:
        """Read the list and its counts again (off the GUI thread); the title follows."""
        self.model.recount = True
        self.model.refresh()

    @Slot()
    def on_model_loaded(self) -> None:
        count = self.model.rowCount()
        context = self.model.context
        self.filters.show_facets(context.facets, context.staff)
        total = context.facets.total
        # {count} rather than %n: the counts keep the locale's digit grouping (1,204).
        shown = (
            self.tr("{count} of {total} captives", "", total).format(
                count=number(count), total=number(total)
            )
            if self.filters.is_filtered()
            else self.tr("{count} captives", "", count).format(count=number(count))
        )
        self.title.setText(
            self.tr(
                "<b>{captives}</b> have sent no letter, card or other item for more than "
                "{days} days (office setting). Enter opens the case.",
                "",
                self.model.threshold,
            ).format(captives=shown, days=self.model.threshold)
        )
        if count and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    @Slot()
    def on_filter_changed(self) -> None:
        self.filters.save(self._host.settings())
        self.model.filter = self.filters.current()
        self.model.refresh()  # the counts beside the choices stay: they are the whole list's

    @Slot(int, Qt.SortOrder)
    def on_sort_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        sort, descending = self.model.sorted_by  # the model has sorted; remember it
        settings = self._host.settings()
        settings.setValue(f"{SETTINGS_GROUP}/sort", sort.value)
        settings.setValue(f"{SETTINGS_GROUP}/descending", "yes" if descending else "no")

    def _restore_sort(self, settings: QSettings) -> None:
        try:
            sort = NoNewsSort(str(settings.value(f"{SETTINGS_GROUP}/sort", NoNewsSort.DAYS.value)))
        except ValueError:
            sort = NoNewsSort.DAYS
        self.model.set_sort(sort, settings.value(f"{SETTINGS_GROUP}/descending", "yes") != "no")

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


class NewsFilterBar(FilterBar):
    """Caseworker, status, block and length of silence, each choice with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(f"{SETTINGS_GROUP}/filter", parent)
        self.setObjectName("newsFilterBar")
        self.caseworker = CountedCombo("newsCaseworker", self.tr("Any caseworker"), self)
        self.status = CountedCombo("newsStatus", self.tr("Any status"), self)
        self.blocked = CountedCombo("newsBlocked", self.tr("Blocked or not"), self)
        self.age = CountedCombo("newsAge", self.tr("Any length of silence"), self)
        self.clear_button.setObjectName("clearNewsFilters")
        self._facets_shown: tuple[NoNewsFacets, tuple[tuple[int, str], ...]] | None = None
        self.show_facets(NoNewsFacets())
        combos = {
            "caseworker": self.caseworker,
            "status": self.status,
            "blocked": self.blocked,
            "age": self.age,
        }
        self.lay_out(combos, self.caseworker)

    def show_facets(self, facets: NoNewsFacets, staff: Sequence[tuple[int, str]] = ()) -> None:
        shown = (facets, tuple(staff))
        if shown == self._facets_shown:
            return  # the page shown again, the counts as they were: nothing to lay out
        self._facets_shown = shown
        total = facets.total
        self.caseworker.set_choices(caseworker_choices(facets.caseworkers, staff), total)
        waiting = [s for s in PATHS[Category.CAPTIVE] if not is_final(s)]
        self.status.set_choices(
            [(s.value, s.label, facets.statuses.get(s, 0)) for s in waiting], total
        )
        blocks: list[Choice] = [
            ("-", self.tr("Not blocked"), facets.blocked_reasons.get(NOT_BLOCKED, 0))
        ]
        for reason, count in facets.blocked_reasons.most_common():
            if reason != NOT_BLOCKED:
                blocks.append(
                    (
                        reason,
                        self.tr("Blocked: {reason}").format(reason=reason_words(reason)),
                        count,
                    )
                )
        self.blocked.set_choices(blocks, total)
        self.age.set_choices(
            [(b.value, b.label, facets.age_bands.get(b, 0)) for b in AgeBand], total
        )

    def current(self) -> NoNewsFilter:
        worker, blocked = self.caseworker.key(), self.blocked.key()
        return NoNewsFilter(
            assigned_to_id=int(worker) if worker.isdigit() else None,
            unassigned=worker == UNASSIGNED,
            status=CaseStatus(self.status.key()) if self.status.key() else None,
            blocked_reason=NOT_BLOCKED if blocked == "-" else (blocked or None),
            age_band=AgeBand(self.age.key()) if self.age.key() else None,
        )
