"""Stalled cases, the review queue and a caseworker's cases needing action."""

from datetime import timedelta

import pytest

from ombuds_desk.domain.enums import CaseStatus, ReviewDecision
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.services import case_status, persons, review_queue
from ombuds_desk.services.unit_of_work import unit_of_work
from tests.services.helpers import register


def _queue(db, today, **kw):
    with db.reading() as session:
        return review_queue.stalled_cases(session, today=today, threshold_days=30, **kw)


def _three(db, caseworker, today):
    old = register(
        db, caseworker, today, family_name="Давній", status_since=today - timedelta(days=95)
    )
    edge = register(
        db, caseworker, today, family_name="Межовий", status_since=today - timedelta(days=30)
    )
    blocked = register(
        db,
        caseworker,
        today,
        family_name="Заблокований",
        category="evacuee",
        status_since=today - timedelta(days=3),
    )
    with unit_of_work(db, caseworker) as session:
        case_status.block_case(
            session, caseworker, blocked.id, "Home country does not accept return", today=today
        )
    return old, edge, blocked


def test_queue_is_stalled_cases_longest_first(db, caseworker, today) -> None:
    old, _edge, blocked = _three(db, caseworker, today)
    queue = _queue(db, today, queue_only=True)
    assert [c.person_id for c in queue] == [old.id, blocked.id]
    assert queue[0].days_stalled == 95 and queue[0].reason(30) == "No change for more than 30 days"
    assert queue[1].reason(30) == "Home country does not accept return"
    assert queue[0].assigned_to == "Олег Бондар"


def test_review_hides_until_next_review_date_but_stays_stalled(
    db, caseworker, supervisor, today
) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    with unit_of_work(db, supervisor) as session:
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.ESCALATE,
            today=today,
            note="Raise with ICRC",
        )
    assert old.id not in [c.person_id for c in _queue(db, today, queue_only=True)]
    assert old.id in [c.person_id for c in _queue(db, today)]
    # Escalation defaults to a review in a week; on that day it is back in the queue.
    back = _queue(db, today + timedelta(days=7), queue_only=True)
    case = next(c for c in back if c.person_id == old.id)
    assert (
        case.last_decision is ReviewDecision.ESCALATE
        and case.next_review_on == today + timedelta(days=7)
    )
    assert old.id not in [
        c.person_id for c in _queue(db, today + timedelta(days=6), queue_only=True)
    ]


def test_reassign_and_close(db, caseworker, supervisor, admin, today) -> None:
    old, _edge, blocked = _three(db, caseworker, today)
    with pytest.raises(ValidationError) as raised:
        with unit_of_work(db, supervisor) as session:
            review_queue.review_case(
                session, supervisor, old.id, ReviewDecision.REASSIGN, today=today
            )
    assert "reassign_to" in raised.value.fields
    with unit_of_work(db, supervisor) as session:
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.REASSIGN,
            today=today,
            reassign_to_id=admin.id,
        )
        review_queue.review_case(
            session,
            supervisor,
            blocked.id,
            ReviewDecision.CLOSE,
            today=today,
            note="Resettled abroad by family",
        )
    with db.reading() as session:
        assert persons.get_person(session, old.id).assigned_to_id == admin.id
        closed = persons.get_person(session, blocked.id)
    assert closed.status is CaseStatus.CLOSED and not closed.blocked
    assert blocked.id not in [c.person_id for c in _queue(db, today)]


def test_only_supervisors_review(db, caseworker, today) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    with pytest.raises(PermissionDeniedError):
        with unit_of_work(db, caseworker) as session:
            review_queue.review_case(
                session, caseworker, old.id, ReviewDecision.KEEP_WAITING, today=today
            )


def test_next_review_must_be_later(db, caseworker, supervisor, today) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    with pytest.raises(ValidationError) as raised:
        with unit_of_work(db, supervisor) as session:
            review_queue.review_case(
                session,
                supervisor,
                old.id,
                ReviewDecision.KEEP_WAITING,
                today=today,
                next_review_on=today,
            )
    assert raised.value.fields == {"next_review_on": "must be after today"}


def test_my_cases_needing_action(db, caseworker, supervisor, today) -> None:
    old, _edge, blocked = _three(db, caseworker, today)
    register(db, supervisor, today, family_name="Чужий", status_since=today - timedelta(days=200))
    with db.reading() as session:
        mine = review_queue.my_cases_needing_action(
            session, caseworker, today=today, threshold_days=30
        )
    assert [c.person_id for c in mine] == [old.id, blocked.id]
