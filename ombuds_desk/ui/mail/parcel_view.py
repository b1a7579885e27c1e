"""What the parcel dialog shows of one parcel (``ParcelDialog``), read in one transaction off
the GUI thread: the parcel, its person, its items, the person's screened items that may go in
and those still to be screened, its history; and the words its empty lists say.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from ombuds_desk.domain.enums import Direction, ItemStatus, ParcelStatus
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.mail import parcels as svc
from ombuds_desk.services.mail.mail_events import MailHistoryRow, parcel_history
from ombuds_desk.services.mail.mail_query import ItemFilter, ItemRow, item_ids, item_rows
from ombuds_desk.ui.common.formatting import day
from ombuds_desk.ui.mail.waiting_words import waiting_text


def item_line(item: ItemRow | CorrespondenceItem) -> str:
    parts = (item.kind.label, day(item.received_on), item.author_name, item.description)
    return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class ParcelView:
    """Everything the dialog shows of one parcel, read in one transaction."""

    parcel: Parcel
    person_name: str
    case_number: str
    place: str
    inside: list[CorrespondenceItem]
    available: list[ItemRow]
    history: list[MailHistoryRow]
    waiting: list[ItemRow]  # the person's items to them not screened yet


def available_items(
    session: Session, person_id: int, status: ItemStatus = ItemStatus.SCREENED
) -> list[ItemRow]:
    """The person's items to them in ``status`` that are in no parcel yet (the first 500)."""
    filt = ItemFilter(
        person_id=person_id,
        status=status,
        direction=Direction.TO_PERSON,
        not_in_parcel=True,
    )
    ids = item_ids(session, filt, limit=500)
    rows = item_rows(session, ids)
    return [rows[i] for i in ids if i in rows]


def parcel_view(session: Session, parcel_id: int) -> ParcelView:
    parcel = svc.get_parcel(session, parcel_id)
    person = get_person(session, parcel.person_id)
    return ParcelView(
        parcel,
        person.full_name,
        person.case_number,
        person.detention_place or person.current_location or "",
        svc.parcel_items(session, parcel_id),
        available_items(session, parcel.person_id),
        parcel_history(session, parcel_id),
        available_items(session, parcel.person_id, ItemStatus.LOGGED),
    )


def empty_reasons(view: ParcelView) -> tuple[str, str]:
    """Why the list of screened items and the parcel's own list are empty, if they are: said
    in the empty lists (the context is the dialog's)."""
    waiting = view.waiting
    assembling = view.parcel.status is ParcelStatus.ASSEMBLING
    if not assembling:
        why = QCoreApplication.translate(
            "ParcelDialog", "The parcel is sealed: reopen it to add items."
        )
    elif waiting:
        why = QCoreApplication.translate(
            "ParcelDialog",
            'No screened items for this person: {waiting} — <a href="screen">Screen them now</a>',
        ).format(waiting=waiting_text(waiting))
    else:
        why = QCoreApplication.translate(
            "ParcelDialog",
            "No screened items for this person wait to be packed: every item to them is "
            "in a parcel, withheld or not logged yet (Log items on the case's Mail tab).",
        )
    if view.inside or view.parcel.contents:
        inside = QCoreApplication.translate(
            "ParcelDialog", "No letters or items in this parcel; its other contents are below."
        )
    elif assembling:
        inside = QCoreApplication.translate(
            "ParcelDialog",
            "Nothing in this parcel yet: tick screened items on the right (Space) and "
            "Add ticked items, or describe other contents below.",
        )
    else:
        inside = QCoreApplication.translate("ParcelDialog", "Nothing in this parcel.")
    return why, inside
