"""The office's figures: open cases, stalled cases by reason and age, completions per month,
parcels per status. Computed by the database, so they hold at 100,000 cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import bindparam, case, func, null
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ParcelStatus, StatusEventKind
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.domain.status_rules import FINAL_STATUSES, StalledRule, as_rule
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.services.workflow.review_queue import NOT_BLOCKED_REASON, queue_condition
from ombuds_desk.services.workflow.stalled_counts import StalledCounts, count_stalled

# The completions counted per month, in this order.
COMPLETED = (CaseStatus.REPATRIATED, CaseStatus.RETURNED)
# Age bands of stalled cases by days unchanged: (label, lowest day, highest day or None).
# The labels key the figures (data, in English); translated where shown.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    (QT_TRANSLATE_NOOP("OfficeStats", "under 30 days"), 0, 29),
    (QT_TRANSLATE_NOOP("OfficeStats", "30–60 days"), 30, 59),
    (QT_TRANSLATE_NOOP("OfficeStats", "60–90 days"), 60, 89),
    (QT_TRANSLATE_NOOP("OfficeStats", "90+ days"), 90, None),
)


@dataclass
class OfficeStats:
    today: date
    threshold_days: StalledRule | int
    open_by_category_status: dict[Category, dict[CaseStatus, int]] = field(default_factory=dict)
    total_cases: int = 0
    open_cases: int = 0
    blocked_cases: int = 0
    stalled_cases: int = 0
    review_queue: int = 0
    stalled_by_reason: dict[str, int] = field(default_factory=dict)
    stalled_by_age: dict[str, int] = field(default_factory=dict)
    # (caseworker's name or "" for none, stalled, of which in the review queue), most first
    stalled_by_caseworker: list[tuple[str, int, int]] = field(default_factory=list)
    completed_per_month: dict[str, dict[CaseStatus, int]] = field(default_factory=dict)
    parcels_by_status: dict[ParcelStatus, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        """Plain values for ``ombuds-desk stats --json``."""
        return {
            "today": self.today.isoformat(),
            "stalled_after_days": as_rule(self.threshold_days).general,
            "stalled_thresholds": {
                f"{c.value}.{s.value}": days
                for (c, s), days in as_rule(self.threshold_days).thresholds()
            },
            "total_cases": self.total_cases,
            "open_cases": self.open_cases,
            "blocked_cases": self.blocked_cases,
            "stalled_cases": self.stalled_cases,
            "review_queue": self.review_queue,
            "open_by_category_status": {
                c.value: {s.value: n for s, n in by.items()}
                for c, by in self.open_by_category_status.items()
            },
            "stalled_by_reason": self.stalled_by_reason,
            "stalled_by_age": self.stalled_by_age,
            "stalled_by_caseworker": [
                {"caseworker": name, "stalled": stalled, "in_queue": queued}
                for name, stalled, queued in self.stalled_by_caseworker
            ],
            "completed_per_month": {
                month: {s.value: n for s, n in by.items()}
                for month, by in self.completed_per_month.items()
            },
            "parcels_by_status": {s.value: n for s, n in self.parcels_by_status.items()},
        }


def _finals() -> list[str]:
    return [s.value for s in FINAL_STATUSES]


def _stalled_figures(
    stats: OfficeStats, session: Session, today: date, threshold_days: StalledRule | int
) -> None:
    """Every figure of the stalled cases from ONE grouped read of them (the stalled test of
    each case made once, not once per figure): their number, those in the review queue, by
    reason, by caseworker and by days unchanged."""
    # Each stalled case falls in the band of its days unchanged (none if dated after today).
    band = case(
        *(
            (col(Person.status_since) > today - timedelta(days=high + 1), label)
            for label, _low, high in AGE_BANDS
            if high is not None
        ),
        else_=AGE_BANDS[-1][0],
    )
    dated = col(Person.status_since) <= today - timedelta(days=AGE_BANDS[0][1])
    in_band = case((dated, band), else_=None)
    queued = case((queue_condition(today, threshold_days), 1), else_=0)
    stalled = stalled_condition(today, threshold_days)
    grouped = (
        col(Person.category),
        col(Person.status),
        col(Person.assigned_to_id),
        in_band,
        queued,
    )
    # Two reads, so that the many cases stalled by their threshold are counted from the
    # queue's covering index alone; the few blocked ones are grouped by the reason of their
    # block too (a column only the person row holds). The threshold passed depends on the
    # status: worded here.
    reason = func.coalesce(col(Person.blocked_reason), "Blocked")
    rows = [
        *session.execute(
            core_select(reason, *grouped, func.count())
            .where(stalled, col(Person.blocked).is_(True))
            .group_by(reason, *grouped)
        ).all(),
        *session.execute(
            core_select(null(), *grouped, func.count())
            .where(stalled, col(Person.blocked).is_(False))
            .group_by(*grouped)
        ).all(),
    ]
    rule = as_rule(threshold_days)
    by_caseworker: dict[int | None, tuple[int, int]] = {}
    ages: dict[str, int] = {}
    for label, category, status, assigned_id, age, in_queue, count in rows:
        stats.stalled_cases += count
        stats.review_queue += count if in_queue else 0
        over = rule.days(Category(category), CaseStatus(status))
        text = str(label) if label is not None else NOT_BLOCKED_REASON.format(days=over)
        stats.stalled_by_reason[text] = stats.stalled_by_reason.get(text, 0) + count
        so_far, queue = by_caseworker.get(assigned_id, (0, 0))
        by_caseworker[assigned_id] = (so_far + count, queue + (count if in_queue else 0))
        if age is not None:
            ages[str(age)] = ages.get(str(age), 0) + count
    names = dict(
        session.exec(
            select(User.id, User.full_name).where(
                col(User.id).in_([i for i in by_caseworker if i is not None])
            )
        ).all()
    )
    stats.stalled_by_caseworker = sorted(
        ((names.get(i, "") if i is not None else "", n, q) for i, (n, q) in by_caseworker.items()),
        key=lambda row: (-row[1], row[0]),
    )
    stats.stalled_by_reason = dict(sorted(stats.stalled_by_reason.items(), key=lambda kv: -kv[1]))
    stats.stalled_by_age = {label: ages.get(label, 0) for label, _low, _high in AGE_BANDS}


def _from_counts(
    stats: OfficeStats, counted: StalledCounts, session: Session, rule: StalledRule
) -> None:
    """The figures from the index range counts (the stored stalled days are current)."""
    stats.total_cases = counted.total
    for (category, status), count in counted.open_by_pair.items():
        if count:
            stats.open_cases += count
            stats.open_by_category_status.setdefault(category, {})[status] = count
    stats.blocked_cases = counted.blocked_open
    stats.stalled_cases = counted.stalled
    stats.review_queue = counted.stalled - counted.deferred
    reasons: dict[str, int] = {}
    for reason, count in counted.blocked_by_reason.items():
        text = reason if reason is not None else "Blocked"
        reasons[text] = reasons.get(text, 0) + count
    for (category, status), count in counted.waiting_by_pair.items():
        if count:
            text = NOT_BLOCKED_REASON.format(days=rule.days(category, status))
            reasons[text] = reasons.get(text, 0) + count
    stats.stalled_by_reason = dict(sorted(reasons.items(), key=lambda kv: -kv[1]))
    _name_caseworkers(stats, session, counted.by_caseworker)
    stats.stalled_by_age = {label: counted.by_age.get(label, 0) for label, _l, _h in AGE_BANDS}


def _name_caseworkers(
    stats: OfficeStats, session: Session, by_caseworker: dict[int | None, tuple[int, int]]
) -> None:
    """``stalled_by_caseworker`` from (stalled, deferred) per caseworker id, most first."""
    names = dict(
        session.exec(
            select(User.id, User.full_name).where(
                col(User.id).in_([i for i in by_caseworker if i is not None])
            )
        ).all()
    )
    stats.stalled_by_caseworker = sorted(
        (
            (names.get(i, "") if i is not None else "", n, n - deferred)
            for i, (n, deferred) in by_caseworker.items()
        ),
        key=lambda row: (-row[1], row[0]),
    )


def office_stats(
    session: Session, *, today: date, threshold_days: StalledRule | int, months: int = 12
) -> OfficeStats:
    stats = OfficeStats(today=today, threshold_days=threshold_days)
    rule = as_rule(threshold_days)
    if rule.stored:
        _from_counts(stats, count_stalled(session, today, rule, AGE_BANDS), session, rule)
    else:
        _as_written(stats, session, today, threshold_days)
    _completions(stats, session, today, months)
    parcel_counts = select(Parcel.status, func.count()).group_by(col(Parcel.status))
    for parcel_status, count in session.exec(parcel_counts).all():
        stats.parcels_by_status[ParcelStatus(parcel_status)] = count
    return stats


def _as_written(
    stats: OfficeStats, session: Session, today: date, threshold_days: StalledRule | int
) -> None:
    """The figures with the thresholds tested as written (a rule other than the office's
    stored one: ``stats --days``, or days not yet worked out)."""
    # Counts by category, status and blocked: a walk of the queue's covering index.
    rows = session.exec(
        select(Person.category, Person.status, Person.blocked, func.count()).group_by(
            col(Person.category), col(Person.status), col(Person.blocked)
        )
    ).all()
    for raw_category, raw_status, blocked, count in rows:
        category, status = Category(raw_category), CaseStatus(raw_status)
        stats.total_cases += count
        if status.value not in _finals():
            stats.open_cases += count
            by_status = stats.open_by_category_status.setdefault(category, {})
            by_status[status] = by_status.get(status, 0) + count
            if blocked:
                stats.blocked_cases += count
    _stalled_figures(stats, session, today, threshold_days)


@cache
def _completions_statement(months: int) -> Any:
    """One row: for each of ``months`` months, the repatriations then the returns (status
    changes and corrections), each a range of the completions index (the month's days
    are the parameters)."""
    day = col(StatusEvent.effective_on)
    kinds = [StatusEventKind.CHANGE.value, StatusEventKind.CORRECTION.value]
    day_type = StatusEvent.__table__.c.effective_on.type  # type: ignore[attr-defined]
    counts = [
        core_select(func.count())
        .select_from(StatusEvent)
        .where(
            col(StatusEvent.to_status) == status.value,
            col(StatusEvent.kind).in_(kinds),
            day >= bindparam(f"from{n}", type_=day_type),
            day <= bindparam(f"to{n}", type_=day_type),
        )
        .scalar_subquery()
        for n in range(months)
        for status in COMPLETED
    ]
    return core_select(*counts)


def _completions(stats: OfficeStats, session: Session, today: date, months: int) -> None:
    """Persons repatriated or returned per month of the last ``months`` (this month up to
    today)."""
    starts = [date(today.year, today.month, 1)]
    for _ in range(months - 1):
        starts.insert(0, (starts[0] - timedelta(days=1)).replace(day=1))
    values: dict[str, date] = {}
    for n, start in enumerate(starts):
        values[f"from{n}"] = start
        values[f"to{n}"] = min(
            (start + timedelta(days=32)).replace(day=1), today + timedelta(days=1)
        ) - timedelta(days=1)
    row = iter(session.connection().execute(_completions_statement(months), values).one())
    for start in starts:
        stats.completed_per_month[f"{start:%Y-%m}"] = {
            status: int(next(row)) for status in COMPLETED
        }
