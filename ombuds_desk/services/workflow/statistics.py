"""The office's figures: open cases, stalled cases by reason and age, completions per month,
parcels per status. Computed by the database, so they hold at 100,000 cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import case, extract, func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ParcelStatus, StatusEventKind
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.domain.status_rules import FINAL_STATUSES, StalledRule, as_rule
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.services.workflow.review_queue import NOT_BLOCKED_REASON, queue_condition

# Age bands of stalled cases by days unchanged: (label, lowest day, highest day or None).
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("under 30 days", 0, 29),
    ("30–60 days", 30, 59),
    ("60–90 days", 60, 89),
    ("90+ days", 90, None),
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


def office_stats(
    session: Session, *, today: date, threshold_days: StalledRule | int, months: int = 12
) -> OfficeStats:
    stats = OfficeStats(today=today, threshold_days=threshold_days)
    rows = session.exec(
        select(Person.category, Person.status, func.count()).group_by(
            col(Person.category), col(Person.status)
        )
    ).all()
    for raw_category, raw_status, count in rows:
        category, status = Category(raw_category), CaseStatus(raw_status)
        stats.total_cases += count
        if status.value not in _finals():
            stats.open_cases += count
            stats.open_by_category_status.setdefault(category, {})[status] = count
    stats.blocked_cases = session.exec(
        select(func.count()).where(
            col(Person.blocked).is_(True), col(Person.status).not_in(_finals())
        )
    ).one()
    stalled = stalled_condition(today, threshold_days)
    stats.stalled_cases = session.exec(select(func.count()).where(stalled)).one()
    stats.review_queue = session.exec(
        select(func.count()).select_from(Person).where(queue_condition(today, threshold_days))
    ).one()
    # A block's reason, or the threshold passed (which depends on the status): grouped by
    # the database, worded here.
    reason = case(
        (col(Person.blocked).is_(True), func.coalesce(col(Person.blocked_reason), "Blocked")),
        else_=None,
    )
    rule = as_rule(threshold_days)
    grouped = (reason, col(Person.category), col(Person.status))
    for label, category, status, count in session.exec(
        select(*grouped, func.count()).where(stalled).group_by(*grouped)
    ).all():
        over = rule.days(Category(category), CaseStatus(status))
        text = str(label) if label is not None else NOT_BLOCKED_REASON.format(days=over)
        stats.stalled_by_reason[text] = stats.stalled_by_reason.get(text, 0) + count
    queued = queue_condition(today, threshold_days)
    by_caseworker = session.exec(
        select(User.full_name, func.count(), func.count(case((queued, 1))))
        .select_from(Person)
        .join(User, col(User.id) == col(Person.assigned_to_id), isouter=True)
        .where(stalled)
        .group_by(col(Person.assigned_to_id), col(User.full_name))
    ).all()
    stats.stalled_by_caseworker = sorted(
        ((name or "", int(n), int(q)) for name, n, q in by_caseworker),
        key=lambda row: (-row[1], row[0]),
    )
    stats.stalled_by_reason = dict(sorted(stats.stalled_by_reason.items(), key=lambda kv: -kv[1]))
    # One grouped query: each stalled case falls in the band of its days unchanged.
    band = case(
        *(
            (col(Person.status_since) > today - timedelta(days=high + 1), label)
            for label, _low, high in AGE_BANDS
            if high is not None
        ),
        else_=AGE_BANDS[-1][0],
    )
    in_band = dict(
        session.exec(
            select(band, func.count())
            .where(stalled, col(Person.status_since) <= today - timedelta(days=AGE_BANDS[0][1]))
            .group_by(band)
        ).all()
    )
    stats.stalled_by_age = {label: int(in_band.get(label, 0)) for label, _low, _high in AGE_BANDS}
    first_month = date(today.year, today.month, 1)
    for _ in range(months - 1):
        first_month = (first_month - timedelta(days=1)).replace(day=1)
    year = extract("year", col(StatusEvent.effective_on))
    month = extract("month", col(StatusEvent.effective_on))
    completed = session.exec(
        select(year, month, StatusEvent.to_status, func.count())
        .where(
            col(StatusEvent.to_status).in_(
                [CaseStatus.REPATRIATED.value, CaseStatus.RETURNED.value]
            ),
            col(StatusEvent.kind).in_(
                [StatusEventKind.CHANGE.value, StatusEventKind.CORRECTION.value]
            ),
            col(StatusEvent.effective_on) >= first_month,
            col(StatusEvent.effective_on) <= today,
        )
        .group_by(year, month, col(StatusEvent.to_status))
    ).all()
    cursor = first_month
    while cursor <= today:
        stats.completed_per_month[f"{cursor:%Y-%m}"] = {
            CaseStatus.REPATRIATED: 0,
            CaseStatus.RETURNED: 0,
        }
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    for y, m, to_status, count in completed:
        stats.completed_per_month[f"{int(y):04d}-{int(m):02d}"][CaseStatus(to_status)] = count
    parcel_counts = select(Parcel.status, func.count()).group_by(col(Parcel.status))
    for parcel_status, count in session.exec(parcel_counts).all():
        stats.parcels_by_status[ParcelStatus(parcel_status)] = count
    return stats
