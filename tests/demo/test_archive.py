"""Older mail for a national register: about the items and parcels asked for, all of it
before the last months' mail, between each captive's registration and the end of the case."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from ombuds_desk.demo.builder import build_demo
from ombuds_desk.demo.mail import MAIL_DAYS
from ombuds_desk.domain.enums import Category, Direction, ShipmentStatus
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent, Parcel, Shipment
from ombuds_desk.domain.people import Person
from ombuds_desk.store.database import open_database

TODAY = date(2026, 11, 26)


def test_older_mail_reaches_the_numbers_asked_for(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'big.sqlite3'}", demo=True)
    try:
        plain = open_database(f"sqlite:///{tmp_path / 'plain.sqlite3'}", demo=True)
        usual = build_demo(plain, persons=400, today=TODAY)
        plain.dispose()
        summary = build_demo(db, persons=400, today=TODAY, items=6_000, parcels=300)
        assert usual.items < 1_000 and usual.parcels < 300
        assert abs(summary.items - 6_000) <= 60 and abs(summary.parcels - 300) <= 3
        assert summary.mail_events > 2 * summary.items  # each with its history
        cutoff = TODAY - timedelta(days=MAIL_DAYS)
        with db.reading() as session:
            persons = {p.id: p for p in session.scalars(select(Person))}
            items = list(session.scalars(select(CorrespondenceItem)))
            assert len(items) == summary.items
            older = [i for i in items if i.logged_at.date() < cutoff]
            assert len(older) >= summary.items - usual.items - 60
            assert {i.direction for i in older} == set(Direction)
            for item in older:
                person = persons[item.person_id]
                assert person.category is Category.CAPTIVE
                assert person.created_at.date() < item.logged_at.date()
                assert item.status_on is not None and item.status_on < cutoff
            parcels = list(session.scalars(select(Parcel)))
            for parcel in parcels:
                assert persons[parcel.person_id].created_at.date() <= parcel.created_at.date()
            shipments = list(session.scalars(select(Shipment)))
            assert len({s.reference for s in shipments}) == len(shipments)
            older_shipments = [s for s in shipments if (s.handover_on or TODAY) < cutoff]
            assert len(older_shipments) > 10
            assert all(s.status is ShipmentStatus.CLOSED for s in older_shipments)
            events = session.scalar(select(func.count()).select_from(MailEvent))
            assert events == summary.mail_events
            latest = session.scalar(select(func.max(col(MailEvent.effective_on))))
            assert latest is not None and latest <= TODAY
    finally:
        db.dispose()


def test_a_negative_number_of_items_is_refused(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}", demo=True)
    try:
        with pytest.raises(ValidationError):
            build_demo(db, persons=10, today=TODAY, items=-1)
    finally:
        db.dispose()
