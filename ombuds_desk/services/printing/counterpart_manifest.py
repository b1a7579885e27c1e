"""The shipment manifest for the counterpart, read from the allow-list alone.

The manifest travels with the parcels and comes back signed as the receipt. The other side
needs to check each parcel against it: the parcel and seal numbers, its weight, whom it is
for (identity: case number, name, place of detention or current location) and how many
letters, drawings… it holds. It does not need, and so never gets, who in the office handed
it over (the office hands over), what the caseworker typed as the contents, or anything else
the allow-list (``counterpart_fields.py``) does not name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import Category, Channel, ItemKind
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.people import Person, full_name
from ombuds_desk.services.printing import counterpart_fields as allow
from ombuds_desk.services.printing.common import Office, chunks, office_info
from ombuds_desk.services.printing.latin import latin_form, latin_name
from ombuds_desk.services.printing.words import item_counts

_RECIPIENT = ("case_number", "category", "family_name", "given_name", "patronymic")
_RECIPIENT_LATIN = ("family_name_latin", "given_name_latin", "patronymic_latin")


@dataclass(frozen=True)
class CounterpartParcel:
    parcel_number: str
    seal_number: str
    case_number: str
    recipient: str
    recipient_latin: str
    place: str  # place of detention (captives) or current location (evacuees)
    items: str  # "2 letters, 1 drawing"
    weight_grams: int | None


@dataclass(frozen=True)
class CounterpartManifestData:
    office: Office
    today: date
    reference: str
    channel: str
    handover_on: date | None
    received_org: str
    parcels: tuple[CounterpartParcel, ...]

    @property
    def total_weight_grams(self) -> int:
        return sum(p.weight_grams or 0 for p in self.parcels)

    @property
    def unweighed(self) -> int:
        return sum(1 for p in self.parcels if p.weight_grams is None)


def _items(session: Session, parcel_ids: Sequence[int]) -> dict[int, str]:
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
    return {pid: item_counts(kinds) for pid, kinds in counts.items()}


def counterpart_manifest_data(
    session: Session, reference: str, *, today: date
) -> CounterpartManifestData:
    """The counterpart's manifest of shipment ``reference``; NotFoundError if there is none."""
    shipment = session.exec(
        select(col(Shipment.id), *allow.columns(allow.SHIPMENT)).where(
            col(Shipment.reference) == reference.strip()
        )
    ).first()
    if shipment is None:
        raise NotFoundError(
            translate("Printing", "No shipment with reference “{reference}”.").format(
                reference=reference
            )
        )
    person = {f.name: f for f in allow.IDENTITY}
    places = (
        next(f for f in allow.CAPTIVITY if f.name == "detention_place"),
        next(f for f in allow.EVACUATION if f.name == "current_location"),
    )
    recipient = [person[n] for n in (*_RECIPIENT, *_RECIPIENT_LATIN)]
    rows = session.exec(
        select(
            col(Parcel.id),
            *allow.columns(allow.MANIFEST_PARCELS),
            *allow.columns((*recipient, *places)),
        )
        .join(Person, col(Person.id) == col(Parcel.person_id))
        .where(col(Parcel.shipment_id) == shipment.id)
        .order_by(col(Parcel.parcel_number))
    ).all()
    items = _items(session, [r.id for r in rows])
    form = latin_form(session)
    parcels = tuple(
        CounterpartParcel(
            parcel_number=r.parcel_number,
            seal_number=r.seal_number or "",
            case_number=r.case_number,
            recipient=full_name(r.family_name, r.given_name, r.patronymic),
            recipient_latin=latin_name(
                (r.family_name, r.given_name, r.patronymic),
                (r.family_name_latin, r.given_name_latin, r.patronymic_latin),
                form,
            ),
            place=(
                r.detention_place
                if Category(r.category) is Category.CAPTIVE
                else r.current_location
            )
            or "",
            items=items.get(r.id, ""),
            weight_grams=r.weight_grams,
        )
        for r in rows
    )
    return CounterpartManifestData(
        office=office_info(session),
        today=today,
        reference=shipment.reference,
        channel=Channel(shipment.channel).label,
        handover_on=shipment.handover_on,
        received_org=shipment.received_org or "",
        parcels=parcels,
    )
