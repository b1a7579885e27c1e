"""Stalled-cases report data: every stalled case, grouped by why it is stuck, the longest
wait first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.people import CaseReview
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.core.office_settings import (
    STALLED_AFTER_DAYS,
    set_setting,
    stalled_days_key,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import no_change_reason, stalled_report_data
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.reports.builders import BLOCK_REASON, CaseFile
from tests.services.helpers import id_of, register

CAPTIVE, REGISTERED = Category.CAPTIVE, CaseStatus.REGISTERED


def test_stalled_groups_by_reason_longest_wait_first(
    db: Database, case_file: CaseFile, caseworker: User, today: date
) -> None:
    register(db, caseworker, today, family_name="Їжак", status_since=today - timedelta(days=40))
    # Registered for 14 days: at the threshold of a registration, not over it.
    register(db, caseworker, today, family_name="Свіжий", status_since=today - timedelta(days=14))
    with db.reading() as session:
        report = stalled_report_data(session, today=today)
    assert [(g.reason, g.total) for g in report.groups] == [
        (BLOCK_REASON, 1),
        ("No change for more than 14 days", 2),
    ]
    assert [r.days_stalled for r in report.groups[1].rows] == [75, 40]
    assert report.groups[1].rows[0].case_number == case_file.russian_case
    assert report.total == 3


def _block(db: Database, actor: User, person_id: int, reason: str, on: date) -> None:
    with unit_of_work(db, actor) as session:
        case_status.block_case(session, actor, person_id, reason, today=on)


def test_a_blocked_case_counts_its_days_from_the_block(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Ґалаґан",
        given_name="Олег",
        status_since=today - timedelta(days=200),
    )
    _block(db, caseworker, id_of(person), "Awaiting documents", today - timedelta(days=9))
    with db.reading() as session:
        (group,) = stalled_report_data(session, today=today).groups
    (row,) = group.rows
    assert (group.reason, group.blocked) == ("Awaiting documents", True)
    assert (row.status_since, row.stalled_since, row.days_stalled) == (
        today - timedelta(days=200),
        today - timedelta(days=9),
        9,
    )
    assert (row.name, row.latin_name, row.category, row.status) == (
        "Ґалаґан Олег",
        "Galagan Oleg",
        "Evacuee",
        "Registered",
    )
    assert row.assigned_to == "Олег Бондар"


def test_blocked_groups_come_first_biggest_first_then_the_waiting(
    db: Database, caseworker: User, today: date
) -> None:
    ids = [
        id_of(register(db, caseworker, today, family_name=name, status_since=today - timedelta(5)))
        for name in ("Бойко", "Мороз", "Ткач")
    ]
    _block(db, caseworker, ids[0], "Whereabouts unknown", today)
    _block(db, caseworker, ids[1], "No contact with family", today)
    _block(db, caseworker, ids[2], "no contact with family", today)  # counted with the listed
    register(db, caseworker, today, family_name="Давній", status_since=today - timedelta(99))
    with db.reading() as session:
        report = stalled_report_data(session, today=today)
    assert [(g.reason, g.blocked, g.total) for g in report.groups] == [
        ("No contact with family", True, 2),
        ("Whereabouts unknown", True, 1),
        (no_change_reason(14), False, 1),  # a registration's threshold
    ]


def test_the_threshold_is_the_offices_unless_one_is_given(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    register(db, caseworker, today, status_since=today - timedelta(days=45))
    with db.reading() as session:
        assert stalled_report_data(session, today=today).total == 1
        assert stalled_report_data(session, today=today, threshold_days=45).total == 0
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, STALLED_AFTER_DAYS, "60")
        # A registration now waits as long as any status (empty: the general number).
        set_setting(session, supervisor, stalled_days_key(CAPTIVE, REGISTERED), "")
    with db.reading() as session:
        office = stalled_report_data(session, today=today)
        asked = stalled_report_data(session, today=today, threshold_days=44)
    assert (office.threshold_days.days(CAPTIVE, REGISTERED), office.total, office.groups) == (
        60,
        0,
        (),
    )
    assert (asked.threshold_days, asked.total) == (StalledRule.uniform(44), 1)
    assert asked.groups[0].reason == "No change for more than 44 days"


def test_a_finished_case_is_never_stalled(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today, status_since=today - timedelta(days=300))
    with unit_of_work(db, caseworker) as session:
        case_status.change_status(
            session,
            caseworker,
            id_of(person),
            CaseStatus.RELEASED,
            effective_on=today - timedelta(days=100),
            today=today,
            reason="Released in an exchange, per the ICRC",
        )
    with db.reading() as session:
        assert stalled_report_data(session, today=today).total == 0


def test_each_row_carries_the_cases_last_review(
    db: Database, case_file: CaseFile, caseworker: User, today: date
) -> None:
    """Last review, decision and next review: the latest review of each case."""
    with unit_of_work(db, caseworker) as session:
        for n, decision in enumerate((ReviewDecision.ESCALATE, ReviewDecision.KEEP_WAITING)):
            session.add(
                CaseReview(
                    person_id=case_file.russian_id,
                    decision=decision,
                    reviewed_at=datetime(2026, 11, 10 + n, 12, 0, tzinfo=UTC),
                    reviewed_by_id=caseworker.id,
                    next_review_on=today - timedelta(days=1 + n),
                )
            )
    with db.reading() as session:
        report = stalled_report_data(session, today=today)
    rows = {r.person_id: r for g in report.groups for r in g.rows}
    reviewed = rows[case_file.russian_id]
    assert reviewed.decision == "Keep waiting"
    assert reviewed.last_review_on == date(2026, 11, 11)
    assert reviewed.next_review_on == today - timedelta(days=2)
    others = [r for pid, r in rows.items() if pid != case_file.russian_id]
    assert others and all(r.last_review_on is None and r.decision == "" for r in others)


def test_a_standard_reason_reads_in_the_documents_language(
    db: Database, caseworker: User, today: date
) -> None:
    """Stored in English, a standard block reason heads its group in the language the report
    is made in (the Ukrainian report's summary listed them in English); a reason the office
    typed stays as typed."""
    first = register(db, caseworker, today, status_since=today - timedelta(days=200))
    second = register(db, caseworker, today, status_since=today - timedelta(days=200))
    _block(db, caseworker, id_of(first), "Awaiting documents", today - timedelta(days=9))
    _block(db, caseworker, id_of(second), "Чекаємо на відповідь МКЧХ", today - timedelta(days=3))
    with db.reading() as session, i18n.using(catalogue(Language.UK)):
        reasons = {group.reason for group in stalled_report_data(session, today=today).groups}
    assert reasons == {"Очікуються документи", "Чекаємо на відповідь МКЧХ"}
