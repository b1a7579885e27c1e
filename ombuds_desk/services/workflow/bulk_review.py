"""The same review decision for many cases of the queue at once, in one unit of work.

Each case gets its own review through ``review_queue.review_case`` (the same checks, the same
audit trail), so a batch is exactly what reviewing the cases one by one would have left; a
case that cannot take the decision stops the batch with its case number, nothing saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseReview, Person
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.workflow.review_queue import review_case

# Decisions that need nothing of each case but the date and the note; reassigning many is
# the reassignment's own dialog.
BULK_DECISIONS = (ReviewDecision.KEEP_WAITING, ReviewDecision.CLOSE)


def review_cases(
    session: Session,
    actor: User,
    person_ids: Sequence[int],
    decision: ReviewDecision,
    *,
    today: date,
    note: str | None = None,
    next_review_on: date | None = None,
) -> list[CaseReview]:
    """Record ``decision`` on every case of ``person_ids`` (each once, in the order given)."""
    require(actor, Action.REVIEW_CASES)
    if decision not in BULK_DECISIONS:
        choices = translate("ReviewQueue", " or ").join(f"“{d.label}”" for d in BULK_DECISIONS)
        raise ValidationError(
            translate(
                "ReviewQueue",
                "Many cases at once can only be {choices}; review the others one by one.",
            ).format(choices=choices)
        )
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValidationError(translate("ReviewQueue", "Choose the cases to review first."))
    reviews: list[CaseReview] = []
    for person_id in ids:
        try:
            reviews.append(
                review_case(
                    session,
                    actor,
                    person_id,
                    decision,
                    today=today,
                    note=note,
                    next_review_on=next_review_on,
                )
            )
        except ValidationError as exc:
            if not exc.fields:
                raise
            person = session.get(Person, person_id)
            number = person.case_number if person is not None else f"#{person_id}"
            raise ValidationError(f"{number}: {exc}", exc.fields) from exc
    return reviews
