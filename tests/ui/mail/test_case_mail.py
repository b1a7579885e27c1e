"""The Mail tab's one read of a case (``case_mail``) as plain rows: equal to what the mail
services read, for every case of a demo register, on several days."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.demo.builder import build_demo
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.mail.mail_events import case_mail_history
from ombuds_desk.services.mail.mail_query import (
    ItemFilter,
    ParcelFilter,
    item_ids,
    item_rows,
    parcel_ids,
    parcel_rows,
)
from ombuds_desk.services.mail.news_clock import news_clock
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.mail_tab_rows import CaseMail, case_mail

TODAY = date(2026, 11, 26)


def _as_the_services_read_it(db: Database, person_id: int, captive: bool, today: date) -> CaseMail:
    with db.reading() as session:
        parcels = parcel_rows(session, parcel_ids(session, ParcelFilter(person_id=person_id)))
        return CaseMail(
            person_id,
            news_clock(session, person_id, today=today) if captive else None,
            get_int_setting(session, NO_NEWS_AFTER_DAYS),
            case_mail_history(session, person_id),
            item_rows(session, item_ids(session, ItemFilter(person_id=person_id))),
            {p.id: p.parcel_number for p in parcels.values()},
        )


def test_every_demo_case_reads_as_the_mail_services_read_it(db: Database) -> None:
    build_demo(db, persons=150, seed=11, today=TODAY)
    with db.reading() as session:
        cases = session.execute(select(col(Person.id), col(Person.category))).all()
    seen = {"items": 0, "parcels": 0, "sent": 0, "heard": 0, "this month": 0}
    for person_id, category in cases:
        captive = category is Category.CAPTIVE
        for today in (TODAY, TODAY - timedelta(days=20), TODAY + timedelta(days=45)):
            expected = _as_the_services_read_it(db, person_id, captive, today)
            with db.reading() as session:
                mail = case_mail(session, person_id, captive=captive, today=today)
            assert mail == expected, person_id
            # In the same order too: the history newest first, the items as listed.
            assert list(mail.items) == item_ids_of(db, person_id)
            if expected.clock is not None:
                month = expected.clock.from_person_last_30_days
                seen["this month"] += month.letters + month.cards + month.other > 0
        seen["items"] += bool(expected.items)
        seen["parcels"] += bool(expected.parcel_numbers)
        if expected.clock is not None:
            seen["sent"] += expected.clock.last_to_person is not None
            seen["heard"] += expected.clock.last_from_person is not None
    assert all(seen.values()), seen


def item_ids_of(db: Database, person_id: int) -> list[int]:
    with db.reading() as session:
        return item_ids(session, ItemFilter(person_id=person_id))
