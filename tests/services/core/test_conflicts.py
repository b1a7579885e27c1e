"""An edit conflict says, from the audit trail, who saved the record since the form was opened,
when, and each field they changed (its value then and now, in words); nothing of the stale
save is kept; and where the trail cannot say, it names nobody rather than the wrong person."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, make_url, text

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.errors import ChangedField, EditConflictError, SavedSince
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.cases.case_view import person_form
from ombuds_desk.services.cases.persons import assign_person, update_person
from ombuds_desk.services.core import users
from ombuds_desk.services.core.audit_words import local_moment
from ombuds_desk.services.core.conflicts import conflict_message
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels
from ombuds_desk.store.database import Database, open_database
from tests.conftest import PASSWORDS
from tests.services.helpers import everything, id_of, register
from tests.services.mail_helpers import family, screened

PG_URL = os.environ.get("OMBUDS_DESK_TEST_PG_URL")


def _edit(db: Database, actor: User, person_id: int, today: date, **fields: str) -> None:
    """Open the case's form, change ``fields``, save."""
    with db.reading() as session:
        form = person_form(session, person_id)
    with unit_of_work(db, actor) as session:
        update_person(
            session,
            actor,
            person_id,
            {**form.values, **fields},
            expected_version=form.version,
            today=today,
        )


def _stale_save(
    db: Database, actor: User, person_id: int, version: int, today: date, **fields: str
) -> EditConflictError:
    """Save ``fields`` on a form opened at ``version``; the conflict it meets."""
    with db.reading() as session:
        values = person_form(session, person_id).values
    with pytest.raises(EditConflictError) as raised, unit_of_work(db, actor) as session:
        update_person(
            session, actor, person_id, {**values, **fields}, expected_version=version, today=today
        )
    return raised.value


