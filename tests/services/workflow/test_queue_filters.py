"""The review queue filtered and sorted by the database, its counts per choice, and the
next-review date: a case reviewed until a later date is out of the queue until that day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision
from ombuds_desk.services.cases.age_bands import AgeBand
from ombuds_desk.services.cases.case_status import block_case
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.queue_filters import (
    NextReview,
    QueueFilter,
    QueueSort,
    ReasonKind,
    queue_facets,
    queue_ids,
    queue_ids_head,
)
from ombuds_desk.services.workflow.review_queue import queue_counts, review_case, stalled_case_ids
from ombuds_desk.store.database import Database
from tests.services.cases.test_stalled import in_status
from tests.services.helpers import id_of, register


@pytest.fixture
def queue(db: Database, caseworker: User, supervisor: User, today: date) -> dict[str, int]:
    """Five stalled cases: a captive confirmed 200 days (the caseworker's), an evacuee
    registered 45 days (the caseworker's), a blocked captive (the supervisor's), a captive
    registered 70 days whose review is due again, and one deferred by a review; and a fresh
    case that is not stalled."""
    old = in_status(db, caseworker, today, Category.CAPTIVE, CaseStatus.CONFIRMED, 200)
    evacuee = id_of(
        register(
            db,
            caseworker,
            today,
            category="evacuee",
            family_name="Їжакевич",
            status_since=today - timedelta(45),
        )
    )
    held = id_of(register(db, supervisor, today, family_name="Novák", status_since=today))
    due = id_of(
        register(db, caseworker, today, family_name="Ярош", status_since=today - timedelta(70))
    )
    deferred = id_of(
        register(db, caseworker, today, family_name="Щука", status_since=today - timedelta(100))
    )
    register(db, caseworker, today, family_name="Свіжий", status_since=today - timedelta(3))
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, held, "Whereabouts unknown", today=today)
        review_case(
            session,
            supervisor,
            due,
            ReviewDecision.ESCALATE,
            today=today - timedelta(days=10),
            next_review_on=today - timedelta(days=3),
            escalate_to_id=caseworker.id,
        )
        review_case(
            session,
            supervisor,
            deferred,
            ReviewDecision.KEEP_WAITING,
            today=today,
            next_review_on=today + timedelta(days=1),
        )
    return {"old": old, "evacuee": evacuee, "held": held, "due": due, "deferred": deferred}


def _ids(db: Database, today: date, filt: QueueFilter, **sort: object) -> list[int]:
    with db.reading() as session:
        rule = stalled_after_days(session)
        return queue_ids(session, filt, today=today, rule=rule, **sort)  # type: ignore[arg-type]


def test_the_queue_longest_first_as_the_cli_lists_it(
    db: Database, queue: dict[str, int], today: date
) -> None:
    q = queue
    assert _ids(db, today, QueueFilter()) == [q["old"], q["due"], q["evacuee"], q["held"]]
    with db.reading() as session:
        rule = stalled_after_days(session)
        listed = stalled_case_ids(session, today=today, threshold_days=rule, queue_only=True)
    assert _ids(db, today, QueueFilter()) == listed


def test_a_future_next_review_keeps_a_case_out_of_the_queue_until_that_day(
    db: Database, queue: dict[str, int], today: date
) -> None:
    q = queue
    assert q["deferred"] not in _ids(db, today, QueueFilter())
    assert q["deferred"] in _ids(db, today, QueueFilter(queue_only=False))  # still stalled
    tomorrow = today + timedelta(days=1)
    assert q["deferred"] in _ids(db, tomorrow, QueueFilter())  # its review day: back
    with db.reading() as session:
        rule = stalled_after_days(session)
        counts = queue_counts(session, today=today, threshold_days=rule)
        back = queue_counts(session, today=tomorrow, threshold_days=rule)
    assert (counts.queued, counts.deferred) == (4, 1)
    assert (back.queued, back.deferred) == (5, 0)


def test_each_filter(
    db: Database, queue: dict[str, int], caseworker: User, supervisor: User, today: date
) -> None:
    q = queue
    every = QueueFilter(queue_only=False)
    assert set(_ids(db, today, QueueFilter(assigned_to_id=supervisor.id))) == {q["held"]}
    assert set(_ids(db, today, QueueFilter(category=Category.EVACUEE))) == {q["evacuee"]}
    assert _ids(db, today, QueueFilter(status=CaseStatus.CONFIRMED)) == [q["old"]]
    assert _ids(db, today, QueueFilter(reason=ReasonKind.BLOCKED)) == [q["held"]]
    assert (
        _ids(db, today, QueueFilter(reason=ReasonKind.BLOCKED, blocked_reason="No contact")) == []
    )
    assert q["held"] not in _ids(db, today, QueueFilter(reason=ReasonKind.NO_CHANGE))
    assert _ids(db, today, QueueFilter(age_band=AgeBand.DAYS_30_60)) == [q["evacuee"]]
    assert _ids(db, today, QueueFilter(age_band=AgeBand.DAYS_60_90)) == [q["due"]]
    assert _ids(db, today, QueueFilter(age_band=AgeBand.OVER_180)) == [q["old"]]
    assert _ids(db, today, QueueFilter(age_band=AgeBand.UNDER_30)) == [q["held"]]
    assert _ids(db, today, QueueFilter(next_review=NextReview.DUE)) == [q["due"]]
    assert _ids(db, today, QueueFilter(next_review=NextReview.DEFERRED)) == []  # not queued
    assert _ids(db, today, QueueFilter(queue_only=False, next_review=NextReview.DEFERRED)) == [
        q["deferred"]
    ]
    never = set(_ids(db, today, QueueFilter(queue_only=False, next_review=NextReview.NEVER)))
    assert never == {q["old"], q["evacuee"], q["held"]}
    both = QueueFilter(assigned_to_id=caseworker.id, category=Category.CAPTIVE)
    assert _ids(db, today, both) == [q["old"], q["due"]]
    assert len(_ids(db, today, every)) == 5


def test_sorted_by_any_column_both_ways(db: Database, queue: dict[str, int], today: date) -> None:
    q = queue
    everything = QueueFilter(queue_only=False)
    for sort in QueueSort:
        down = _ids(db, today, everything, sort=sort, descending=True)
        up = _ids(db, today, everything, sort=sort, descending=False)
        assert sorted(down) == sorted(up) == sorted(q.values()), sort
    by_days = _ids(db, today, everything, sort=QueueSort.DAYS, descending=False)
    assert by_days == [q["held"], q["evacuee"], q["due"], q["deferred"], q["old"]]
    # The next review: the due one, then the deferred one; never-reviewed cases last.
    by_next = _ids(db, today, everything, sort=QueueSort.NEXT_REVIEW, descending=False)
    assert by_next[:2] == [q["due"], q["deferred"]]
    by_reason = _ids(db, today, everything, sort=QueueSort.REASON, descending=False)
    assert by_reason[0] == q["held"]  # blocked reasons before "no change"
    by_worker = _ids(db, today, everything, sort=QueueSort.CASEWORKER, descending=False)
    assert by_worker[-1] == q["held"]  # Світлана Мельник's after Олег Бондар's
    by_worker = _ids(db, today, everything, sort=QueueSort.CASEWORKER, descending=True)
    assert by_worker[0] == q["held"]


def test_the_counts_beside_each_choice(
    db: Database, queue: dict[str, int], caseworker: User, supervisor: User, today: date
) -> None:
    with db.reading() as session:
        rule = stalled_after_days(session)
        facets = queue_facets(session, today=today, rule=rule)
        mine = queue_facets(session, today=today, rule=rule, assigned_to_id=supervisor.id)
        every = queue_facets(session, today=today, rule=rule, queue_only=False)
    assert facets.total == 4 and every.total == 5 and mine.total == 1
    assert facets.caseworkers == {caseworker.id: 3, supervisor.id: 1}
    assert facets.categories == {Category.CAPTIVE: 3, Category.EVACUEE: 1}
    assert facets.statuses == {CaseStatus.CONFIRMED: 1, CaseStatus.REGISTERED: 3}
    assert facets.reasons == {ReasonKind.BLOCKED: 1, ReasonKind.NO_CHANGE: 3}
    assert facets.blocked_reasons == {"Whereabouts unknown": 1}
    assert facets.age_bands == {
        AgeBand.UNDER_30: 1,
        AgeBand.DAYS_30_60: 1,
        AgeBand.DAYS_60_90: 1,
        AgeBand.OVER_180: 1,
    }
    assert every.age_bands[AgeBand.DAYS_90_180] == 1  # the deferred one


def test_the_first_page_is_the_head_of_the_whole_queue_in_every_order(
    db: Database, queue: dict[str, int], caseworker: User, today: date
) -> None:
    """``queue_ids_head`` (what the window shows first) is the first ids of ``queue_ids``
    for every sort both ways, ties (the same day, the same caseworker) going by id."""
    for n in range(4):  # ties on every column but the case number and the name
        register(
            db,
            caseworker,
            today,
            family_name="Рівний" + "абвг"[n],
            status_since=today - timedelta(70),
        )
    filters = (
        QueueFilter(),
        QueueFilter(queue_only=False),
        QueueFilter(assigned_to_id=caseworker.id),
    )
    with db.reading() as session:
        rule = stalled_after_days(session)
        for filt in filters:
            for sort in QueueSort:
                for down in (False, True):
                    whole = queue_ids(
                        session, filt, today=today, rule=rule, sort=sort, descending=down
                    )
                    assert len(whole) >= 6
                    for limit in (1, 3, 5, 200):
                        head = queue_ids_head(
                            session,
                            filt,
                            today=today,
                            rule=rule,
                            sort=sort,
                            descending=down,
                            limit=limit,
                        )
                        assert head == whole[:limit], (filt, sort, down, limit)
