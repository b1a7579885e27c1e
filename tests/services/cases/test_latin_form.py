"""The Latin form of a Ukrainian name follows the office's LATIN_FORM, and search finds a
person by both standards' spellings whichever is set."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.case_view import case_details
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids, person_rows
from ombuds_desk.services.cases.persons import get_person, update_person
from ombuds_desk.services.core.office_settings import LATIN_FORM, store_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register

BOTH_SPELLINGS = ["Melnyk Yaroslav", "Melnik Iaroslav", "Yaroslav Melnyk", "Iaroslav", "Melnyk"]


def _set_form(db: Database, admin: User, form: str) -> None:
    with unit_of_work(db, admin) as session:
        store_setting(session, LATIN_FORM, form)


def _found(db: Database, today: date, text: str) -> list[int]:
    with db.reading() as session:
        return person_ids(session, PersonFilter(text=text), today=today, threshold_days=30)


def _shown(db: Database, today: date, person_id: int) -> tuple[str, str]:
    """The Latin name as the person list and the case view show it."""
    with db.reading() as session:
        row = person_rows(session, [person_id], today=today, threshold_days=30)[person_id]
        details = case_details(session, person_id, today=today, threshold_days=30)
    return row.latin_name, details.latin_name


@pytest.mark.parametrize(
    ("form", "family", "given"),
    [("kmu2010", "Melnyk", "Yaroslav"), ("icao9303", "Melnik", "Iaroslav")],
)
def test_the_latin_form_is_made_after_the_office_setting_and_both_spellings_find_it(
    db: Database, admin: User, today: date, form: str, family: str, given: str
) -> None:
    _set_form(db, admin, form)
    person_id = id_of(register(db, admin, today, family_name="Мельник", given_name="Ярослав"))
    with db.reading() as session:
        person = get_person(session, person_id)
        assert (person.family_name_latin, person.given_name_latin) == (family, given)
    assert _shown(db, today, person_id) == (f"{family} {given}", f"{family} {given}")
    for text in BOTH_SPELLINGS:
        assert _found(db, today, text) == [person_id], text


def test_switching_the_setting_shows_made_forms_the_new_way_and_typed_ones_as_typed(
    db: Database, admin: User, today: date
) -> None:
    made = id_of(register(db, admin, today, family_name="Мельник", given_name="Ярослав"))
    typed = id_of(
        register(
            db,
            admin,
            today,
            family_name="Згурський",
            given_name="Юрій",
            family_name_latin="Zgursky",  # as in his passport: kept whatever the standard
        )
    )
    assert _shown(db, today, made)[0] == "Melnik Iaroslav"
    _set_form(db, admin, "kmu2010")
    assert _shown(db, today, made) == ("Melnyk Yaroslav", "Melnyk Yaroslav")
    assert _shown(db, today, typed) == ("Zgursky Yurii", "Zgursky Yurii")
    for text in ("Zghurskyi", "Zgurskii", "Zgursky", "Yurii", "Iurii"):
        assert typed in _found(db, today, text), text
    # Saving the record again keeps the typed form and writes the made one the new way.
    with unit_of_work(db, admin) as session:
        person = get_person(session, typed)
        raw = {"family_name": "Згурський", "given_name": "Юрій", "family_name_latin": "Zgursky"}
        update_person(session, admin, typed, raw, expected_version=person.version, today=today)
    with db.reading() as session:
        person = get_person(session, typed)
        assert (person.family_name_latin, person.given_name_latin) == ("Zgursky", "Yurii")


def test_a_russian_name_keeps_icao_under_kmu(db: Database, admin: User, today: date) -> None:
    _set_form(db, admin, "kmu2010")
    person_id = id_of(register(db, admin, today, family_name="Фёдоров", given_name="Сергей"))
    with db.reading() as session:
        assert get_person(session, person_id).family_name_latin == "Fedorov"
    assert _found(db, today, "Fyodorov") == [person_id]
