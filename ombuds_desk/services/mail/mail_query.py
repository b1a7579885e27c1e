"""Parcel and item lists: filter and sort in SQL, rows fetched by id.

As with ``person_query``, a table view asks for the ids once per filter or sort (in order)
and then for the rows it shows, so 10,000 parcels never become 10,000 objects at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_
from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, ParcelStatus, Relationship
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.mail_rules import normalize_parcel_number
from ombuds_desk.domain.people import Person
from ombuds_desk.services.mail.shipments import shipment_id_for


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ParcelSort(StrEnum):
    NUMBER = "number"
    CASE_NUMBER = "case_number"
    NAME = "name"
    STATUS = "status"
    PACKED_ON = "packed_on"
    DISPATCHED_ON = "dispatched_on"
    DELIVERED_ON = "delivered_on"
    SHIPMENT = "shipment"


@dataclass(frozen=True)
class ParcelFilter:
    text: str = ""  # parcel number, seal number or case number, by prefix
    status: ParcelStatus | None = None
    person_id: int | None = None
    shipment_id: int | None = None
    shipment_reference: str | None = None
    not_in_shipment: bool = False


@dataclass(frozen=True)
class ParcelRow:
    id: int
    parcel_number: str
    person_id: int
    case_number: str
    person_name: str
    status: ParcelStatus
    seal_number: str | None
    shipment_reference: str | None
    item_count: int
    contents: str | None
    weight_grams: int | None
    packed_on: date | None
    dispatched_on: date | None
    delivered_on: date | None
    status_reason: str | None
    version: int


def parcel_conditions(session: Session, filt: ParcelFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filt.status is not None:
        where.append(col(Parcel.status) == filt.status.value)
    if filt.person_id is not None:
        where.append(col(Parcel.person_id) == filt.person_id)
    if filt.shipment_id is not None:
        where.append(col(Parcel.shipment_id) == filt.shipment_id)
    if filt.shipment_reference:
        shipment_id = shipment_id_for(session, filt.shipment_reference)
        where.append(col(Parcel.shipment_id) == shipment_id if shipment_id else false())
    if filt.not_in_shipment:
        where.append(col(Parcel.shipment_id).is_(None))
    text = filt.text.strip()
    if text:
        number = _escape_like(normalize_parcel_number(text)) + "%"
        upper = _escape_like(text.upper()) + "%"
        case = select(Person.id).where(col(Person.case_number).like(upper, escape="\\"))
        where.append(
            or_(
                col(Parcel.parcel_number).like(number, escape="\\"),
                col(Parcel.seal_number).like(upper, escape="\\"),
                col(Parcel.person_id).in_(case),
            )
        )
    return where


def _parcel_order(sort: ParcelSort) -> Any:
    return {
        ParcelSort.NUMBER: col(Parcel.parcel_number),
        ParcelSort.CASE_NUMBER: col(Person.case_number),
        ParcelSort.NAME: col(Person.sort_name),
        ParcelSort.STATUS: col(Parcel.status),
        ParcelSort.PACKED_ON: col(Parcel.packed_on),
        ParcelSort.DISPATCHED_ON: col(Parcel.dispatched_on),
        ParcelSort.DELIVERED_ON: col(Parcel.delivered_on),
        ParcelSort.SHIPMENT: func.coalesce(col(Shipment.reference), ""),
    }[sort]


def parcel_ids(
    session: Session,
    filt: ParcelFilter,
    *,
    sort: ParcelSort = ParcelSort.NUMBER,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of the matching parcels in display order (ties broken by id)."""
    query = select(Parcel.id)
    if sort in (ParcelSort.CASE_NUMBER, ParcelSort.NAME):
        query = query.join(Person, col(Person.id) == Parcel.person_id)
    if sort is ParcelSort.SHIPMENT:
        query = query.join(Shipment, col(Shipment.id) == Parcel.shipment_id, isouter=True)
    for condition in parcel_conditions(session, filt):
        query = query.where(condition)
    key = _parcel_order(sort)
    tie = col(Parcel.id).desc() if descending else col(Parcel.id).asc()
    query = query.order_by(key.desc() if descending else key.asc(), tie)
    if limit:
        query = query.limit(limit)
    return [int(i) for i in session.exec(query).all() if i is not None]


