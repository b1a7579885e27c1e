"""Each case's stored "stalled on" day, kept true to the office's thresholds.

Whether a case is stalled today depends on its status, the day it entered it, its block and
the threshold of its status and category. Tested as written (``services/cases/stalled.py``),
that is one range test per threshold over every open case: too slow for a queue at 100,000
persons. So every case carries the day it becomes stalled (``Person.stalled_on``, indexed)
and "stalled today" is ``stalled_on <= today``.

The stored day is only trusted while it was worked out with the office's rule of now: the
rule's fingerprint is kept beside it (setting ``stalled_on.rule``), and
``office_settings.stalled_after_days`` marks its rule ``stored`` only when the two agree;
otherwise the lists test the thresholds as written, which is always right, only slower.

Beside it, the day a review deferred the case to (``Person.deferred_until``, the latest
next-review date of its reviews), so that "in the review queue" is two tests on one index
rather than a look into the reviews for every stalled case.

Kept by: :func:`keep_on_flush` for every person saved through the ORM (each unit of work
listens), :func:`refresh_all` after rows written in bulk (the demo; an import works out
each new case's day as it writes it), and :func:`ensure_current` when the thresholds change or an older file has no stored days yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, and_, not_, or_, update
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import OfficeSetting
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.people import CaseReview, Person
from ombuds_desk.domain.status_rules import (
    BLOCKED_STALLED_ON,
    FINAL_STATUSES,
    StalledRule,
)
from ombuds_desk.services.core import office_settings

RULE_KEY = office_settings.STALLED_ON_RULE_KEY
_RULE_IN_SESSION = "stalled_on.rule"


def in_pairs(pairs: Iterable[tuple[Category, CaseStatus]]) -> ColumnElement[bool]:
    """The case's (category, status) is one of ``pairs``."""
    by_category: dict[Category, list[str]] = defaultdict(list)
    for category, status in pairs:
        by_category[category].append(status.value)
    return or_(
        sa.false(),
        *(
            and_(col(Person.category) == category.value, col(Person.status).in_(statuses))
            for category, statuses in by_category.items()
        ),
    )


def _plus_days(column: Any, days: int, dialect: str) -> Any:
    """``column`` + ``days`` days, as each server writes date arithmetic."""
    if dialect == "sqlite":
        return sa.func.date(column, f"+{days} days")
    return column + days


def refresh_stalled_on(session: Session, rule: StalledRule) -> int:
    """Work out every person's ``stalled_on`` again in SQL: a few statements, one per
    distinct threshold, whatever the number of persons. Only rows whose day differs are
    written (after an upgrade that changed only the rule's fingerprint, none: a read of the
    table instead of 100,000 rows and their index entries rewritten before the window
    opened); returns how many were."""
    dialect = session.get_bind().dialect.name
    final = [status.value for status in FINAL_STATUSES]
    open_case = col(Person.status).not_in(final)
    waiting = and_(open_case, col(Person.blocked).is_(False))
    by_days: dict[int, list[tuple[Category, CaseStatus]]] = defaultdict(list)
    for pair, days in rule.thresholds():
        by_days[days].append(pair)
    special = [pair for days, pairs in by_days.items() if days != rule.general for pair in pairs]
    # The threshold is passed on the day after it has run: the +1 of StalledRule.stalled_on.
    steps: list[tuple[ColumnElement[bool], Any]] = [
        (col(Person.status).in_(final), None),
        (and_(open_case, col(Person.blocked).is_(True)), BLOCKED_STALLED_ON),
        *(
            (
                and_(waiting, in_pairs(pairs)),
                _plus_days(col(Person.status_since), days + 1, dialect),
            )
            for days, pairs in by_days.items()
            if days != rule.general
        ),
        (
            and_(waiting, not_(in_pairs(special))),
            _plus_days(col(Person.status_since), rule.general + 1, dialect),
        ),
    ]
    connection = session.connection()
    written = 0
    stalled_on = col(Person.stalled_on)
    for where, value in steps:
        differs = stalled_on.is_not(None) if value is None else stalled_on.is_distinct_from(value)
        statement = update(Person).where(where, differs).values(stalled_on=value)
        written += connection.execute(
            statement.execution_options(synchronize_session=False)
        ).rowcount
    return written


