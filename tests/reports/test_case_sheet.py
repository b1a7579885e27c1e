"""Case sheets, internal and for the counterpart: what they say, what they must not, fonts."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from ombuds_desk.domain.accounts import User
from ombuds_desk.reports.case_sheet import render_case_sheet
from ombuds_desk.reports.counterpart_sheet import render_counterpart_sheet
from ombuds_desk.services.cases import contacts, notes
from ombuds_desk.services.cases.block_reasons import mark_block_reason
from ombuds_desk.services.core.office_settings import PAPER_SIZE, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import SheetVersion, case_sheet_data
from ombuds_desk.services.printing.counterpart_sheet import counterpart_sheet_data
from ombuds_desk.store.database import Database
from tests.reports.builders import (
    BLOCK_REASON,
    CAPTIVE_NAME,
    DETENTION,
    EVACUEE_NAME,
    MOTHER_EMAIL,
    MOTHER_PHONE,
    NOTE_TEXT,
    CaseFile,
)
from tests.reports.pdf_checks import assert_omits, assert_only_dejavu, assert_says, page_texts


def _sheet(
    db: Database,
    person_id: int,
    today: date,
    tmp_path: Path,
    version: SheetVersion = SheetVersion.INTERNAL,
) -> Path:
    path = tmp_path / f"sheet-{person_id}-{version}.pdf"
    with db.reading() as session:
        if version is SheetVersion.COUNTERPART:  # its own data, from the allow-list
            render_counterpart_sheet(counterpart_sheet_data(session, person_id, today=today), path)
            return path
        data = case_sheet_data(session, person_id, today=today)
    render_case_sheet(data, path, generated_by="Олег Бондар")
    return path


def test_internal_sheet_says_everything(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    pdf = _sheet(db, case_file.captive_id, today, tmp_path)
    assert_says(
        pdf,
        "Ombudsman's Office",
        f"Case {case_file.captive_case}",
        "Confidential — contains personal data",
        "Internal version",
        CAPTIVE_NAME,
        "Piatnitska",
        "Captive",
        DETENTION,
        "ВС-204118",
        "05.1994",
        "Listed for exchange since 14.11.2026 — 12 days in status",
        "Confirmed → Listed for exchange",
        "Exchange list 14",
        "ICRC visit confirmed identity",
        "Пʼятницька Ганна Іванівна",
        "Mother",
        MOTHER_PHONE,
        "Ґрунтова, 5, кв. 12",
        MOTHER_EMAIL[:12],
        "Correspondence items: 4 — Logged 1, Packed 3",
        "Parcels: 2 — Packed 1, Dispatched 1",
        "P-2026-000101",
        "2.35 kg",
        "Малюнки дітей",
        NOTE_TEXT,
        "Generated 26.11.2026 by Олег Бондар",
        "Page 1 of 1",
    )
    assert_only_dejavu(pdf)


def test_counterpart_sheet_leaves_out_contact_details_and_notes(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    pdf = _sheet(db, case_file.captive_id, today, tmp_path, SheetVersion.COUNTERPART)
    assert_says(pdf, CAPTIVE_NAME, case_file.captive_case, "Issued by Ombudsman's Office")
    # The mother was never asked whether she may be named to the counterpart: she is not.
    assert_omits(pdf, "Ганна", "Mother", "Олег Бондар", "Generated 26.11.2026 by")
    # Fragments, as a value wrapped in a table cell is read back in pieces.
    assert_omits(
        pdf,
        MOTHER_PHONE[:8],
        "123 45",
        MOTHER_EMAIL[:12],
        "Ґрунтова",
        NOTE_TEXT[:17],
        "ліки від",
        "Latest notes",
        "Internal version",
    )
    assert all("Counterpart version" in text for text in page_texts(pdf))
    assert_only_dejavu(pdf)


def test_counterpart_sheet_of_a_blocked_case_keeps_a_shareable_reason_not_the_note(
    db: Database, case_file: CaseFile, supervisor: User, today: date, tmp_path: Path
) -> None:
    internal = _sheet(db, case_file.evacuee_id, today, tmp_path)
    counterpart = _sheet(db, case_file.evacuee_id, today, tmp_path, SheetVersion.COUNTERPART)
    assert_says(internal, EVACUEE_NAME, BLOCK_REASON, "Посольство відмовило усно", "+380 50")
    # The office has not marked the reason shareable: neither it nor the block is printed.
    assert_says(counterpart, EVACUEE_NAME, "Return requested")
    assert_omits(counterpart, BLOCK_REASON, "Blocked", "Stalled", "Посольство", "+380 50", "765 43")
    with unit_of_work(db, supervisor) as session:
        mark_block_reason(session, supervisor, BLOCK_REASON, shareable=True)
    counterpart = _sheet(db, case_file.evacuee_id, today, tmp_path, SheetVersion.COUNTERPART)
    assert_says(counterpart, f"Obstacle {BLOCK_REASON}", f"Obstacle: {BLOCK_REASON}")
    assert_omits(counterpart, "Stalled", "Review", "days in status", "Посольство")


def test_every_page_is_marked_and_numbered(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    with unit_of_work(db, caseworker) as session:
        for n in range(5):
            notes.add_note(
                session, caseworker, case_file.captive_id, "Довга нотатка. " * 120 + str(n)
            )
        for given in ("Ярина", "Остап", "Єва", "Ілля", "Ґаля", "Юрій", "Їжак") * 6:
            contacts.add_contact(
                session,
                caseworker,
                case_file.captive_id,
                {
                    "family_name": "Пʼятницький",
                    "given_name": given,
                    "relationship": "brother",
                    "share_consent": "yes",  # named on the counterpart's pages too
                },
            )
    for version in SheetVersion:
        pdf = _sheet(db, case_file.captive_id, today, tmp_path, version)
        pages = page_texts(pdf)
        assert len(pages) >= 2
        for number, text in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in text
            assert f"Case {case_file.captive_case}" in text
            assert "Confidential — contains personal data" in text
            assert version.label + " version" in text
    internal = page_texts(_sheet(db, case_file.captive_id, today, tmp_path))
    assert "Latest notes (5 of 6)" in " ".join(internal)


def test_letter_paper_from_the_office_setting(
    db: Database, case_file: CaseFile, admin: User, today: date, tmp_path: Path
) -> None:
    pdf = _sheet(db, case_file.captive_id, today, tmp_path)
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 595  # A4
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, PAPER_SIZE, "Letter")
    pdf = _sheet(db, case_file.captive_id, today, tmp_path / "..")
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_markup_in_the_data_prints_as_typed(db: Database, case_file: CaseFile, today: date) -> None:
    with db.reading() as session:
        data = case_sheet_data(session, case_file.captive_id, today=today)
    out = BytesIO()
    render_case_sheet(data, out, generated_by="<admin> & co")
    text = " ".join(page_texts(out.getvalue()))
    assert "<терміново> & якнайшвидше" in text
    assert "by <admin> & co" in text


def test_days_in_status_follow_today(db: Database, case_file: CaseFile, today: date) -> None:
    with db.reading() as session:
        later = case_sheet_data(session, case_file.captive_id, today=today + timedelta(days=3))
    assert later.days_in_status == 15
