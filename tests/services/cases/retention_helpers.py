"""A closed case with everything a case holds, for the retention tests."""

from __future__ import annotations

from datetime import date, timedelta

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.cases import case_status, contacts, notes
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.correspondence import log_item
from ombuds_desk.services.mail.parcels import create_parcel
from ombuds_desk.store.database import Database
from tests.services.helpers import register

NAME = "Пʼятничук"
RELATIVE = "Ґалаґанова"
PHONE = "+380671112233"
NOTE = "Мати просить нічого не передавати"


def closed_case(
    db: Database, admin: User, today: date, closed_days_ago: int, family: str = NAME
) -> int:
    """A captive with a relative, a note, a letter and a parcel, closed ``closed_days_ago``."""
    person = register(
        db,
        admin,
        today,
        family_name=family,
        given_name="Єфросинія",
        patronymic="Іванівна",
        date_of_birth="14.03.1985",
        service_number="ZS-9911",
        detention_place="Колонія №7",
        status_since=today - timedelta(days=closed_days_ago + 30),
    )
    pid = int(person.id or 0)
    with unit_of_work(db, admin) as session:
        contact = contacts.add_contact(
            session,
            admin,
            pid,
            {
                "family_name": RELATIVE,
                "given_name": "Олена",
                "relationship": "mother",
                "phone": PHONE,
                "email": "olena@example.org",
                "address": "вул. Шевченка 5, Харків",
            },
        )
        gone = contacts.add_contact(
            session,
            admin,
            pid,
            {"family_name": "Їжакевич", "given_name": "Ігор", "relationship": "brother"},
        )
        notes.add_note(session, admin, pid, NOTE)
        log_item(
            session,
            admin,
            pid,
            {
                "kind": "letter",
                "direction": "to_person",
                "author_contact_id": contact.id,
                "description": "Лист від матері",
            },
            today=today - timedelta(days=closed_days_ago + 20),
        )
        create_parcel(
            session,
            admin,
            pid,
            today=today - timedelta(days=closed_days_ago + 10),
            contents="Светр, фото родини",
        )
    with unit_of_work(db, admin) as session:
        contacts.remove_contact(session, admin, int(gone.id or 0))
        case_status.change_status(
            session,
            admin,
            pid,
            CaseStatus.CLOSED,
            effective_on=today - timedelta(days=closed_days_ago),
            today=today,
            reason=f"Справу {family} закрито",
        )
    return pid
