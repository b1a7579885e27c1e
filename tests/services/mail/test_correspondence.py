"""Logging and screening correspondence items, and their history."""

from datetime import date, timedelta
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, Relationship
from ombuds_desk.domain.errors import EditConflictError, TransitionError, ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence
from ombuds_desk.services.mail.mail_events import case_mail_history, item_history
from ombuds_desk.store.database import Database
from tests.services.helpers import register
from tests.services.mail_helpers import family, log, snapshot


def test_log_with_a_contact_as_author_copies_name_and_relationship(
    db: Database, caseworker: User, today: date
) -> None:
    person, wife = family(db, caseworker, today)
    assert person.id is not None
    item = log(
        db,
        caseworker,
        person.id,
        today,
        author_contact_id=wife.id,
        author_name="ignored",
        received_on=today - timedelta(days=2),
        language="українська",
        pages="3",
        description="Лист від дружини, з фото доньки",
    )
    assert item.id is not None
    assert item.author_contact_id == wife.id
    assert item.author_name == "Ковальчук Олена Ігорівна"
    assert item.author_relationship is Relationship.WIFE
    assert (item.kind, item.direction, item.status) == (
        ItemKind.LETTER,
        Direction.TO_PERSON,
        ItemStatus.LOGGED,
    )
    assert item.received_on == today - timedelta(days=2) and item.pages == 3
    assert item.logged_by_id == caseworker.id
    with db.reading() as session:
        history = item_history(session, item.id)
    assert [(h.from_status, h.to_status, h.recorded_by) for h in history] == [
        (None, "logged", "Олег Бондар")
    ]


