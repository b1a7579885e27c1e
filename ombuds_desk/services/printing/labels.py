"""Parcel label data: what a carrier needs to deliver a parcel to the right person.

Two prisoners can share a name, so beside the name each label carries the date of birth and
the ICRC registration number (whichever are recorded), the seal number, the sender office
and the destination: the place of detention (or, for an evacuee, where they are now) and
the country (the holding party for a captive). A parcel whose place of detention is not
recorded is listed in :attr:`LabelSheet.incomplete`, so the window and the command can say so
before anything is printed, rather than print a blank line. A missing country is printed as
missing on the label but does not stop the printing: the place usually names the town, and
the holding party is often unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import Person
from ombuds_desk.services.printing.common import Office, chunks, office_info
from ombuds_desk.services.printing.languages import counted
from ombuds_desk.services.printing.latin import latin_form, latin_name

NO_PLACE = QT_TRANSLATE_NOOP("Labels", "no place of detention")
NO_LOCATION = QT_TRANSLATE_NOOP("Labels", "no current location")
SHEET_POSITIONS = 8  # labels on one sheet (2 × 4)


@dataclass(frozen=True)
class LabelEntry:
    parcel_id: int
    parcel_number: str
    case_number: str
    recipient: str
    recipient_latin: str
    date_of_birth: str  # as the register shows it ("17.05.1974", "1974"), or ""
    icrc_number: str
    seal_number: str
    place: str  # place of detention (captives) or current location (evacuees)
    country: str  # the destination country: the holding party of a captive
    captive: bool

    @property
    def problems(self) -> tuple[str, ...]:
        """What stops the carrier delivering this parcel ("no place of detention")."""
        if self.place:
            return ()
        return (translate("Labels", NO_PLACE if self.captive else NO_LOCATION),)


@dataclass(frozen=True)
class LabelSheet:
    office: Office
    today: date
    title: str  # "Shipment SH-2026-014" or "Selected parcels"
    labels: tuple[LabelEntry, ...]

    @property
    def incomplete(self) -> tuple[LabelEntry, ...]:
        """The labels missing the place: to be named before printing."""
        return tuple(entry for entry in self.labels if entry.problems)


def describe_incomplete(sheet: LabelSheet, limit: int = 10) -> str:
    """The incomplete labels in words, one per line ("PCL-… (case CAP-…): no place of
    detention"), at most ``limit`` and a count of the rest."""
    line = translate("Labels", "{parcel} (case {case}, {name}): {problems}")
    lines = [
        line.format(
            parcel=e.parcel_number,
            case=e.case_number,
            name=e.recipient,
            problems=", ".join(e.problems),
        )
        for e in sheet.incomplete[:limit]
    ]
    rest = len(sheet.incomplete) - limit
    if rest > 0:
        lines.append(counted(rest).translate("Labels", "… and %n more", None, 0))
    return "\n".join(lines)


def _entry(parcel: Parcel, person: Person, form: str) -> LabelEntry:
    captive = person.category is Category.CAPTIVE
    place = person.detention_place if captive else person.current_location
    return LabelEntry(
        parcel_id=parcel.id or 0,
        parcel_number=parcel.parcel_number,
        case_number=person.case_number,
        recipient=person.full_name,
        recipient_latin=latin_name(
            (person.family_name, person.given_name, person.patronymic),
            (person.family_name_latin, person.given_name_latin, person.patronymic_latin),
            form,
        ),
        date_of_birth=display_iso(person.date_of_birth) if person.date_of_birth else "",
        icrc_number=(person.icrc_number or "").strip(),
        seal_number=(parcel.seal_number or "").strip(),
        place=(place or "").strip(),
        # A captive's parcel goes to the country holding them; an evacuee's country is not
        # recorded in the register.
        country=(person.holding_party or "").strip() if captive else "",
        captive=captive,
    )


def _entries(session: Session, *conditions: object) -> list[LabelEntry]:
    rows = session.exec(
        select(Parcel, Person)
        .join(Person, col(Person.id) == Parcel.person_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(col(Parcel.parcel_number))
    ).all()
    form = latin_form(session)
    return [_entry(parcel, person, form) for parcel, person in rows]


def label_sheet(
    session: Session,
    *,
    today: date,
    shipment_reference: str | None = None,
    parcel_ids: Sequence[int] | None = None,
) -> LabelSheet:
    """Labels for every parcel of a shipment, or for the given parcels (by parcel number);
    raises NotFoundError for an unknown shipment."""
    if (shipment_reference is None) == (parcel_ids is None):
        raise ValueError("give either a shipment reference or parcel ids")
    if shipment_reference is not None:
        reference = shipment_reference.strip()
        shipment = session.exec(select(Shipment).where(Shipment.reference == reference)).first()
        if shipment is None:
            raise NotFoundError(
                translate("Printing", "No shipment with reference “{reference}”.").format(
                    reference=shipment_reference
                )
            )
        entries = _entries(session, col(Parcel.shipment_id) == shipment.id)
        title = translate("Labels", "Shipment {reference}").format(reference=shipment.reference)
    else:
        entries = []
        for chunk in chunks(list(parcel_ids or [])):
            entries.extend(_entries(session, col(Parcel.id).in_(chunk)))
        entries.sort(key=lambda e: e.parcel_number)
        title = translate("Labels", "Selected parcels")
    return LabelSheet(office_info(session), today, title, tuple(entries))
