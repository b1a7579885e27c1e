"""What may leave the office for the counterpart: the allow-list, declared field by field.

The counterpart (the other side's ombudsman or the detaining authority) receives case
sheets, batches of them, shipment manifests and the counterpart export. Every one of them is
built from the columns named here and from nothing else: the readers in
``counterpart_sheet.py``, ``counterpart_manifest.py`` and ``counterpart_export.py`` select
exactly these columns, so a field not listed is never even read, let alone printed. Adding a
field to a counterpart document means adding it here, in review, with the reason it may go.

Never listed, on purpose (ICRC Handbook on Data Protection in Humanitarian Action; Restoring
Family Links Code of Conduct: minimise): staff names of any kind (the caseworker, who recorded
a change, who logged an item, who reviewed, who handed a shipment over — the office signs
as the office), the internal review and stalled state, days in status, notes, reviews, the
blocking note and any block reason the office has not marked shareable, status-change
reasons (free text), relatives' phones, e-mails, addresses and notes, relatives who have not
said yes to being named to the counterpart, item authors and descriptions, parcel contents
and the reasons a parcel or item was returned or withheld.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import SQLModel, col

from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.people import Contact, Person, StatusEvent


@dataclass(frozen=True)
class Allowed:
    """One column that may appear on a counterpart document, with its printed label (in
    English here: ``both.translate("PersonFields", label)`` where it is printed)."""

    table: type[SQLModel]
    name: str
    label: str

    @property
    def column(self) -> Any:
        return col(getattr(self.table, self.name))


# Identity: who the case is about.
IDENTITY = (
    Allowed(Person, "case_number", QT_TRANSLATE_NOOP("PersonFields", "Case number")),
    Allowed(Person, "category", QT_TRANSLATE_NOOP("PersonFields", "Category")),
    Allowed(Person, "family_name", QT_TRANSLATE_NOOP("PersonFields", "Family name")),
    Allowed(Person, "given_name", QT_TRANSLATE_NOOP("PersonFields", "Given name")),
    Allowed(Person, "patronymic", QT_TRANSLATE_NOOP("PersonFields", "Patronymic")),
    Allowed(Person, "family_name_latin", QT_TRANSLATE_NOOP("PersonFields", "Family name (Latin)")),
    Allowed(Person, "given_name_latin", QT_TRANSLATE_NOOP("PersonFields", "Given name (Latin)")),
    Allowed(Person, "patronymic_latin", QT_TRANSLATE_NOOP("PersonFields", "Patronymic (Latin)")),
    Allowed(Person, "date_of_birth", QT_TRANSLATE_NOOP("PersonFields", "Date of birth")),
    Allowed(Person, "sex", QT_TRANSLATE_NOOP("PersonFields", "Sex")),
    Allowed(Person, "citizenship", QT_TRANSLATE_NOOP("PersonFields", "Citizenship")),
    Allowed(Person, "home_region", QT_TRANSLATE_NOOP("PersonFields", "Home region")),
)
# Captivity facts (captives) and evacuation facts (evacuees).
CAPTIVITY = (
    Allowed(Person, "service_number", QT_TRANSLATE_NOOP("PersonFields", "Service number")),
    Allowed(Person, "rank", QT_TRANSLATE_NOOP("PersonFields", "Rank")),
    Allowed(Person, "unit", QT_TRANSLATE_NOOP("PersonFields", "Unit")),
    Allowed(Person, "captured_on", QT_TRANSLATE_NOOP("PersonFields", "Captured on")),
    Allowed(Person, "captured_at", QT_TRANSLATE_NOOP("PersonFields", "Captured at")),
    Allowed(Person, "holding_party", QT_TRANSLATE_NOOP("PersonFields", "Holding party")),
    Allowed(Person, "detention_place", QT_TRANSLATE_NOOP("PersonFields", "Place of detention")),
    Allowed(Person, "icrc_number", QT_TRANSLATE_NOOP("PersonFields", "ICRC registration no.")),
)
EVACUATION = (
    Allowed(Person, "evacuated_from", QT_TRANSLATE_NOOP("PersonFields", "Evacuated from")),
    Allowed(Person, "evacuated_on", QT_TRANSLATE_NOOP("PersonFields", "Evacuated on")),
    Allowed(Person, "current_location", QT_TRANSLATE_NOOP("PersonFields", "Current location")),
    Allowed(Person, "evacuated_by", QT_TRANSLATE_NOOP("PersonFields", "Evacuated by")),
)
DETAILS = {Category.CAPTIVE: CAPTIVITY, Category.EVACUEE: EVACUATION}
# The status and its date; a block only by a reason the office marked shareable (the reason
# column is read, then printed only when ``block_reasons.is_shareable`` says so).
STATUS = (
    Allowed(Person, "status", QT_TRANSLATE_NOOP("PersonFields", "Status")),
    Allowed(Person, "status_since", QT_TRANSLATE_NOOP("PersonFields", "Since")),
    Allowed(Person, "blocked", QT_TRANSLATE_NOOP("PersonFields", "Blocked")),
    Allowed(Person, "blocked_reason", QT_TRANSLATE_NOOP("PersonFields", "Obstacle")),
)
# The status history: which status, from when; no reasons, no one who recorded it.
HISTORY = (
    Allowed(StatusEvent, "kind", QT_TRANSLATE_NOOP("PersonFields", "Event")),
    Allowed(StatusEvent, "to_status", QT_TRANSLATE_NOOP("PersonFields", "Status")),
    Allowed(StatusEvent, "effective_on", QT_TRANSLATE_NOOP("PersonFields", "Date")),
    Allowed(StatusEvent, "blocked_reason", QT_TRANSLATE_NOOP("PersonFields", "Obstacle")),
)
# Relatives, only those who said yes to being named to the counterpart (``share_consent``).
RELATIVES = (
    Allowed(Contact, "family_name", QT_TRANSLATE_NOOP("PersonFields", "Family name")),
    Allowed(Contact, "given_name", QT_TRANSLATE_NOOP("PersonFields", "Given name")),
    Allowed(Contact, "patronymic", QT_TRANSLATE_NOOP("PersonFields", "Patronymic")),
    Allowed(Contact, "relationship", QT_TRANSLATE_NOOP("PersonFields", "Relationship")),
)
# Correspondence: counts and dates (kind and direction), nothing about its author or content.
CORRESPONDENCE = (
    Allowed(CorrespondenceItem, "kind", QT_TRANSLATE_NOOP("PersonFields", "Item")),
    Allowed(CorrespondenceItem, "direction", QT_TRANSLATE_NOOP("PersonFields", "Direction")),
    Allowed(CorrespondenceItem, "received_on", QT_TRANSLATE_NOOP("PersonFields", "Date")),
    Allowed(CorrespondenceItem, "logged_at", QT_TRANSLATE_NOOP("PersonFields", "Date logged")),
)
PARCELS = (
    Allowed(Parcel, "parcel_number", QT_TRANSLATE_NOOP("PersonFields", "Parcel no.")),
    Allowed(Parcel, "status", QT_TRANSLATE_NOOP("PersonFields", "Status")),
    Allowed(Parcel, "packed_on", QT_TRANSLATE_NOOP("PersonFields", "Packed on")),
    Allowed(Parcel, "dispatched_on", QT_TRANSLATE_NOOP("PersonFields", "Dispatched on")),
    Allowed(Parcel, "delivered_on", QT_TRANSLATE_NOOP("PersonFields", "Delivered on")),
    Allowed(Parcel, "created_at", QT_TRANSLATE_NOOP("PersonFields", "Registered on")),
)
# A manifest's parcels: what the receiving side checks a parcel against.
MANIFEST_PARCELS = (
    Allowed(Parcel, "parcel_number", QT_TRANSLATE_NOOP("PersonFields", "Parcel no.")),
    Allowed(Parcel, "seal_number", QT_TRANSLATE_NOOP("PersonFields", "Seal no.")),
    Allowed(Parcel, "weight_grams", QT_TRANSLATE_NOOP("PersonFields", "Weight")),
)
# A shipment: its reference, channel and handover date; the receiving organisation (the
# counterpart's own name). Who handed over is the office, never a person.
SHIPMENT = (
    Allowed(Shipment, "reference", QT_TRANSLATE_NOOP("PersonFields", "Reference")),
    Allowed(Shipment, "channel", QT_TRANSLATE_NOOP("PersonFields", "Channel")),
    Allowed(Shipment, "handover_on", QT_TRANSLATE_NOOP("PersonFields", "Handover date")),
    Allowed(Shipment, "received_org", QT_TRANSLATE_NOOP("PersonFields", "Receiving organisation")),
)

ALL = (
    *IDENTITY,
    *CAPTIVITY,
    *EVACUATION,
    *STATUS,
    *HISTORY,
    *RELATIVES,
    *CORRESPONDENCE,
    *PARCELS,
    *MANIFEST_PARCELS,
    *SHIPMENT,
)


def columns(fields: tuple[Allowed, ...]) -> list[Any]:
    """The columns of ``fields``, to select exactly them."""
    return [f.column for f in fields]


def allowed_names(table: type[SQLModel]) -> frozenset[str]:
    """The column names of ``table`` that may reach a counterpart document."""
    return frozenset(f.name for f in ALL if f.table is table)
