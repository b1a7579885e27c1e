"""The office's figures agree with the cases behind them."""

from datetime import date, timedelta

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import review_queue
from ombuds_desk.services.workflow.statistics import office_stats
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def test_figures(db: Database, supervisor: User, today: date) -> None:
    register(db, supervisor, today, status_since=today - timedelta(days=45))
    register(db, supervisor, today, status_since=today - timedelta(days=75))
    old = register(db, supervisor, today, status_since=today - timedelta(days=120))
    assert old.id is not None
    fresh = register(db, supervisor, today, category="evacuee")
    assert fresh.id is not None
    done = register(
        db, supervisor, today, category="evacuee", status_since=today - timedelta(days=5)
    )
    assert done.id is not None
    with unit_of_work(db, supervisor) as session:
        case_status.block_case(session, supervisor, fresh.id, "No contact with family", today=today)
        case_status.change_status(
            session,
            supervisor,
            done.id,
            CaseStatus.RETURN_REQUESTED,
            effective_on=today - timedelta(days=4),
            today=today,
        )
        case_status.change_status(
            session,
            supervisor,
            done.id,
            CaseStatus.AWAITING_ACCEPTANCE,
            effective_on=today - timedelta(days=3),
            today=today,
        )
        case_status.change_status(
            session,
            supervisor,
            done.id,
            CaseStatus.RETURNED,
            effective_on=today,
            today=today,
            reason="Arrived home, per her daughter",
        )
        review_queue.review_case(
            session, supervisor, old.id, ReviewDecision.KEEP_WAITING, today=today
        )
    with db.reading() as session:
        stats = office_stats(session, today=today, threshold_days=30)
    assert stats.total_cases == 5 and stats.open_cases == 4
    assert stats.open_by_category_status == {
        Category.CAPTIVE: {CaseStatus.REGISTERED: 3},
        Category.EVACUEE: {CaseStatus.REGISTERED: 1},
    }
    assert stats.stalled_cases == 4 and stats.blocked_cases == 1
    assert stats.review_queue == 3
    assert stats.stalled_by_reason == {
        "No change for more than 30 days": 3,
        "No contact with family": 1,
    }
    assert stats.stalled_by_age == {
        "under 30 days": 1,
        "30–60 days": 1,
        "60–90 days": 1,
        "90+ days": 1,
    }
    assert stats.completed_per_month[f"{today:%Y-%m}"] == {
        CaseStatus.REPATRIATED: 0,
        CaseStatus.RETURNED: 1,
    }
    assert len(stats.completed_per_month) == 12
    assert stats.as_json()["stalled_cases"] == 4


def test_stalled_by_reason_per_threshold_and_by_caseworker(
    db: Database, supervisor: User, caseworker: User, today: date
) -> None:
    """A registration waits 14 days, a confirmed captive 60: each "no change" reason names
    the threshold passed; per caseworker, stalled and in the queue (a review defers one)."""
    register(db, caseworker, today, status_since=today - timedelta(days=20))
    waiting = register(db, caseworker, today, status_since=today - timedelta(days=50))
    confirmed = register(db, supervisor, today, status_since=today - timedelta(days=100))
    register(db, caseworker, today, status_since=today - timedelta(days=14))  # not yet
    with unit_of_work(db, supervisor) as session:
        assert confirmed.id is not None and waiting.id is not None
        case_status.change_status(
            session,
            supervisor,
            confirmed.id,
            CaseStatus.CONFIRMED,
            effective_on=today - timedelta(days=61),
            today=today,
        )
        review_queue.review_case(
            session, supervisor, waiting.id, ReviewDecision.KEEP_WAITING, today=today
        )
    with db.reading() as session:
        stats = office_stats(session, today=today, threshold_days=stalled_after_days(session))
    assert stats.stalled_by_reason == {
        "No change for more than 14 days": 2,
        "No change for more than 60 days": 1,
    }
    assert stats.stalled_by_caseworker == [("Олег Бондар", 2, 1), ("Світлана Мельник", 1, 1)]
    assert stats.as_json()["stalled_thresholds"]["captive.confirmed"] == 60  # type: ignore[index]
