"""The dashboard's counts as index range counts, when every case's stalled day is stored.

Grouping the 30,000 stalled cases of a national register by caseworker, reason and age in
one read cost about 100 ms: SQLite sorted every stalled row into a temporary B-tree and
worked out each row's band and queue test. Counting a range of an index costs a small part
of that per row, so every figure here is a sum of counts of index ranges (migration 0009),
one per group, the groups enumerated (every open category × status, every member of staff)
so that no row is sorted or tested one by one:

- ``(blocked, category, status, stalled_on, status_since)``: the stalled waiting cases of
  each status (``stalled_on <= today``), their age bands (see below) and the open blocked
  cases, with the few blocked ones' bands tested on the index's last column;
- ``(blocked, blocked_reason, stalled_on)``: the blocked ones by reason;
- ``(assigned_to_id, stalled_on)``: each caseworker's; ``(deferred_until, stalled_on,
  assigned_to_id)``: those a review deferred (the few with a later ``deferred_until``).

An age band is a range of the day the status began; for a waiting case of one category and
status the stored stalled day is that day plus the status's threshold and one
(``StalledRule.stalled_on``, which only grows with the day), so the band is a range of
``stalled_on`` within that status's part of the index: a range count again.

Only valid while the stored days agree with the office's rule (``StalledRule.stored``);
:mod:`statistics` otherwise tests the thresholds as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, null, union_all
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.status_rules import BLOCKED_STALLED_ON, FINAL_STATUSES, StalledRule

# Every open (category, status) a case can have (those no path reaches count nothing).
OPEN_PAIRS: tuple[tuple[Category, CaseStatus], ...] = tuple(
    (category, status)
    for category in Category
    for status in CaseStatus
    if status not in FINAL_STATUSES
)
AgeBands = tuple[tuple[str, int, int | None], ...]


@dataclass
class StalledCounts:
    """What the dashboard shows of the register and its stalled cases, counted."""

    total: int = 0
    open_by_pair: dict[tuple[Category, CaseStatus], int] = field(default_factory=dict)
    blocked_open: int = 0
    stalled: int = 0
    # stalled, not blocked, by (category, status); blocked by their reason (None: none given)
    waiting_by_pair: dict[tuple[Category, CaseStatus], int] = field(default_factory=dict)
    blocked_by_reason: dict[str | None, int] = field(default_factory=dict)
    # caseworker id (None: unassigned) -> (stalled, of which deferred by a review)
    by_caseworker: dict[int | None, tuple[int, int]] = field(default_factory=dict)
    by_age: dict[str, int] = field(default_factory=dict)

    @property
    def deferred(self) -> int:
        return sum(deferred for _stalled, deferred in self.by_caseworker.values())


def _count(*where: ColumnElement[bool]) -> Any:
    return core_select(func.count()).select_from(Person).where(*where).scalar_subquery()


def _day(name: str) -> Any:
    return bindparam(name, type_=Person.__table__.c.status_since.type)  # type: ignore[attr-defined]


@cache
def _register_statement(bands: int) -> Select[Any]:
    """One statement, one row (built once; the days are its parameters): every case; each
    open (category, status)'s cases; the open blocked ones; the stalled ones; the stalled
    waiting ones of each open (category, status) in all and in each age band; the stalled
    blocked ones in each age band."""
    category, status, blocked = col(Person.category), col(Person.status), col(Person.blocked)
    stalled_on, since = col(Person.stalled_on), col(Person.status_since)
    stalled = stalled_on <= _day("today")
    finals = [s.value for s in FINAL_STATUSES]
    counts = [core_select(func.count()).select_from(Person).scalar_subquery()]
    counts += [_count(status == s.value, category == c.value) for c, s in OPEN_PAIRS]
    counts.append(_count(blocked.is_(True), status.not_in(finals)))
    counts.append(_count(stalled))
    for n, (c, s) in enumerate(OPEN_PAIRS):
        waiting = (blocked.is_(False), category == c.value, status == s.value)
        counts.append(_count(*waiting, stalled))
        counts += [
            _count(*waiting, stalled_on > _day(f"w{n}_{b}_after"), stalled_on <= _day(f"w{n}_{b}"))
            for b in range(bands)
        ]
    blocked_stalled = (blocked.is_(True), stalled_on == BLOCKED_STALLED_ON, stalled)
    counts += [
        _count(*blocked_stalled, since > _day(f"b{b}_after"), since <= _day(f"b{b}"))
        for b in range(bands)
    ]
    return core_select(*counts)


def _register_counts(
    session: Session, today: date, rule: StalledRule, bands: list[tuple[date, date]]
) -> list[int]:
    """The row of :func:`_register_statement` for ``today``; ``bands`` as ranges of the
    day the status began (after this day, up to this day)."""
    values: dict[str, date] = {"today": today}
    for n, (c, s) in enumerate(OPEN_PAIRS):
        for b, (after, upto) in enumerate(bands):
            # The waiting cases whose status began in the band are stalled from these days.
            values[f"w{n}_{b}_after"] = rule.stalled_on(c, s, after, False) or after
            values[f"w{n}_{b}"] = min(rule.stalled_on(c, s, upto, False) or upto, today)
    for b, (after, upto) in enumerate(bands):
        values[f"b{b}_after"], values[f"b{b}"] = after, upto
    row = session.connection().execute(_register_statement(len(bands)), values).one()
    return [int(value) for value in row]


def _blocked_by_reason(session: Session, today: date) -> dict[str | None, int]:
    reason = col(Person.blocked_reason)
    query = (
        core_select(reason, func.count())
        .where(col(Person.blocked).is_(True), col(Person.stalled_on) <= today)
        .group_by(reason)
    )
    return {text: int(n) for text, n in session.connection().execute(query)}


@cache
def _caseworker_statements() -> tuple[Any, Any]:
    """Each member of staff's stalled cases, and the unassigned ones' (range counts); the
    stalled ones a review deferred, by caseworker (a range of the few deferred)."""
    stalled = col(Person.stalled_on) <= _day("today")
    assigned = col(Person.assigned_to_id)
    staff = core_select(col(User.id), _count(assigned == col(User.id), stalled))
    nobody = core_select(null(), _count(assigned.is_(None), stalled))
    deferred = (
        core_select(assigned, func.count())
        .where(
            col(Person.deferred_until).is_not(None),  # the partial index's own condition
            col(Person.deferred_until) > _day("today"),
            stalled,
        )
        .group_by(assigned)
    )
    return union_all(staff, nobody), deferred


def _by_caseworker(session: Session, today: date) -> dict[int | None, tuple[int, int]]:
    """Each caseworker's stalled cases and the deferred among them (None: unassigned; staff
    with none left out, as a grouped read would)."""
    stalled, deferred = _caseworker_statements()
    connection = session.connection()
    later = {i: int(n) for i, n in connection.execute(deferred, {"today": today})}
    rows = connection.execute(stalled, {"today": today})
    return {user_id: (int(n), int(later.get(user_id, 0))) for user_id, n in rows if n}


def count_stalled(
    session: Session, today: date, rule: StalledRule, age_bands: AgeBands
) -> StalledCounts:
    """Every count of the dashboard but the completions and the parcels (see module doc).
    ``age_bands``: (label, fewest days unchanged, most or None)."""
    oldest = date.min + timedelta(days=1)  # the open band's lower end: before any real day
    bands = [
        (
            today - timedelta(days=high + 1) if high is not None else oldest,
            today - timedelta(days=low),
        )
        for _label, low, high in age_bands
    ]
    values = iter(_register_counts(session, today, rule, bands))
    found = StalledCounts()
    found.total = next(values)
    found.open_by_pair = {pair: next(values) for pair in OPEN_PAIRS}
    found.blocked_open = next(values)
    found.stalled = next(values)
    in_band = [0] * len(bands)
    for pair in OPEN_PAIRS:
        found.waiting_by_pair[pair] = next(values)
        for b in range(len(bands)):
            in_band[b] += next(values)
    for b in range(len(bands)):
        in_band[b] += next(values)
    found.by_age = {label: n for (label, _low, _high), n in zip(age_bands, in_band, strict=True)}
    found.blocked_by_reason = _blocked_by_reason(session, today)
    found.by_caseworker = _by_caseworker(session, today)
    return found
