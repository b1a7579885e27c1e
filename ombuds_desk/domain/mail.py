"""Tables of what is sent: correspondence items, parcels, shipments, acknowledgements,
campaigns."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, LargeBinary, Text

from ombuds_desk.domain.column_types import EnumText, utcnow
from ombuds_desk.domain.enums import (
    Category,
    Channel,
    Direction,
    ItemKind,
    ItemStatus,
    ParcelStatus,
    Relationship,
    ShipmentStatus,
)
from ombuds_desk.domain.table_base import Field, SQLModel


class CorrespondenceItem(SQLModel, table=True):
    """A letter, card, drawing, photo or other item to or from a person."""

    __tablename__ = "correspondence_item"
    # The no-news list: a captive's latest letter from them, read at the end of a range (0010).
    __table_args__ = (
        Index("ix_correspondence_item_news", "person_id", "direction", "received_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    kind: ItemKind = Field(sa_type=EnumText(ItemKind))
    direction: Direction = Field(sa_type=EnumText(Direction))
    author_contact_id: int | None = Field(
        default=None, foreign_key="contact.id", ondelete="SET NULL"
    )
    author_name: str | None = Field(default=None, max_length=200)
    author_relationship: Relationship | None = Field(default=None, sa_type=EnumText(Relationship))
    received_on: date | None = None
    language: str | None = Field(default=None, max_length=40)
    pages: int | None = None
    description: str | None = Field(default=None, sa_type=Text)
    status: ItemStatus = Field(default=ItemStatus.LOGGED, sa_type=EnumText(ItemStatus))
    status_on: date | None = None
    withheld_reason: str | None = Field(default=None, sa_type=Text)
    parcel_id: int | None = Field(default=None, foreign_key="parcel.id", index=True)
    logged_at: datetime = Field(default_factory=utcnow)
    logged_by_id: int | None = Field(default=None, foreign_key="user.id")


class Parcel(SQLModel, table=True):
    """A package for one person."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    parcel_number: str = Field(max_length=30, unique=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    status: ParcelStatus = Field(
        default=ParcelStatus.ASSEMBLING, sa_type=EnumText(ParcelStatus), index=True
    )
    contents: str | None = Field(default=None, sa_type=Text)
    weight_grams: int | None = None
    seal_number: str | None = Field(default=None, max_length=60)
    shipment_id: int | None = Field(default=None, foreign_key="shipment.id", index=True)
    packed_on: date | None = None
    dispatched_on: date | None = None
    delivered_on: date | None = None
    status_reason: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")


class Shipment(SQLModel, table=True):
    """A batch of parcels handed over together through one channel."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    reference: str = Field(max_length=60, unique=True)
    channel: Channel = Field(sa_type=EnumText(Channel))
    status: ShipmentStatus = Field(
        default=ShipmentStatus.PREPARING, sa_type=EnumText(ShipmentStatus)
    )
    handover_on: date | None = None
    handed_over_by: str | None = Field(default=None, max_length=200)
    handed_over_org: str | None = Field(default=None, max_length=200)
    received_by: str | None = Field(default=None, max_length=200)
    received_org: str | None = Field(default=None, max_length=200)
    receipt_file_name: str | None = Field(default=None, max_length=255)
    receipt_data: bytes | None = Field(default=None, sa_type=LargeBinary)
    notes: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)


class Acknowledgement(SQLModel, table=True):
    """The other side's list of parcels it delivered, as imported."""

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=200)
    file_name: str | None = Field(default=None, max_length=255)
    imported_at: datetime = Field(default_factory=utcnow)
    imported_by_id: int | None = Field(default=None, foreign_key="user.id")


class AcknowledgementLine(SQLModel, table=True):
    """One parcel number on an acknowledgement, matched to a parcel when known."""

    __tablename__ = "acknowledgement_line"

    id: int | None = Field(default=None, primary_key=True)
    acknowledgement_id: int = Field(
        foreign_key="acknowledgement.id", index=True, ondelete="CASCADE"
    )
    parcel_number: str = Field(max_length=60, index=True)
    delivered_on: date | None = None
    parcel_id: int | None = Field(default=None, foreign_key="parcel.id")


class Campaign(SQLModel, table=True):
    """A target such as "2,000 parcels delivered by 31 December"."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    name: str = Field(max_length=200)
    target_parcels: int
    starts_on: date | None = None
    deadline: date
    category: Category | None = Field(default=None, sa_type=EnumText(Category))
    created_at: datetime = Field(default_factory=utcnow)


class MailEvent(SQLModel, table=True):
    """One status change of a parcel or a correspondence item, for its history."""

    __tablename__ = "mail_event"

    id: int | None = Field(default=None, primary_key=True)
    parcel_id: int | None = Field(default=None, foreign_key="parcel.id", index=True)
    item_id: int | None = Field(default=None, foreign_key="correspondence_item.id", index=True)
    from_status: str | None = Field(default=None, max_length=40)
    to_status: str = Field(max_length=40)
    effective_on: date
    reason: str | None = Field(default=None, sa_type=Text)
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by_id: int | None = Field(default=None, foreign_key="user.id")
