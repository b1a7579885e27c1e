"""What the case view's Mail tab shows, row by row: the items' columns and their paged model,
the history's wording, the news clock line, the parcels' columns, and the one read of a case's
mail the tab makes off the GUI thread (``case_mail``). The tab itself, its buttons and its
corrections, is ``mail_tab.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus
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
    parcel_ids,
    parcel_rows,
)
from ombuds_desk.services.mail.news_clock import NewsClock, news_clock
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day, days_text
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.parcel_model import (
    PARCEL_COLUMNS,
    status_background,
    status_foreground,
)


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


ITEM_COLUMNS: list[Column[ItemRow]] = [
    Column("Received", lambda r: day(r.received_on), ItemSort.RECEIVED_ON),
    Column("Kind", lambda r: _tr(r.kind.label), ItemSort.KIND),
    Column("Description", item_description),
    Column("From", item_from, ItemSort.AUTHOR),
    Column("Status", item_status, ItemSort.STATUS),
]
ITEM_DESCRIPTION_COLUMN = 2
ITEM_FROM_COLUMN = 3
ITEM_FROM_WIDTH = 90


def item_tooltip(row: ItemRow) -> str | None:
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


class ItemTableModel(PagedTableModel[ItemRow]):
    """Correspondence items matching an ``ItemFilter``, the newest received first."""

    CONTEXT = "MailModels"

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(host, ITEM_COLUMNS, ItemSort.RECEIVED_ON, True, parent)
        self._filter = ItemFilter(person_id=-1)

    def set_filter(self, filt: ItemFilter) -> None:
        self._filter = filt
        self.refresh()

    def ids_query(self) -> Callable[[Session], Loaded]:
        filt, sort, descending = self._filter, self._sort, self._descending
        return lambda session: Loaded(item_ids(session, filt, sort=sort, descending=descending))

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ItemRow]:
        return item_rows(session, ids)

    def background(self, row: ItemRow) -> QColor | None:
        return status_background(row.status.value)

    def foreground(self, row: ItemRow, column: int) -> QColor | None:
        return status_foreground(row.status.value)

    def tooltip(self, row: ItemRow, column: int) -> str | None:
        # The same for the whole row: the item told in full.
        return item_tooltip(row)


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


def history_what(row: MailHistoryRow, items: dict[int, ItemRow], parcels: dict[int, str]) -> str:
    if row.parcel_id is not None:
        return _tr("Parcel %s") % parcels.get(row.parcel_id, f"#{row.parcel_id}")
    item = items.get(row.item_id or 0)
    return f"{_tr(item.kind.label)} #{row.item_id}" if item else f"#{row.item_id}"


HISTORY_WHAT_COLUMN = 1
HISTORY_NOTE_COLUMN = 3


def _since(row: ParcelRow) -> str:
    return day(row.delivered_on or row.dispatched_on or row.packed_on)


# The case view is narrow: a parcel's number, status, items and the date of its last step.
CASE_PARCEL_COLUMNS = [*(PARCEL_COLUMNS[i] for i in (0, 3, 4)), Column("Since", _since)]


def mail_table(
    parent: QWidget, model: QAbstractItemModel, name: str, stretch: int, multi: bool = False
) -> RowsView:
    """A table of the narrow case view: columns sized to their contents, one stretched."""
    view = RowsView(model, name, parent, multi=multi)
    view.setWordWrap(True)  # a long text ends at a word (the items view elides instead)
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view


@dataclass(frozen=True)
class CaseMail:
    """One case's mail as the tab shows it, read in one transaction."""

    person_id: int
    clock: NewsClock | None  # captives only
    threshold_days: int
    history: list[MailHistoryRow]
    items: dict[int, ItemRow]
    parcel_numbers: dict[int, str]


def case_mail(session: Session, person_id: int, *, captive: bool, today: date) -> CaseMail:
    parcels = parcel_rows(session, parcel_ids(session, ParcelFilter(person_id=person_id)))
    return CaseMail(
        person_id,
        news_clock(session, person_id, today=today) if captive else None,
        get_int_setting(session, NO_NEWS_AFTER_DAYS),
        case_mail_history(session, person_id),
        item_rows(session, item_ids(session, ItemFilter(person_id=person_id))),
        {p.id: p.parcel_number for p in parcels.values()},
    )
