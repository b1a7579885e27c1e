"""``ombuds-desk print …`` run as a user runs it (a process), on a register with Cyrillic names.

The command prints "as of today", so the register is built relative to the real date.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, query, run_on
from tests.reports.builders import (
    CAPTIVE_NAME,
    DETENTION,
    EVACUEE_NAME,
    MOTHER_PHONE,
    RUSSIAN_NAME,
    SHIPMENT,
    CaseFile,
    build_case_file,
)
from tests.reports.pdf_checks import assert_omits, assert_only_dejavu, assert_says


@pytest.fixture
def case_file(db: Database, caseworker: User, real_today: date) -> CaseFile:
    return build_case_file(db, caseworker, real_today)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def ok(result: subprocess.CompletedProcess[str], pdf: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"Wrote {pdf}")
    assert_only_dejavu(pdf)


def test_case_sheets_of_several_cases(
    case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path
) -> None:
    pdf = out / "sheets.pdf"
    cases = [case_file.captive_case, case_file.evacuee_case.lower(), case_file.russian_case]
    ok(run_on(db_path, "print", "case-sheet", *cases, "-o", str(pdf), cwd=tmp_path), pdf)
    assert_says(
        pdf,
        f"Case {case_file.captive_case}",
        f"Case {case_file.evacuee_case}",
        f"Case {case_file.russian_case}",
        CAPTIVE_NAME,
        EVACUEE_NAME,
        RUSSIAN_NAME,
        DETENTION,
        MOTHER_PHONE,
        "Generated",
        "Олег Бондар",
    )
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(pages) >= 3
    assert sum("Page 1 of" in text for text in pages) == 3
    assert list(out.iterdir()) == [pdf]


def test_counterpart_version_leaves_out_contact_details(
    case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path
) -> None:
    pdf = out / "counterpart.pdf"
    args = ("print", "case-sheet", case_file.captive_case, "-o", str(pdf), "--counterpart")
    ok(run_on(db_path, *args, cwd=tmp_path), pdf)
    assert_says(pdf, CAPTIVE_NAME, "Counterpart version")
    assert_omits(pdf, MOTHER_PHONE)


def test_unknown_case_number_writes_nothing(
    case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path
) -> None:
    pdf = out / "sheets.pdf"
    args = ("print", "case-sheet", case_file.captive_case, "CAP-1999-99999", "-o", str(pdf))
    assert "CAP-1999-99999" in one_error_line(run_on(db_path, *args, cwd=tmp_path))
    assert list(out.iterdir()) == []


def test_stalled_report(case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path) -> None:
    pdf = out / "stalled.pdf"
    ok(run_on(db_path, "print", "stalled", "-o", str(pdf), cwd=tmp_path), pdf)
    # The blocked evacuee and the Russian captive (75 days unchanged) are stalled.
    assert_says(
        pdf,
        "Stalled cases",
        case_file.evacuee_case,
        case_file.russian_case,
        EVACUEE_NAME,
        RUSSIAN_NAME,
        "Home country does not accept return — 1 case",
        "All stalled cases: 2",
    )


def test_manifest(case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path) -> None:
    pdf = out / "manifest.pdf"
    ok(run_on(db_path, "print", "manifest", SHIPMENT, "-o", str(pdf), cwd=tmp_path), pdf)
    assert_says(
        pdf,
        f"Shipment manifest {SHIPMENT}",
        *case_file.parcel_numbers,
        case_file.captive_case,
        case_file.russian_case,
        CAPTIVE_NAME,
        RUSSIAN_NAME,
        DETENTION,
        "Total: 3 parcels (1 parcel not weighed)",
        "4.15 kg",
    )


def test_labels(case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path) -> None:
    pdf = out / "labels.pdf"
    ok(run_on(db_path, "print", "labels", SHIPMENT, "-o", str(pdf), cwd=tmp_path), pdf)
    assert_says(
        pdf,
        *case_file.parcel_numbers,
        f"Case {case_file.captive_case}",
        f"Case {case_file.russian_case}",
        CAPTIVE_NAME,
        RUSSIAN_NAME,
        DETENTION,
    )
    assert len(PdfReader(pdf).pages) == 1


@pytest.mark.parametrize("document", ["manifest", "labels"])
def test_unknown_shipment_writes_nothing(
    document: str, case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path
) -> None:
    pdf = out / "x.pdf"
    result = run_on(db_path, "print", document, "SH-NONE", "-o", str(pdf), cwd=tmp_path)
    assert "SH-NONE" in one_error_line(result)
    assert list(out.iterdir()) == []


def test_printing_is_on_record_per_case_and_shipment(
    case_file: CaseFile, caseworker: User, tmp_path: Path, db_path: Path, out: Path
) -> None:
    sheets, manifest = out / "sheets.pdf", out / "manifest.pdf"
    cases = [case_file.captive_case, case_file.evacuee_case]
    args = ("print", "case-sheet", *cases, "-o", str(sheets), "--counterpart")
    ok(run_on(db_path, *args, cwd=tmp_path), sheets)
    ok(run_on(db_path, "print", "manifest", SHIPMENT, "-o", str(manifest), cwd=tmp_path), manifest)
    rows = query(
        db_path,
        "SELECT a.user_id, a.entity, p.case_number, a.changes FROM audit_entry a "
        "LEFT JOIN person p ON a.entity = 'person' AND p.id = a.entity_id "
        "WHERE a.action = 'print' ORDER BY a.id",
    )
    assert [(user_id, entity, number) for user_id, entity, number, _ in rows] == [
        (caseworker.id, "person", case_file.captive_case),
        (caseworker.id, "person", case_file.evacuee_case),
        (caseworker.id, "shipment", None),
    ]
    assert json.loads(rows[0][3]) == {
        "document": "case sheet",
        "version": "counterpart",
        "file": "sheets.pdf",
        "via": "command line",
    }
    assert json.loads(rows[2][3]) == {
        "document": "manifest",
        "version": "internal",
        "file": "manifest.pdf",
        "via": "command line",
    }


def test_labels_start_on_a_partly_used_sheet(
    case_file: CaseFile, tmp_path: Path, db_path: Path, out: Path
) -> None:
    pdf = out / "labels.pdf"
    args = ("print", "labels", SHIPMENT, "-o", str(pdf), "--start", "7")
    ok(run_on(db_path, *args, cwd=tmp_path), pdf)
    pages = PdfReader(pdf).pages
    assert len(pages) == 2  # labels 7 and 8 of the first sheet, the third on the next
    assert case_file.parcel_numbers[2] in (pages[1].extract_text() or "")
    assert "from label 7" in str(PdfReader(pdf).metadata.subject)  # type: ignore[union-attr]
    too_far = ("print", "labels", SHIPMENT, "-o", str(out / "x.pdf"), "--start", "9")
    bad = run_on(db_path, *too_far, cwd=tmp_path)
    assert bad.returncode == 2 and "give 1 to 8" in bad.stderr
    assert not (out / "x.pdf").exists()


def test_labels_of_a_parcel_without_a_place_stop_or_warn(
    case_file: CaseFile, caseworker: User, db: Database, tmp_path: Path, db_path: Path, out: Path
) -> None:
    with unit_of_work(db, caseworker) as session:
        person = session.get(Person, case_file.russian_id)
        assert person is not None
        person.detention_place = None
        session.add(person)
    pdf = out / "labels.pdf"
    refused = run_on(db_path, "print", "labels", SHIPMENT, "-o", str(pdf), cwd=tmp_path)
    line = one_error_line(refused)
    assert (
        "1 of the 3 parcels of SH-2026-014 lacks a place of detention" in line
        and case_file.russian_case in line
    )
    assert "--allow-missing-place" in line and "Nothing was written" in line
    assert list(out.iterdir()) == []
    args = ("print", "labels", SHIPMENT, "-o", str(pdf), "--allow-missing-place")
    warned = run_on(db_path, *args, cwd=tmp_path)
    assert warned.returncode == 0, warned.stderr
    assert warned.stderr.startswith("Warning: 1 of the 3 parcels")
    assert case_file.russian_case in warned.stderr and f"Wrote {pdf}" in warned.stderr
    assert_says(pdf, "PLACE OF DETENTION NOT RECORDED", DETENTION)
