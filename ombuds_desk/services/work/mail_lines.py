"""The lines of My work about mail, each list one SQL query: screened items to pack, parcels
to seal and to hand over, shipments handed over and not acknowledged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col

from ombuds_desk.domain.enums import Direction, ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.reviews import local_day
from ombuds_desk.services.core.office_settings import ACKNOWLEDGEMENT_AFTER_DAYS, get_int_setting
from ombuds_desk.services.core.phrases import counted
from ombuds_desk.services.work.case_lines import owned, person_columns, person_name
from ombuds_desk.services.work.work_lines import (
    MyWorkPlurals,
    Place,
    WorkKind,
    WorkLine,
    office_day,
)
from ombuds_desk.store.driver_dates import driver_day


def to_pack(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    query = (
        sa.select(
            col(Person.assigned_to_id),
            *person_columns(),
            func.count(col(CorrespondenceItem.id)).label("items"),
            func.min(col(CorrespondenceItem.status_on)).label("since"),
        )
        .select_from(CorrespondenceItem)
        .join(Person, col(Person.id) == CorrespondenceItem.person_id)
        .where(
            col(CorrespondenceItem.status) == ItemStatus.SCREENED.value,
            col(CorrespondenceItem.direction) == Direction.TO_PERSON.value,
            col(CorrespondenceItem.parcel_id).is_(None),
            *owned(col(Person.assigned_to_id), owners),
        )
        .group_by(col(Person.id))
        .order_by(sa.literal_column("since"), col(Person.case_number))
    )
    lines = []
    for row in session.connection().execute(query):
        since = driver_day(row.since)
        what = counted(
            MyWorkPlurals.tr("%n screened items waiting to be packed", "", row.items),
            row.items,
            "%n screened items waiting to be packed",
            "%n screened item waiting to be packed",
        )
        if since is not None:
            what += translate("MyWork", " (since {date})").format(date=office_day(since))
        lines.append(
            WorkLine(
                WorkKind.TO_PACK, row.assigned_to_id, row.person_id, row.case_number,
                person_name(row), what, since,
            )
        )  # fmt: skip
    return lines


def _parcels(
    session: Session,
    today: date,
    owners: Sequence[int] | None,
    kind: WorkKind,
    where: list[ColumnElement[bool]],
) -> list[WorkLine]:
    query = (
        sa.select(
            col(Person.assigned_to_id),
            *person_columns(),
            col(Parcel.parcel_number),
            col(Parcel.packed_on),
            col(Parcel.created_at),
        )
        .select_from(Parcel)
        .join(Person, col(Person.id) == Parcel.person_id)
        .outerjoin(Shipment, col(Shipment.id) == Parcel.shipment_id)
        .where(*where, *owned(col(Person.assigned_to_id), owners))
        .order_by(col(Parcel.id))
    )
    lines = []
    for row in session.connection().execute(query):
        if kind is WorkKind.TO_SEAL:
            since = local_day(row.created_at)
            what = translate("MyWork", "Parcel {number} made up on {date}: seal it").format(
                number=row.parcel_number, date=office_day(since)
            )
            place = Place.CASE
        else:
            since = driver_day(row.packed_on) or local_day(row.created_at)
            what = translate(
                "MyWork", "Parcel {number} sealed on {date}: put it in a shipment and hand it over"
            ).format(number=row.parcel_number, date=office_day(since))
            place = Place.SHIPMENTS
        lines.append(
            WorkLine(
                kind, row.assigned_to_id, row.person_id, row.case_number, person_name(row), what,
                since, place,
            )
        )  # fmt: skip
    return lines


def to_seal(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    return _parcels(
        session, today, owners, WorkKind.TO_SEAL,
        [col(Parcel.status) == ParcelStatus.ASSEMBLING.value],
    )  # fmt: skip


def to_hand_over(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    not_handed_over = sa.or_(
        col(Parcel.shipment_id).is_(None),
        col(Shipment.status) == ShipmentStatus.PREPARING.value,
    )
    return _parcels(
        session, today, owners, WorkKind.TO_HAND_OVER,
        [col(Parcel.status) == ParcelStatus.PACKED.value, not_handed_over],
    )  # fmt: skip


def no_acknowledgement(
    session: Session, today: date, owners: Sequence[int] | None
) -> list[WorkLine]:
    days = get_int_setting(session, ACKNOWLEDGEMENT_AFTER_DAYS)
    query = (
        sa.select(
            col(Person.assigned_to_id),
            col(Shipment.id),
            col(Shipment.reference),
            col(Shipment.handover_on),
            func.count(col(Parcel.id)).label("parcels"),
        )
        .select_from(Parcel)
        .join(Shipment, col(Shipment.id) == Parcel.shipment_id)
        .join(Person, col(Person.id) == Parcel.person_id)
        .where(
            col(Shipment.status) == ShipmentStatus.HANDED_OVER.value,
            col(Shipment.handover_on) < today - timedelta(days=days),
            col(Parcel.status) == ParcelStatus.DISPATCHED.value,
            *owned(col(Person.assigned_to_id), owners),
        )
        .group_by(col(Person.assigned_to_id), col(Shipment.id))
        .order_by(col(Shipment.handover_on), col(Shipment.reference))
    )
    lines = []
    for row in session.connection().execute(query):
        on = driver_day(row.handover_on) or today
        waited = (today - on).days
        what = MyWorkPlurals.tr(
            "Shipment {reference} handed over {date} (%n days ago): {parcels} not acknowledged "
            "as delivered",
            "",
            waited,
        ).format(
            reference=row.reference,
            date=office_day(on),
            parcels=counted(
                MyWorkPlurals.tr("%n parcels", "", row.parcels),
                row.parcels,
                "%n parcels",
                "%n parcel",
            ),
        )
        lines.append(
            WorkLine(
                WorkKind.NO_ACKNOWLEDGEMENT, row.assigned_to_id, None, row.reference, "",
                what, on, Place.SHIPMENTS,
            )
        )  # fmt: skip
    return lines
