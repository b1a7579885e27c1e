"""The same decision for many cases at once: a review each, in one unit of work; a case that
cannot take it saves nothing at all."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, ReviewDecision
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.bulk_review import review_cases
from ombuds_desk.services.workflow.review_queue import queue_counts, reviews_of
from ombuds_desk.store.database import Database
from tests.services.helpers import everything, id_of, register


@pytest.fixture
def stalled(db: Database, caseworker: User, today: date) -> list[int]:
    return [
        id_of(register(db, caseworker, today, family_name=name, status_since=today - timedelta(40)))
        for name in ("Ґудзь", "Їжак", "Шевчук")
    ]


def _queued(db: Database, today: date) -> int:
    with db.reading() as session:
        rule = stalled_after_days(session)
        return queue_counts(session, today=today, threshold_days=rule).queued


def test_keep_many_waiting_until_a_date(
    db: Database, stalled: list[int], supervisor: User, today: date
) -> None:
    until = today + timedelta(days=14)
    with unit_of_work(db, supervisor) as session:
        reviews = review_cases(
            session,
            supervisor,
            [*stalled, stalled[0]],  # a case selected twice is reviewed once
            ReviewDecision.KEEP_WAITING,
            today=today,
            note="Чекаємо на відповідь МКЧХ",
            next_review_on=until,
        )
    assert len(reviews) == 3
    assert _queued(db, today) == 0
    with db.reading() as session:
        for person_id in stalled:
            ((review, who),) = reviews_of(session, person_id)
            assert (review.decision, review.next_review_on, review.note, who) == (
                ReviewDecision.KEEP_WAITING,
                until,
                "Чекаємо на відповідь МКЧХ",
                "Світлана Мельник",
            )


def test_close_many_with_a_reason(
    db: Database, stalled: list[int], supervisor: User, today: date
) -> None:
    with unit_of_work(db, supervisor) as session:
        review_cases(
            session, supervisor, stalled[:2], ReviewDecision.CLOSE, today=today, note="Дублікати"
        )
    with db.reading() as session:
        statuses = [session.get(Person, pid).status for pid in stalled]  # type: ignore[union-attr]
    assert statuses == [CaseStatus.CLOSED, CaseStatus.CLOSED, CaseStatus.REGISTERED]


def test_one_refusal_saves_nothing(
    db: Database, stalled: list[int], supervisor: User, caseworker: User, today: date
) -> None:
    before = everything(db)
    with pytest.raises(ValidationError) as refused:
        with unit_of_work(db, supervisor) as session:
            review_cases(session, supervisor, stalled, ReviewDecision.CLOSE, today=today)
    assert refused.value.fields == {"note": "say why the case is closed"}
    assert str(refused.value).startswith("CAP-")  # names the case that refused
    with pytest.raises(ValidationError, match="one by one"):
        with unit_of_work(db, supervisor) as session:
            review_cases(session, supervisor, stalled, ReviewDecision.REASSIGN, today=today)
    with pytest.raises(PermissionDeniedError):
        with unit_of_work(db, caseworker) as session:
            review_cases(session, caseworker, stalled, ReviewDecision.KEEP_WAITING, today=today)
    assert everything(db) == before