def _store_fingerprint(session: Session, rule: StalledRule) -> None:
    """Note the rule the stored days were worked out with (in SQL: this runs while the
    session flushes)."""
    connection = session.connection()
    table = OfficeSetting.__table__  # type: ignore[attr-defined]
    written = connection.execute(
        update(table).where(table.c.key == RULE_KEY).values(value=rule.fingerprint())
    )
    if not written.rowcount:
        connection.execute(sa.insert(table).values(key=RULE_KEY, value=rule.fingerprint()))


def refresh_all(session: Session) -> StalledRule:
    """Work every case's stalled day out again with the office's thresholds now (after rows
    were written in bulk, without the ORM) and return the rule, marked stored."""
    with session.no_autoflush:
        rule = office_settings.stalled_after_days(session)
    refresh_stalled_on(session, rule)
    _store_fingerprint(session, rule)
    return replace(rule, stored=True)


def ensure_current(session: Session) -> StalledRule:
    """Make every stored ``stalled_on`` agree with the office's thresholds now (working them
    all out again when the rule they were made with is not today's) and return the rule,
    marked stored."""
    with session.no_autoflush:
        rule = office_settings.stalled_after_days(session)
    return rule if rule.stored else refresh_all(session)


def _rule(session: Session) -> StalledRule:
    """The office's rule, read once per unit of work (and brought current on its first
    write: an older file, or thresholds changed elsewhere)."""
    rule: StalledRule | None = session.info.get(_RULE_IN_SESSION)
    if rule is None:
        rule = ensure_current(session)
        session.info[_RULE_IN_SESSION] = rule
    return rule


def refresh_deferred_until(session: Session) -> None:
    """Every case's ``deferred_until`` from its reviews, in SQL (after reviews were written
    in bulk, without the ORM)."""
    latest = (
        sa.select(sa.func.max(col(CaseReview.next_review_on)))
        .where(col(CaseReview.person_id) == col(Person.id))
        .scalar_subquery()
    )
    session.connection().execute(
        update(Person).values(deferred_until=latest).execution_options(synchronize_session=False)
    )


def _defer(session: Session, reviews: list[CaseReview]) -> None:
    """A review saved (or moved to another case) defers its case to its next-review date,
    unless an earlier review defers it further."""
    with session.no_autoflush:
        for review in reviews:
            if review.next_review_on is None:
                continue
            person = session.get(Person, review.person_id)
            if person is not None and (
                person.deferred_until is None or person.deferred_until < review.next_review_on
            ):
                person.deferred_until = review.next_review_on


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    changed = (*session.new, *session.dirty)
    _defer(session, [obj for obj in changed if isinstance(obj, CaseReview)])
    persons = [obj for obj in changed if isinstance(obj, Person)]
    if not persons:
        return
    rule = _rule(session)
    for person in persons:
        if person.status_since is None:
            continue  # refused by the schema on insert; nothing to work out
        day = rule.stalled_on(
            Category(person.category),
            CaseStatus(person.status),
            person.status_since,
            bool(person.blocked),
        )
        if person.stalled_on != day:
            person.stalled_on = day


def _after_flush(session: Session, _context: Any) -> None:
    """A threshold changed: work every stored day out again, in the same transaction."""
    changed = (*session.new, *session.dirty)
    if any(
        isinstance(obj, OfficeSetting) and obj.key in office_settings.STALLED_KEYS
        for obj in changed
    ):
        session.info.pop(_RULE_IN_SESSION, None)
        _rule(session)


def keep_on_flush(session: Session) -> None:
    """Keep ``stalled_on`` of every person this session saves, and of every person when
    the thresholds change."""
    sa.event.listen(session, "before_flush", _before_flush)
    sa.event.listen(session, "after_flush", _after_flush)
