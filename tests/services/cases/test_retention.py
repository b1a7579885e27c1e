"""Retention: closed cases past the office's period are listed, anonymised only when a
supervisor confirms how many, the figures stay, the trail keeps its chain and the name
leaves the file's bytes."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, CaseStatus
from ombuds_desk.domain.errors import PermissionDeniedError, ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.people import CaseNote, Contact, Person, PersonNameKey
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.cases.audit_redaction import REDACTED
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.retention import (
    ANONYMOUS_NAME,
    anonymise_and_compact,
    anonymise_cases,
    due_cases,
    months_before,
)
from ombuds_desk.services.cases.retention_rebuild import rebuild_owed
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.encryption import encrypt_database
from ombuds_desk.services.core.office_settings import RETENTION_MONTHS, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.startup import prepare_database
from ombuds_desk.services.workflow.statistics import office_stats
from ombuds_desk.store import encryption
from ombuds_desk.store.compaction import compact
from ombuds_desk.store.database import Database, open_database
from tests.services.cases.killed_anonymising import anonymised_then_killed
from tests.services.cases.retention_helpers import NAME, NOTE, PHONE, RELATIVE, closed_case
from tests.services.helpers import register


def test_months_before_keeps_to_the_calendar() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 12, 1), 24) == date(2024, 12, 1)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_the_cases_due_are_closed_longer_than_the_setting(
    db: Database, admin: User, supervisor: User, caseworker: User, today: date
) -> None:
    old = closed_case(db, admin, today, 800)
    recent = closed_case(db, admin, today, 300, family="Бондар")
    open_case = register(db, admin, today, status_since=today - timedelta(days=2000))
    with db.reading() as session:
        assert [c.person_id for c in due_cases(session, supervisor, today=today)] == [old]
        with pytest.raises(PermissionDeniedError, match="Only a supervisor or admin"):
            due_cases(session, caseworker, today=today)
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, RETENTION_MONTHS, "6")
    with db.reading() as session:
        due = [c.person_id for c in due_cases(session, supervisor, today=today)]
    assert due == [old, recent] and open_case.id not in due


def _figures(db: Database, today: date) -> dict[str, object]:
    with db.reading() as session:
        stats = asdict(office_stats(session, today=today, threshold_days=30, months=36))
        stats["items"] = sorted(
            (i.kind.value, i.direction.value, str(i.received_on), i.status.value)
            for i in session.exec(select(CorrespondenceItem))
        )
        stats["parcels"] = sorted(
            (p.parcel_number, p.status.value) for p in session.exec(select(Parcel))
        )
    return stats


def test_anonymising_removes_the_person_and_keeps_the_figures(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    pid = closed_case(db, admin, today, 800)
    kept = int(register(db, admin, today, family_name="Бондаренко").id or 0)
    with unit_of_work(db, admin) as session:
        contacts.add_contact(
            session,
            admin,
            kept,
            {"family_name": "Остапчук", "given_name": "Марія", "relationship": "wife"},
        )
    before = _figures(db, today)
    with db.reading() as session:
        case_number = session.get(Person, pid).case_number  # type: ignore[union-attr]
        assert verify_chain(session).intact
    with pytest.raises(ValidationError, match="1 cases were chosen but 2 confirmed"):
        with unit_of_work(db, supervisor) as session:
            anonymise_cases(session, supervisor, [pid], today=today, confirmed=2)
    with pytest.raises(ValidationError, match="Not due for anonymising"):
        with unit_of_work(db, supervisor) as session:
            anonymise_cases(session, supervisor, [pid, kept], today=today, confirmed=2)
    with unit_of_work(db, supervisor) as session:
        assert anonymise_cases(session, supervisor, [pid], today=today, confirmed=1) == 1

    assert _figures(db, today) == before
    with db.reading() as session:
        person = session.get(Person, pid)
        assert person is not None and person.anonymised_at is not None
        assert (person.family_name, person.given_name, person.patronymic) == (
            ANONYMOUS_NAME,
            "",
            None,
        )
        assert person.date_of_birth is None and person.service_number is None
        assert person.detention_place is None
        assert (person.case_number, person.status) == (case_number, CaseStatus.CLOSED)
        assert person.status_since == today - timedelta(days=800)
        assert session.exec(select(Contact).where(col(Contact.person_id) == pid)).all() == []
        assert session.exec(select(CaseNote).where(col(CaseNote.person_id) == pid)).all() == []
        assert (
            session.exec(select(PersonNameKey).where(col(PersonNameKey.person_id) == pid)).all()
            == []
        )
        item = session.exec(
            select(CorrespondenceItem).where(col(CorrespondenceItem.person_id) == pid)
        ).one()
        assert item.author_name is None and item.description is None
        parcel = session.exec(select(Parcel).where(col(Parcel.person_id) == pid)).one()
        assert parcel.contents is None and parcel.parcel_number.startswith("PCL-")
        # The name is found nowhere: not by search, not in the trail.
        assert person_ids(session, PersonFilter(text=NAME), today=today, threshold_days=30) == []
        trail = session.exec(select(AuditEntry)).all()
        text = "\n".join(e.changes for e in trail)
        for removed in (NAME, RELATIVE, PHONE, NOTE, "Їжакевич", "Светр", "ZS-9911"):
            assert removed not in text, removed
        assert "Бондаренко" in text  # the other case is untouched
        assert "Остапчук" in text
        # One entry says what was done, without the values removed.
        (done,) = [e for e in trail if e.action is AuditAction.ANONYMISE]
        details = json.loads(done.changes)
        assert done.entity_id == pid and done.user_id == supervisor.id
        assert details["removed"] == "1 relative(s), 0 note(s)" or "note" in details["removed"]
        assert details["audit_entries_redacted"] == len(details["redacted_entries"]) > 3
        assert REDACTED in text
        # The chain still verifies: each redaction is the one the anonymise entry declared.
        report = verify_chain(session)
        assert report.intact, report.problem
    with db.reading() as session:
        assert due_cases(session, supervisor, today=today) == []  # not due twice


def test_a_redacted_entry_altered_afterwards_breaks_the_chain(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    pid = closed_case(db, admin, today, 800)
    with unit_of_work(db, supervisor) as session:
        anonymise_cases(session, supervisor, [pid], today=today, confirmed=1)
    with db.reading() as session:
        done = session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == AuditAction.ANONYMISE.value)
        ).one()
        first_redacted = min(int(k) for k in json.loads(done.changes)["redacted_entries"])
    with db.engine.begin() as connection:
        table = AuditEntry.__table__  # type: ignore[attr-defined]
        connection.execute(
            table.update().where(table.c.id == first_redacted).values(changes='{"x": 1}')
        )
    with db.reading() as session:
        report = verify_chain(session)
    assert not report.intact and report.first_bad_id == first_redacted


@pytest.mark.sqlite_only(reason="reads the SQLite file's bytes")
def test_after_anonymising_the_name_is_not_in_the_file(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    pid = closed_case(db, admin, today, 800)
    path = db.path
    assert isinstance(path, Path)

    def file_bytes() -> bytes:
        found = path.read_bytes()
        wal = path.with_name(path.name + "-wal")
        return found + (wal.read_bytes() if wal.exists() else b"")

    assert NAME.encode() in file_bytes() or RELATIVE.encode() in file_bytes()
    with unit_of_work(db, supervisor) as session:
        anonymise_cases(session, supervisor, [pid], today=today, confirmed=1)
    assert compact(db.engine) is True
    raw = file_bytes()
    for removed in (NAME, RELATIVE, PHONE, NOTE, "Їжакевич", "Єфросинія"):
        assert removed.encode() not in raw, removed


@pytest.mark.sqlite_only(reason="kills a process writing to the SQLite file")
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_process_killed_before_its_rebuild_leaves_the_rebuild_to_the_next_opening(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    """Killed after the anonymising's commit, before the file's rebuild: the names stayed in
    the file's free pages until some later rebuild, if any. The anonymising marks the rebuild
    owed in its own transaction, and the next opening (the window's, any command's) does it."""
    pid = closed_case(db, admin, today, 800)
    path = db.path
    assert isinstance(path, Path)
    db.engine.dispose()
    anonymised_then_killed(path, "s.melnyk", pid, today)

    def in_the_file() -> list[str]:
        found = b"".join(
            p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
        )
        return [name for name in (NAME, RELATIVE, PHONE, NOTE) if name.encode() in found]

    assert in_the_file()  # committed and removed, yet still in the file's bytes
    again = open_database(db.url)
    try:
        assert rebuild_owed(again)
        prepare_database(again)  # what every opening does once the file is open
        assert not rebuild_owed(again)
    finally:
        again.dispose()
    assert in_the_file() == []
    with db.reading() as session:
        person = session.get(Person, pid)
        assert person is not None and person.anonymised_at is not None
        assert verify_chain(session).intact


def test_the_rebuild_is_owed_until_it_is_done_and_only_on_a_file(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    first, second = closed_case(db, admin, today, 800), closed_case(db, admin, today, 900, "Ґуць")
    with unit_of_work(db, supervisor) as session:
        anonymise_cases(session, supervisor, [first], today=today, confirmed=1)
    assert rebuild_owed(db) is (db.path is not None)  # a server's VACUUM is its administrator's
    done = anonymise_and_compact(db, supervisor, [second], today=today, confirmed=1)
    assert done.count == 1 and done.compacted is (db.path is not None)
    assert not rebuild_owed(db)


@pytest.mark.sqlite_only(reason="an encrypted SQLite file")
def test_an_encrypted_file_is_rebuilt_after_anonymising(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    """The rebuild took the plain driver's connection for granted (an assertion failed on
    SQLCipher's, after the anonymising was committed)."""
    pid = closed_case(db, admin, today, 800)
    db.dispose()
    encrypt_database(db.url, admin, "ключ від сейфу 2026")
    locked = open_database(db.url)  # the passphrase given in this process opens it
    try:
        done = anonymise_and_compact(locked, supervisor, [pid], today=today, confirmed=1)
        assert (done.count, done.compacted) == (1, True)
        assert not rebuild_owed(locked)
    finally:
        locked.dispose()
        encryption.forget_all()


def test_only_a_supervisor_anonymises(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    pid = closed_case(db, admin, today, 800)
    with pytest.raises(PermissionDeniedError, match="Only a supervisor or admin can export and"):
        with unit_of_work(db, caseworker) as session:
            anonymise_cases(session, caseworker, [pid], today=today, confirmed=1)
    with db.reading() as session:
        person = session.get(Person, pid)
        assert person is not None and person.family_name == NAME and person.anonymised_at is None
