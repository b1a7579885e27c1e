"""Stalled cases, the review queue and a caseworker's cases needing action."""

from datetime import date, timedelta
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, ReviewDecision
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import review_queue
from ombuds_desk.services.workflow.review_queue import StalledCase
from ombuds_desk.store.database import Database
from tests.services.helpers import register


def _queue(db: Database, today: date, **kw: Any) -> list[StalledCase]:
    with db.reading() as session:
        return review_queue.stalled_cases(session, today=today, threshold_days=30, **kw)


def _three(db: Database, caseworker: User, today: date) -> tuple[Person, Person, Person]:
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
    assert blocked.id is not None
    with unit_of_work(db, caseworker) as session:
        case_status.block_case(
            session, caseworker, blocked.id, "Home country does not accept return", today=today
        )
    return old, edge, blocked


def test_queue_is_stalled_cases_longest_first(db: Database, caseworker: User, today: date) -> None:
    old, _edge, blocked = _three(db, caseworker, today)
    queue = _queue(db, today, queue_only=True)
    assert [c.person_id for c in queue] == [old.id, blocked.id]
    assert queue[0].days_stalled == 95 and queue[0].reason(30) == "No change for more than 30 days"
    assert queue[1].reason(30) == "Home country does not accept return"
    assert queue[0].assigned_to == "Олег Бондар"


def test_review_hides_until_next_review_date_but_stays_stalled(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    assert old.id is not None
    with unit_of_work(db, supervisor) as session:
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.ESCALATE,
            escalate_to_id=caseworker.id,
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


def test_reassign_and_close(
    db: Database, caseworker: User, supervisor: User, admin: User, today: date
) -> None:
    assert admin.id is not None
    old, _edge, blocked = _three(db, caseworker, today)
    assert blocked.id is not None
    assert old.id is not None
    with pytest.raises(ValidationError) as raised:
        with unit_of_work(db, supervisor) as session:
            review_queue.review_case(
                session, supervisor, old.id, ReviewDecision.REASSIGN, today=today
            )
    assert "reassign_to" in raised.value.fields
    with pytest.raises(ValidationError, match="an administrator, not a caseworker"):
        with unit_of_work(db, supervisor) as session:
            review_queue.review_case(
                session, supervisor, old.id, ReviewDecision.REASSIGN, today=today,
                reassign_to_id=admin.id,
            )  # fmt: skip
    with unit_of_work(db, supervisor) as session:
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.REASSIGN,
            today=today,
            reassign_to_id=supervisor.id,  # a case goes to a caseworker or a supervisor
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
        assert persons.get_person(session, old.id).assigned_to_id == supervisor.id
        closed = persons.get_person(session, blocked.id)
    assert closed.status is CaseStatus.CLOSED and not closed.blocked
    assert blocked.id not in [c.person_id for c in _queue(db, today)]


def test_only_supervisors_review(db: Database, caseworker: User, today: date) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    assert old.id is not None
    with pytest.raises(PermissionDeniedError):
        with unit_of_work(db, caseworker) as session:
            review_queue.review_case(
                session, caseworker, old.id, ReviewDecision.KEEP_WAITING, today=today
            )


def test_next_review_must_be_later(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    assert old.id is not None
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


def test_my_cases_needing_action(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    old, _edge, blocked = _three(db, caseworker, today)
    register(db, supervisor, today, family_name="Чужий", status_since=today - timedelta(days=200))
    with db.reading() as session:
        mine = review_queue.my_cases_needing_action(
            session, caseworker, today=today, threshold_days=30
        )
    assert [c.person_id for c in mine] == [old.id, blocked.id]


def test_ids_rows_and_counts_agree_with_the_whole_list(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    """What the queue page reads a page at a time is what the command line lists whole."""
    old, _edge, blocked = _three(db, caseworker, today)
    assert blocked.id is not None
    assert old.id is not None
    other = register(
        db, supervisor, today, family_name="Чужий", status_since=today - timedelta(days=200)
    )
    with unit_of_work(db, supervisor) as session:
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.ESCALATE,
            today=today,
            note="ICRC",
            escalate_to_id=caseworker.id,
        )
    with db.reading() as session:
        for kw in (
            {},
            {"queue_only": True},
            {"assigned_to_id": caseworker.id},
            {"queue_only": True, "assigned_to_id": caseworker.id},
        ):
            whole = review_queue.stalled_cases(session, today=today, threshold_days=30, **kw)
            ids = review_queue.stalled_case_ids(session, today=today, threshold_days=30, **kw)
            assert ids == [c.person_id for c in whole]
            rows = review_queue.stalled_case_rows(session, list(reversed(ids)), today=today)
            assert [rows[i] for i in ids] == whole
        counts = review_queue.queue_counts(session, today=today, threshold_days=30)
        mine = review_queue.queue_counts(
            session, today=today, threshold_days=30, assigned_to_id=caseworker.id
        )
        assert review_queue.stalled_case_rows(session, [], today=today) == {}
    assert (counts.queued, counts.deferred) == (2, 1)
    assert (mine.queued, mine.deferred) == (1, 1)
    assert ids == [blocked.id]
    by_id = {c.person_id: c for c in _queue(db, today)}
    assert list(by_id) == [other.id, old.id, blocked.id]
    deferred = by_id[old.id]
    assert deferred.deferred and deferred.last_decision is ReviewDecision.ESCALATE
    assert deferred.last_review_on is not None  # the day it was recorded, in local time
    assert not by_id[blocked.id].deferred and by_id[blocked.id].last_review_on is None
    # On the day of the next review it is back in the queue, no longer deferred.
    back = {c.person_id: c for c in _queue(db, today + timedelta(days=7))}
    assert not back[old.id].deferred


def test_the_last_review_is_shown_and_any_later_one_defers(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    old, _edge, _blocked = _three(db, caseworker, today)
    assert old.id is not None
    with unit_of_work(db, supervisor) as session:
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.KEEP_WAITING,
            today=today,
            next_review_on=today + timedelta(days=60),
        )
        review_queue.review_case(
            session,
            supervisor,
            old.id,
            ReviewDecision.ESCALATE,
            escalate_to_id=caseworker.id,
            today=today,
            note="Raise with ICRC",
        )
    case = next(c for c in _queue(db, today + timedelta(days=10)) if c.person_id == old.id)
    # The escalation (the last review) is shown; the earlier review still defers the case,
    # and its date is the next review shown: the day the case comes back to the queue.
    assert case.last_decision is ReviewDecision.ESCALATE
    assert case.next_review_on == today + timedelta(days=60)
    assert case.deferred
    assert old.id not in [
        c.person_id for c in _queue(db, today + timedelta(days=10), queue_only=True)
    ]
