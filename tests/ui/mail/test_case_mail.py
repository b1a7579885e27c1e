"""The Mail tab's one read of a case (``case_mail``) as plain rows: equal to what the mail
services read, for every case of a demo register, on several days."""

from __future__ import annotations

from dataclasses import replace
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


def _as_the_services_read_it(db: Database, person_id: int) -> CaseMail:
    """What the mail services read of the case on any day, its news clock left out (the only
    part that depends on the day: ``_on``)."""
    with db.reading() as session:
        parcels = parcel_rows(session, parcel_ids(session, ParcelFilter(person_id=person_id)))
        return CaseMail(
            person_id,
            None,
            get_int_setting(session, NO_NEWS_AFTER_DAYS),
            case_mail_history(session, person_id),
            item_rows(session, item_ids(session, ItemFilter(person_id=person_id))),
            {p.id: p.parcel_number for p in parcels.values()},
        )


def _on(db: Database, read: CaseMail, captive: bool, today: date) -> CaseMail:
    """``read`` with the news clock the services work out for ``today`` (captives only)."""
    if not captive:
        return read
    with db.reading() as session:
        return replace(read, clock=news_clock(session, read.person_id, today=today))


def test_every_demo_case_reads_as_the_mail_services_read_it(db: Database) -> None:
    build_demo(db, persons=150, seed=11, today=TODAY)
    with db.reading() as session:
        cases = session.execute(select(col(Person.id), col(Person.category))).all()
    seen = {"items": 0, "parcels": 0, "sent": 0, "heard": 0, "this month": 0}
    for person_id, category in cases:
        captive = category is Category.CAPTIVE
        # Read once: what the services read of a case is the same on every day but its clock.
        read = _as_the_services_read_it(db, person_id)
        listed = item_ids_of(db, person_id)
        for today in (TODAY, TODAY - timedelta(days=20), TODAY + timedelta(days=45)):
            expected = _on(db, read, captive, today)
            with db.reading() as session:
                mail = case_mail(session, person_id, captive=captive, today=today)
            assert mail == expected, person_id
            # In the same order too: the history newest first, the items as listed.
            assert list(mail.items) == listed
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
