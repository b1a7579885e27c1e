"""The office's list of reasons a case can be blocked for; supervisors extend it and mark
which may be printed for the counterpart (shareable) and which stay internal.

A reason is internal until the office marks it shareable, the standard ones included; a
reason typed for one case that is not on the list is free text and always internal.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, in_every_language, translate
from ombuds_desk.domain.people import BlockReason
from ombuds_desk.domain.person_rules import clean_text
from ombuds_desk.services.core.permissions import Action, require

# Stored and exported in English (a case's blocked_reason, the office's marks); shown in the
# reader's language by :func:`reason_words`.
STANDARD_REASONS = (
    QT_TRANSLATE_NOOP("BlockReasons", "Home country does not accept return"),
    QT_TRANSLATE_NOOP("BlockReasons", "Identity not confirmed by holding party"),
    QT_TRANSLATE_NOOP("BlockReasons", "No contact with family"),
    QT_TRANSLATE_NOOP("BlockReasons", "Whereabouts unknown"),
    QT_TRANSLATE_NOOP("BlockReasons", "Awaiting documents"),
)


def reason_words(reason: str | None) -> str:
    """A recorded reason as the reader reads it: a standard one translated, the office's own
    (typed in the office's language) as it is."""
    if not reason:
        return ""
    return translate("BlockReasons", reason) if reason in STANDARD_REASONS else reason


def standard_reason(text: str) -> str | None:
    """The standard reason ``text`` is, typed in any language (case and spacing aside)."""
    key = " ".join(text.split()).casefold()
    for reason in STANDARD_REASONS:
        if key in {w.casefold() for w in in_every_language("BlockReasons", reason)}:
            return reason
    return None


@dataclass(frozen=True)
class ReasonRow:
    """One reason on the office's list, as the list of reasons shows it."""

    text: str
    shareable: bool
    standard: bool


def block_reasons(session: Session) -> list[str]:
    """The standard reasons followed by the office's own, without repeats."""
    own = session.exec(
        select(BlockReason.text).where(col(BlockReason.active).is_(True)).order_by(BlockReason.text)
    ).all()
    return list(dict.fromkeys([*STANDARD_REASONS, *own]))


def _marks(session: Session) -> dict[str, bool]:
    """The office's shareable marks by reason text (casefolded)."""
    rows = session.exec(select(BlockReason.text, BlockReason.shareable)).all()
    return {text.casefold(): bool(shareable) for text, shareable in rows}


def reason_rows(session: Session) -> list[ReasonRow]:
    """Every listed reason with whether it may be printed for the counterpart."""
    marks = _marks(session)
    standard = {r.casefold() for r in STANDARD_REASONS}
    return [
        ReasonRow(text, marks.get(text.casefold(), False), text.casefold() in standard)
        for text in block_reasons(session)
    ]


def shareable_reasons(session: Session) -> frozenset[str]:
    """The listed reasons the office marked shareable, casefolded (see :func:`is_shareable`)."""
    return frozenset(r.text.casefold() for r in reason_rows(session) if r.shareable)


def is_shareable(reason: str | None, shareable: frozenset[str]) -> bool:
    """Whether ``reason`` (as recorded on a case) is one of the ``shareable`` reasons."""
    return bool(reason) and (clean_text(reason) or "").casefold() in shareable


def add_block_reason(session: Session, actor: User, text: str, *, shareable: bool = False) -> str:
    require(actor, Action.ADD_BLOCK_REASON)
    reason = clean_text(text)
    if not reason:
        raise ValidationError("", {"text": translate("Problems", "is required")})
    if reason.lower() in (r.lower() for r in block_reasons(session)):
        raise ValidationError(
            "",
            {
                "text": translate("Problems", "“{reason}” is already on the list").format(
                    reason=reason
                )
            },
        )
    session.add(BlockReason(text=reason, shareable=shareable))
    session.flush()
    return reason


def mark_block_reason(session: Session, actor: User, text: str, *, shareable: bool) -> str:
    """Mark a listed reason shareable with the counterpart, or internal; returns its text."""
    require(actor, Action.ADD_BLOCK_REASON)
    wanted = (clean_text(text) or "").casefold()
    listed = next((r for r in block_reasons(session) if r.casefold() == wanted), None)
    if listed is None:
        raise ValidationError(
            "",
            {
                "text": translate(
                    "Problems", "“{reason}” is not on the office's list of reasons; add it first"
                ).format(reason=text)
            },
        )
    row = session.exec(select(BlockReason).where(BlockReason.text == listed)).first()
    if row is None:  # a standard reason the office had not marked yet
        row = BlockReason(text=listed)
    row.shareable = shareable
    session.add(row)
    session.flush()
    return listed


def canonical_reason(session: Session, text: str) -> str:
    """The listed spelling of a reason typed in another case or spacing, else the text as
    typed (cleaned): "no contact with family" is counted with "No contact with family"."""
    reason = clean_text(text) or ""
    standard = standard_reason(reason)
    if standard is not None:  # chosen in Ukrainian or Russian: recorded as the standard one
        return standard
    for listed in block_reasons(session):
        if listed.casefold() == reason.casefold():
            return listed
    return reason
