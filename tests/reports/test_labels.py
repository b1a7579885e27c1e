"""Parcel labels: the text on each, the QR code decoding to the parcel number, the grid."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ombuds_desk.reports.labels import PER_PAGE, render_labels
from ombuds_desk.services.printing.labels import LabelSheet, label_sheet
from ombuds_desk.store.database import Database
from tests.reports.builders import CAPTIVE_NAME, DETENTION, RUSSIAN_NAME, SHIPMENT, CaseFile
from tests.reports.pdf_checks import HAS_PDFTOPPM, assert_only_dejavu, assert_says


def _labels(db: Database, today: date, tmp_path: Path, **kw: Any) -> tuple[LabelSheet, Path]:
    with db.reading() as session:
        data = label_sheet(session, today=today, shipment_reference=SHIPMENT)
    pdf = tmp_path / "labels.pdf"
    render_labels(data, pdf, **kw)
    return data, pdf


def test_labels_say_who_and_where(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    _, pdf = _labels(db, today, tmp_path)
    assert_says(
        pdf,
        *case_file.parcel_numbers,
        f"Case {case_file.captive_case}",
        f"Case {case_file.russian_case}",
        CAPTIVE_NAME,
        RUSSIAN_NAME,
        DETENTION,
    )
    assert_only_dejavu(pdf)
    assert len(PdfReader(pdf).pages) == 1


@pytest.mark.skipif(not HAS_PDFTOPPM, reason="pdftoppm (poppler-utils) is not installed")
def test_qr_codes_decode_to_the_parcel_numbers(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")  # Pillow comes with ReportLab
    _, pdf = _labels(db, today, tmp_path)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    with image_module.open(next(tmp_path.glob("page*.png"))) as image:
        decoded = sorted(b.text for b in zxingcpp.read_barcodes(image))
    assert decoded == sorted(case_file.parcel_numbers)


def test_a_partly_used_sheet_and_a_second_page(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    _, pdf = _labels(db, today, tmp_path, first_position=PER_PAGE - 1)
    pages = PdfReader(pdf).pages
    assert len(pages) == 2  # two labels fit on the first sheet, the third goes on the next
    assert case_file.parcel_numbers[2] in pages[1].extract_text()
