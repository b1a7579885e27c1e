"""What the case view's Mail tab shows, row by row: the items' columns and their paged model,
the history's wording, the news clock line, the parcels' columns, and the one read of a case's
mail the tab makes off the GUI thread (``case_mail``). The tab itself, its buttons and its
corrections, is ``mail_tab.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)
from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.services.cases.case_view import CASE_ID, read_for_case
from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.mail.mail_events import (
    MailHistoryRow,
    case_history_statement,
    history_rows,
)
from ombuds_desk.services.mail.mail_query import (
    ItemFilter,
    ItemRow,
    ItemSort,
    ParcelRow,
    item_ids,
    item_rows,
)
from ombuds_desk.services.mail.news_clock import (
    MONTH_DAYS,
    MonthCount,
    NewsClock,
    clock_of,
)
from ombuds_desk.store.driver_dates import driver_day
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day, days_text
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.history_words import reason_text
from ombuds_desk.ui.mail.parcel_model import (
    PARCEL_COLUMNS,
    status_background,
    status_foreground,
)
from ombuds_desk.ui.mail.plurals import plurals


def _tr(text: str) -> str:
    """A text declared with ``QT_TRANSLATE_NOOP("MailTab", …)`` below, translated where shown."""
    return QCoreApplication.translate("MailTab", text)


# The steps of an item's or parcel's history, as the History list names them.
_STEPS = {
    "logged": QT_TRANSLATE_NOOP("MailTab", "Logged"),
    "screened": QT_TRANSLATE_NOOP("MailTab", "Screened"),
    "packed": QT_TRANSLATE_NOOP("MailTab", "Packed"),
    "dispatched": QT_TRANSLATE_NOOP("MailTab", "Dispatched"),
    "delivered": QT_TRANSLATE_NOOP("MailTab", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("MailTab", "Returned"),
    "withheld": QT_TRANSLATE_NOOP("MailTab", "Withheld"),
    "assembling": QT_TRANSLATE_NOOP("MailTab", "Assembling"),
    "lost": QT_TRANSLATE_NOOP("MailTab", "Lost"),
    "removed": QT_TRANSLATE_NOOP("MailTab", "Removed"),
}


def item_author(row: ItemRow) -> str:
    if not row.author_name:
        return translate("MailTab", "the person") if row.direction is Direction.FROM_PERSON else ""
    if row.author_relationship is None:
        return row.author_name
    return f"{row.author_name} ({row.author_relationship.label.lower()})"


def item_from(row: ItemRow) -> str:
    """Who wrote it, short for the narrow case view (which also says the direction): "the
    person" for items from them, else the relationship ("wife") or the author's name."""
    if row.direction is Direction.FROM_PERSON:
        return translate("MailTab", "the person")
    if row.author_relationship is not None:
        return row.author_relationship.label.lower()
    return row.author_name or ""


def item_status(row: ItemRow) -> str:
    return row.status.label


def item_description(row: ItemRow) -> str:
    """The description on one line (the view elides it; the tooltip has all of it)."""
    return " ".join((row.description or "").split())


ITEM_COLUMNS: list[Column[ItemRow]] = [
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Received"),
        lambda r: day(r.received_on),
        ItemSort.RECEIVED_ON,
    ),
    Column(QT_TRANSLATE_NOOP("MailModels", "Kind"), lambda r: r.kind.label, ItemSort.KIND),
    Column(QT_TRANSLATE_NOOP("MailModels", "Description"), item_description),
    Column(QT_TRANSLATE_NOOP("MailModels", "From"), item_from, ItemSort.AUTHOR),
    Column(QT_TRANSLATE_NOOP("MailModels", "Status"), item_status, ItemSort.STATUS),
]
ITEM_DESCRIPTION_COLUMN = 2
ITEM_FROM_COLUMN = 3
ITEM_FROM_WIDTH = 90


def item_tooltip(row: ItemRow) -> str | None:
    to_them = row.direction is Direction.TO_PERSON
    parts = [
        row.description,
        translate("MailTab", "To them, from {author}").format(author=item_author(row))
        if to_them and row.author_name
        else None,
        translate("MailTab", "From them") if not to_them else None,
        translate("MailTab", "In parcel {number}").format(number=row.parcel_number)
        if row.parcel_number
        else None,
        translate("MailTab", "Withheld: {reason}").format(reason=row.withheld_reason)
        if row.withheld_reason
        else None,
        ", ".join(p for p in (row.language, _pages(row.pages)) if p),
    ]
    return "\n".join(p for p in parts if p) or None


def _pages(pages: int | None) -> str | None:
    return plurals().pages(pages) if pages else None


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
    step = _STEPS.get(row.to_status)
    return _tr(step) if step else row.to_status.replace("_", " ").capitalize()


