"""A case's reviews in words: escalating names its recipient (required, active, not oneself);
the review in force reaches the case view; the History tab words it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import CaseReview
from ombuds_desk.services.cases.case_view import case_details
from ombuds_desk.services.cases.reviews import case_reviews, current_review
from ombuds_desk.services.core import users
from ombuds_desk.services.core.audit_trail import case_history
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS
from tests.services.helpers import everything, id_of, recorded_on, register


def _stalled(db: Database, admin: User, today: date) -> int:
    return id_of(register(db, admin, today, status_since=today - timedelta(days=60)))


def test_an_escalation_reaches_the_case_view_while_it_is_in_force(
    db: Database, admin: User, supervisor: User, caseworker: User, today: date
) -> None:
    person = _stalled(db, admin, today)
    with unit_of_work(db, supervisor) as session:
        review_case(
            session, supervisor, person, ReviewDecision.ESCALATE, today=today,
            note="ask the ICRC delegate", next_review_on=today + timedelta(days=9),
            escalate_to_id=caseworker.id,
        )  # fmt: skip
    recorded_on(db, CaseReview.reviewed_at, today)
    words = (
        f"Escalated to Олег Бондар by Світлана Мельник on {today:%d.%m.%Y}: “ask the ICRC "
        "delegate” — "
        f"next review {today + timedelta(days=9):%d.%m.%Y}"
    )
    with db.reading() as session:
        (review,) = case_reviews(session, person)
        shown = case_details(session, person, today=today, threshold_days=30).review
        later = current_review(session, person, today=today + timedelta(days=9))
        over = current_review(session, person, today=today + timedelta(days=10))
        history = [row.what for row in case_history(session, person)]
    assert review.words == words and review.recipient_id == caseworker.id
    assert shown == review and later == review and over is None
    assert (
        "Case reviewed: escalated to Олег Бондар: “ask the ICRC delegate” — next review "
        f"{today + timedelta(days=9):%d.%m.%Y}"
    ) in history


@pytest.mark.parametrize("to", [None, "self", "gone", "nobody"])
def test_an_escalation_must_name_an_active_colleague(
    db: Database, admin: User, supervisor: User, today: date, to: str | None
) -> None:
    person = _stalled(db, admin, today)
    with unit_of_work(db, admin) as session:
        gone = users.create_user(
            session, admin, "t.gone", "Тарас Пішов", Role.SUPERVISOR, PASSWORDS["admin"]
        )
        users.deactivate(session, admin, id_of(gone))
    target = {None: None, "self": supervisor.id, "gone": gone.id, "nobody": 999}[to]
    before = everything(db)
    with pytest.raises(ValidationError) as refused, unit_of_work(db, supervisor) as session:
        review_case(
            session, supervisor, person, ReviewDecision.ESCALATE, today=today,
            escalate_to_id=target,
        )  # fmt: skip
    assert set(refused.value.fields) == {"escalate_to"}
    assert everything(db) == before


def test_a_closed_case_shows_no_review_in_force(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    person = _stalled(db, admin, today)
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, person, ReviewDecision.KEEP_WAITING, today=today)
        review_case(session, supervisor, person, ReviewDecision.CLOSE, today=today, note="Помер")
    with db.reading() as session:
        assert case_details(session, person, today=today, threshold_days=30).review is None
        words = [r.words for r in case_reviews(session, person)]
    assert words[0].startswith("Closed on review by Світлана Мельник on ")
    assert words[0].endswith(": “Помер”")
    assert words[1].startswith("Kept waiting by Світлана Мельник")
