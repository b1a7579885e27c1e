"""The audit trail read back in words: a case's history gathers the entries about the
person and every record of the case (removed ones too) and none of another case; the
admin's browser filters in SQL and words a page at a time; verification is said in words.
Nothing is ever shown as JSON, and no password hash ever appears."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, make_url, text

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction, CaseStatus, Role
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.cases import contacts, notes
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.cases.persons import assign_person
from ombuds_desk.services.core import audit, auth, users
from ombuds_desk.services.core.audit_trail import (
    TrailFilter,
    TrailRow,
    browse_ids,
    browse_rows,
    case_history,
    trail_entities,
    trail_people,
    verification_words,
    verify,
)
from ombuds_desk.services.core.audit_words import local_moment
from ombuds_desk.services.core.office_settings import STALLED_AFTER_DAYS, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.merging import merge_persons
from ombuds_desk.store.database import Database, open_database
from tests.conftest import PASSWORDS
from tests.services.helpers import audit_days, id_of, register
from tests.services.mail_helpers import family, packed
from tests.services.raw_sql import behind_the_apps_back

WIFE = {"family_name": "Їжакевич", "given_name": "Ганна", "relationship": "wife"}


def _history(db: Database, person_id: int) -> list[TrailRow]:
    with db.reading() as session:
        return case_history(session, person_id)


def _browse(db: Database, actor: User, filt: TrailFilter | None = None) -> list[TrailRow]:
    with db.reading() as session:
        ids = browse_ids(session, actor, filt or TrailFilter())
        rows = browse_rows(session, actor, ids)
    assert sorted(rows) == sorted(ids)
    return [rows[i] for i in ids]


def _no_json(rows: list[TrailRow]) -> None:
    for row in rows:
        for words in (row.what, row.detail, row.record, row.who):
            assert not any(mark in words for mark in ('{"', '": [', "null", "_id")), words


def test_a_case_history_says_each_change_in_words(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person_id = id_of(
        register(db, caseworker, today, family_name="Ґудзь", given_name="Євген", rank="сержант")
    )
    with unit_of_work(db, caseworker) as session:
        wife = contacts.add_contact(
            session, caseworker, person_id, WIFE | {"phone": "+380501112233"}
        )
    with unit_of_work(db, caseworker) as session:
        contacts.update_contact(
            session,
            caseworker,
            id_of(wife),
            WIFE | {"phone": "+380509998877", "email": "hanna@example.org"},
            expected_version=None,
        )
    with unit_of_work(db, caseworker) as session:
        contacts.update_contact(
            session,
            caseworker,
            id_of(wife),
            WIFE | {"phone": "+380671234567", "email": "hanna@example.org"},
            expected_version=None,
        )
    with unit_of_work(db, caseworker) as session:
        change_status(
            session, caseworker, person_id, CaseStatus.CONFIRMED, effective_on=today, today=today
        )
    with unit_of_work(db, caseworker) as session:
        notes.add_note(session, caseworker, person_id, "Дзвонила дружина, просить фото")
    with unit_of_work(db, supervisor) as session:
        assign_person(session, supervisor, person_id, supervisor.id)
    with unit_of_work(db, caseworker) as session:
        contacts.remove_contact(session, caseworker, id_of(wife))

    rows = _history(db, person_id)
    assert [r.what for r in rows] == [
        "Contact removed: Їжакевич Ганна",
        "Caseworker: Олег Бондар → Світлана Мельник",
        "Note written: Дзвонила дружина, просить фото",
        "Status: Registered → Confirmed",
        "Phone of contact Їжакевич Ганна: +380509998877 → +380671234567",
        "Contact Їжакевич Ганна:\nPhone: +380501112233 → +380509998877\nE-mail: — → "
        "hanna@example.org",
        "Contact added: Їжакевич Ганна (wife)",
        "Case registered (captive)",
    ]
    assert [r.who for r in rows] == ["Олег Бондар", "Світлана Мельник", *["Олег Бондар"] * 6]
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)  # newest first
    assert rows[-1].detail.splitlines()[:3] == ["Category: Captive", "Family name: Ґудзь",
                                                "Given name: Євген"]  # fmt: skip
    assert "Rank: сержант" in rows[-1].detail
    _no_json(rows)


def test_blocks_items_and_parcels_read_as_their_names(
    db: Database, caseworker: User, today: date
) -> None:
    person, _wife = family(db, caseworker, today)
    person_id = id_of(person)
    parcel = packed(db, caseworker, person_id, today, items=1, seal="ПЛ-77")
    with unit_of_work(db, caseworker) as session:
        block_case(session, caseworker, person_id, "No contact with family", today=today)
    rows = _history(db, person_id)
    number = parcel.parcel_number
    assert rows[0].what == "Blocked\nBlock reason: — → No contact with family"
    assert rows[1].what == (
        f"Parcel {number}:\nStatus: Assembling → Packed\nSeal number: — → ПЛ-77\n"
        f"Packed on: — → {today:%d.%m.%Y}"
    )
    logged = f"Letter from Мати ({today:%d.%m.%Y})"
    whats = [r.what for r in rows]
    assert f"{logged} logged" in whats
    assert f"Status of letter from Мати ({today:%d.%m.%Y}): Logged → Screened" in whats
    assert f"Parcel made up: {number}" in whats
    assert any(r.record == logged + f" · {person.case_number}" for r in rows)
    _no_json(rows)


def test_another_cases_entries_stay_out(db: Database, caseworker: User, today: date) -> None:
    """Case 1 and case 11: a removed contact of the one is never in the other's history."""
    given = [
        "Петро",
        "Ігор",
        "Євген",
        "Юрій",
        "Ілля",
        "Ґеник",
        "Олег",
        "Їжак",
        "Денис",
        "Назар",
        "Остап",
    ]
    persons = [id_of(register(db, caseworker, today, given_name=name)) for name in given]
    first, eleventh = persons[0], persons[10]
    assert (first, eleventh) == (1, 11)
    with unit_of_work(db, caseworker) as session:
        gone = contacts.add_contact(session, caseworker, eleventh, WIFE)
    with unit_of_work(db, caseworker) as session:
        contacts.remove_contact(session, caseworker, id_of(gone))
    with unit_of_work(db, caseworker) as session:
        contacts.add_contact(session, caseworker, first, WIFE | {"given_name": "Ірина"})
    assert [r.what for r in _history(db, first)] == [
        "Contact added: Їжакевич Ірина (wife)",
        "Case registered (captive)",
    ]
    assert [r.what for r in _history(db, eleventh)] == [
        "Contact removed: Їжакевич Ганна",
        "Contact added: Їжакевич Ганна (wife)",
        "Case registered (captive)",
    ]


