"""A case's reviews as the caseworker reads them: on the case view's header while the latest
is current, on the internal case sheet, and in words wherever they are shown.

``Escalated to Світлана Мельник by Наталія Руденко on 28.11.2026: “ask the ICRC delegate” —
next review 05.12.2026``. Reading only; ``review_queue.review_case`` records a review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.people import CaseReview

DAY = "%d.%m.%Y"
# The decision, as the sentence begins; "{to}" is the review's recipient.
OPENINGS = {
    ReviewDecision.KEEP_WAITING: QT_TRANSLATE_NOOP("Reviews", "Kept waiting"),
    ReviewDecision.ESCALATE: QT_TRANSLATE_NOOP("Reviews", "Escalated to {to}"),
    ReviewDecision.REASSIGN: QT_TRANSLATE_NOOP("Reviews", "Reassigned to {to}"),
    ReviewDecision.CLOSE: QT_TRANSLATE_NOOP("Reviews", "Closed on review"),
}


def local_day(moment: datetime) -> date:
    """The office's day of a moment stored in UTC."""
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def review_sentence(
    decision: ReviewDecision,
    *,
    reviewer: str,
    recipient: str | None,
    on: date,
    note: str | None,
    next_review_on: date | None,
) -> str:
    """One review in words (see the module's docstring)."""
    opening = translate("Reviews", OPENINGS[decision]).format(to=recipient or "—")
    words = translate("Reviews", "{opening} by {reviewer} on {day}").format(
        opening=opening, reviewer=reviewer or "—", day=on.strftime(DAY)
    )
    if note:
        words += f": “{note}”"
    if next_review_on is not None:
        words += translate("Reviews", " — next review {day}").format(
            day=next_review_on.strftime(DAY)
        )
    return words


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    person_id: int
    decision: ReviewDecision
    note: str | None
    next_review_on: date | None
    reviewed_on: date
    reviewer: str
    recipient: str | None
    recipient_id: int | None

    @property
    def words(self) -> str:
        return review_sentence(
            self.decision,
            reviewer=self.reviewer,
            recipient=self.recipient,
            on=self.reviewed_on,
            note=self.note,
            next_review_on=self.next_review_on,
        )

    def is_current(self, today: date) -> bool:
        """Still in force: its next review is today or later (a closing review has none)."""
        return self.next_review_on is not None and self.next_review_on >= today


def check_recipient(session: Session, actor: User, user_id: int | None) -> User:
    """The active colleague an escalation goes to; a ValidationError on ``escalate_to``
    otherwise (nobody chosen, unknown, gone, or the reviewer themselves)."""
    field = "escalate_to"
    if user_id is None:
        raise ValidationError(
            "", {field: translate("Problems", "choose the supervisor or colleague it goes to")}
        )
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError("", {field: translate("Problems", "no such member of staff")})
    if not user.active:
        raise ValidationError(
            "",
            {
                field: translate("Problems", "{name} no longer works here").format(
                    name=user.full_name
                )
            },
        )
    if user.id == actor.id:
        raise ValidationError(
            "", {field: translate("Problems", "escalate to someone else than yourself")}
        )
    return user


def case_reviews(session: Session, person_id: int) -> list[ReviewRecord]:
    """A case's reviews, newest first, with the reviewer's and the recipient's names."""
    reviewer, recipient = aliased(User), aliased(User)
    rows = session.exec(
        select(CaseReview, reviewer.full_name, recipient.full_name)
        .join(reviewer, col(reviewer.id) == CaseReview.reviewed_by_id, isouter=True)
        .join(recipient, col(recipient.id) == CaseReview.to_user_id, isouter=True)
        .where(CaseReview.person_id == person_id)
        .order_by(col(CaseReview.id).desc())
    ).all()
    return [
        ReviewRecord(
            id=review.id or 0,
            person_id=review.person_id,
            decision=review.decision,
            note=review.note,
            next_review_on=review.next_review_on,
            reviewed_on=local_day(review.reviewed_at),
            reviewer=by or "—",
            recipient=to,
            recipient_id=review.to_user_id,
        )
        for review, by, to in rows
    ]


def current_review(session: Session, person_id: int, *, today: date) -> ReviewRecord | None:
    """The case's latest review while it is in force (for the case view's header)."""
    reviews = case_reviews(session, person_id)
    if reviews and reviews[0].is_current(today):
        return reviews[0]
    return None
