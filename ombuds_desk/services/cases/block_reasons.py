"""The office's list of reasons a case can be blocked for; supervisors extend it."""

from __future__ import annotations

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import BlockReason
from ombuds_desk.domain.person_rules import clean_text
from ombuds_desk.services.core.permissions import Action, require

STANDARD_REASONS = (
    "Home country does not accept return",
    "Identity not confirmed by holding party",
    "No contact with family",
    "Whereabouts unknown",
    "Awaiting documents",
)


def block_reasons(session: Session) -> list[str]:
    """The standard reasons followed by the office's own, without repeats."""
    own = session.exec(
        select(BlockReason.text).where(col(BlockReason.active).is_(True)).order_by(BlockReason.text)
    ).all()
    return list(dict.fromkeys([*STANDARD_REASONS, *own]))


def add_block_reason(session: Session, actor: User, text: str) -> str:
    require(actor, Action.ADD_BLOCK_REASON)
    reason = clean_text(text)
    if not reason:
        raise ValidationError("", {"text": "is required"})
    if reason.lower() in (r.lower() for r in block_reasons(session)):
        raise ValidationError("", {"text": f"“{reason}” is already on the list"})
    session.add(BlockReason(text=reason))
    session.flush()
    return reason


def canonical_reason(session: Session, text: str) -> str:
    """The listed spelling of a reason typed in another case or spacing, else the text as
    typed (cleaned): "no contact with family" is counted with "No contact with family"."""
    reason = clean_text(text) or ""
    for listed in block_reasons(session):
        if listed.casefold() == reason.casefold():
            return listed
    return reason
