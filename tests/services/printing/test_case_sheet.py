"""Case sheet data: one case as printed, internal or for the counterpart (its own data, from
the allow-list), read in bulk in the order asked for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.cases import block_reasons, contacts, notes, persons
from ombuds_desk.services.core.office_settings import (
    STALLED_AFTER_DAYS,
    set_setting,
    stalled_days_key,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import (
    Count,
    SheetVersion,
    case_sheet_data,
    case_sheets_data,
)
from ombuds_desk.services.printing.case_sheet import LATEST_ITEMS, LATEST_NOTES
from ombuds_desk.services.printing.counterpart_sheet import (
    CounterpartSheetData,
    Relative,
    counterpart_sheet_data,
)
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.reports.builders import (
    BLOCK_REASON,
    CAPTIVE_NAME,
    DETENTION,
    MOTHER_ADDRESS,
    MOTHER_EMAIL,
    MOTHER_PHONE,
    NOTE_TEXT,
    CaseFile,
)
from tests.services.helpers import id_of, register
from tests.services.mail_helpers import log


def test_counterpart_data_holds_no_contact_details_or_notes(
    db: Database, case_file: CaseFile, caseworker: User, today: date
) -> None:
    with db.reading() as session:
        internal = case_sheet_data(session, case_file.captive_id, today=today)
        counterpart = counterpart_sheet_data(session, case_file.captive_id, today=today)
    assert internal.contacts[0].phone == MOTHER_PHONE and internal.latest_notes
    # The mother agreed to be contacted but was never asked about the counterpart: left out.
    assert counterpart.relatives == ()
    mother_id = _first_contact(db, case_file.captive_id)
    with unit_of_work(db, caseworker) as session:
        contact = contacts.get_contact(session, mother_id)
        raw = contact.model_dump() | {"share_consent": "yes"}
        contacts.update_contact(session, caseworker, mother_id, raw, expected_version=None)
    with db.reading() as session:
        counterpart = counterpart_sheet_data(session, case_file.captive_id, today=today)
    assert counterpart.relatives == (Relative("Пʼятницька Ганна Іванівна", "Mother"),)
    # The type has no place for contact details, notes, reviews or staff at all.
    fields = set(CounterpartSheetData.__dataclass_fields__)
    assert not fields & {"contacts", "latest_notes", "reviews", "assigned_to", "stalled"}
    assert not fields & {"days_in_status", "blocked_note", "version"}


def test_the_internal_reader_refuses_to_make_a_counterpart_version(
    db: Database, case_file: CaseFile, today: date
) -> None:
    with db.reading() as session, pytest.raises(ValueError, match="allow-list"):
        case_sheet_data(
            session, case_file.captive_id, today=today, version=SheetVersion.COUNTERPART
        )


def _first_contact(db: Database, person_id: int) -> int:
    with db.reading() as session:
        return id_of(contacts.list_contacts(session, person_id)[0])


def test_bulk_read_keeps_the_order_and_skips_missing_ids(
    db: Database, case_file: CaseFile, today: date
) -> None:
    ids = [case_file.russian_id, 99999, case_file.captive_id, case_file.evacuee_id]
    with db.reading() as session:
        sheets = case_sheets_data(session, ids, today=today)
        with pytest.raises(NotFoundError):
            case_sheet_data(session, 99999, today=today)
    assert [s.case_number for s in sheets] == [
        case_file.russian_case,
        case_file.captive_case,
        case_file.evacuee_case,
    ]
    assert [len(s.latest_items) for s in sheets] == [0, 4, 0]
    assert [s.parcels_total for s in sheets] == [1, 2, 0]


def test_a_captives_sheet_says_who_where_and_how_things_stand(
    db: Database, case_file: CaseFile, today: date
) -> None:
    with db.reading() as session:
        sheet = case_sheet_data(session, case_file.captive_id, today=today)
    assert (sheet.name, sheet.latin_name) == (CAPTIVE_NAME, "Piatnitska Ievgeniia Izhakivna")
    assert (sheet.category, sheet.details_title) == ("Captive", "Captivity details")
    assert sheet.identity == (
        ("Date of birth", "05.1994"),
        ("Sex", "Female"),
        ("Citizenship", "Україна"),
        ("Home region", "Чернігівська область"),
    )
    details = dict(sheet.details)
    assert details["Captured on"] == "14.03.2026"
    assert details["Place of detention"] == DETENTION
    assert details["ICRC registration no."] == "UA-ICRC-77120"
    assert list(details) == [
        "Service number",
        "Rank",
        "Unit",
        "Captured on",
        "Captured at",
        "Holding party",
        "Place of detention",
        "ICRC registration no.",
    ]
    assert (sheet.status, sheet.status_since, sheet.days_in_status) == (
        "Listed for exchange",
        today - timedelta(days=12),
        12,
    )
    assert not sheet.stalled and not sheet.final and sheet.assigned_to == "Олег Бондар"
    assert [(h.event, h.from_status, h.to_status, h.reason) for h in sheet.history] == [
        ("Change", "Confirmed", "Listed for exchange", "Exchange list 14"),
        ("Change", "Registered", "Confirmed", "ICRC visit confirmed identity"),
        ("Registered", "", "Registered", "Case registered"),
    ]
    mother = sheet.contacts[0]
    assert (
        mother.relationship,
        mother.consent,
        mother.share_consent,
        mother.email,
        mother.address,
    ) == ("Mother", "Yes", "Not asked", MOTHER_EMAIL, MOTHER_ADDRESS)
    assert sheet.latest_notes[0].text == NOTE_TEXT and sheet.notes_total == 1


def test_mail_is_counted_by_status_in_workflow_order(
    db: Database, case_file: CaseFile, today: date
) -> None:
    with db.reading() as session:
        sheet = case_sheet_data(session, case_file.captive_id, today=today)
    assert sheet.items_total == 4
    assert sheet.items_by_status == (Count("Logged", 1), Count("Packed", 3))
    assert sheet.parcels_total == 2
    assert sheet.parcels_by_status == (Count("Packed", 1), Count("Dispatched", 1))
    newest = sheet.latest_items[0]  # logged last: the drawing
    assert (newest.kind, newest.direction, newest.status, newest.description) == (
        "Drawing",
        "To the person",
        "Logged",
        "Лист № 4",
    )
    assert [p.parcel_number for p in sheet.latest_parcels] == ["P-2026-000103", "P-2026-000101"]
    assert sheet.latest_parcels[1].on == today - timedelta(days=3)  # its dispatch
    assert sheet.latest_parcels[0].weight_grams is None


def test_an_evacuees_block_note_stays_in_the_office(
    db: Database, case_file: CaseFile, supervisor: User, today: date
) -> None:
    with db.reading() as session:
        internal = case_sheet_data(session, case_file.evacuee_id, today=today)
        unmarked = counterpart_sheet_data(session, case_file.evacuee_id, today=today)
    # Internal until the office marks the reason shareable: no trace of the block at all.
    assert unmarked.obstacle == ""
    assert [h.event for h in unmarked.history] == ["Return requested", "Registered"]
    with unit_of_work(db, supervisor) as session:
        block_reasons.mark_block_reason(session, supervisor, BLOCK_REASON, shareable=True)
    with db.reading() as session:
        counterpart = counterpart_sheet_data(session, case_file.evacuee_id, today=today)
    assert internal.details_title == "Evacuation details"
    assert dict(internal.details)["Evacuated on"] == "02.2026"
    assert internal.blocked and internal.stalled and internal.blocked_reason == BLOCK_REASON
    assert internal.blocked_note == "Посольство відмовило усно"
    blocked_line = internal.history[0]
    assert blocked_line.event == "Blocked"
    assert blocked_line.reason == f"{BLOCK_REASON} — Посольство відмовило усно"
    assert counterpart.obstacle == BLOCK_REASON
    assert counterpart.history[0].event == f"Obstacle: {BLOCK_REASON}"
    # A standard reason is stored in English: the Ukrainian copy says it in Ukrainian (its
    # obstacle line said it in English, under a Ukrainian heading).
    with db.reading() as session, i18n.using(catalogue(Language.UK)):
        ukrainian = counterpart_sheet_data(session, case_file.evacuee_id, today=today)
    assert ukrainian.obstacle == "Країна походження не приймає повернення"


def test_only_the_latest_items_and_notes_are_printed_but_all_are_counted(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today, family_name="Ґудзь", given_name="Остап")
    pid = id_of(person)
    for n in range(LATEST_ITEMS + 2):
        log(db, caseworker, pid, today, description=f"Лист {n}")
    with unit_of_work(db, caseworker) as session:
        for n in range(LATEST_NOTES + 1):
            notes.add_note(session, caseworker, pid, f"Нотатка {n}")
    with db.reading() as session:
        sheet = case_sheet_data(session, pid, today=today)
    assert sheet.items_total == LATEST_ITEMS + 2
    assert [i.description for i in sheet.latest_items] == [
        f"Лист {n}" for n in range(LATEST_ITEMS + 1, 1, -1)
    ]
    assert sheet.notes_total == LATEST_NOTES + 1
    assert len(sheet.latest_notes) == LATEST_NOTES
    assert sheet.latest_notes[0].text == f"Нотатка {LATEST_NOTES}"


def test_the_stalled_flag_follows_the_office_threshold(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person = register(db, caseworker, today, status_since=today - timedelta(days=45))
    with unit_of_work(db, supervisor) as session:  # reassigning is a supervisor's work
        persons.assign_person(session, supervisor, id_of(person), None)
    with db.reading() as session:
        before = case_sheet_data(session, id_of(person), today=today)
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, STALLED_AFTER_DAYS, "60")
    with db.reading() as session:
        general = case_sheet_data(session, id_of(person), today=today)
    with unit_of_work(db, supervisor) as session:  # a registration's own threshold
        set_setting(
            session, supervisor, stalled_days_key(Category.CAPTIVE, CaseStatus.REGISTERED), "60"
        )
    with db.reading() as session:
        after = case_sheet_data(session, id_of(person), today=today)
    # 45 days registered: over a registration's 14 (the general 60 is not its threshold).
    assert before.stalled and general.stalled and not after.stalled
    assert after.assigned_to == "—"
    assert dict(after.identity)["Date of birth"] == "—"  # nothing typed: a dash, not a gap