def parcel_rows(session: Session, ids: Sequence[int]) -> dict[int, ParcelRow]:
    """Display rows for the given ids (any order; look them up by id)."""
    if not ids:
        return {}
    counts = dict(
        session.exec(
            select(CorrespondenceItem.parcel_id, func.count())
            .where(col(CorrespondenceItem.parcel_id).in_(list(ids)))
            .group_by(col(CorrespondenceItem.parcel_id))
        ).all()
    )
    result = session.exec(
        select(Parcel, Person, Shipment.reference)
        .join(Person, col(Person.id) == Parcel.person_id)
        .join(Shipment, col(Shipment.id) == Parcel.shipment_id, isouter=True)
        .where(col(Parcel.id).in_(list(ids)))
    ).all()
    rows: dict[int, ParcelRow] = {}
    for parcel, person, reference in result:
        assert parcel.id is not None
        rows[parcel.id] = ParcelRow(
            id=parcel.id,
            parcel_number=parcel.parcel_number,
            person_id=parcel.person_id,
            case_number=person.case_number,
            person_name=person.full_name,
            status=parcel.status,
            seal_number=parcel.seal_number,
            shipment_reference=reference,
            item_count=int(counts.get(parcel.id, 0)),
            contents=parcel.contents,
            weight_grams=parcel.weight_grams,
            packed_on=parcel.packed_on,
            dispatched_on=parcel.dispatched_on,
            delivered_on=parcel.delivered_on,
            status_reason=parcel.status_reason,
            version=parcel.version,
        )
    return rows


class ItemSort(StrEnum):
    RECEIVED_ON = "received_on"
    KIND = "kind"
    DIRECTION = "direction"
    AUTHOR = "author"
    STATUS = "status"


@dataclass(frozen=True)
class ItemFilter:
    person_id: int | None = None
    status: ItemStatus | None = None
    direction: Direction | None = None
    kind: ItemKind | None = None
    parcel_id: int | None = None
    not_in_parcel: bool = False


@dataclass(frozen=True)
class ItemRow:
    id: int
    person_id: int
    kind: ItemKind
    direction: Direction
    author_name: str | None
    author_relationship: Relationship | None
    received_on: date | None
    language: str | None
    pages: int | None
    description: str | None
    status: ItemStatus
    status_on: date | None
    withheld_reason: str | None
    parcel_id: int | None
    parcel_number: str | None
    version: int


def item_conditions(filt: ItemFilter) -> list[ColumnElement[bool]]:
    item = CorrespondenceItem
    where: list[ColumnElement[bool]] = []
    for column, value in (
        (col(item.person_id), filt.person_id),
        (col(item.status), filt.status.value if filt.status else None),
        (col(item.direction), filt.direction.value if filt.direction else None),
        (col(item.kind), filt.kind.value if filt.kind else None),
        (col(item.parcel_id), filt.parcel_id),
    ):
        if value is not None:
            where.append(column == value)
    if filt.not_in_parcel:
        where.append(col(item.parcel_id).is_(None))
    return where


def item_ids(
    session: Session,
    filt: ItemFilter,
    *,
    sort: ItemSort = ItemSort.RECEIVED_ON,
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """Ids of the matching items in display order (the newest received first by default)."""
    item = CorrespondenceItem
    key: Any = {
        ItemSort.RECEIVED_ON: col(item.received_on),
        ItemSort.KIND: col(item.kind),
        ItemSort.DIRECTION: col(item.direction),
        ItemSort.AUTHOR: func.lower(func.coalesce(col(item.author_name), "")),
        ItemSort.STATUS: col(item.status),
    }[sort]
    query = select(item.id)
    for condition in item_conditions(filt):
        query = query.where(condition)
    tie = col(item.id).desc() if descending else col(item.id).asc()
    query = query.order_by(key.desc() if descending else key.asc(), tie)
    if limit:
        query = query.limit(limit)
    return [int(i) for i in session.exec(query).all() if i is not None]


def item_rows(session: Session, ids: Sequence[int]) -> dict[int, ItemRow]:
    """Display rows for the given item ids."""
    if not ids:
        return {}
    result = session.exec(
        select(CorrespondenceItem, Parcel.parcel_number)
        .join(Parcel, col(Parcel.id) == CorrespondenceItem.parcel_id, isouter=True)
        .where(col(CorrespondenceItem.id).in_(list(ids)))
    ).all()
    rows: dict[int, ItemRow] = {}
    for i, number in result:
        assert i.id is not None
        rows[i.id] = ItemRow(
            id=i.id,
            person_id=i.person_id,
            kind=i.kind,
            direction=i.direction,
            author_name=i.author_name,
            author_relationship=i.author_relationship,
            received_on=i.received_on,
            language=i.language,
            pages=i.pages,
            description=i.description,
            status=i.status,
            status_on=i.status_on,
            withheld_reason=i.withheld_reason,
            parcel_id=i.parcel_id,
            parcel_number=number,
            version=i.version,
        )
    return rows


def parcels_by_status(
    session: Session, *, not_in_shipment: bool = False
) -> dict[ParcelStatus, int]:
    """How many parcels are in each status (those in no shipment only, if asked): an empty
    list of parcels says with it why it is empty."""
    query = select(Parcel.status, func.count()).group_by(col(Parcel.status))
    if not_in_shipment:
        query = query.where(col(Parcel.shipment_id).is_(None))
    return {ParcelStatus(status): int(count) for status, count in session.exec(query).all()}