@pytest.mark.sqlite_only(
    reason="SQLite gives a deleted record's number to the next one; PostgreSQL's sequences "
    "never give a number twice, so this cannot happen there"
)
def test_a_new_case_under_a_merged_cases_number_starts_afresh(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    kept = id_of(register(db, caseworker, today, family_name="Бойко", given_name="Ігор"))
    dropped = id_of(register(db, caseworker, today, family_name="Бойко", given_name="Ігор"))
    with unit_of_work(db, caseworker) as session:
        notes.add_note(session, caseworker, dropped, "Запис у дублікаті")
    with unit_of_work(db, supervisor) as session:
        merge_persons(session, supervisor, kept, dropped, today=today)
    newcomer = id_of(register(db, caseworker, today, family_name="Ющенко"))
    assert newcomer == dropped  # SQLite gave the merged case's number again
    assert [r.what for r in _history(db, newcomer)] == ["Case registered (captive)"]
    kept_history = [r.what for r in _history(db, kept)]
    assert "Note written: Запис у дублікаті" in kept_history  # the note moved with the merge
    assert not any("Ющенко" in what for what in kept_history)


def test_cases_opened_printed_and_exported_are_in_the_history(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today))
    with unit_of_work(db, caseworker) as session:
        audit.record(session, caseworker.id, AuditAction.VIEW, "person", person_id)
        audit.record(
            session,
            caseworker.id,
            AuditAction.PRINT,
            "person",
            person_id,
            {"document": "case sheet", "version": "counterpart"},
        )
    with unit_of_work(db, supervisor) as session:
        audit.record(
            session,
            supervisor.id,
            AuditAction.EXPORT,
            "person",
            person_id,
            {"export": "persons", "file": "Особи.xlsx", "rows": 812},
        )
    rows = _history(db, person_id)
    assert [r.what for r in rows[:3]] == [
        "Exported in persons list\nFile: Особи.xlsx\nRows: 812",
        "Case sheet printed (counterpart version)",
        "Case opened",
    ]
    assert [r.kind for r in rows[:3]] == [AuditAction.EXPORT, AuditAction.PRINT, AuditAction.VIEW]


