"""The case view's "Mail" tab: items, parcels, the news clock and their history.

It shows one case (``show_case``, called by the case panel) and reads it again whenever the
window says data changed, but only while it is visible. Item lists page from SQL through
``ItemTableModel``; screening and new parcels go through the services.

The items table shows each item's description (one line, the whole text in the tooltip) so
twenty letters do not look alike; the history hides its Note column while every note only
repeats the status; the news clock line says what counts as sent (a dispatched item) and how
many items are still waiting in the office.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Category, Direction, ItemKind, ItemStatus
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.mail.mail_events import MailHistoryRow, case_mail_history
from ombuds_desk.services.mail.mail_query import (
    ItemFilter,
    ItemRow,
    ItemSort,
    ParcelFilter,
    ParcelRow,
    item_ids,
    item_rows,
)
from ombuds_desk.services.mail.news_clock import NewsClock, news_clock
from ombuds_desk.services.mail.parcels import create_parcel
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.rows_model import ListColumn, RowsTableModel
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.item_dialog import ItemDialog, ask_withhold, pass_items
from ombuds_desk.ui.mail.parcel_dialog import open_parcel_dialog
from ombuds_desk.ui.mail.parcel_model import (
    ID_ROLE,
    PARCEL_COLUMNS,
    PagedColumn,
    PagingTableModel,
    ParcelTableModel,
    day,
    days_text,
    write,
)

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


NEWS_STYLE = "padding: 3px 6px;"
NO_NEWS_STYLE = "background: #ffe3a3; color: #4a3000; padding: 3px 6px; border-radius: 3px;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailTab", text)


def item_author(row: ItemRow) -> str:
    if not row.author_name:
        return _tr("the person") if row.direction is Direction.FROM_PERSON else ""
    if row.author_relationship is None:
        return row.author_name
    return f"{row.author_name} ({_tr(row.author_relationship.label).lower()})"


def item_from(row: ItemRow) -> str:
    """Who wrote it, short for the narrow case view (which also says the direction): "the
    person" for items from them, else the relationship ("wife") or the author's name."""
    if row.direction is Direction.FROM_PERSON:
        return _tr("the person")
    if row.author_relationship is not None:
        return _tr(row.author_relationship.label).lower()
    return row.author_name or ""


def item_status(row: ItemRow) -> str:
    return _tr(row.status.label)


def item_description(row: ItemRow) -> str:
    """The description on one line (the view elides it; the tooltip has all of it)."""
    return " ".join((row.description or "").split())


ITEM_COLUMNS: list[PagedColumn[ItemRow, ItemSort]] = [
    PagedColumn("Received", lambda r: day(r.received_on), ItemSort.RECEIVED_ON),
    PagedColumn("Kind", lambda r: _tr(r.kind.label), ItemSort.KIND),
    PagedColumn("Description", item_description),
    PagedColumn("From", item_from, ItemSort.AUTHOR),
    PagedColumn("Status", item_status, ItemSort.STATUS),
]
ITEM_DESCRIPTION_COLUMN = 2
ITEM_FROM_COLUMN = 3
ITEM_FROM_WIDTH = 90


