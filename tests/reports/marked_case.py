"""Two cases with every field filled with a distinct marker, for the allow-list test.

A captive and an evacuee; their relatives (one who said yes to being named to the
counterpart, one who said no, one never asked), status changes, blocks (a shareable reason,
an internal one, a reason typed for one case), notes, reviews, items, parcels, a shipment,
the office's name and the staff who did it all. Each marker is a short word no other marker
contains, so finding it in a document's text means that field reached the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import (
    CaseStatus,
    Channel,
    Direction,
    ItemKind,
    ItemStatus,
    ParcelStatus,
    ReviewDecision,
    Role,
    ShipmentStatus,
)
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.services.cases import block_reasons, case_status, contacts, notes
from ombuds_desk.services.core.office_settings import OFFICE_NAME, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_user
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

_CYRILLIC = "бвгджзклмнпрстфхцчшщ"
_LATIN = "bcdfghjklmnprstvwxz"


@dataclass
class Markers:
    """Hands out markers by the field they fill: ``markers["captive.rank"]``."""

    by_field: dict[str, str] = field(default_factory=dict)

    def word(self, name: str) -> str:
        n = len(self.by_field)
        self.by_field[name] = f"Жщ{_CYRILLIC[n // 20]}{_CYRILLIC[n % 20]}ю"
        return self.by_field[name]

    def latin(self, name: str) -> str:
        n = len(self.by_field)
        self.by_field[name] = f"Qx{_LATIN[n // 19 % 19]}{_LATIN[n % 19]}z"
        return self.by_field[name]

    def given(self, name: str, value: str) -> str:
        """A marker that must keep a format (a date, a phone, an e-mail, a parcel number)."""
        self.by_field[name] = value
        return value

    def __getitem__(self, name: str) -> str:
        return self.by_field[name]

    def of(self, *prefixes: str) -> set[str]:
        """The markers of every field whose name starts with one of ``prefixes``."""
        return {m for f, m in self.by_field.items() if f.startswith(prefixes)}


@dataclass(frozen=True)
class MarkedCases:
    markers: Markers
    captive_id: int
    evacuee_id: int
    shipment: str


def _staff(db: Database, admin: User, m: Markers) -> tuple[User, User]:
    with unit_of_work(db, admin) as s:
        worker = create_user(s, admin, "mk.worker", m.word("staff.caseworker"), Role.CASEWORKER)
        boss = create_user(s, admin, "mk.boss", m.word("staff.supervisor"), Role.SUPERVISOR)
        worker.must_change_password = boss.must_change_password = False
        set_setting(s, admin, OFFICE_NAME, m.word("office.name"))
        return worker, boss


def _person(db: Database, worker: User, today: date, m: Markers, who: str) -> int:
    fields = {
        "family_name": m.word(f"{who}.identity.family_name"),
        "given_name": m.word(f"{who}.identity.given_name"),
        "patronymic": m.word(f"{who}.identity.patronymic"),
        "family_name_latin": m.latin(f"{who}.identity.family_name_latin"),
        "given_name_latin": m.latin(f"{who}.identity.given_name_latin"),
        "patronymic_latin": m.latin(f"{who}.identity.patronymic_latin"),
        "citizenship": m.word(f"{who}.identity.citizenship"),
        "home_region": m.word(f"{who}.identity.home_region"),
        "sex": "female",
    }
    if who == "captive":
        fields |= {
            "date_of_birth": "1971-03-04",
            "service_number": m.word("captive.details.service_number"),
            "rank": m.word("captive.details.rank"),
            "unit": m.word("captive.details.unit"),
            "captured_on": "2025-02-17",
            "captured_at": m.word("captive.details.captured_at"),
            "holding_party": m.word("captive.details.holding_party"),
            "detention_place": m.word("captive.details.detention_place"),
            "icrc_number": m.word("captive.details.icrc_number"),
        }
        m.given("captive.identity.date_of_birth", "04.03.1971")
        m.given("captive.details.captured_on", "17.02.2025")
    else:
        fields |= {
            "category": "evacuee",
            "date_of_birth": "1983-07-21",
            "evacuated_from": m.word("evacuee.details.evacuated_from"),
            "evacuated_on": "2024-09-12",
            "current_location": m.word("evacuee.details.current_location"),
            "evacuated_by": m.word("evacuee.details.evacuated_by"),
        }
        m.given("evacuee.identity.date_of_birth", "21.07.1983")
        m.given("evacuee.details.evacuated_on", "12.09.2024")
    return id_of(register(db, worker, today, status_since=today - timedelta(days=90), **fields))


def _relatives(db: Database, worker: User, m: Markers, who: str, pid: int) -> None:
    answers = {"named": "yes", "refused": "no", "unasked": "unknown"}
    n = len(m.by_field)
    with unit_of_work(db, worker) as s:
        for kind, share in answers.items():
            if who == "evacuee" and kind == "unasked":
                continue
            prefix = f"{who}.relative_{kind}"
            contacts.add_contact(
                s,
                worker,
                pid,
                {
                    "family_name": m.word(f"{prefix}.family_name"),
                    "given_name": m.word(f"{prefix}.given_name"),
                    "patronymic": m.word(f"{prefix}.patronymic"),
                    "relationship": "sister",
                    "phone": m.given(f"{prefix}.phone", f"+380 44 6{n:02d} 1{n:02d} 7"),
                    "email": m.given(f"{prefix}.email", f"mk{n:02d}zq@example.org"),
                    "address": m.word(f"{prefix}.address"),
                    "notes": m.word(f"{prefix}.notes"),
                    "consent": "yes",
                    "share_consent": share,
                },
            )
            n += 10


def _statuses(
    db: Database, worker: User, boss: User, today: date, m: Markers, ids: tuple[int, int]
) -> None:
    captive, evacuee = ids
    with unit_of_work(db, boss) as s:
        block_reasons.add_block_reason(s, boss, m.word("shareable_reason"), shareable=True)
        block_reasons.add_block_reason(s, boss, m.word("internal_reason"))
    with unit_of_work(db, worker) as s:
        case_status.change_status(
            s, worker, captive, CaseStatus.CONFIRMED, effective_on=today - timedelta(days=30),
            today=today, reason=m.word("captive.status_reason"),
        )  # fmt: skip
        case_status.change_status(
            s, worker, evacuee, CaseStatus.RETURN_REQUESTED,
            effective_on=today - timedelta(days=20), today=today,
            reason=m.word("evacuee.status_reason"),
        )  # fmt: skip
        # A reason typed for this case only (free text), lifted again: internal for good.
        case_status.block_case(
            s, worker, captive, m.word("typed_reason"), today=today,
            note=m.word("captive.typed_block_note"),
        )  # fmt: skip
        case_status.unblock_case(s, worker, captive, today=today, note=m.word("unblock_note"))
        case_status.block_case(
            s, worker, captive, m["shareable_reason"], today=today,
            note=m.word("captive.block_note"),
        )  # fmt: skip
        case_status.block_case(
            s, worker, evacuee, m["internal_reason"], today=today,
            note=m.word("evacuee.block_note"),
        )  # fmt: skip
        for who, pid in (("captive", captive), ("evacuee", evacuee)):
            notes.add_note(s, worker, pid, m.word(f"{who}.note"))
    with unit_of_work(db, boss) as s:
        for who, pid in (("captive", captive), ("evacuee", evacuee)):
            review_case(
                s, boss, pid, ReviewDecision.KEEP_WAITING, today=today,
                note=m.word(f"{who}.review_note"),
            )  # fmt: skip


def _mail(db: Database, worker: User, today: date, m: Markers, ids: tuple[int, int]) -> str:
    with unit_of_work(db, worker) as s:
        shipment = Shipment(
            reference=m.word("shipment.reference"),
            channel=Channel.COUNTERPART_OMBUDSMAN,
            status=ShipmentStatus.HANDED_OVER,
            handover_on=today - timedelta(days=2),
            handed_over_by=m.word("shipment.handed_over_by"),
            handed_over_org=m.word("shipment.handed_over_org"),
            received_by=m.word("shipment.received_by"),
            received_org=m.word("shipment.received_org"),
            notes=m.word("shipment.notes"),
        )
        s.add(shipment)
        s.flush()
        for n, (who, pid) in enumerate(zip(("captive", "evacuee"), ids, strict=True)):
            parcel = Parcel(
                parcel_number=m.given(f"{who}.parcel.number", f"PCL-2026-9{n}001"),
                person_id=pid,
                status=ParcelStatus.DISPATCHED,
                contents=m.word(f"{who}.parcel.contents"),
                weight_grams=1200 + n,
                seal_number=m.word(f"{who}.parcel.seal_number"),
                shipment_id=shipment.id,
                packed_on=today - timedelta(days=4),
                dispatched_on=today - timedelta(days=2),
                status_reason=m.word(f"{who}.parcel.status_reason"),
                created_by_id=worker.id,
            )
            s.add(parcel)
            s.flush()
            s.add(
                CorrespondenceItem(
                    person_id=pid,
                    kind=ItemKind.LETTER,
                    direction=Direction.TO_PERSON if n == 0 else Direction.FROM_PERSON,
                    author_name=m.word(f"{who}.item.author_name"),
                    language=m.word(f"{who}.item.language"),
                    description=m.word(f"{who}.item.description"),
                    received_on=today - timedelta(days=6),
                    status=ItemStatus.PACKED,
                    parcel_id=parcel.id,
                    logged_by_id=worker.id,
                    logged_at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                )
            )
            s.add(
                CorrespondenceItem(
                    person_id=pid,
                    kind=ItemKind.DRAWING,
                    direction=Direction.TO_PERSON,
                    description=m.word(f"{who}.item.withheld_description"),
                    status=ItemStatus.WITHHELD,
                    withheld_reason=m.word(f"{who}.item.withheld_reason"),
                    logged_by_id=worker.id,
                    logged_at=datetime(2026, 11, 21, 10, 0, tzinfo=UTC),
                )
            )
        return shipment.reference


def build_marked_cases(db: Database, admin: User, today: date) -> MarkedCases:
    m = Markers()
    m.given("staff.admin", admin.full_name)
    worker, boss = _staff(db, admin, m)
    captive = _person(db, worker, today, m, "captive")
    evacuee = _person(db, worker, today, m, "evacuee")
    _relatives(db, worker, m, "captive", captive)
    _relatives(db, worker, m, "evacuee", evacuee)
    _statuses(db, worker, boss, today, m, (captive, evacuee))
    reference = _mail(db, worker, today, m, (captive, evacuee))
    return MarkedCases(m, captive, evacuee, reference)