def test_staff_administration_reads_as_events(db: Database, admin: User, caseworker: User) -> None:
    user_id = id_of(caseworker)
    for step in (
        lambda s: users.set_role(s, admin, user_id, Role.SUPERVISOR),
        lambda s: users.reset_password(s, admin, user_id, "тимчасовий-пароль"),
        lambda s: users.deactivate(s, admin, user_id),
        lambda s: users.reactivate(s, admin, user_id),
    ):
        with unit_of_work(db, admin) as session:
            step(session)
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(auth.SignInError):
            auth.sign_in(db, "o.bondar", "не той пароль")
    with db.reading() as session:
        locked = session.get(User, user_id)
        assert locked is not None and locked.locked_until is not None
        until = local_moment(locked.locked_until)
    with unit_of_work(db, admin) as session:
        users.unlock(session, admin, user_id)
    auth.sign_in(db, "admin", PASSWORDS["admin"], via="command line")

    rows = _browse(db, admin, TrailFilter(entity="user"))
    refused = "Sign-in refused for “o.bondar” (window): Wrong user name or password."
    assert [r.what for r in rows] == [
        "Signed in (command line)",
        "Unlocked",
        f"Locked until {until} (wrong passwords)",
        f"{refused} After 5 wrong passwords the account is locked until "
        f"{locked.locked_until.astimezone():%H:%M on %d.%m.%Y}; an admin can unlock it sooner.",
        f"{refused} 1 more wrong and the account locks for 30 minutes.",
        f"{refused} 2 more wrong and the account locks for 30 minutes.",
        refused,
        refused,
        "Reactivated",
        "Deactivated: can no longer sign in",
        "Password reset: a temporary one, to be changed at the next sign-in",
        "Role: Caseworker → Supervisor",
        "Must change password: yes → no",  # the fixture's member chose a password already
        "Member of staff added: Олег Бондар (o.bondar)",
        "Member of staff added: Адміністратор (admin)",
    ]
    assert rows[0].record == "Member of staff Адміністратор (admin)"
    assert {r.record for r in rows[1:-1]} == {"Member of staff Олег Бондар (o.bondar)"}
    assert rows[3].who == "Олег Бондар"  # whose account was tried (not who tried it)
    assert rows[-1].who == "Ombuds Desk"  # the first admin was made by the app itself
    everything = _browse(db, admin)
    assert not any("argon2" in f"{r.what}{r.detail}" for r in everything)  # never a hash
    _no_json(everything)


def test_a_setting_change_names_the_setting(db: Database, supervisor: User, admin: User) -> None:
    for value in ("45", "60"):
        with unit_of_work(db, supervisor) as session:
            set_setting(session, supervisor, STALLED_AFTER_DAYS, value)
    rows = _browse(db, admin, TrailFilter(entity="office_setting"))
    assert [(r.record, r.what) for r in rows] == [
        ("Setting Stalled after (days)", "Stalled after (days): 45 → 60"),
        ("Setting Stalled after (days)", "Stalled after (days): 45"),
    ]


def test_the_browser_filters(
    db: Database, admin: User, supervisor: User, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today, family_name="Пʼятницький")
    other = register(db, caseworker, today, family_name="Коваленко")
    with unit_of_work(db, supervisor) as session:
        notes.add_note(session, supervisor, id_of(other), "Ґрунтовна перевірка")
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, "невідомий", "будь-який пароль")
    everything = _browse(db, admin)

    def whats(filt: TrailFilter) -> list[str]:
        return [r.what for r in _browse(db, admin, filt)]

    mine = _browse(db, admin, TrailFilter(user_id=supervisor.id))
    assert [r.what for r in mine] == ["Note written: Ґрунтовна перевірка"]
    assert whats(TrailFilter(by_app=True)) == [
        "Sign-in refused for “невідомий” (window): Wrong user name or password.",
        "Member of staff added: Адміністратор (admin)",
    ]
    assert len(whats(TrailFilter(action=AuditAction.CREATE, entity="person"))) == 2
    assert whats(TrailFilter(entity="case_note")) == ["Note written: Ґрунтовна перевірка"]
    assert whats(TrailFilter(text="Ґрунтовна")) == ["Note written: Ґрунтовна перевірка"]
    assert whats(TrailFilter(text="100%")) == []  # a wildcard typed is a character
    by_case = _browse(db, admin, TrailFilter(text=person.case_number.lower()))
    assert [r.what for r in by_case] == [f"Case registered: {person.case_number} Пʼятницький Петро"]
    # Days are the office's local days, both ends included.
    first, last = audit_days(db)  # one day, unless the test ran across midnight
    assert len(whats(TrailFilter(since=first, until=last))) == len(everything)
    assert whats(TrailFilter(until=first - timedelta(days=1))) == []
    assert whats(TrailFilter(since=last + timedelta(days=1))) == []
    with db.reading() as session:
        people = trail_people(session)
        entities = dict(trail_entities(session))
    assert [name for _id, name in people] == [
        "Адміністратор (admin)",
        "Олег Бондар (o.bondar)",
        "Світлана Мельник (s.melnyk)",
    ]
    assert entities == {"case_note": "Note", "person": "Case", "user": "Member of staff"}


