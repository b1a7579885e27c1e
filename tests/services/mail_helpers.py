"""Builders shared by the correspondence, parcel, shipment and reconciliation tests."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence, parcels, shipments
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, ids, register

MAIL_TABLES = (
    "correspondence_item",
    "parcel",
    "shipment",
    "mail_event",
    "acknowledgement",
    "acknowledgement_line",
    "campaign",
    "audit_entry",
)


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the mail tables (and the audit trail), to show nothing changed."""
    with db.reading() as session:
        return {
            table: [tuple(r) for r in session.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in MAIL_TABLES
        }


def family(db: Database, actor: User, today: date, **fields: Any) -> tuple[Person, Contact]:
    """A captive (registered 100 days ago) and his wife."""
    fields.setdefault("status_since", today - timedelta(days=100))
    person = register(db, actor, today, **fields)
    assert person.id is not None
    with unit_of_work(db, actor) as session:
        wife = contacts.add_contact(
            session,
            actor,
            person.id,
            {
                "family_name": "Ковальчук",
                "given_name": "Олена",
                "patronymic": "Ігорівна",
                "relationship": "wife",
            },
        )
    return person, wife


def log(db: Database, actor: User, person_id: int, today: date, **raw: Any) -> CorrespondenceItem:
    values: dict[str, Any] = {"kind": "letter", "direction": "to_person", "author_name": "Мати"}
    values.update(raw)
    with unit_of_work(db, actor) as session:
        return correspondence.log_item(session, actor, person_id, values, today=today)


def screened(
    db: Database, actor: User, person_id: int, today: date, n: int = 1, **raw: Any
) -> list[CorrespondenceItem]:
    items = [log(db, actor, person_id, today, **raw) for _ in range(n)]
    with unit_of_work(db, actor) as session:
        return [
            correspondence.screen_item(session, actor, id_of(i), passed=True, today=today)
            for i in items
        ]


def packed(
    db: Database,
    actor: User,
    person_id: int,
    today: date,
    *,
    items: int = 2,
    seal: str | None = None,
    on: date | None = None,
) -> Parcel:
    """A sealed parcel with ``items`` screened letters in it."""
    letters = screened(db, actor, person_id, today, items)
    with unit_of_work(db, actor) as session:
        parcel = parcels.create_parcel(session, actor, person_id, today=today, contents="Шкарпетки")
        assert parcel.id is not None
        parcels.add_items_to_parcel(session, actor, parcel.id, ids(letters), today=today)
        return parcels.pack_parcel(
            session, actor, parcel.id, seal_number=seal or f"S-{parcel.id}", today=today, on=on
        )


def handed_over(
    db: Database, actor: User, parcel_list: list[Parcel], on: date, today: date, ref: str = "ICRC-1"
) -> Shipment:
    with unit_of_work(db, actor) as session:
        shipment = shipments.create_shipment(session, actor, ref, "icrc")
        assert shipment.id is not None
        shipments.add_parcels_to_shipment(session, actor, shipment.id, ids(parcel_list))
        return shipments.hand_over_shipment(
            session,
            actor,
            shipment.id,
            handed_over_by="Олег Бондар",
            handed_over_org="Офіс",
            received_by="Jean Dupont",
            received_org="ICRC",
            on=on,
            today=today,
        )


def reload_parcel(db: Database, parcel_id: int) -> Parcel:
    with db.reading() as session:
        found = session.get(Parcel, parcel_id)
        assert found is not None
        return found


def reload_items(db: Database, parcel_id: int) -> list[CorrespondenceItem]:
    with db.reading() as session:
        return parcels.parcel_items(session, parcel_id)