def history_note(row: MailHistoryRow) -> str:
    """The step's reason, unless it only repeats the status (an item's first step, "Logged")."""
    note = (row.reason or "").strip()
    repeats = {row.to_status.replace("_", " ").casefold(), history_status(row).casefold()}
    if note.casefold() in repeats:
        return ""
    return reason_text(note)


def _waiting(items: Sequence[ItemRow]) -> tuple[int, int]:
    """Items to the person still in the office: (logged or screened, packed)."""
    to_person = [i for i in items if i.direction is Direction.TO_PERSON]
    unpacked = sum(i.status in (ItemStatus.LOGGED, ItemStatus.SCREENED) for i in to_person)
    return unpacked, sum(i.status is ItemStatus.PACKED for i in to_person)


@dataclass(frozen=True)
class Pronouns:
    """The person in the news line, with the preposition each phrase needs: Russian and
    Ukrainian decline the pronoun ("від нього", "йому"), so a phrase carries its own."""

    from_them: str
    to_them: str


def pronouns(sex: str) -> Pronouns:
    """The news line's words for a man, a woman or a person of unknown sex."""
    if sex == "male":
        return Pronouns(translate("MailTab", "from him"), translate("MailTab", "to him"))
    if sex == "female":
        return Pronouns(translate("MailTab", "from her"), translate("MailTab", "to her"))
    return Pronouns(translate("MailTab", "from them"), translate("MailTab", "to them"))


def news_line(clock: NewsClock, who: Pronouns, items: Sequence[ItemRow] = ()) -> str:
    """One line a caseworker reads at a glance; GC III art. 71 as the reference.

    Sent means dispatched: items logged for the person but not yet in a dispatched parcel
    are counted apart, so "nothing dispatched" beside freshly logged letters is no surprise.
    """
    days = days_text(clock.days_since_from_person)
    if clock.last_from_person is None:
        news = translate("MailTab", "No news {from_them} since registration, {days} ago")
    else:
        news = translate("MailTab", "Last news {from_them} {days} ago")
    news = news.format(from_them=who.from_them, days=days)
    if clock.last_to_person is None:
        sent = translate("MailTab", "no item dispatched {to_them} yet").format(to_them=who.to_them)
    else:
        sent = translate("MailTab", "last item dispatched {to_them} {days} ago").format(
            to_them=who.to_them, days=days_text(clock.days_since_to_person)
        )
    unpacked, packed = _waiting(items)
    waiting = [
        plurals().logged_waiting(unpacked) if unpacked else "",
        plurals().packed_waiting(packed) if packed else "",
    ]
    got = clock.from_person_last_30_days
    month = translate("MailTab", "{letters}, {cards}").format(
        letters=plurals().letters(got.letters),
        cards=plurals().cards(got.cards),
    )
    standard = translate(
        "MailTab", "GC III art. 71: at least {letters} letters and {cards} cards"
    ).format(letters=clock.standard[ItemKind.LETTER], cards=clock.standard[ItemKind.POSTCARD])
    received = translate("MailTab", "{from_them} in 30 days: {month} ({standard})").format(
        from_them=who.from_them, month=month, standard=standard
    )
    return " · ".join(p for p in (news, sent, *waiting, received) if p)


def history_what(row: MailHistoryRow, items: dict[int, ItemRow], parcels: dict[int, str]) -> str:
    if row.parcel_id is not None:
        return translate("MailTab", "Parcel {number}").format(
            number=parcels.get(row.parcel_id, f"#{row.parcel_id}")
        )
    item = items.get(row.item_id or 0)
    return f"{item.kind.label} #{row.item_id}" if item else f"#{row.item_id}"


HISTORY_WHAT_COLUMN = 1
HISTORY_NOTE_COLUMN = 3


def _since(row: ParcelRow) -> str:
    return day(row.delivered_on or row.dispatched_on or row.packed_on)


# The case view is narrow: a parcel's number, status, items and the date of its last step.
CASE_PARCEL_COLUMNS = [
    *(PARCEL_COLUMNS[i] for i in (0, 3, 4)),
    Column(QT_TRANSLATE_NOOP("MailModels", "Since"), _since),
]


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


