"""What the case view shows of one case: identity, facts in display form, status and what
may follow, the stalled flag, relatives, history and notes; and what an edit form starts
from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.demo.builder import build_demo
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, Consent, Relationship, Sex
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.people import Person, PersonBase
from ombuds_desk.domain.status_rules import allowed_next, is_final, is_stalled
from ombuds_desk.services.cases import case_status, contacts, notes, persons
from ombuds_desk.services.cases.case_view import (
    CaseDetails,
    _display,
    case_details,
    contact_row,
    contact_snapshot,
    person_form,
)
from ombuds_desk.services.cases.reviews import current_review
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import get_user
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register


def _details(db: Database, person_id: int, today: date, threshold_days: int = 30) -> CaseDetails:
    with db.reading() as session:
        return case_details(session, person_id, today=today, threshold_days=threshold_days)


@pytest.fixture
def captive(db: Database, caseworker: User, supervisor: User, today: date) -> int:
    """A confirmed captive, registered 100 days ago, with his mother, a sister and two notes."""
    person = register(
        db,
        caseworker,
        today,
        family_name="Пʼятницький",
        given_name="Григорій",
        patronymic="Їжакович",
        sex="male",
        date_of_birth="1985-03-14",
        captured_on="03.2026",
        detention_place="СІЗО-2, Таганрог",
        service_number="ВС-204118",
        status_since=today - timedelta(days=100),
    )
    pid = id_of(person)
    with unit_of_work(db, caseworker) as session:
        case_status.change_status(
            session,
            caseworker,
            pid,
            CaseStatus.CONFIRMED,
            effective_on=today - timedelta(days=40),
            today=today,
            reason="Визит МККК",
        )
        contacts.add_contact(
            session,
            caseworker,
            pid,
            {
                "family_name": "Пʼятницька",
                "given_name": "Ганна",
                "patronymic": "Іванівна",
                "relationship": "mother",
                "phone": "+380 67 123 45 67",
                "consent": "given",
            },
        )
        contacts.add_contact(
            session,
            caseworker,
            pid,
            {"family_name": "Пʼятницька", "given_name": "Олеся", "relationship": "sister"},
        )
        notes.add_note(session, caseworker, pid, "Мати телефонувала.")
    with unit_of_work(db, supervisor) as session:
        notes.add_note(session, supervisor, pid, "Переглянуто керівником.")
    return pid


def test_the_whole_case_in_one_read(db: Database, captive: int, today: date) -> None:
    case = _details(db, captive, today)
    assert (case.id, case.case_number, case.category) == (
        captive,
        "CAP-2026-00001",
        Category.CAPTIVE,
    )
    assert case.name == "Пʼятницький Григорій Їжакович"
    assert case.latin_name == "Piatnitskii Grigorii Izhakovich"
    assert (case.sex, case.status, case.status_since) == (
        Sex.MALE,
        CaseStatus.CONFIRMED,
        today - timedelta(days=40),
    )
    assert case.days_in_status == 40 and case.stalled and not case.final
    assert not case.blocked and case.blocked_reason is None
    assert case.assigned_to == "Олег Бондар"
    assert case.version == 2
    assert case.next_statuses == [
        CaseStatus.LISTED_FOR_EXCHANGE,
        CaseStatus.RELEASED,
        CaseStatus.RESETTLED,
        CaseStatus.DECEASED,
        CaseStatus.CLOSED,
    ]


def test_facts_hold_every_filled_field_in_display_form(
    db: Database, captive: int, today: date
) -> None:
    facts = _details(db, captive, today).facts
    assert facts["date_of_birth"] == "14.03.1985"
    assert facts["captured_on"] == "03.2026"
    assert facts["sex"] == "Male" and facts["category"] == "Captive"
    assert facts["detention_place"] == "СІЗО-2, Таганрог"
    assert facts["family_name_latin"] == "Piatnitskii"
    assert "evacuated_from" not in facts and "icrc_number" not in facts  # empty: left out
    assert all(value for value in facts.values())


def test_relatives_history_and_notes_come_with_the_case(
    db: Database, captive: int, today: date
) -> None:
    case = _details(db, captive, today)
    mother, sister = case.contacts
    assert mother.name == "Пʼятницька Ганна Іванівна" and sister.name == "Пʼятницька Олеся"
    assert (mother.relationship, mother.consent, mother.phone) == (
        Relationship.MOTHER,
        Consent.GIVEN,
        "+380 67 123 45 67",
    )
    assert (sister.consent, sister.phone, sister.version) == (Consent.UNKNOWN, None, 1)
    assert [(h.from_status, h.to_status, h.reason) for h in case.history] == [
        (CaseStatus.REGISTERED, CaseStatus.CONFIRMED, "Визит МККК"),
        (None, CaseStatus.REGISTERED, "Case registered"),
    ]
    assert [(n.text, n.author) for n in case.notes] == [
        ("Переглянуто керівником.", "Світлана Мельник"),
        ("Мати телефонувала.", "Олег Бондар"),
    ]


def test_the_stalled_flag_follows_the_threshold_and_the_block(
    db: Database, caseworker: User, captive: int, today: date
) -> None:
    assert _details(db, captive, today, threshold_days=39).stalled  # 40 days > 39
    assert not _details(db, captive, today, threshold_days=40).stalled  # 40 days of 40
    with unit_of_work(db, caseworker) as session:
        case_status.block_case(
            session, caseworker, captive, "No contact with family", today=today, note="Телефон"
        )
    blocked = _details(db, captive, today, threshold_days=365)
    assert blocked.stalled and blocked.blocked
    assert (blocked.blocked_reason, blocked.blocked_note) == ("No contact with family", "Телефон")


def test_a_closed_case_offers_no_next_status_and_is_not_stalled(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(
        db, caseworker, today, category="evacuee", status_since=today - timedelta(days=400)
    )
    with unit_of_work(db, caseworker) as session:
        case_status.change_status(
            session,
            caseworker,
            id_of(person),
            CaseStatus.RESETTLED,
            effective_on=today,
            today=today,
            reason="Settled in Lviv for good, per the regional office",
        )
    case = _details(db, id_of(person), today)
    assert case.final and not case.stalled and case.next_statuses == []
    assert case.days_in_status == 0


def test_an_unassigned_case_and_a_case_that_is_gone(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person = register(db, caseworker, today, family_name="Воробьёв", given_name="Илья")
    with unit_of_work(db, supervisor) as session:  # reassigning is a supervisor's work
        persons.assign_person(session, supervisor, id_of(person), None)
    case = _details(db, id_of(person), today)
    assert case.assigned_to == "" and case.contacts == [] and case.notes == []
    with pytest.raises(NotFoundError, match="No case with id 999"):
        _details(db, 999, today)


def test_the_edit_form_starts_from_the_values_as_typed(
    db: Database, captive: int, today: date
) -> None:
    with db.reading() as session:
        form = person_form(session, captive)
    assert (form.id, form.version, form.case_number, form.category) == (
        captive,
        2,
        "CAP-2026-00001",
        Category.CAPTIVE,
    )
    assert form.values["date_of_birth"] == "14.03.1985"
    assert form.values["captured_on"] == "03.2026"
    assert form.values["sex"] == "male"
    assert form.values["patronymic"] == "Їжакович"
    assert form.values["evacuated_from"] == ""  # every field, empty ones as ""
    assert "category" not in form.values


def test_a_removed_contact_is_put_back_from_its_snapshot(
    db: Database, caseworker: User, captive: int
) -> None:
    with db.reading() as session:
        mother = contacts.list_contacts(session, captive)[0]
    snapshot = contact_snapshot(mother)
    assert "id" not in snapshot and "version" not in snapshot
    assert snapshot["person_id"] == captive
    with unit_of_work(db, caseworker) as session:
        contacts.remove_contact(session, caseworker, id_of(mother))
    with unit_of_work(db, caseworker) as session:
        contacts.restore_contact(session, caseworker, snapshot)
    with db.reading() as session:
        back = contacts.list_contacts(session, captive)[-1]
    assert contact_row(back).name == "Пʼятницька Ганна Іванівна"
    assert (back.phone, back.consent, back.relationship) == (
        "+380 67 123 45 67",
        Consent.GIVEN,
        Relationship.MOTHER,
    )


def _as_the_services_read_it(
    db: Database, person_id: int, today: date, threshold_days: int
) -> CaseDetails:
    """The case as each service reads its part (ORM objects): what ``case_details`` must
    equal, field by field, now that it reads plain rows."""
    with db.reading() as session:
        person = persons.get_person(session, person_id)
        assigned = ""
        if person.assigned_to_id is not None:
            assigned = get_user(session, person.assigned_to_id).full_name
        final = is_final(person.status)
        return CaseDetails(
            id=person_id,
            version=person.version,
            case_number=person.case_number,
            category=person.category,
            name=person.full_name,
            latin_name=person.latin_full_name,
            sex=person.sex,
            status=person.status,
            status_since=person.status_since,
            days_in_status=(today - person.status_since).days,
            stalled=is_stalled(
                person.status,
                person.blocked,
                person.status_since,
                today,
                threshold_days,
                category=person.category,
            ),
            final=final,
            blocked=person.blocked,
            blocked_reason=person.blocked_reason,
            blocked_note=person.blocked_note,
            assigned_to=assigned,
            next_statuses=allowed_next(person.category, person.status),
            facts={
                name: _display(name, getattr(person, name))
                for name in PersonBase.model_fields
                if getattr(person, name) not in (None, "")
            },
            contacts=[contact_row(c) for c in contacts.list_contacts(session, person_id)],
            history=case_status.status_history(session, person_id),
            notes=notes.list_notes(session, person_id),
            review=None if final else current_review(session, person_id, today=today),
        )


def test_every_demo_case_reads_as_the_services_read_it(db: Database) -> None:
    """The demo's cases have relatives, notes, status histories, reviews and blocks: each
    one's case view equals what the services read, part by part and in the same order."""
    today = date(2026, 11, 26)
    build_demo(db, persons=120, seed=13, today=today)
    with db.reading() as session:
        ids = [int(i) for i in session.execute(select(col(Person.id))).scalars()]
    seen = {"contacts": 0, "history": 0, "notes": 0, "review": 0, "assigned": 0}
    for person_id in ids:
        # Read once: the threshold changes only whether the case is stalled.
        read = _as_the_services_read_it(db, person_id, today, 30)
        for threshold in (30, 5):
            expected = replace(
                read,
                stalled=is_stalled(
                    read.status,
                    read.blocked,
                    read.status_since,
                    today,
                    threshold,
                    category=read.category,
                ),
            )
            assert _details(db, person_id, today, threshold) == expected
        seen["contacts"] += bool(expected.contacts)
        seen["history"] += len(expected.history) > 1
        seen["notes"] += bool(expected.notes)
        seen["review"] += expected.review is not None
        seen["assigned"] += bool(expected.assigned_to)
    assert all(seen.values()), seen
