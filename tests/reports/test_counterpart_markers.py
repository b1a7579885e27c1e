"""The allow-list, end to end: every field of two cases holds a distinct marker, and each
counterpart document (case sheet, batch, manifest, export) shows exactly the markers of the
fields the allow-list lets it, read back from the PDF's text (pypdf and pdftotext) or the
spreadsheet's cells. A field that leaks, or an allowed one that goes missing, fails here."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reportlab.platypus import KeepTogether, Paragraph

from ombuds_desk.domain.accounts import User
from ombuds_desk.reports import render_case_sheet, write_case_sheets
from ombuds_desk.reports.counterpart_manifest import render_counterpart_manifest
from ombuds_desk.reports.counterpart_sheet import counterpart_sheet_story, render_counterpart_sheet
from ombuds_desk.services.printing import SheetVersion, case_sheet_data
from ombuds_desk.services.printing.counterpart_export import export_for_counterpart
from ombuds_desk.services.printing.counterpart_manifest import counterpart_manifest_data
from ombuds_desk.services.printing.counterpart_sheet import counterpart_sheet_data
from ombuds_desk.store.database import Database
from tests.reports.marked_case import MarkedCases, build_marked_cases
from tests.reports.pdf_checks import texts


@pytest.fixture
def marked(db: Database, admin: User, today: date) -> MarkedCases:
    return build_marked_cases(db, admin, today)


def _allowed_on_sheet(marked: MarkedCases, who: str) -> set[str]:
    """What a counterpart case sheet of ``who`` may show: the office, identity, captivity or
    evacuation facts, a shareable obstacle, relatives who said yes, the parcel numbers."""
    m = marked.markers
    allowed = m.of("office.", f"{who}.identity.", f"{who}.details.", f"{who}.parcel.number")
    allowed |= m.of(f"{who}.relative_named.family_name", f"{who}.relative_named.given_name")
    allowed |= m.of(f"{who}.relative_named.patronymic")
    if who == "captive":
        allowed.add(m["shareable_reason"])  # blocked for it; marked shareable
    return allowed


def _found(marked: MarkedCases, text: str) -> set[str]:
    return {marker for marker in marked.markers.by_field.values() if marker in text}


def _check(marked: MarkedCases, text: str, allowed: set[str]) -> None:
    found = _found(marked, text)
    names = {v: k for k, v in marked.markers.by_field.items()}
    leaked = sorted(names[x] for x in found - allowed)
    missing = sorted(names[x] for x in allowed - found)
    assert not leaked, f"not on the allow-list, yet printed: {leaked}"
    assert not missing, f"allowed, yet missing: {missing}"


def _check_pdf(marked: MarkedCases, pdf: Path, allowed: set[str]) -> None:
    for text in texts(pdf):  # pypdf, and pdftotext where installed
        _check(marked, text, allowed)


def test_the_markers_are_distinct(marked: MarkedCases) -> None:
    markers = list(marked.markers.by_field.values())
    assert len(set(markers)) == len(markers)
    assert not [(a, b) for a in markers for b in markers if a != b and a in b]
    assert len(markers) > 80  # every field of both cases, their relatives, mail and staff


def test_a_counterpart_case_sheet_holds_exactly_the_allowed_fields(
    db: Database, marked: MarkedCases, today: date, tmp_path: Path
) -> None:
    for who, pid in (("captive", marked.captive_id), ("evacuee", marked.evacuee_id)):
        with db.reading() as session:
            data = counterpart_sheet_data(session, pid, today=today)
        pdf = tmp_path / f"{who}.pdf"
        render_counterpart_sheet(data, pdf)
        _check_pdf(marked, pdf, _allowed_on_sheet(marked, who))


@pytest.mark.parametrize("processes", [1, 2])
def test_a_counterpart_batch_holds_exactly_the_allowed_fields(
    db: Database, marked: MarkedCases, today: date, tmp_path: Path, processes: int
) -> None:
    pdf = tmp_path / "batch.pdf"
    result = write_case_sheets(
        db,
        [marked.captive_id, marked.evacuee_id],
        pdf,
        today=today,
        version=SheetVersion.COUNTERPART,
        generated_by=marked.markers["staff.caseworker"],  # given, and still not printed
        processes=processes,
    )
    assert result.completed and result.sheets == 2
    allowed = _allowed_on_sheet(marked, "captive") | _allowed_on_sheet(marked, "evacuee")
    _check_pdf(marked, pdf, allowed)


def test_a_counterpart_manifest_holds_exactly_the_allowed_fields(
    db: Database, marked: MarkedCases, today: date, tmp_path: Path
) -> None:
    with db.reading() as session:
        data = counterpart_manifest_data(session, marked.shipment, today=today)
    pdf = tmp_path / "manifest.pdf"
    render_counterpart_manifest(data, pdf)
    m = marked.markers
    allowed = m.of("office.", "shipment.reference", "shipment.received_org")
    for who in ("captive", "evacuee"):
        allowed |= m.of(f"{who}.parcel.number", f"{who}.parcel.seal_number")
        allowed |= m.of(f"{who}.identity.family_name", f"{who}.identity.given_name")
        allowed |= m.of(f"{who}.identity.patronymic")  # and the Latin spellings
    allowed |= m.of("captive.details.detention_place", "evacuee.details.current_location")
    _check_pdf(marked, pdf, allowed)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_export_for_the_counterpart_holds_exactly_the_allowed_fields(
    db: Database, marked: MarkedCases, supervisor: User, today: date, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"for the counterpart{suffix}"
    with db.reading() as session:
        count = export_for_counterpart(
            session, supervisor, [marked.captive_id, marked.evacuee_id], path, today=today
        )
    assert count == 2
    if suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        cells = [str(v) for row in book.active.iter_rows(values_only=True) for v in row]
        book.close()
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [v for row in csv.reader(handle) for v in row]
    allowed = _allowed_on_sheet(marked, "captive") | _allowed_on_sheet(marked, "evacuee")
    _check(marked, " | ".join(cells), allowed)
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_internal_sheet_shows_what_the_counterpart_may_not_see(
    db: Database, marked: MarkedCases, today: date, tmp_path: Path
) -> None:
    """The markers left out above are really there to leave out: the internal sheet prints
    them, and each relative's two consents (to be contacted; to be named to the counterpart)."""
    with db.reading() as session:
        data = case_sheet_data(session, marked.captive_id, today=today)
    pdf = tmp_path / "internal.pdf"
    render_case_sheet(data, pdf, generated_by=marked.markers["staff.supervisor"])
    m = marked.markers
    expected = {
        m["staff.caseworker"],
        m["staff.supervisor"],
        m["captive.note"],
        m["captive.review_note"],
        m["captive.block_note"],
        m["captive.status_reason"],
        m["typed_reason"],
        m["captive.relative_refused.family_name"],
        m["captive.relative_unasked.family_name"],
        m["captive.relative_named.address"],
        m["captive.item.description"],
        m["captive.parcel.contents"],
    }
    for text in texts(pdf):
        assert expected <= _found(marked, text)
        assert "Contact: Yes Share: Yes" in text
        assert "Contact: Yes Share: No" in text
        assert "Contact: Yes Share: Not asked" in text


def test_the_closing_note_never_stands_alone_on_a_page(
    db: Database, marked: MarkedCases, today: date
) -> None:
    """Who issued the copy and the note on what it holds are kept together by the page
    breaks (a sheet whose first page was full printed the note alone on a second one)."""
    with db.reading() as session:
        data = counterpart_sheet_data(session, marked.captive_id, today=today)
    story = counterpart_sheet_story(data)
    kept = [f for f in story if isinstance(f, KeepTogether)]
    closing = [
        f
        for f in kept
        if any(isinstance(p, Paragraph) and "Issued by" in p.getPlainText() for p in f._content)
    ]
    assert len(closing) == 1
    assert any("Prepared for the counterpart" in repr(vars(p)) for p in closing[0]._content)