class ItemTableModel(PagingTableModel[ItemRow, ItemSort]):
    """Correspondence items matching an ``ItemFilter``, the newest received first."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, ITEM_COLUMNS, ItemSort.RECEIVED_ON, True, parent)
        self._filter = ItemFilter(person_id=-1)

    def set_filter(self, filt: ItemFilter) -> None:
        self._filter = filt
        self.refresh()

    def query_ids(self, session: Session) -> list[int]:
        return item_ids(session, self._filter, sort=self._sort, descending=self._descending)

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ItemRow]:
        return item_rows(session, ids)

    def status_of(self, row: ItemRow) -> str | None:
        return row.status.value

    def tooltip(self, row: ItemRow) -> str | None:
        to_them = row.direction is Direction.TO_PERSON
        parts = [
            row.description,
            _tr("To them, from %s") % item_author(row) if to_them and row.author_name else None,
            _tr("From them") if not to_them else None,
            _tr("In parcel %s") % row.parcel_number if row.parcel_number else None,
            _tr("Withheld: %s") % row.withheld_reason if row.withheld_reason else None,
            ", ".join(
                p for p in (row.language, _tr("%d pages") % row.pages if row.pages else None) if p
            ),
        ]
        return "\n".join(p for p in parts if p) or None


def history_status(row: MailHistoryRow) -> str:
    return _tr(row.to_status.replace("_", " ").capitalize())


def history_note(row: MailHistoryRow) -> str:
    """The step's reason, unless it only repeats the status (an item's first step, "Logged")."""
    note = (row.reason or "").strip()
    repeats = {row.to_status.replace("_", " ").casefold(), history_status(row).casefold()}
    return "" if note.casefold() in repeats else note


def _waiting(items: Sequence[ItemRow]) -> tuple[int, int]:
    """Items to the person still in the office: (logged or screened, packed)."""
    to_person = [i for i in items if i.direction is Direction.TO_PERSON]
    unpacked = sum(i.status in (ItemStatus.LOGGED, ItemStatus.SCREENED) for i in to_person)
    return unpacked, sum(i.status is ItemStatus.PACKED for i in to_person)


def _count(n: int, one: str, many: str) -> str:
    return (_tr(one) if n == 1 else _tr(many)) % n


def news_line(clock: NewsClock, pronoun: str, items: Sequence[ItemRow] = ()) -> str:
    """One line a caseworker reads at a glance; GC III art. 71 as the reference.

    Sent means dispatched: items logged for the person but not yet in a dispatched parcel
    are counted apart, so "nothing dispatched" beside freshly logged letters is no surprise.
    """
    days = days_text(clock.days_since_from_person)
    if clock.last_from_person is None:
        news = _tr("No news from %s since registration, %s ago") % (pronoun, days)
    else:
        news = _tr("Last news from %s %s ago") % (pronoun, days)
    if clock.last_to_person is None:
        sent = _tr("no item dispatched to %s yet") % pronoun
    else:
        sent = _tr("last item dispatched to %s %s ago") % (
            pronoun,
            days_text(clock.days_since_to_person),
        )
    unpacked, packed = _waiting(items)
    waiting = [
        _tr("%d logged, waiting to be packed") % unpacked if unpacked else "",
        _tr("%d packed, waiting to be dispatched") % packed if packed else "",
    ]
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
    received = _tr("from %s in 30 days: %s (%s)") % (pronoun, month, standard)
    return " · ".join(p for p in (news, sent, *waiting, received) if p)


def _what(row: MailHistoryRow, items: dict[int, ItemRow], parcels: dict[int, str]) -> str:
    if row.parcel_id is not None:
        return _tr("Parcel %s") % parcels.get(row.parcel_id, f"#{row.parcel_id}")
    item = items.get(row.item_id or 0)
    return f"{_tr(item.kind.label)} #{row.item_id}" if item else f"#{row.item_id}"


def _table(parent: QWidget, model: QObject, stretch: int, multi: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setModel(model)  # type: ignore[arg-type]
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view


HISTORY_WHAT_COLUMN = 1
HISTORY_NOTE_COLUMN = 3


def _since(row: ParcelRow) -> str:
    return day(row.delivered_on or row.dispatched_on or row.packed_on)


# The case view is narrow: a parcel's number, status, items and the date of its last step.
CASE_PARCEL_COLUMNS = [*(PARCEL_COLUMNS[i] for i in (0, 3, 4)), PagedColumn("Since", _since)]


class MailTab(QWidget):
    """Letters and parcels of the case shown in ``window``'s case view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.details: CaseDetails | None = None
        self._stale = False
        self.news = QLabel(self)
        self.news.setObjectName("newsClock")
        self.news.setWordWrap(True)
        self.log_button = QPushButton(_tr("&Log items…"), self)
        self.log_button.setToolTip(
            _tr("Ctrl+L: log letters, drawings and photos, one after another")
        )
        self.pass_button = QPushButton(_tr("&Pass"), self)
        self.pass_button.setToolTip(_tr("Screening: the selected items may be sent"))
        self.withhold_button = QPushButton(_tr("&Withhold…"), self)
        self.withhold_button.setToolTip(
            _tr("Screening: keep the selected items back, with a reason")
        )
        self.parcel_button = QPushButton(_tr("New p&arcel"), self)
        self.parcel_button.setToolTip(_tr("Start a parcel for this person and fill it"))
        self.items = ItemTableModel(window.db, self)
        self.items_view = _table(self, self.items, ITEM_DESCRIPTION_COLUMN, multi=True)
        self.items_view.setObjectName("itemsView")
        self.items_view.setWordWrap(False)
        self.items_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        items_header = self.items_view.horizontalHeader()
        items_header.setSectionResizeMode(ITEM_FROM_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.items_view.setColumnWidth(ITEM_FROM_COLUMN, ITEM_FROM_WIDTH)
        self.parcels = ParcelTableModel(window.db, self, CASE_PARCEL_COLUMNS)
        self.parcels_view = _table(self, self.parcels, 1)
        self.parcels_view.setObjectName("caseParcelsView")
        self.parcels_view.activated.connect(self.on_parcel_activated)
        self._items_by_id: dict[int, ItemRow] = {}
        self._numbers: dict[int, str] = {}
        self.history = RowsTableModel(self._history_columns(), self)
        self.history_view = _table(self, self.history, HISTORY_NOTE_COLUMN)
        self.history_view.setObjectName("mailHistoryView")
        self.history_view.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.log_button, self.pass_button, self.withhold_button, self.parcel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.items_title = QLabel(self)
        self.parcels_title = QLabel(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for title, view in (
            (self.items_title, self.items_view),
            (self.parcels_title, self.parcels_view),
            (QLabel(_tr("<b>History of items and parcels</b>"), self), self.history_view),
        ):
            box = QWidget(split)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(view)
            split.addWidget(box)
        split.setSizes([260, 120, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.news)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

        self.log_button.clicked.connect(self.log_items)
        self.pass_button.clicked.connect(self.on_pass_clicked)
        self.withhold_button.clicked.connect(self.on_withhold_clicked)
        self.parcel_button.clicked.connect(self.on_new_parcel_clicked)
        window.data_changed.connect(self.on_data_changed)

    def _history_columns(self) -> list[ListColumn[MailHistoryRow]]:
        return [
            ListColumn("Date", lambda r: day(r.effective_on)),
            ListColumn(
                "What", lambda r: _what(r, self._items_by_id, self._numbers), self._what_tooltip
            ),
            ListColumn("Status", history_status),
            ListColumn("Note", history_note),
            ListColumn("By", lambda r: r.recorded_by),
        ]

    def _what_tooltip(self, row: MailHistoryRow) -> str | None:
        item = self._items_by_id.get(row.item_id or 0)
        return item.description if item is not None else None

    def _show_history(self, history: Sequence[MailHistoryRow]) -> None:
        """The rows; the Note column only while some note says more than the status."""
        self.history.set_rows(list(history))
        notes = any(history_note(r) for r in history)
        self.history_view.setColumnHidden(HISTORY_NOTE_COLUMN, not notes)
        header = self.history_view.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(HISTORY_WHAT_COLUMN, fit if notes else stretch)

    # -- showing -------------------------------------------------------------

    def show_case(self, details: CaseDetails | None) -> None:
        changed = details is None or self.details is None or details.id != self.details.id
        self.details = details
        if details is not None and (changed or self.isVisible()):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot()
    def on_data_changed(self) -> None:
        if self.details is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        details = self.details
        if details is None:
            return
        today = self._window.today_fn()
        with self._window.db.reading() as session:
            clock = (
                news_clock(session, details.id, today=today)
                if (details.category is Category.CAPTIVE)
                else None
            )
            threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
            history = case_mail_history(session, details.id)
            self._items_by_id = self._all_items(session, details.id)
        self.items.set_filter(ItemFilter(person_id=details.id))
        self.parcels.set_filter(ParcelFilter(person_id=details.id))
        rows = (self.parcels.row_at(r) for r in range(self.parcels.rowCount()))
        self._numbers = {p.id: p.parcel_number for p in rows if p is not None}
        self._show_history(history)
        pronoun = {"male": _tr("him"), "female": _tr("her")}.get(details.sex.value, _tr("them"))
        items = list(self._items_by_id.values())
        self.news.setText(news_line(clock, pronoun, items) if clock else "")
        self.news.setVisible(clock is not None)
        silent = clock is not None and clock.days_since_from_person > threshold
        self.news.setStyleSheet(NO_NEWS_STYLE if silent else NEWS_STYLE)
        self.items_title.setText(_tr("<b>Items</b> (%d)") % self.items.rowCount())
        self.parcels_title.setText(_tr("<b>Parcels</b> (%d)") % self.parcels.rowCount())

    @staticmethod
    def _all_items(session: Session, person_id: int) -> dict[int, ItemRow]:
        return item_rows(session, item_ids(session, ItemFilter(person_id=person_id)))

    def selected_item_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.items_view.selectionModel().selectedRows())
        return [i for i in (self.items.id_at(r) for r in rows) if i is not None]

    # -- actions -------------------------------------------------------------

    @Slot()
    def log_items(self) -> ItemDialog | None:
        details = self.details
        if details is None:
            return None
        self.item_dialog = ItemDialog(
            self._window.db,
            self._window.actor,
            details.id,
            details.name,
            details.contacts,
            self._window.today_fn(),
            self._window,
        )
        self.item_dialog.item_logged.connect(self._window.notify_changed)
        self.item_dialog.open()
        return self.item_dialog

    @Slot()
    def on_pass_clicked(self) -> None:
        w, ids = self._window, self.selected_item_ids()
        if ids and pass_items(self, w.db, w.actor, ids, w.today_fn()):
            w.notify_changed()

    @Slot()
    def on_withhold_clicked(self) -> ReasonDialog | None:
        w, ids = self._window, self.selected_item_ids()
        if not ids:
            return None
        self.withhold_dialog = ask_withhold(
            self, w.db, w.actor, ids, w.today_fn(), w.notify_changed
        )
        return self.withhold_dialog

    @Slot()
    def on_new_parcel_clicked(self) -> None:
        window = self._window
        if self.details is None:
            return
        person_id = self.details.id
        parcel = write(
            self,
            window.db,
            window.actor,
            lambda s: create_parcel(s, window.actor, person_id, today=window.today_fn()),
        )
        if parcel is not None and parcel.id is not None:
            window.notify_changed()
            open_parcel_dialog(window, parcel.id)

    @Slot()
    def on_parcel_activated(self) -> None:
        index = self.parcels_view.currentIndex()
        parcel_id = index.data(ID_ROLE) if index.isValid() else None
        if parcel_id is not None:
            open_parcel_dialog(self._window, int(parcel_id))
