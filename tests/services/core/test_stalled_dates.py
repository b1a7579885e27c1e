"""Each case's stored stalled day agrees with the thresholds as written, through every way a
case changes: registration, status changes, blocks and unblocks, a change of thresholds, an
older file without the days, and rows written in bulk."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import CaseStatus, Category, ReviewDecision
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import BLOCKED_STALLED_ON, StalledRule, allowed_next, is_final
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.services.core import auth, stalled_dates
from ombuds_desk.services.core.office_settings import (
    STALLED_AFTER_DAYS,
    STALLED_ON_RULE_KEY,
    set_setting,
    stalled_after_days,
    stalled_days_key,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.person_import import plan_import, run_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.services.workflow.review_queue import queue_condition, review_case
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of, register
from tests.services.table_files import write_csv


def _stalled_ids(session: Session, today: date, rule: StalledRule) -> list[int]:
    query = select(Person.id).where(stalled_condition(today, rule)).order_by(col(Person.id))
    return [int(i) for i in session.exec(query).all() if i is not None]


def _agree(db: Database, today: date) -> int:
    """Stalled by the stored days equals stalled by the thresholds as written, on days
    around every threshold; returns how many cases were stalled on the last day looked at."""
    with db.reading() as session:
        rule = stalled_after_days(session)
        assert rule.stored, "the stored days were not worked out with today's thresholds"
        written = replace(rule, stored=False)
        count = 0
        for offset in (-400, -91, -90, -61, -60, -31, -30, -15, -14, 0, 1, 13, 14, 15, 400):
            day = today + timedelta(days=offset)
            by_days = _stalled_ids(session, day, rule)
            assert by_days == _stalled_ids(session, day, written), f"disagree on {day}"
            count = len(by_days)
        return count


def _random_register(db: Database, actor: User, today: date, rng: random.Random) -> list[int]:
    """Forty cases of both categories, registered on scattered days, then moved along their
    path, some blocked, some finished."""
    ids: list[int] = []
    names = ["Ґалаґан", "Мельник", "Шевченко", "Їжакевич", "Коваль", "Бондар", "Сірко", "Гнатюк"]
    for n in range(40):
        category = rng.choice(list(Category))
        since = today - timedelta(days=rng.randint(0, 200))
        person = register(
            db,
            actor,
            today,
            category=category.value,
            family_name=names[n % len(names)],
            given_name="Їжак",
            status_since=since,
        )
        ids.append(id_of(person))
    for person_id in ids:
        with unit_of_work(db, actor) as session:
            saved = session.get(Person, person_id)
            assert saved is not None
            for _step in range(rng.randint(0, 3)):
                choices = allowed_next(saved.category, saved.status)
                if not choices:
                    break
                new = rng.choice(choices)
                on = min(today, saved.status_since + timedelta(days=rng.randint(0, 60)))
                case_status.change_status(
                    session, actor, person_id, new, effective_on=on, today=today, reason="Перевірка"
                )
            if rng.random() < 0.25 and not is_final(saved.status):
                case_status.block_case(
                    session, actor, person_id, "Whereabouts unknown", today=today
                )
    return ids


def test_the_stored_days_agree_with_the_thresholds_through_every_change(
    db: Database, supervisor: User, today: date
) -> None:
    ids = _random_register(db, supervisor, today, random.Random(7))
    assert _agree(db, today) >= 0
    with db.reading() as session:
        blocked = session.exec(select(Person).where(col(Person.blocked).is_(True))).all()
        final = session.exec(select(Person).where(col(Person.stalled_on).is_(None))).all()
    assert all(p.stalled_on == BLOCKED_STALLED_ON for p in blocked)
    # Unblocking puts the day back to its threshold's.
    if blocked:
        with unit_of_work(db, supervisor) as session:
            case_status.unblock_case(session, supervisor, id_of(blocked[0]), today=today)
        _agree(db, today)
    assert final and all(is_final(p.status) for p in final)
    assert len(ids) == 40


def test_a_change_of_thresholds_works_every_day_out_again(
    db: Database, supervisor: User, today: date
) -> None:
    _random_register(db, supervisor, today, random.Random(11))
    before = _agree(db, today)
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, STALLED_AFTER_DAYS, "5")
        set_setting(
            session, supervisor, stalled_days_key(Category.CAPTIVE, CaseStatus.CONFIRMED), "3"
        )
    after = _agree(db, today)
    assert after >= before
    with db.reading() as session:
        assert stalled_after_days(session).fingerprint().startswith("general=5;")


def test_an_older_file_is_brought_current_at_the_first_sign_in(
    db: Database, supervisor: User, today: date
) -> None:
    person_id = id_of(register(db, supervisor, today, status_since=today - timedelta(days=100)))
    with unit_of_work(db, supervisor) as session:
        # As a file upgraded to 0005 is: no days, no rule they were made with.
        session.connection().execute(update(Person).values(stalled_on=None))
        session.connection().execute(
            delete(OfficeSetting).where(col(OfficeSetting.key) == STALLED_ON_RULE_KEY)
        )
    with db.reading() as session:
        rule = stalled_after_days(session)
        # Not trusted: the lists test the thresholds as written and still find the case.
        assert not rule.stored
        assert _stalled_ids(session, today, rule) == [person_id]
    auth.sign_in(db, supervisor.username, PASSWORDS[supervisor.username])
    assert _agree(db, today) == 1
    with db.reading() as session:
        saved = session.get(Person, person_id)
        assert saved is not None and saved.stalled_on == today - timedelta(days=100 - 15)


def test_working_the_days_out_again_writes_only_the_days_that_differ(
    db: Database, supervisor: User, today: date
) -> None:
    """After an upgrade that changed only the rule's fingerprint, the first sign-in reads the
    cases and rewrites none of them; a changed threshold rewrites just the cases it moves."""
    _random_register(db, supervisor, today, random.Random(5))
    with db.reading() as session:
        rule = stalled_after_days(session)
        days = dict(session.exec(select(col(Person.id), col(Person.stalled_on))).all())
    with unit_of_work(db, supervisor) as session:
        assert stalled_dates.refresh_stalled_on(session, rule) == 0
    with unit_of_work(db, supervisor) as session:
        session.connection().execute(
            update(OfficeSetting)
            .where(col(OfficeSetting.key) == STALLED_ON_RULE_KEY)
            .values(value="from an older version")
        )
    auth.sign_in(db, supervisor.username, PASSWORDS[supervisor.username])
    _agree(db, today)
    with db.reading() as session:
        assert dict(session.exec(select(col(Person.id), col(Person.stalled_on))).all()) == days
    # One day more for one waiting status moves exactly the unblocked cases in it.
    with db.reading() as session:
        waiting = [
            (Category(p.category), CaseStatus(p.status))
            for p in session.exec(select(Person)).all()
            if not p.blocked and not is_final(p.status)
        ]
    pair = max(set(waiting), key=waiting.count)
    moved = replace(rule, by_status={**rule.by_status, pair: rule.days(*pair) + 1})
    with unit_of_work(db, supervisor) as session:
        assert stalled_dates.refresh_stalled_on(session, moved) == waiting.count(pair) > 0


def test_a_review_defers_its_case_until_its_latest_next_review(
    db: Database, supervisor: User, today: date
) -> None:
    person_id = id_of(register(db, supervisor, today, status_since=today - timedelta(days=100)))
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, person_id, ReviewDecision.KEEP_WAITING, today=today,
                    next_review_on=today + timedelta(days=20))  # fmt: skip
    with unit_of_work(db, supervisor) as session:
        # A later review with a nearer date does not bring the case back before the first's.
        review_case(session, supervisor, person_id, ReviewDecision.KEEP_WAITING, today=today,
                    next_review_on=today + timedelta(days=5))  # fmt: skip
    with db.reading() as session:
        saved = session.get(Person, person_id)
        assert saved is not None and saved.deferred_until == today + timedelta(days=20)
        rule = stalled_after_days(session)
        for offset, queued in ((0, False), (19, False), (20, True), (40, True)):
            day = today + timedelta(days=offset)
            ids = [i for i in session.exec(select(Person.id).where(queue_condition(day, rule)))]
            assert ids == ([person_id] if queued else []), f"{offset} days on"


def test_cases_imported_in_bulk_get_their_stalled_days(
    db: Database, supervisor: User, today: date, tmp_path: Path
) -> None:
    head = ["family_name", "given_name", "category", "status", "status_date", "blocked_reason"]
    rows = [
        head,
        ["Ґонта", "Іван", "captive", "confirmed", (today - timedelta(days=61)).isoformat(), ""],
        ["Їжакевич", "Олег", "captive", "confirmed", (today - timedelta(days=60)).isoformat(), ""],
        ["Євтушенко", "Ганна", "evacuee", "registered", today.isoformat(), "Whereabouts unknown"],
        ["Пʼятницький", "Юрій", "captive", "repatriated", "2026-01-10", ""],
    ]
    path = write_csv(tmp_path / "list.csv", rows)
    with db.reading() as session:
        plan = plan_import(session, supervisor, read_table(path), today=today)
    assert plan.problems == []
    run_import(db, supervisor, plan, today=today)
    assert _agree(db, today) == 3  # a year on, every open case
    with db.reading() as session:
        # Today: the one past its 60 days and the blocked one.
        assert len(_stalled_ids(session, today, stalled_after_days(session))) == 2
        days = {p.family_name: p.stalled_on for p in session.exec(select(Person)).all()}
    assert days == {
        "Ґонта": today,
        "Їжакевич": today + timedelta(days=1),
        "Євтушенко": BLOCKED_STALLED_ON,
        "Пʼятницький": None,
    }
