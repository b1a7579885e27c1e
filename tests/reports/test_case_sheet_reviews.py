"""The supervisors' reviews on the case sheet: every one in words on the internal version,
none on the counterpart's (read back with pdftotext and pypdf)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.people import CaseReview
from ombuds_desk.reports.case_sheet import render_case_sheet
from ombuds_desk.reports.counterpart_sheet import render_counterpart_sheet
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import SheetVersion, case_sheet_data
from ombuds_desk.services.printing.counterpart_sheet import counterpart_sheet_data
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from tests.reports.builders import CaseFile
from tests.reports.pdf_checks import assert_omits, assert_says
from tests.services.helpers import recorded_on

NOTE = "Запитати делегата МКЧХ"


def _sheet(db: Database, person_id: int, today: date, path: Path, version: SheetVersion) -> Path:
    with db.reading() as session:
        if version is SheetVersion.COUNTERPART:  # its own data, from the allow-list
            render_counterpart_sheet(counterpart_sheet_data(session, person_id, today=today), path)
            return path
        data = case_sheet_data(session, person_id, today=today)
    render_case_sheet(data, path, generated_by="Світлана Мельник")
    return path


def _reviewed(
    db: Database, case_file: CaseFile, supervisor: User, caseworker: User, today: date
) -> None:
    with unit_of_work(db, supervisor) as session:
        review_case(
            session,
            supervisor,
            case_file.captive_id,
            ReviewDecision.KEEP_WAITING,
            today=today - timedelta(days=3),
            note="Чекаємо списку",
        )
        review_case(
            session, supervisor, case_file.captive_id, ReviewDecision.ESCALATE, today=today,
            note=NOTE, next_review_on=today + timedelta(days=9), escalate_to_id=caseworker.id,
        )  # fmt: skip
    escalation = col(CaseReview.decision) == ReviewDecision.ESCALATE
    recorded_on(db, CaseReview.reviewed_at, today, escalation)


def test_the_internal_sheet_shows_every_review_the_counterpart_none(
    db: Database,
    case_file: CaseFile,
    supervisor: User,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    _reviewed(db, case_file, supervisor, caseworker, today)
    internal = _sheet(
        db, case_file.captive_id, today, tmp_path / "internal.pdf", SheetVersion.INTERNAL
    )
    counterpart = _sheet(
        db, case_file.captive_id, today, tmp_path / "counterpart.pdf", SheetVersion.COUNTERPART
    )
    day = f"{today:%d.%m.%Y}"  # recorded on the office's today (_reviewed)
    assert_says(
        internal,
        "Reviews",
        f"Escalated to Олег Бондар by Світлана Мельник on {day}",
        NOTE,
        f"next review {today + timedelta(days=9):%d.%m.%Y}",
        "Kept waiting by Світлана Мельник",
        "Чекаємо списку",
    )
    assert_omits(
        counterpart,
        "Reviews",
        "Escalated",
        "Kept waiting",
        "Олег Бондар",
        "Світлана Мельник",
        NOTE,
        "Чекаємо списку",
        "next review",
    )
    assert_says(counterpart, "only what the office may share is included")


def test_a_case_never_reviewed_has_no_reviews_section(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    internal = _sheet(db, case_file.evacuee_id, today, tmp_path / "e.pdf", SheetVersion.INTERNAL)
    assert_says(internal, "Latest notes")
    assert_omits(internal, "Reviews", "Escalated")
