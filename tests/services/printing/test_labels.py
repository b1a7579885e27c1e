"""Label data: what tells two people of one name apart, where the parcel goes, and which
parcels lack a place of detention (named before printing)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing.labels import NO_PLACE, describe_incomplete, label_sheet
from ombuds_desk.store.database import Database
from tests.reports.builders import DETENTION, SHIPMENT, CaseFile


def test_labels_carry_identity_seal_destination_and_office(
    db: Database, case_file: CaseFile, today: date
) -> None:
    with db.reading() as session:
        sheet = label_sheet(session, today=today, shipment_reference=SHIPMENT)
        with pytest.raises(NotFoundError):
            label_sheet(session, today=today, shipment_reference="NO-SUCH")
        with pytest.raises(ValueError):
            label_sheet(session, today=today)
    captive = next(e for e in sheet.labels if e.case_number == case_file.captive_case)
    assert captive.date_of_birth == "05.1994"  # as the register shows a partial date
    assert captive.icrc_number == "UA-ICRC-77120"
    assert captive.seal_number == "S-88121"
    assert (captive.place, captive.country) == (DETENTION, "Російська Федерація")
    assert captive.problems == ()
    russian = next(e for e in sheet.labels if e.case_number == case_file.russian_case)
    assert russian.country == "" and russian.problems == ()  # no country: shown, not blocking
    assert sheet.office.name and sheet.title == f"Shipment {SHIPMENT}"
    assert sheet.incomplete == ()


def test_a_parcel_without_a_place_of_detention_is_named(
    db: Database, case_file: CaseFile, caseworker: User, today: date
) -> None:
    with unit_of_work(db, caseworker) as session:
        person = session.get(Person, case_file.russian_id)
        assert person is not None
        person.detention_place = None
        session.add(person)
    with db.reading() as session:
        sheet = label_sheet(session, today=today, parcel_ids=list(case_file.parcel_ids))
        numbers = set(
            session.exec(
                select(Parcel.parcel_number).where(Parcel.person_id == case_file.russian_id)
            ).all()
        )
    assert {e.parcel_number for e in sheet.incomplete} == numbers
    assert all(e.problems == (NO_PLACE,) for e in sheet.incomplete)
    words = describe_incomplete(sheet)
    assert all(n in words for n in numbers) and case_file.russian_case in words
    assert "Воробьёв" in words and NO_PLACE in words
