"""The parcel list as a paged Qt table model, and the row colours the mail tables share.

As in the person list (Anki's browser table): a filter or sort asks ``mail_query`` for the
ids once, in order, off the GUI thread (the database filters and sorts), and rows are
fetched ``PAGE`` at a time by id, caching what was fetched. 10,000 parcels are 10,000 ints,
not 10,000 objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from sqlmodel import Session

from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.mail.mail_query import (
    ParcelFilter,
    ParcelRow,
    ParcelSort,
    parcel_ids,
    parcel_rows,
)
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day, number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT, DONE_BACKGROUND

# Statuses that need attention stand out; the final good ones are quiet. Keyed by value, so
# a delivered item and a delivered parcel look the same.
STATUS_COLOURS: dict[str, QColor] = {
    ParcelStatus.RETURNED.value: BLOCKED_BACKGROUND,
    ParcelStatus.LOST.value: BLOCKED_BACKGROUND,
    ItemStatus.WITHHELD.value: BLOCKED_BACKGROUND,
    ParcelStatus.DELIVERED.value: DONE_BACKGROUND,
}


def status_background(status: str) -> QColor | None:
    """The row colour of an item or parcel in this status (None: the view's own)."""
    return STATUS_COLOURS.get(status)


def status_foreground(status: str) -> QColor | None:
    """Dark text on a tinted row, so it stays readable on a dark system palette."""
    return DARK_TEXT if status in STATUS_COLOURS else None


def _weight(row: ParcelRow) -> str:
    if not row.weight_grams:
        return ""
    return translate("MailModels", "{grams} g").format(grams=number(row.weight_grams))


PARCEL_COLUMNS: list[Column[ParcelRow]] = [
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Parcel number"),
        lambda r: r.parcel_number,
        ParcelSort.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Case"), lambda r: r.case_number, ParcelSort.CASE_NUMBER
    ),
    Column(QT_TRANSLATE_NOOP("MailModels", "Recipient"), lambda r: r.person_name, ParcelSort.NAME),
    Column(QT_TRANSLATE_NOOP("MailModels", "Status"), lambda r: r.status.label, ParcelSort.STATUS),
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Items"),
        lambda r: str(r.item_count) if r.item_count else "",
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("MailModels", "Weight"), _weight, right=True),
    Column(QT_TRANSLATE_NOOP("MailModels", "Seal"), lambda r: r.seal_number or ""),
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Shipment"),
        lambda r: r.shipment_reference or "",
        ParcelSort.SHIPMENT,
    ),
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Packed"), lambda r: day(r.packed_on), ParcelSort.PACKED_ON
    ),
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Dispatched"),
        lambda r: day(r.dispatched_on),
        ParcelSort.DISPATCHED_ON,
    ),
    Column(
        QT_TRANSLATE_NOOP("MailModels", "Delivered"),
        lambda r: day(r.delivered_on),
        ParcelSort.DELIVERED_ON,
    ),
]


class ParcelTableModel(PagedTableModel[ParcelRow]):
    """Parcels matching a ``ParcelFilter``, the newest number first; ``set_filter`` or
    ``sort`` read the ids again."""

    CONTEXT = "MailModels"

    def __init__(
        self,
        host: Host,
        parent: QObject | None = None,
        columns: Sequence[Column[ParcelRow]] = PARCEL_COLUMNS,
    ) -> None:
        super().__init__(host, columns, ParcelSort.NUMBER, True, parent)
        self._filter = ParcelFilter()

    @property
    def current_filter(self) -> ParcelFilter:
        return self._filter

    def set_filter(self, filt: ParcelFilter) -> None:
        self._filter = filt
        self.refresh()

    def ids_query(self) -> Callable[[Session], Loaded]:
        filt, sort, descending = self._filter, self._sort, self._descending
        return lambda session: Loaded(parcel_ids(session, filt, sort=sort, descending=descending))

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ParcelRow]:
        return parcel_rows(session, ids)

    def background(self, row: ParcelRow) -> QColor | None:
        return status_background(row.status.value)

    def foreground(self, row: ParcelRow, column: int) -> QColor | None:
        return status_foreground(row.status.value)

    def tooltip(self, row: ParcelRow, column: int) -> str | None:
        # The same for the whole row: what is in the parcel and why it came back or was lost.
        parts = [row.contents, row.status_reason]
        return "\n".join(p for p in parts if p) or None
