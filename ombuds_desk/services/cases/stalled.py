"""Stalled as SQL: the one condition every list, queue, count and report filters on.

A case is stalled when it is not final and is blocked, or has stayed in its status for longer
than the office's threshold for that status and category (``domain/status_rules.StalledRule``;
``office_settings.stalled_after_days`` reads it). Each case also stores the day it becomes
stalled under the office's rule (``services/core/stalled_dates.py``); the office's own rule
tests that, any other (``--days``, thresholds being typed) the thresholds as written. The person list's "Stalled only", the review
queue, the dashboard, the stalled-cases report and the command line's ``stalled`` all build
their query from :func:`stalled_condition`, so they agree on every case.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, not_, or_
from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import FINAL_STATUSES, StalledRule, as_rule
from ombuds_desk.services.core.stalled_dates import in_pairs


def unchanged_too_long(today: date, threshold: StalledRule | int) -> ColumnElement[bool]:
    """In its status for longer than the threshold of that status (the general one for a
    status without its own): one range test on ``status_since`` per distinct threshold."""
    rule = as_rule(threshold)
    pairs_by_days: dict[int, list[tuple[Category, CaseStatus]]] = defaultdict(list)
    for pair, days in rule.by_status.items():
        if days != rule.general:
            pairs_by_days[days].append(pair)
    special = [pair for pairs in pairs_by_days.values() for pair in pairs]
    tests = [
        and_(in_pairs(pairs), col(Person.status_since) < today - timedelta(days=days))
        for days, pairs in sorted(pairs_by_days.items())
    ]
    general = col(Person.status_since) < today - timedelta(days=rule.general)
    tests.append(and_(not_(in_pairs(special)), general) if special else general)
    return or_(*tests)


def stalled_condition(today: date, threshold: StalledRule | int) -> ColumnElement[bool]:
    """Not final, and blocked or unchanged for longer than its status's threshold: the
    stored stalled day when it was worked out with this rule (one indexed range), else the
    thresholds as written."""
    if as_rule(threshold).stored:
        return col(Person.stalled_on) <= today
    return and_(
        col(Person.status).not_in([s.value for s in FINAL_STATUSES]),
        or_(col(Person.blocked).is_(True), unchanged_too_long(today, threshold)),
    )


def stalled_by_threshold(
    session: Session, *, today: date, threshold: StalledRule | int
) -> dict[tuple[Category, CaseStatus], int]:
    """How many open, unblocked cases of each waiting status the thresholds make stalled
    today (blocked cases are stalled whatever the number): what the Settings dialog shows
    beside each threshold while it is typed. One grouped query."""
    grouped = (col(Person.category), col(Person.status))
    query = (
        select(*grouped, func.count())
        .where(
            col(Person.status).not_in([s.value for s in FINAL_STATUSES]),
            col(Person.blocked).is_(False),
            unchanged_too_long(today, threshold),
        )
        .group_by(*grouped)
    )
    return {
        (Category(category), CaseStatus(status)): int(count)
        for category, status, count in session.exec(query).all()
    }