def test_only_an_admin_browses_and_verifies(db: Database, supervisor: User, admin: User) -> None:
    with db.reading() as session:
        with pytest.raises(PermissionDeniedError, match="Only an admin can browse"):
            browse_ids(session, supervisor, TrailFilter())
        with pytest.raises(PermissionDeniedError, match="Only an admin can browse"):
            browse_rows(session, supervisor, [1])
        with pytest.raises(PermissionDeniedError, match="Only an admin can verify"):
            verify(session, supervisor)
        assert verify(session, admin).intact


def test_verification_in_words_names_the_entry_altered(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today))
    with unit_of_work(db, caseworker) as session:
        notes.add_note(session, caseworker, person_id, "Перший запис")
    with db.reading() as session:
        report = verify(session, admin)
    words = verification_words(report)
    assert words.startswith(f"The audit trail is intact: all {report.entries} entries are as")
    assert report.head_hash[:16] in words

    with db.reading() as session:
        note_entry = browse_ids(session, admin, TrailFilter(entity="case_note"))[0]
    behind_the_apps_back(
        db,
        "UPDATE audit_entry SET changes = replace(changes, 'Перший', 'Другий') WHERE id = :id",
        id=note_entry,
    )
    with db.reading() as session:
        report = verify(session, admin)
    assert verification_words(report).splitlines()[0] == (
        f"The audit trail has been tampered with: entry {note_entry} was altered. "
        f"Entries 1 to {note_entry - 1} are intact."
    )
    # The altered entry still reads as words: what it says now.
    assert _history(db, person_id)[0].what == "Note written: Другий запис"


def test_an_unreadable_entry_says_so(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today))
    behind_the_apps_back(
        db,
        "UPDATE audit_entry SET changes = '{not json' WHERE entity = 'person' AND entity_id = :id",
        id=person_id,
    )
    rows = _history(db, person_id)
    assert [r.what for r in rows] == [
        "This entry cannot be read: its recorded changes are damaged."
    ]


PG_URL = os.environ.get("OMBUDS_DESK_TEST_PG_URL")


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


def test_the_trail_reads_the_same_on_postgresql(pg_db: Database, today: date) -> None:
    admin = users.create_first_admin(pg_db, "admin", "Адміністратор", PASSWORDS["admin"])
    person_id = id_of(register(pg_db, admin, today, family_name="Ґудзь", given_name="Євген"))
    with unit_of_work(pg_db, admin) as session:
        wife = contacts.add_contact(session, admin, person_id, WIFE | {"phone": "+380501112233"})
    with unit_of_work(pg_db, admin) as session:
        contacts.remove_contact(session, admin, id_of(wife))
    with unit_of_work(pg_db, admin) as session:
        notes.add_note(session, admin, person_id, "Ґрунтовна перевірка 100%")
    assert [r.what for r in _history(pg_db, person_id)] == [
        "Note written: Ґрунтовна перевірка 100%",
        "Contact removed: Їжакевич Ганна",
        "Contact added: Їжакевич Ганна (wife)",
        "Case registered (captive)",
    ]
    first, last = audit_days(pg_db)  # one day, unless the test ran across midnight
    assert [r.what for r in _browse(pg_db, admin, TrailFilter(text="100%", since=last))] == [
        "Note written: Ґрунтовна перевірка 100%"
    ]
    assert _browse(pg_db, admin, TrailFilter(until=first - timedelta(days=1))) == []
    with pg_db.reading() as session:
        assert verify(session, admin).intact
