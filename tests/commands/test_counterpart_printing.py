"""``ombuds-desk print`` for the counterpart, run as a user runs it: the manifest signed by
the office, and the export for the counterpart (supervisors only, on the audit trail)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, query, run_on
from tests.reports.builders import CAPTIVE_NAME, DETENTION, SHIPMENT, CaseFile, build_case_file
from tests.reports.pdf_checks import assert_omits, assert_says


@pytest.fixture
def case_file(db: Database, caseworker: User, real_today: date) -> CaseFile:
    return build_case_file(db, caseworker, real_today)


def test_the_counterpart_manifest_names_the_office_not_its_staff(
    case_file: CaseFile, real_today: date, tmp_path: Path, db_path: Path
) -> None:
    pdf = tmp_path / "manifest.pdf"
    args = ("print", "manifest", SHIPMENT, "--counterpart", "-o", str(pdf))
    result = run_on(db_path, *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_says(pdf, "Counterpart version", CAPTIVE_NAME, DETENTION, "S-88121", "ICRC")
    assert_says(pdf, "Organisation: Ombudsman's Office", "P-2026-000101")
    # Who handed over (a staff name), who received, the contents typed, the signed-in user.
    assert_omits(pdf, "Світлана Мельник", "Jean Dupont", "Офіс Омбудсмана", "шкарпетки")
    assert_omits(pdf, "Олег Бондар")
    assert_says(pdf, f"Generated {real_today:%d.%m.%Y} Shipment manifest")  # no "by …"
    [(changes,)] = query(db_path, "SELECT changes FROM audit_entry WHERE action = 'print'")
    assert json.loads(changes)["version"] == "counterpart"


def test_the_export_for_the_counterpart_is_a_supervisors_and_on_record(
    case_file: CaseFile, supervisor: User, tmp_path: Path, db_path: Path
) -> None:
    target = tmp_path / "for them.csv"
    args = ("print", "counterpart-export", case_file.captive_case, "-o", str(target))
    refused = one_error_line(run_on(db_path, *args, cwd=tmp_path))  # the caseworker
    assert "export personal data" in refused
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    result = run_on(db_path, *args, cwd=tmp_path, user="s.melnyk")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"Wrote {target}: 1 case for the counterpart")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    found = dict(zip(header, row, strict=True))
    assert found["Case number"] == case_file.captive_case
    assert found["Name"] == CAPTIVE_NAME and found["Place of detention"] == DETENTION
    assert found["Relatives (with their consent)"] == ""  # the mother was never asked
    assert found["Sent by"] == "Ombudsman's Office"
    assert target.stat().st_mode & 0o777 == 0o600
    rows = query(db_path, "SELECT entity, changes FROM audit_entry WHERE action = 'export'")
    assert [(entity, json.loads(changes)) for entity, changes in rows] == [
        (
            "person",
            {
                "export": "for the counterpart",
                "rows": 1,
                "file": "for them.csv",
                "via": "command line",
            },
        )
    ]


def test_the_export_needs_cases_or_all(
    case_file: CaseFile, supervisor: User, tmp_path: Path, db_path: Path
) -> None:
    target = tmp_path / "x.xlsx"
    result = run_on(
        db_path, "print", "counterpart-export", "-o", str(target), cwd=tmp_path, user="s.melnyk"
    )
    assert "Name the cases to export, or give --all" in one_error_line(result)
    result = run_on(
        db_path, "print", "counterpart-export", "--all", "-o", str(target), cwd=tmp_path,
        user="s.melnyk",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "3 cases for the counterpart" in result.stderr
