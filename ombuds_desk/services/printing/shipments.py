"""Shipment manifest and parcel label data.

A manifest lists every parcel of one shipment with totals and who handed it over and who
received it; labels carry what goes on a parcel: its number (also as a QR code), the case
number, the recipient's name and where they are held. Read straight from the parcel and
shipment tables, so they need nothing from the parcel services.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import Category, ItemKind
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.people import Person
from ombuds_desk.services.printing.common import Office, chunks, office_info
from ombuds_desk.services.printing.languages import both
from ombuds_desk.services.printing.latin import latin_form, latin_name
from ombuds_desk.services.printing.words import item_counts


@dataclass(frozen=True)
class ParcelEntry:
    parcel_id: int
    parcel_number: str
    case_number: str
    recipient: str
    recipient_latin: str
    place: str  # place of detention (captives) or current location (evacuees)
    contents: str
    items: str  # "2 letters, 1 drawing"
    weight_grams: int | None
    seal_number: str
    status: str


@dataclass(frozen=True)
class ManifestData:
    office: Office
    today: date
    reference: str
    channel: str
    status: str
    handover_on: date | None
    handed_over_by: str
    handed_over_org: str
    received_by: str
    received_org: str
    parcels: tuple[ParcelEntry, ...]

    @property
    def total_count(self) -> int:
        return len(self.parcels)

    @property
    def total_weight_grams(self) -> int:
        return sum(p.weight_grams or 0 for p in self.parcels)

    @property
    def unweighed(self) -> int:
        return sum(1 for p in self.parcels if p.weight_grams is None)


@dataclass(frozen=True)
class LabelSheetData:
    office: Office
    today: date
    title: str  # "Shipment SH-2026-014" or "Selected parcels"
    labels: tuple[ParcelEntry, ...]


def _items_summary(session: Session, parcel_ids: list[int]) -> dict[int, str]:
    counts: dict[int, dict[ItemKind, int]] = defaultdict(dict)
    for chunk in chunks(parcel_ids):
        rows = session.exec(
            select(CorrespondenceItem.parcel_id, CorrespondenceItem.kind, func.count())
            .where(col(CorrespondenceItem.parcel_id).in_(chunk))
            .group_by(col(CorrespondenceItem.parcel_id), col(CorrespondenceItem.kind))
        ).all()
        for parcel_id, kind, count in rows:
            if parcel_id is not None:
                counts[parcel_id][ItemKind(kind)] = count
    summary: dict[int, str] = {}
    for parcel_id, kinds in counts.items():
        summary[parcel_id] = item_counts(kinds)
    return summary


def _entries(session: Session, *conditions: object) -> tuple[ParcelEntry, ...]:
    rows = session.exec(
        select(Parcel, Person)
        .join(Person, col(Person.id) == Parcel.person_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(col(Parcel.parcel_number))
    ).all()
    items = _items_summary(session, [p.id for p, _ in rows if p.id is not None])
    form = latin_form(session)
    return tuple(
        ParcelEntry(
            parcel_id=parcel.id or 0,
            parcel_number=parcel.parcel_number,
            case_number=person.case_number,
            recipient=person.full_name,
            recipient_latin=latin_name(
                (person.family_name, person.given_name, person.patronymic),
                (person.family_name_latin, person.given_name_latin, person.patronymic_latin),
                form,
            ),
            place=(
                person.detention_place
                if person.category is Category.CAPTIVE
                else person.current_location
            )
            or "",
            contents=parcel.contents or "",
            items=items.get(parcel.id or 0, ""),
            weight_grams=parcel.weight_grams,
            seal_number=parcel.seal_number or "",
            status=parcel.status.label,
        )
        for parcel, person in rows
    )


def _shipment(session: Session, reference: str) -> Shipment:
    shipment = session.exec(select(Shipment).where(Shipment.reference == reference.strip())).first()
    if shipment is None:
        raise NotFoundError(
            translate("Printing", "No shipment with reference “{reference}”.").format(
                reference=reference
            )
        )
    return shipment


def manifest_data(session: Session, reference: str, *, today: date) -> ManifestData:
    """The manifest of the shipment ``reference``; raises NotFoundError if there is none."""
    shipment = _shipment(session, reference)
    return ManifestData(
        office=office_info(session),
        today=today,
        reference=shipment.reference,
        channel=shipment.channel.label,
        status=shipment.status.label,
        handover_on=shipment.handover_on,
        handed_over_by=shipment.handed_over_by or "",
        handed_over_org=shipment.handed_over_org or "",
        received_by=shipment.received_by or "",
        received_org=shipment.received_org or "",
        parcels=_entries(session, col(Parcel.shipment_id) == shipment.id),
    )


def label_data(
    session: Session,
    *,
    today: date,
    shipment_reference: str | None = None,
    parcel_ids: Sequence[int] | None = None,
) -> LabelSheetData:
    """Labels for every parcel of a shipment, or for the given parcels (by parcel number)."""
    if (shipment_reference is None) == (parcel_ids is None):
        raise ValueError("give either a shipment reference or parcel ids")
    if shipment_reference is not None:
        shipment = _shipment(session, shipment_reference)
        entries = _entries(session, col(Parcel.shipment_id) == shipment.id)
        title = translate("Labels", "Shipment {reference}").format(reference=shipment.reference)
    else:
        ids = list(parcel_ids or [])
        found: list[ParcelEntry] = []
        for chunk in chunks(ids):
            found.extend(_entries(session, col(Parcel.id).in_(chunk)))
        entries = tuple(sorted(found, key=lambda e: e.parcel_number))
        title = both.translate("Labels", "Selected parcels")
    return LabelSheetData(office_info(session), today, title, entries)
