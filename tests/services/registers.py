"""A small register with something in nearly every table, in Cyrillic: the office of
``tests/services/work/office.py`` (staff, cases assigned and reassigned, reviews, letters,
parcels sealed and handed over), and a family, a note, a blocked case and a setting besides."""

from __future__ import annotations

from datetime import date

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases import case_status, notes
from ombuds_desk.services.core.office_settings import STALLED_AFTER_DAYS, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of
from tests.services.mail_helpers import family
from tests.services.work.office import Office, build_office


def cyrillic_register(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date
) -> Office:
    office = build_office(db, admin, caseworker, supervisor, today)
    person, _wife = family(
        db, caseworker, today, family_name="Пʼятницька", given_name="Євгенія", patronymic="Іллівна"
    )
    with unit_of_work(db, caseworker) as session:
        notes.add_note(session, caseworker, id_of(person), "Дружина телефонувала: «Ґрати, ї, є»")
        case_status.block_case(
            session, caseworker, id_of(person), "Країна не приймає назад", today=today
        )
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, STALLED_AFTER_DAYS, "21")
    return office