def test_a_stale_save_names_who_changed_which_field_and_saves_nothing(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", rank="солдат"))
    _edit(db, caseworker, person_id, today, rank="сержант", unit="3-тя бригада")
    before = everything(db)
    error = _stale_save(db, supervisor, person_id, 1, today, rank="майор")
    assert everything(db) == before  # the trail read for the message left nothing behind

    [save] = error.saves
    assert save.by == "Олег Бондар" and save.fields == ("Rank", "Unit")
    assert abs(save.at - datetime.now(UTC)) < timedelta(minutes=1)
    assert save.when == local_moment(save.at)
    assert error.changes == (
        ChangedField("rank", "Rank", "солдат", "сержант", "Олег Бондар", save.when),
        ChangedField("unit", "Unit", "—", "3-тя бригада", "Олег Бондар", save.when),
    )
    assert error.change_of("rank") is error.changes[0] and error.change_of("sex") is None
    assert error.changed_by == ("Олег Бондар",)
    assert error.what == "Case CAP-2026-00001"
    assert error.message == (
        "Case CAP-2026-00001 was changed by someone else after you opened it: Олег Бондар "
        f"changed Rank and Unit ({save.when}). Your changes were not saved; reopen it to see "
        "the new version and edit again."
    )


def test_each_field_is_credited_to_whoever_changed_it_last(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Їжак", rank="солдат"))
    _edit(db, caseworker, person_id, today, rank="сержант")  # version 1 → 2
    _edit(db, supervisor, person_id, today, rank="старшина", unit="Морська піхота")
    with unit_of_work(db, supervisor) as session:
        change_status(
            session, supervisor, person_id, CaseStatus.CONFIRMED, effective_on=today, today=today
        )
    with unit_of_work(db, admin) as session:
        assign_person(session, admin, person_id, id_of(supervisor))
    error = _stale_save(db, caseworker, person_id, 1, today, rank="майор")
    assert [(s.by, s.fields) for s in error.saves] == [
        ("Олег Бондар", ("Rank",)),
        ("Світлана Мельник", ("Rank", "Unit")),
        ("Світлана Мельник", ("Status",)),
        ("Адміністратор", ("Caseworker",)),
    ]
    said = {c.label: (c.before, c.after, c.by) for c in error.changes}
    assert said == {
        "Rank": ("солдат", "старшина", "Світлана Мельник"),  # from the form's version on
        "Unit": ("—", "Морська піхота", "Світлана Мельник"),
        "Status": ("Registered", "Confirmed", "Світлана Мельник"),
        "Caseworker": ("Олег Бондар", "Світлана Мельник", "Адміністратор"),  # names, not ids
    }
    assert error.changed_by == ("Олег Бондар", "Світлана Мельник", "Адміністратор")
    assert "Олег Бондар saved it (" in error.message  # his rank was changed again since
    assert "Світлана Мельник changed Rank, Unit and Status" in error.message
    assert "Адміністратор changed Caseworker" in error.message


def test_only_what_changed_since_the_form_was_opened_is_told(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    _edit(db, caseworker, person_id, today, unit="1-ша бригада")  # before the form: version 2
    _edit(db, supervisor, person_id, today, rank="сержант")  # 2 → 3
    _edit(db, supervisor, person_id, today, rank="")  # and back: 3 → 4
    error = _stale_save(db, caseworker, person_id, 2, today, unit="2-га бригада")
    assert [s.by for s in error.saves] == ["Світлана Мельник", "Світлана Мельник"]
    assert error.changes == ()  # a rank set and cleared again is no change to show
    assert error.message.startswith(
        "Case CAP-2026-00001 was changed by someone else after you opened it: "
        "Світлана Мельник saved it ("
    )


def test_a_save_that_changed_no_visible_field_still_names_who_saved(
    db: Database, caseworker: User, today: date
) -> None:
    person, _wife = family(db, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, id_of(person), today=today)
    [item] = screened(db, caseworker, id_of(person), today)
    with unit_of_work(db, caseworker) as session:
        parcels.add_items_to_parcel(session, caseworker, id_of(parcel), [id_of(item)], today=today)
    with pytest.raises(EditConflictError) as raised, unit_of_work(db, caseworker) as session:
        parcels.set_parcel_contents(
            session,
            caseworker,
            id_of(parcel),
            contents="Шкарпетки",
            weight_grams=900,
            expected_version=1,
        )
    error = raised.value
    [save] = error.saves
    assert (save.by, save.fields, error.changes) == ("Олег Бондар", (), ())
    assert f"Олег Бондар saved it ({save.when})" in error.message


def test_a_contact_conflict_words_the_contact_fields(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    _person, wife = family(db, caseworker, today)
    raw = {
        "family_name": "Ковальчук",
        "given_name": "Олена",
        "patronymic": "Ігорівна",
        "relationship": "wife",
    }
    with unit_of_work(db, supervisor) as session:
        contacts.update_contact(
            session,
            supervisor,
            id_of(wife),
            {**raw, "phone": "+380 44 123 45 67", "consent": "given"},
            expected_version=1,
        )
    with pytest.raises(EditConflictError) as raised, unit_of_work(db, caseworker) as session:
        contacts.update_contact(
            session,
            caseworker,
            id_of(wife),
            {**raw, "phone": "+380 50 123 45 67"},
            expected_version=1,
        )
    said = [(c.name, c.label, c.before, c.after) for c in raised.value.changes]
    assert said == [
        ("phone", "Phone", "—", "+380 44 123 45 67"),
        ("consent", "Consent to be contacted", "Not asked", "Yes"),
    ]
    assert raised.value.message.startswith(
        "This contact was changed by someone else after you opened it: Світлана Мельник "
        "changed Phone and Consent to be contacted ("
    )


def test_where_the_trail_does_not_reach_back_nobody_is_named(
    db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґава"))
    with db.write_engine.begin() as connection:  # a version moved on outside the app
        connection.execute(text("UPDATE person SET version = 7 WHERE id = :id"), {"id": person_id})
    error = _stale_save(db, caseworker, person_id, 1, today, rank="сержант")
    assert (error.saves, error.changes) == ((), ())
    assert error.message == (
        "Case CAP-2026-00001 was changed by someone else after you opened it. Your changes "
        "were not saved; reopen it to see the new version and edit again."
    )


def test_the_message_names_at_most_four_fields_a_person() -> None:
    save = SavedSince("Олег Бондар", datetime(2026, 11, 26, 12, 3, tzinfo=UTC), "26.11 14:03", ())
    changes = [
        ChangedField(n, n.capitalize(), "—", "x", "Олег Бондар", "26.11 14:03")
        for n in ("rank", "unit", "holding", "place", "icrc")
    ]
    assert conflict_message("Case X", [save], changes) == (
        "Case X was changed by someone else after you opened it: Олег Бондар changed Rank, "
        "Unit, Holding and 2 other fields (26.11 14:03). Your changes were not saved; reopen "
        "it to see the new version and edit again."
    )


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """A new database on the PostgreSQL test server (``make test`` starts one)."""
    if not PG_URL:
        pytest.skip("no PostgreSQL test server (make test starts one)")
    name = f"ombuds_{uuid.uuid4().hex[:12]}"
    server = create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(make_url(PG_URL).set(database=name).render_as_string(False))
    yield database
    database.dispose()
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    server.dispose()


def test_the_conflict_reads_the_same_on_postgresql(pg_db: Database, today: date) -> None:
    admin = users.create_first_admin(pg_db, "admin", "Адміністратор", PASSWORDS["admin"])
    person_id = id_of(register(pg_db, admin, today, family_name="Ґудзь", rank="солдат"))
    _edit(pg_db, admin, person_id, today, rank="сержант")
    error = _stale_save(pg_db, admin, person_id, 1, today, rank="майор")
    assert [(c.label, c.before, c.after, c.by) for c in error.changes] == [
        ("Rank", "солдат", "сержант", "Адміністратор")
    ]
    assert abs(error.saves[0].at - datetime.now(UTC)) < timedelta(minutes=1)
    with pg_db.reading() as session:
        assert person_form(session, person_id).values["rank"] == "сержант"
