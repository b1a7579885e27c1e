"""A small register with Russian and Ukrainian names, for the document tests.

Cases go through the services (registration, status changes, blocks, contacts, notes);
correspondence items, parcels and a shipment are inserted directly, as the parcel services
are written elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import (
    CaseStatus,
    Channel,
    Direction,
    ItemKind,
    ItemStatus,
    ParcelStatus,
    ShipmentStatus,
)
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.services.cases import case_status, contacts, notes
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import register

CAPTIVE_NAME = "Пʼятницька Євгенія Їжаківна"
EVACUEE_NAME = "Ґалаґан Олег"
RUSSIAN_NAME = "Воробьёв Илья Сергеевич"
DETENTION = "СІЗО № 2, м. Таганрог"
MOTHER_PHONE = "+380 67 123 45 67"
MOTHER_EMAIL = "hanna.piatnytska@example.org"
MOTHER_ADDRESS = "м. Київ, вул. Ґрунтова, 5, кв. 12"
NOTE_TEXT = "Мати телефонувала: просить передати ліки від тиску <терміново> & якнайшвидше."
BLOCK_REASON = "Home country does not accept return"
SHIPMENT = "SH-2026-014"


@dataclass(frozen=True)
class CaseFile:
    captive_id: int
    captive_case: str
    evacuee_id: int
    evacuee_case: str
    russian_id: int
    russian_case: str
    parcel_ids: tuple[int, ...]
    parcel_numbers: tuple[str, ...]


def _people(db: Database, actor: User, today: date) -> tuple[int, int, int, list[str]]:
    captive = register(
        db,
        actor,
        today,
        family_name="Пʼятницька",
        given_name="Євгенія",
        patronymic="Їжаківна",
        sex="female",
        date_of_birth="1994-05",
        citizenship="Україна",
        home_region="Чернігівська область",
        service_number="ВС-204118",
        rank="Молодший сержант",
        unit="Окрема бригада ТрО",
        captured_on="2026-03-14",
        captured_at="Гостомель",
        holding_party="Російська Федерація",
        detention_place=DETENTION,
        icrc_number="UA-ICRC-77120",
        status_since=today - timedelta(days=200),
    )
    evacuee = register(
        db,
        actor,
        today,
        category="evacuee",
        family_name="Ґалаґан",
        given_name="Олег",
        sex="male",
        evacuated_from="Олешки",
        evacuated_on="2026-02",
        current_location="Пункт тимчасового розміщення, Суми",
        evacuated_by="ICRC",
        status_since=today - timedelta(days=120),
    )
    russian = register(
        db,
        actor,
        today,
        family_name="Воробьёв",
        given_name="Илья",
        patronymic="Сергеевич",
        sex="male",
        detention_place="Колонія № 9, Дніпро",
        status_since=today - timedelta(days=75),
    )
    cases = [captive.case_number, evacuee.case_number, russian.case_number]
    return captive.id or 0, evacuee.id or 0, russian.id or 0, cases


def _statuses(db: Database, actor: User, today: date, captive: int, evacuee: int) -> None:
    with unit_of_work(db, actor) as s:
        case_status.change_status(
            s,
            actor,
            captive,
            CaseStatus.CONFIRMED,
            effective_on=today - timedelta(days=150),
            today=today,
            reason="ICRC visit confirmed identity",
        )
        case_status.change_status(
            s,
            actor,
            captive,
            CaseStatus.LISTED_FOR_EXCHANGE,
            effective_on=today - timedelta(days=12),
            today=today,
            reason="Exchange list 14",
        )
        case_status.change_status(
            s,
            actor,
            evacuee,
            CaseStatus.RETURN_REQUESTED,
            effective_on=today - timedelta(days=100),
            today=today,
            reason="Request sent",
        )
        case_status.block_case(
            s, actor, evacuee, BLOCK_REASON, today=today, note="Посольство відмовило усно"
        )
        contacts.add_contact(
            s,
            actor,
            captive,
            {
                "family_name": "Пʼятницька",
                "given_name": "Ганна",
                "patronymic": "Іванівна",
                "relationship": "mother",
                "phone": MOTHER_PHONE,
                "email": MOTHER_EMAIL,
                "address": MOTHER_ADDRESS,
                "consent": "given",
            },
        )
        contacts.add_contact(
            s,
            actor,
            evacuee,
            {
                "family_name": "Ґалаґан",
                "given_name": "Ірина",
                "relationship": "wife",
                "phone": "+380 50 765 43 21",
                "consent": "unknown",
            },
        )
        notes.add_note(s, actor, captive, NOTE_TEXT)


def _mail(db: Database, actor: User, today: date, captive: int, russian: int) -> list[Parcel]:
    with unit_of_work(db, actor) as s:
        shipment = Shipment(
            reference=SHIPMENT,
            channel=Channel.ICRC,
            status=ShipmentStatus.HANDED_OVER,
            handover_on=today - timedelta(days=3),
            handed_over_by="Світлана Мельник",
            handed_over_org="Офіс Омбудсмана",
            received_by="Jean Dupont",
            received_org="ICRC",
        )
        s.add(shipment)
        s.flush()
        parcels = [
            Parcel(
                parcel_number="P-2026-000101",
                person_id=captive,
                status=ParcelStatus.DISPATCHED,
                contents="Листи, шкарпетки, ліки",
                weight_grams=2350,
                seal_number="S-88121",
                shipment_id=shipment.id,
                packed_on=today - timedelta(days=5),
                dispatched_on=today - timedelta(days=3),
            ),
            Parcel(
                parcel_number="P-2026-000102",
                person_id=russian,
                status=ParcelStatus.DISPATCHED,
                contents="Тёплые вещи",
                weight_grams=1800,
                seal_number="S-88122",
                shipment_id=shipment.id,
                packed_on=today - timedelta(days=5),
                dispatched_on=today - timedelta(days=3),
            ),
            Parcel(
                parcel_number="P-2026-000103",
                person_id=captive,
                status=ParcelStatus.PACKED,
                contents="Малюнки дітей",
                weight_grams=None,
                shipment_id=shipment.id,
                packed_on=today - timedelta(days=2),
            ),
        ]
        s.add_all(parcels)
        s.flush()
        for n in range(4):
            s.add(
                CorrespondenceItem(
                    person_id=captive,
                    kind=ItemKind.DRAWING if n == 3 else ItemKind.LETTER,
                    direction=Direction.TO_PERSON,
                    author_name="Пʼятницька Ганна",
                    received_on=today - timedelta(days=10 - n),
                    description=f"Лист № {n + 1}",
                    status=ItemStatus.PACKED if n < 3 else ItemStatus.LOGGED,
                    parcel_id=parcels[0].id if n < 3 else None,
                    logged_by_id=actor.id,
                    logged_at=datetime(2026, 11, 16 + n, 10, 0, tzinfo=UTC),
                )
            )
        s.flush()
        return parcels


def build_case_file(db: Database, actor: User, today: date) -> CaseFile:
    captive, evacuee, russian, cases = _people(db, actor, today)
    _statuses(db, actor, today, captive, evacuee)
    parcels = _mail(db, actor, today, captive, russian)
    return CaseFile(
        captive_id=captive,
        captive_case=cases[0],
        evacuee_id=evacuee,
        evacuee_case=cases[1],
        russian_id=russian,
        russian_case=cases[2],
        parcel_ids=tuple(p.id or 0 for p in parcels),
        parcel_numbers=tuple(p.parcel_number for p in parcels),
    )
