"""The shipment manifest: every parcel, totals, who hands over and who receives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ombuds_desk.reports.manifest import render_manifest
from ombuds_desk.services.printing import manifest_data
from ombuds_desk.store.database import Database
from tests.reports.builders import CAPTIVE_NAME, DETENTION, RUSSIAN_NAME, SHIPMENT, CaseFile
from tests.reports.pdf_checks import assert_only_dejavu, assert_says


def test_manifest(db: Database, case_file: CaseFile, today: date, tmp_path: Path) -> None:
    with db.reading() as session:
        data = manifest_data(session, SHIPMENT, today=today)
    pdf = tmp_path / "manifest.pdf"
    assert render_manifest(data, pdf, generated_by="Світлана Мельник") == 1
    assert_says(
        pdf,
        f"Shipment manifest {SHIPMENT}",
        "ICRC",
        "23.11.2026",
        *case_file.parcel_numbers,
        case_file.captive_case,
        case_file.russian_case,
        CAPTIVE_NAME,
        RUSSIAN_NAME,
        DETENTION,
        "Колонія № 9, Дніпро",
        "Тёплые вещи",
        "2.35 kg",
        "1.80 kg",
        "Total: 3 parcels (1 parcel not weighed)",
        "4.15 kg",
        "seal S-88121",
        "Handed over by",
        "Світлана Мельник",
        "Офіс Омбудсмана",
        "Received by",
        "Jean Dupont",
        "Signature:",
        "Page 1 of 1",
    )
    assert_only_dejavu(pdf)
