"""Stalled-cases report data: every stalled case, grouped by why it is stuck.

A case is stalled when it is not final and is blocked, or has had no status change for
longer than the office's threshold for its status (``services/cases/stalled.py``, the same SQL
condition as the review queue). Blocked cases are grouped by their blocked reason and count
their days stalled from the day they were blocked; the others form a group "No change for
more than N days" per threshold and count days in their status. Groups and rows put the longest wait first.
Each row also carries the case's last supervisor review: when, what was decided, and when
the next review is due (blank when never reviewed).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision, StatusEventKind
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseReview, Person, StatusEvent
from ombuds_desk.domain.status_rules import StalledRule, as_rule
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.cases.person_query import CASE_LINE_COLUMNS
from ombuds_desk.services.cases.reviews import local_day
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.printing.common import Office, joined, office_info
from ombuds_desk.services.printing.languages import counted
from ombuds_desk.services.printing.latin import latin_form, latin_name


@dataclass(frozen=True)
class StalledRow:
    person_id: int
    case_number: str
    name: str
    latin_name: str
    category: str
    status: str
    status_since: date
    stalled_since: date  # the day it was blocked, or the day of its last status change
    days_stalled: int
    assigned_to: str
    last_review_on: date | None = None
    decision: str = ""  # the last review's decision, e.g. "Keep waiting"
    next_review_on: date | None = None


@dataclass(frozen=True)
class LastReview:
    on: date
    decision: str
    next_review_on: date | None


def last_reviews(session: Session) -> dict[int, LastReview]:
    """Each reviewed case's latest review, by person id (one query over the reviews)."""
    latest = (
        select(func.max(CaseReview.id).label("id")).group_by(col(CaseReview.person_id)).subquery()
    )
    rows = session.connection().execute(
        sa.select(
            col(CaseReview.person_id),
            col(CaseReview.decision),
            col(CaseReview.reviewed_at),
            col(CaseReview.next_review_on),
        ).join(latest, latest.c.id == col(CaseReview.id))
    )
    return {
        person_id: LastReview(local_day(at), ReviewDecision(decision).label, next_on)
        for person_id, decision, at, next_on in rows
    }


@dataclass(frozen=True)
class StalledGroup:
    reason: str
    blocked: bool  # False for the "no change for more than N days" group
    rows: tuple[StalledRow, ...]

    @property
    def total(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class StalledReportData:
    office: Office
    today: date
    threshold_days: StalledRule
    groups: tuple[StalledGroup, ...]

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)


def _longest_first(row: StalledRow) -> tuple[int, str]:
    return (-row.days_stalled, row.case_number)


def _review_fields(review: LastReview | None) -> dict[str, Any]:
    if review is None:
        return {}
    return {
        "last_review_on": review.on,
        "decision": review.decision,
        "next_review_on": review.next_review_on,
    }


def no_change_reason(threshold_days: int) -> str:
    return counted(threshold_days).translate(
        "StalledReport", "No change for more than %n days", None, 0
    )


def stalled_report_data(
    session: Session, *, today: date, threshold_days: StalledRule | int | None = None
) -> StalledReportData:
    """Every stalled case today, grouped by reason (office thresholds unless given)."""
    threshold = as_rule(stalled_after_days(session) if threshold_days is None else threshold_days)
    blocked_on = (
        select(func.max(StatusEvent.effective_on))
        .where(
            col(StatusEvent.person_id) == col(Person.id),
            col(StatusEvent.kind) == StatusEventKind.BLOCKED.value,
        )
        .scalar_subquery()
    )
    columns = (*CASE_LINE_COLUMNS, col(User.full_name), blocked_on)
    # Columns, not entities: 51,717 rows as tuples take a fraction of a second.
    rows = session.connection().execute(
        sa.select(*columns)
        .select_from(Person)
        .join(User, col(User.id) == Person.assigned_to_id, isouter=True)
        .where(stalled_condition(today, threshold))
    )
    reviews = last_reviews(session)
    form = latin_form(session)
    grouped: dict[tuple[bool, str], list[StalledRow]] = defaultdict(list)
    for row in rows:
        (
            person_id,
            case_number,
            family,
            given,
            patronymic,
            family_latin,
            given_latin,
            patronymic_latin,
            category,
            status,
            status_since,
            blocked,
            blocked_reason,
            assigned,
            since_blocked,
        ) = row
        blocked = bool(blocked)
        since = (since_blocked or status_since) if blocked else status_since
        reason = (
            # A standard reason is stored in English: read in the document's language.
            (
                reason_words(blocked_reason)
                or translate("StalledReport", "Blocked (no reason given)")
            )
            if blocked
            else no_change_reason(threshold.days(category, status))
        )
        grouped[(blocked, reason)].append(
            StalledRow(
                person_id=person_id,
                case_number=case_number,
                name=joined(family, given, patronymic),
                latin_name=latin_name(
                    (family, given, patronymic), (family_latin, given_latin, patronymic_latin), form
                ),
                category=category.label,
                status=status.label,
                status_since=status_since,
                stalled_since=since,
                days_stalled=(today - since).days,
                assigned_to=assigned or "—",
                **_review_fields(reviews.get(person_id)),
            )
        )
    groups = [
        StalledGroup(reason, blocked, tuple(sorted(members, key=_longest_first)))
        for (blocked, reason), members in grouped.items()
    ]
    # Blocked reasons first (the biggest group first), the plain waiting group last.
    groups.sort(key=lambda g: (not g.blocked, -g.total, g.reason))
    return StalledReportData(office_info(session), today, threshold, tuple(groups))
