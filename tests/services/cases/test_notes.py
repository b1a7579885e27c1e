"""Free-text notes on a case: trimmed, never empty, listed newest first with their author."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from ombuds_desk.domain.people import CaseNote
from ombuds_desk.services.cases.notes import add_note, list_notes
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register


def _add(db: Database, actor: User, person_id: int, text: str) -> CaseNote:
    with unit_of_work(db, actor) as session:
        return add_note(session, actor, person_id, text)


def test_a_note_is_kept_trimmed_with_its_author(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today)
    note = _add(db, caseworker, id_of(person), "  Дружина просить\nпередати ліки.  \n")
    assert note.text == "Дружина просить\nпередати ліки."
    assert (note.person_id, note.author_id, note.version) == (person.id, caseworker.id, 1)
    with db.reading() as session:
        (row,) = list_notes(session, id_of(person))
    assert (row.id, row.text, row.author) == (note.id, note.text, "Олег Бондар")
    assert row.created_at == note.created_at


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_an_empty_note_is_refused(db: Database, caseworker: User, today: date, text: str) -> None:
    person = register(db, caseworker, today)
    with pytest.raises(ValidationError) as raised:
        _add(db, caseworker, id_of(person), text)
    assert raised.value.fields == {"text": "a note cannot be empty"}
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(CaseNote)).one() == 0


def test_a_note_on_a_case_that_is_gone_is_refused(db: Database, caseworker: User) -> None:
    with pytest.raises(NotFoundError, match="No case with id 404"):
        _add(db, caseworker, 404, "Нотатка")


def test_notes_are_listed_newest_first_per_case_and_can_be_limited(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    first = register(db, caseworker, today, family_name="Ґонта")
    other = register(db, caseworker, today, family_name="Їжак")
    _add(db, caseworker, id_of(first), "Перша")
    _add(db, supervisor, id_of(other), "Чужа")
    _add(db, supervisor, id_of(first), "Друга")
    _add(db, caseworker, id_of(first), "Третя")
    with db.reading() as session:
        everything = list_notes(session, id_of(first))
        latest = list_notes(session, id_of(first), limit=2)
    assert [(n.text, n.author) for n in everything] == [
        ("Третя", "Олег Бондар"),
        ("Друга", "Світлана Мельник"),
        ("Перша", "Олег Бондар"),
    ]
    assert [n.text for n in latest] == ["Третя", "Друга"]


def test_a_note_without_an_author_shows_a_dash(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today)
    system = User(username="system", full_name="Ombuds Desk (maintenance)")  # never saved
    with pytest.raises(PermissionDeniedError, match="Sign in first to write a note"):
        _add(db, system, id_of(person), "Записи обʼєднано.")
    # A note from before sign-in existed (or the demo builder's) may have no author.
    with unit_of_work(db, system) as session:
        session.add(CaseNote(person_id=id_of(person), text="Записи обʼєднано.", author_id=None))
    with db.reading() as session:
        (row,) = list_notes(session, id_of(person))
    assert (row.text, row.author) == ("Записи обʼєднано.", "—")
