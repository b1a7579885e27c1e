"""Printouts an office can hand over (issue 11, point 7), checked in the PDFs' text and
metadata: numbers whole, words hyphenated rather than cut, cut lists saying so, rows in the
order of their dates, headings kept with what follows, and every PDF naming its document,
case and version."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.batch import render_case_sheets
from ombuds_desk.reports.blocks import data_table, headed
from ombuds_desk.reports.case_sheet import render_case_sheet
from ombuds_desk.reports.counterpart_sheet import render_counterpart_sheet
from ombuds_desk.reports.labels import render_labels
from ombuds_desk.reports.manifest import render_manifest
from ombuds_desk.reports.page import DocInfo, build_pdf
from ombuds_desk.reports.stalled_report import render_stalled_report
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import (
    ManifestData,
    ParcelEntry,
    case_sheet_data,
    case_sheets_data,
    manifest_data,
    stalled_report_data,
)
from ombuds_desk.services.printing.common import Office
from ombuds_desk.services.printing.counterpart_sheet import counterpart_sheet_data
from ombuds_desk.services.printing.labels import label_sheet
from ombuds_desk.store.database import Database
from tests.reports.builders import SHIPMENT, CaseFile
from tests.reports.pdf_checks import HAS_PDFTOTEXT, page_texts, poppler_text

LONG_WORD = "військовополонених"
PLACE = f"Табір для {LONG_WORD}, Закарпатська обл."
HYPHENS = ("-", "\u00ad")


def _parcel(n: int, place: str = PLACE) -> ParcelEntry:
    return ParcelEntry(
        parcel_id=n,
        parcel_number=f"PCL-2026-{n:06d}",
        case_number=f"CAP-2025-{n:05d}",
        recipient="Ґалаґан-Ярошенко Вʼячеслав Святославович",
        recipient_latin="Halahan-Yaroshenko Viacheslav Sviatoslavovych",
        place=place,
        contents="Теплі шкарпетки, ліки",
        items="2 letters",
        weight_grams=2350,
        seal_number=f"SL-{n:07d}",
        status="Packed",
    )


def _manifest(count: int = 12) -> ManifestData:
    return ManifestData(
        office=Office("Офіс Уповноваженого", "A4"),
        today=date(2026, 11, 26),
        reference="CO-2026-08",
        channel="Counterpart ombudsman",
        status="Handed over",
        handover_on=date(2026, 11, 15),
        handed_over_by="",
        handed_over_org="",
        received_by="",
        received_org="",
        parcels=tuple(_parcel(355 + n) for n in range(count)),
    )


def _lines(pdf: Path) -> list[str]:
    return [line for page in PdfReader(pdf).pages for line in page.extract_text().splitlines()]


def assert_no_bare_cut(lines: list[str], word: str) -> None:
    """Wherever ``word`` is broken across lines, the first part ends in a hyphen."""
    for line in lines:
        tokens = line.split()
        if not tokens:
            continue
        last = tokens[-1]
        stem = last.rstrip("".join(HYPHENS))
        if stem and stem != word and word.startswith(stem) and len(stem) < len(word):
            assert last.endswith(HYPHENS), f"{word!r} cut without a hyphen: {line!r}"


def test_manifest_parcel_numbers_stay_whole_and_long_words_are_hyphenated(
    tmp_path: Path,
) -> None:
    data = _manifest()
    pdf = tmp_path / "manifest.pdf"
    render_manifest(data, pdf, generated_by="")
    lines = _lines(pdf)
    for parcel in data.parcels:
        assert parcel.parcel_number in lines  # a line of its own, whole
        assert any(parcel.case_number in line for line in lines)
    assert_no_bare_cut(lines, LONG_WORD)
    assert any(line.rstrip().endswith(HYPHENS) for line in lines)  # it did need breaking
    poppler = poppler_text(pdf)
    if poppler is not None:
        for parcel in data.parcels:
            assert parcel.parcel_number in poppler.split()


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) is not installed")
def test_manifest_numbers_in_pdftotext_layout(
    db: Database, case_file: CaseFile, tmp_path: Path
) -> None:
    """Searching the PDF finds each parcel number: pdftotext keeps it on one line."""
    with db.reading() as session:
        data = manifest_data(session, SHIPMENT, today=date(2026, 11, 26))
    pdf = tmp_path / "manifest.pdf"
    render_manifest(data, pdf, generated_by="Олег Бондар")
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()
    for number in case_file.parcel_numbers:
        assert number in layout


def _items(db: Database, person_id: int, actor: User, today: date) -> None:
    """Seven more items, logged in an order other than the days they arrived."""
    with unit_of_work(db, actor) as session:
        for n in range(7):
            session.add(
                CorrespondenceItem(
                    person_id=person_id,
                    kind=ItemKind.POSTCARD,
                    direction=Direction.FROM_PERSON,
                    author_name="",
                    # Logged later and later, yet received in a jumbled order.
                    received_on=today - timedelta(days=(3, 40, 1, 25, 9, 60, 15)[n]),
                    description=f"Листівка {n}",
                    status=ItemStatus.LOGGED,
                    logged_by_id=actor.id,
                    logged_at=datetime(2026, 11, 20, 9, n, tzinfo=UTC),
                )
            )


def test_case_sheet_says_how_much_of_a_cut_list_it_shows_in_date_order(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    _items(db, case_file.captive_id, caseworker, today)
    with db.reading() as session:
        data = case_sheet_data(session, case_file.captive_id, today=today)
    pdf = tmp_path / "sheet.pdf"
    render_case_sheet(data, pdf, generated_by="Олег Бондар")
    text = " ".join(page_texts(pdf))
    assert f"Correspondence items: {data.items_total}" in text
    assert f"Latest 5 of {data.items_total}, newest first" in text
    shown = [i.on.strftime("%d.%m.%Y") for i in data.latest_items]
    positions = [text.index(d) for d in sorted(set(shown), key=lambda d: d[6:] + d[3:5] + d[:2])]
    assert positions == sorted(positions, reverse=True)  # newest first, as the heading says
    assert "Parcels: 2" in text and "All, newest first" in text


def test_an_email_address_is_never_split(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    email = "oleksandra.pyatnytska-halahan@ukrposhta-example.com.ua"
    with unit_of_work(db, caseworker) as session:
        contacts.add_contact(
            session,
            caseworker,
            case_file.captive_id,
            {
                "family_name": "Пʼятницька",
                "given_name": "Олександра",
                "relationship": "sister",
                "email": email,
            },
        )
    with db.reading() as session:
        data = case_sheet_data(session, case_file.captive_id, today=today)
    pdf = tmp_path / "sheet.pdf"
    render_case_sheet(data, pdf, generated_by="")
    lines = _lines(pdf)
    local, _, domain = email.partition("@")
    # Whole on a line, or at the very most broken after its "@": never inside a part.
    assert email in lines or (f"{local}@" in lines and domain in lines), [
        line for line in lines if "@" in line or "example" in line
    ]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    width = 500
    rows = [[f"row {n}", "Сидоренко Марія Ігорівна"] for n in range(40)]
    for filler in range(600, 720, 6):  # the heading lands ever lower on the first page
        pdf = tmp_path / f"heading-{filler}.pdf"
        story = [
            Spacer(1, filler),
            headed("Status history", data_table(("Date", "Name"), rows, (0.3, 0.7), width)),
            Paragraph("after", st.styles().body),
        ]
        build_pdf(pdf, story, paper="A4", info=DocInfo("t", "a"), furniture=None)
        pages = page_texts(pdf)
        holding = [n for n, text in enumerate(pages) if "Status history" in text]
        assert len(holding) == 1
        assert "row 0" in pages[holding[0]], f"heading alone at the foot (filler {filler})"


def _meta(pdf: Path) -> tuple[str, str]:
    info = PdfReader(pdf).metadata
    assert info is not None
    return str(info.title), str(info.subject)


def test_every_pdf_names_its_document_case_and_version(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    case = case_file.captive_case
    with db.reading() as session:
        internal = case_sheet_data(session, case_file.captive_id, today=today)
        both = case_sheets_data(session, [case_file.captive_id, case_file.russian_id], today=today)
        manifest = manifest_data(session, SHIPMENT, today=today)
        labels = label_sheet(session, today=today, shipment_reference=SHIPMENT)
        stalled = stalled_report_data(session, today=today)
    sheet, batch = tmp_path / "sheet.pdf", tmp_path / "batch.pdf"
    render_case_sheet(internal, sheet, generated_by="")
    title, subject = _meta(sheet)
    assert title == f"Case sheet {case} — internal version"
    assert case in subject and "internal" in subject and "counterpart" not in subject
    render_case_sheets(both, batch, office=internal.office, today=today, generated_by="Олег Бондар")
    title, subject = _meta(batch)
    assert title.startswith("Case sheets") and "(2 cases) — internal version" in title
    assert case in subject and case_file.russian_case in subject
    for name, render, words in (
        ("manifest", lambda out: render_manifest(manifest, out, generated_by=""), SHIPMENT),
        ("labels", lambda out: render_labels(labels, out, first_position=3), SHIPMENT),
        ("stalled", lambda out: render_stalled_report(stalled, out, generated_by=""), "internal"),
    ):
        pdf = tmp_path / f"{name}.pdf"
        render(pdf)
        title, subject = _meta(pdf)
        assert words in title and subject, (name, title, subject)
    assert "from label 3" in _meta(tmp_path / "labels.pdf")[1]


def test_counterpart_sheet_metadata_is_told_apart(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    with db.reading() as session:
        data = counterpart_sheet_data(session, case_file.captive_id, today=today)
    pdf = tmp_path / "counterpart.pdf"
    render_counterpart_sheet(data, pdf)
    title, subject = _meta(pdf)
    assert title == f"Case sheet {case_file.captive_case} — counterpart version"
    assert "counterpart" in subject and "internal" not in subject
