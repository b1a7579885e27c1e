"""The lines of My work about cases, each list one SQL query: escalated to them, reassigned to
them, next review due, captives with no news; and the query pieces every list uses (open
cases, whose cases, the person's columns and name).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseAssignment, CaseReview, Person, full_name
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.reviews import local_day
from ombuds_desk.services.core.office_settings import NO_NEWS_AFTER_DAYS, get_int_setting
from ombuds_desk.services.mail.news_clock import no_news_held
from ombuds_desk.services.work.work_lines import MyWorkPlurals, WorkKind, WorkLine, office_day

# A reassignment stays on the new caseworker's list this long.
REASSIGNED_RECENT_DAYS = 14


def open_case() -> ColumnElement[bool]:
    return col(Person.status).not_in([s.value for s in FINAL_STATUSES])


def owned(column: Any, owners: Sequence[int] | None) -> list[ColumnElement[bool]]:
    return [] if owners is None else [column.in_(list(owners))]


def latest_review() -> Any:
    """Each case's latest review (its id), as a subquery."""
    return (
        sa.select(col(CaseReview.person_id).label("person_id"), func.max(CaseReview.id).label("id"))
        .group_by(col(CaseReview.person_id))
        .subquery("latest_review")
    )


def person_name(row: Any) -> str:
    return full_name(row.family_name, row.given_name, row.patronymic)


def person_columns() -> tuple[Any, ...]:
    return (
        col(Person.id).label("person_id"),
        col(Person.case_number),
        col(Person.family_name),
        col(Person.given_name),
        col(Person.patronymic),
    )


