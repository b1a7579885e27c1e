"""Free-text notes on a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseNote
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.permissions import Action, require


@dataclass(frozen=True)
class NoteRow:
    id: int
    text: str
    author: str
    created_at: datetime


def add_note(session: Session, actor: User, person_id: int, text: str) -> CaseNote:
    require(actor, Action.ADD_NOTE)
    body = (text or "").strip()
    if not body:
        raise ValidationError("", {"text": translate("Problems", "a note cannot be empty")})
    get_person(session, person_id)
    note = CaseNote(person_id=person_id, text=body, author_id=actor.id)
    session.add(note)
    session.flush()
    return note


def list_notes(session: Session, person_id: int, limit: int | None = None) -> list[NoteRow]:
    query = (
        select(CaseNote, User.full_name)
        .join(User, col(User.id) == CaseNote.author_id, isouter=True)
        .where(CaseNote.person_id == person_id)
        .order_by(col(CaseNote.created_at).desc(), col(CaseNote.id).desc())
    )
    if limit:
        query = query.limit(limit)
    return [
        NoteRow(id=n.id or 0, text=n.text, author=name or "—", created_at=n.created_at)
        for n, name in session.exec(query).all()
    ]
