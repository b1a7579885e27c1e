"""The plain data behind the documents: redaction, grouping, totals, errors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.services.printing import (
    SheetVersion,
    case_sheet_data,
    case_sheets_data,
    label_data,
    manifest_data,
    stalled_report_data,
)
from ombuds_desk.store.database import Database
from tests.reports.builders import BLOCK_REASON, MOTHER_PHONE, SHIPMENT, CaseFile
from tests.services.helpers import register


def test_counterpart_data_holds_no_contact_details_or_notes(
    db: Database, case_file: CaseFile, today: date
) -> None:
    with db.reading() as session:
        internal = case_sheet_data(session, case_file.captive_id, today=today)
        counterpart = case_sheet_data(
            session, case_file.captive_id, today=today, version=SheetVersion.COUNTERPART
        )
    assert internal.contacts[0].phone == MOTHER_PHONE and internal.latest_notes
    assert [c.name for c in counterpart.contacts] == [c.name for c in internal.contacts]
    assert all(not (c.phone or c.email or c.address) for c in counterpart.contacts)
    assert counterpart.latest_notes == () and counterpart.notes_total == 0
    assert counterpart.counterpart and not internal.counterpart


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


def test_stalled_groups_by_reason_longest_wait_first(
    db: Database, case_file: CaseFile, caseworker: User, today: date
) -> None:
    register(db, caseworker, today, family_name="Їжак", status_since=today - timedelta(days=40))
    register(db, caseworker, today, family_name="Свіжий", status_since=today - timedelta(days=30))
    with db.reading() as session:
        report = stalled_report_data(session, today=today)
    assert [(g.reason, g.total) for g in report.groups] == [
        (BLOCK_REASON, 1),
        ("No change for more than 30 days", 2),
    ]
    assert [r.days_stalled for r in report.groups[1].rows] == [75, 40]
    assert report.groups[1].rows[0].case_number == case_file.russian_case
    assert report.total == 3


def test_manifest_and_labels_data(db: Database, case_file: CaseFile, today: date) -> None:
    with db.reading() as session:
        manifest = manifest_data(session, SHIPMENT, today=today)
        by_ids = label_data(session, today=today, parcel_ids=case_file.parcel_ids[1:])
        with pytest.raises(NotFoundError):
            manifest_data(session, "NO-SUCH", today=today)
        with pytest.raises(ValueError):
            label_data(session, today=today)
    assert manifest.total_count == 3 and manifest.total_weight_grams == 4150
    assert manifest.unweighed == 1
    assert manifest.parcels[0].items == "3 letters"
    assert [e.parcel_number for e in by_ids.labels] == list(case_file.parcel_numbers[1:])