def test_log_with_a_typed_author(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    item = log(
        db,
        caseworker,
        person.id,
        today,
        kind="Drawing",
        author_name="  Мар'яна   Гнатюк ",
        author_relationship="daughter",
        received_on="24.11.2026",
    )
    assert item.author_contact_id is None
    assert item.author_name == "Марʼяна Гнатюк"  # the Ukrainian apostrophe
    assert item.author_relationship is Relationship.DAUGHTER
    assert item.kind is ItemKind.DRAWING and item.received_on == date(2026, 11, 24)


def test_received_date_defaults_to_today_and_items_from_the_person_need_no_author(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    item = log(
        db, caseworker, person.id, today, direction="from_person", author_name=None, kind="postcard"
    )
    assert item.received_on == today and item.author_name is None


@pytest.mark.parametrize(
    ("raw", "field", "problem"),
    [
        ({"kind": ""}, "kind", "is required"),
        ({"kind": "parcel"}, "kind", "choose one of"),
        ({"direction": None}, "direction", "is required"),
        ({"author_name": ""}, "author_name", "pick one of the person's contacts"),
        ({"author_relationship": "cousin"}, "author_relationship", "choose a relationship"),
        ({"received_on": "2026-11-27"}, "received_on", "is in the future"),
        ({"received_on": "11.2026"}, "received_on", "full date"),
        ({"received_on": "вчора"}, "received_on", "use YYYY"),
        ({"pages": 0}, "pages", "from 1 to"),
        ({"pages": "два"}, "pages", "whole number"),
        ({"language": "x" * 41}, "language", "too long"),
    ],
)
def test_bad_input_names_the_field(
    db: Database, caseworker: User, today: date, raw: dict[str, Any], field: str, problem: str
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    before = snapshot(db)
    with pytest.raises(ValidationError) as raised:
        log(db, caseworker, person.id, today, **raw)
    assert problem in raised.value.fields[field]
    assert snapshot(db) == before


def test_another_persons_contact_cannot_be_the_author(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    _, stranger = family(db, caseworker, today, family_name="Шевчук", given_name="Євген")
    assert stranger.id is not None
    with pytest.raises(ValidationError) as raised:
        log(db, caseworker, person.id, today, author_contact_id=stranger.id)
    assert "author_contact_id" in raised.value.fields


def _screen(db: Database, actor: User, item_id: int, today: date, **kw: Any) -> CorrespondenceItem:
    with unit_of_work(db, actor) as session:
        return correspondence.screen_item(session, actor, item_id, today=today, **kw)


def test_screening_passes_or_withholds_with_a_reason(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    first, second = (log(db, caseworker, person.id, today) for _ in range(2))
    assert first.id is not None
    assert second.id is not None
    passed = _screen(db, caseworker, first.id, today, passed=True)
    assert passed.status is ItemStatus.SCREENED and passed.status_on == today
    assert passed.version == 2
    before = snapshot(db)
    with pytest.raises(ValidationError) as raised:
        _screen(db, caseworker, second.id, today, passed=False, reason="  ")
    assert raised.value.fields == {"reason": "is required"}
    assert snapshot(db) == before
    withheld = _screen(
        db, caseworker, second.id, today, passed=False, reason="Містить назву місця утримання"
    )
    assert withheld.status is ItemStatus.WITHHELD
    assert withheld.withheld_reason == "Містить назву місця утримання"
    with db.reading() as session:
        assert [h.to_status for h in item_history(session, second.id)] == ["withheld", "logged"]
        assert len(case_mail_history(session, person.id)) == 4


def test_screening_twice_or_a_withheld_item_is_refused_and_changes_nothing(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    item = log(db, caseworker, person.id, today)
    assert item.id is not None
    _screen(db, caseworker, item.id, today, passed=False, reason="Погрози")
    other = log(db, caseworker, person.id, today)
    assert other.id is not None
    _screen(db, caseworker, other.id, today, passed=True)
    fresh = log(db, caseworker, person.id, today)
    assert fresh.id is not None
    before = snapshot(db)
    with pytest.raises(TransitionError, match="a withheld item cannot change any more"):
        _screen(db, caseworker, item.id, today, passed=True)
    with pytest.raises(TransitionError, match="the item is already “Screened”"):
        _screen(db, caseworker, other.id, today, passed=True)
    with pytest.raises(EditConflictError):
        _screen(db, caseworker, fresh.id, today, passed=True, expected_version=7)
    assert snapshot(db) == before


def test_list_update_and_remove(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    assert person.id is not None
    old = log(db, caseworker, person.id, today, received_on=today - timedelta(days=9))
    assert old.id is not None
    new = log(db, caseworker, person.id, today, direction="from_person", kind="photo")
    assert new.id is not None
    with db.reading() as session:
        assert [i.id for i in correspondence.list_items(session, person.id)] == [new.id, old.id]
        only = correspondence.list_items(session, person.id, direction=Direction.TO_PERSON)
        assert [i.id for i in only] == [old.id]
    with unit_of_work(db, caseworker) as session:
        edited = correspondence.update_item(
            session,
            caseworker,
            old.id,
            {"kind": "letter", "direction": "to_person", "author_name": "Ґалина Їжак", "pages": 2},
            expected_version=1,
            today=today,
        )
    assert edited.author_name == "Ґалина Їжак" and edited.version == 2
    with unit_of_work(db, caseworker) as session:
        correspondence.remove_item(session, caseworker, new.id, reason="Logged twice")
    with db.reading() as session:
        assert [i.id for i in correspondence.list_items(session, person.id)] == [old.id]
    _screen(db, caseworker, old.id, today, passed=False, reason="Not allowed")
    with pytest.raises(TransitionError, match="withheld; it stays on record"):
        with unit_of_work(db, caseworker) as session:
            correspondence.remove_item(session, caseworker, old.id, reason="Logged twice")


def test_items_of_an_evacuee_too(db: Database, caseworker: User, today: date) -> None:
    person = register(
        db, caseworker, today, category="evacuee", family_name="Пʼятак", given_name="Єва"
    )
    assert person.id is not None
    item = log(db, caseworker, person.id, today, author_name="Сестра Їра")
    assert item.person_id == person.id