def escalated(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    latest = latest_review()
    reviewer = aliased(User)
    query = (
        sa.select(
            col(CaseReview.to_user_id),
            *person_columns(),
            col(CaseReview.note),
            col(CaseReview.next_review_on),
            col(CaseReview.reviewed_at),
            col(reviewer.full_name).label("reviewer"),
        )
        .select_from(CaseReview)
        .join(latest, latest.c.id == CaseReview.id)
        .join(Person, col(Person.id) == CaseReview.person_id)
        .join(reviewer, col(reviewer.id) == CaseReview.reviewed_by_id, isouter=True)
        .where(
            col(CaseReview.decision) == ReviewDecision.ESCALATE.value,
            col(CaseReview.next_review_on) > today,
            open_case(),
            *owned(col(CaseReview.to_user_id), owners),
        )
        .order_by(col(CaseReview.reviewed_at))
    )
    return [
        WorkLine(
            WorkKind.ESCALATED,
            row.to_user_id,
            row.person_id,
            row.case_number,
            person_name(row),
            _escalation(row, them=False),
            local_day(row.reviewed_at),
            of_others=_escalation(row, them=True),
        )
        for row in session.connection().execute(query)
    ]


def _quoted(words: str) -> str:
    """': “words”' in the reader's quotation marks (« » in Russian and Ukrainian)."""
    return translate("MyWork", ": “{words}”").format(words=words)


def _escalation(row: Any, them: bool) -> str:
    """ "Escalated to you by … on …: “note” — next review …" (or "to them")."""
    opening = (
        translate("MyWork", "Escalated to them by {reviewer} on {date}")
        if them
        else translate("MyWork", "Escalated to you by {reviewer} on {date}")
    )
    words = opening.format(
        reviewer=row.reviewer or "—", date=office_day(local_day(row.reviewed_at))
    )
    if row.note:
        words += _quoted(row.note)
    if row.next_review_on is not None:
        words += translate("MyWork", " — next review {date}").format(
            date=office_day(row.next_review_on)
        )
    return words


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def reassigned(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    latest = (
        sa.select(func.max(CaseAssignment.id).label("id"))
        .group_by(col(CaseAssignment.person_id))
        .subquery("latest_assignment")
    )
    by, before = aliased(User), aliased(User)
    since = _utc_start(today - timedelta(days=REASSIGNED_RECENT_DAYS))
    query = (
        sa.select(
            col(CaseAssignment.to_user_id),
            *person_columns(),
            col(CaseAssignment.reason),
            col(CaseAssignment.assigned_at),
            col(by.full_name).label("by"),
            col(before.full_name).label("before"),
        )
        .select_from(CaseAssignment)
        .join(latest, latest.c.id == CaseAssignment.id)
        .join(Person, col(Person.id) == CaseAssignment.person_id)
        .join(by, col(by.id) == CaseAssignment.assigned_by_id, isouter=True)
        .join(before, col(before.id) == CaseAssignment.from_user_id, isouter=True)
        .where(
            col(CaseAssignment.to_user_id) == col(Person.assigned_to_id),
            col(CaseAssignment.assigned_at) >= since,
            open_case(),
            *owned(col(CaseAssignment.to_user_id), owners),
        )
        .order_by(col(CaseAssignment.assigned_at))
    )
    lines = []
    for row in session.connection().execute(query):
        on = local_day(row.assigned_at)
        lines.append(
            WorkLine(
                WorkKind.REASSIGNED, row.to_user_id, row.person_id, row.case_number,
                person_name(row), _reassignment(row, on, them=False), on,
                of_others=_reassignment(row, on, them=True),
            )
        )  # fmt: skip
    return lines


def _reassignment(row: Any, on: date, them: bool) -> str:
    """ "Reassigned to you by … on … (was …'s): “reason”" (or "to them")."""
    opening = (
        translate("MyWork", "Reassigned to them by {by} on {date}")
        if them
        else translate("MyWork", "Reassigned to you by {by} on {date}")
    )
    what = opening.format(by=row.by or "—", date=office_day(on))
    if row.before:
        what += translate("MyWork", " (was {name}'s)").format(name=row.before)
    return what + _quoted(row.reason)


def review_due(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    latest = latest_review()
    query = (
        sa.select(
            col(Person.assigned_to_id),
            *person_columns(),
            col(CaseReview.decision),
            col(CaseReview.next_review_on),
        )
        .select_from(CaseReview)
        .join(latest, latest.c.id == CaseReview.id)
        .join(Person, col(Person.id) == CaseReview.person_id)
        .where(
            col(CaseReview.next_review_on) <= today,
            open_case(),
            *owned(col(Person.assigned_to_id), owners),
        )
        .order_by(col(CaseReview.next_review_on), col(Person.case_number))
    )
    lines = []
    for row in session.connection().execute(query):
        due: date = row.next_review_on
        late = (today - due).days
        decision = ReviewDecision(row.decision).label.lower()
        what = (
            translate("MyWork", "Review due today; last decision: {decision}")
            if late == 0
            else MyWorkPlurals.tr(
                "Review due since {date} (%n days); last decision: {decision}", "", late
            )
        ).format(date=office_day(due), decision=decision)
        lines.append(
            WorkLine(
                WorkKind.REVIEW_DUE, row.assigned_to_id, row.person_id, row.case_number,
                person_name(row), what, due,
            )
        )  # fmt: skip
    return lines


def no_news(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    threshold = get_int_setting(session, NO_NEWS_AFTER_DAYS)
    silent = no_news_held(session, today=today, threshold_days=threshold, holders=owners)
    # Tens of thousands of lines for a team: the words of each kind of line are looked up
    # once (a translation per line held the interpreter lock for seconds in all).
    heard_on = translate("MyWork", "last news {date}")
    never = translate("MyWork", "no news since registration")
    said: dict[int, str] = {}
    lines = []
    for holder, row in silent:
        what = said.get(row.days)
        if what is None:
            what = said[row.days] = MyWorkPlurals.tr("No news for %n days ({heard})", "", row.days)
        heard = heard_on.format(date=office_day(row.last_news)) if row.last_news else never
        lines.append(
            WorkLine(
                WorkKind.NO_NEWS, holder, row.person_id, row.case_number, row.name,
                what.format(heard=heard), today - timedelta(days=row.days),
            )
        )  # fmt: skip
    return lines