# The Mail tab's read as plain rows: statements made once, each the case's few rows by its
# id (building each service's statement and ORM objects for every item was most of the time
# of opening a case). The rows are the services' own: ``mail_query.item_rows`` of
# ``item_ids``, ``mail_events.case_mail_history`` and ``news_clock.news_clock`` worked out
# from the same items and parcels (tests/ui/mail/test_case_mail.py checks them against the
# services).
_ITEM = CorrespondenceItem
_ITEMS_READ = (
    core_select(
        col(_ITEM.id),
        col(_ITEM.person_id),
        col(_ITEM.kind),
        col(_ITEM.direction),
        col(_ITEM.author_name),
        col(_ITEM.author_relationship),
        col(_ITEM.received_on),
        col(_ITEM.language),
        col(_ITEM.pages),
        col(_ITEM.description),
        col(_ITEM.status),
        col(_ITEM.status_on),
        col(_ITEM.withheld_reason),
        col(_ITEM.parcel_id),
        col(Parcel.parcel_number),
        col(_ITEM.version),
        col(Parcel.dispatched_on),
    )
    .select_from(_ITEM)
    .join(Parcel, col(Parcel.id) == col(_ITEM.parcel_id), isouter=True)
    .where(col(_ITEM.person_id) == CASE_ID)
    .order_by(col(_ITEM.received_on).desc(), col(_ITEM.id).desc())
)
_PARCELS_READ = core_select(
    col(Parcel.id), col(Parcel.parcel_number), col(Parcel.status), col(Parcel.dispatched_on)
).where(col(Parcel.person_id) == CASE_ID)
_HISTORY_READ = case_history_statement(CASE_ID)
_REGISTERED_READ = core_select(
    col(Person.status_since),
    core_select(func.min(col(StatusEvent.effective_on)))
    .where(col(StatusEvent.person_id) == CASE_ID)
    .scalar_subquery(),
).where(col(Person.id) == CASE_ID)
_SENT_ITEMS = (ItemStatus.DISPATCHED, ItemStatus.DELIVERED)
_SENT_PARCELS = (ParcelStatus.DISPATCHED, ParcelStatus.DELIVERED)


@dataclass(frozen=True)
class _Dated:
    """An item as the news clock counts it: its kind and the day it counts from (None:
    not counted in that direction)."""

    kind: ItemKind
    on: date | None


def _month(dated: Sequence[_Dated], today: date) -> MonthCount:
    since = today - timedelta(days=MONTH_DAYS - 1)
    kinds = [d.kind for d in dated if d.on is not None and since <= d.on <= today]
    letters, cards = kinds.count(ItemKind.LETTER), kinds.count(ItemKind.POSTCARD)
    return MonthCount(letters=letters, cards=cards, other=len(kinds) - letters - cards)


def _clock(
    person_id: int,
    registered: date,
    to_person: Sequence[_Dated],
    from_person: Sequence[_Dated],
    parcels_sent: Sequence[date],
    today: date,
) -> NewsClock:
    """``news_clock.news_clock`` from the case's items and parcels already read: items to the
    person count from their parcel's dispatch (else their status day) once sent, or a parcel
    sent without items; items from the person from the day they came."""
    to_days = [d.on for d in to_person if d.on is not None] + list(parcels_sent)
    from_days = [d.on for d in from_person if d.on is not None]
    return clock_of(
        person_id,
        registered,
        to_last=max(to_days, default=None),
        from_last=max(from_days, default=None),
        to_month=_month(to_person, today),
        from_month=_month(from_person, today),
        today=today,
    )


def case_mail(session: Session, person_id: int, *, captive: bool, today: date) -> CaseMail:
    connection = session.connection()
    items: dict[int, ItemRow] = {}
    to_person: list[_Dated] = []
    from_person: list[_Dated] = []
    for *values, dispatched_on in read_for_case(connection, _ITEMS_READ, person_id):
        item = ItemRow(*values)
        items[item.id] = item
        if item.direction is Direction.FROM_PERSON:
            from_person.append(_Dated(item.kind, item.received_on))
        elif item.status in _SENT_ITEMS:
            to_person.append(_Dated(item.kind, driver_day(dispatched_on or item.status_on)))
    parcels = read_for_case(connection, _PARCELS_READ, person_id)
    clock = None
    if captive:
        found = read_for_case(connection, _REGISTERED_READ, person_id)
        if not found:
            raise NotFoundError(
                translate(
                    "Errors", "No case with id {id}; it may have been merged or removed."
                ).format(id=person_id)
            )
        sent = [
            on for _id, _number, status, on in parcels if status in _SENT_PARCELS and on is not None
        ]
        status_since, first_event = found[0]
        first_status = driver_day(first_event) or status_since
        clock = _clock(person_id, first_status, to_person, from_person, sent, today)
    history = history_rows(read_for_case(connection, _HISTORY_READ, person_id))
    return CaseMail(
        person_id,
        clock,
        get_int_setting(session, NO_NEWS_AFTER_DAYS),
        history,
        items,
        {parcel_id: number for parcel_id, number, _status, _on in parcels},
    )
