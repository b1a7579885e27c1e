"""Verifying the audit trail: an intact chain says so; an entry altered, deleted or inserted
behind the app's back (plain SQL on a connection of its own, on SQLite and on PostgreSQL), or
the newest entries removed, is found and named."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.audit_chain import GENESIS
from ombuds_desk.services.cases import notes
from ombuds_desk.services.core.audit_verify import KnownHead, head_of, verify_chain
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register
from tests.services.raw_sql import behind_the_apps_back as _sql


@pytest.fixture
def trail(db: Database, caseworker: User, today: date) -> int:
    """A few dozen entries: persons registered, notes written; returns how many."""
    for n, family in enumerate(("Ґонта", "Їжак", "Єрмак", "Пʼятниця", "Іваненко", "Бойко")):
        person = register(db, caseworker, today, family_name=family, given_name="Ївга")
        with unit_of_work(db, caseworker) as session:
            notes.add_note(session, caseworker, id_of(person), f"Запис {n}")
    with db.reading() as session:
        report = verify_chain(session)
    assert report.intact and report.entries >= 15
    return report.entries


def _verify(db: Database, known: KnownHead | None = None) -> tuple[str | None, int | None]:
    with db.reading() as session:
        report = verify_chain(session, known)
    return report.problem, report.first_bad_id


def test_an_empty_trail_and_an_intact_one(db: Database) -> None:
    with db.reading() as session:
        empty = verify_chain(session)
        assert (empty.entries, empty.head_hash, empty.intact) == (0, GENESIS, True)


def test_the_head_follows_every_entry(db: Database, trail: int) -> None:
    with db.reading() as session:
        report = verify_chain(session)
        assert head_of(session) == (report.entries, report.head_hash) == (trail, report.head_hash)


def test_an_altered_entry_is_named(db: Database, trail: int) -> None:
    _sql(db, "UPDATE audit_entry SET changes = replace(changes, 'Запис 3', 'Запис 9')")
    problem, bad = _verify(db)
    assert problem is not None and problem.endswith("was altered")
    assert bad is not None and problem == f"entry {bad} was altered"


def test_a_deleted_entry_is_named(db: Database, trail: int) -> None:
    _sql(db, "DELETE FROM audit_entry WHERE id = 5")
    assert _verify(db) == ("entry 5 is missing: removed", 5)


def test_an_inserted_entry_is_named(db: Database, trail: int) -> None:
    """Slipped in as number 8 with the others moved up: the link of the next one breaks."""
    _sql(
        db,
        "UPDATE audit_entry SET id = id + 1000 WHERE id >= 8",
        "UPDATE audit_entry SET id = id - 999 WHERE id >= 1008",
        "INSERT INTO audit_entry (id, at, user_id, action, entity, entity_id, changes,"
        " prev_hash, hash) SELECT 8, at, user_id, action, entity, entity_id, '{}',"
        " hash, hash FROM audit_entry WHERE id = 7",
        f"UPDATE audit_head SET last_id = {trail + 1}",
    )
    problem, bad = _verify(db)
    assert (problem, bad) == ("entry 8 was altered", 8)


def test_removing_the_newest_entries_is_found_by_the_head_row(db: Database, trail: int) -> None:
    _sql(db, f"DELETE FROM audit_entry WHERE id > {trail - 3}")
    problem, _bad = _verify(db)
    assert problem == f"entries {trail - 2} to {trail} were removed (the newest ones)"


def test_removing_them_with_the_head_is_found_by_a_backups_head(db: Database, trail: int) -> None:
    with db.reading() as session:
        whole = verify_chain(session)
    known = KnownHead(whole.entries, whole.head_hash, "the backup of 01.12.2026")
    keep = trail - 3
    ((last_hash,),) = _sql(db, "SELECT hash FROM audit_entry WHERE id = :keep", keep=keep)
    _sql(
        db,
        "DELETE FROM audit_entry WHERE id > :keep",
        "UPDATE audit_head SET last_id = :keep, last_hash = :hash",
        keep=keep,
        hash=last_hash,
    )
    assert _verify(db) == (None, None)  # the chain alone cannot tell
    problem, bad = _verify(db, known)
    assert problem is not None and problem.startswith(f"entries {keep + 1} to {trail} were removed")
    assert "the backup of 01.12.2026 recorded" in problem and bad == keep + 1


def test_a_trail_that_matches_the_backup_says_so(db: Database, trail: int) -> None:
    with db.reading() as session:
        whole = verify_chain(session)
        checked = verify_chain(session, KnownHead(trail, whole.head_hash, "the backup"))
    assert checked.intact and checked.checked_against == "the backup"


def test_an_entry_slipped_in_past_the_head_stops_writes_but_not_signing_in(
    db: Database, trail: int, caseworker: User, today: date
) -> None:
    """Writing on would fold the stranger into the chain and hide it; the office is told."""
    from ombuds_desk.services.core import auth
    from ombuds_desk.services.core.audit import TrailTamperedError
    from tests.conftest import PASSWORDS

    _sql(
        db,
        "INSERT INTO audit_entry (id, at, user_id, action, entity, entity_id, changes,"
        f" prev_hash, hash) SELECT {trail + 1}, at, user_id, action, entity, entity_id, '{{}}',"
        f" hash, hash FROM audit_entry WHERE id = {trail}",
    )
    with pytest.raises(TrailTamperedError, match=f"number {trail + 1}") as refused:
        register(db, caseworker, today, family_name="Мороз", given_name="Іван")
    assert "audit verify" in refused.value.message and "nothing was saved" in refused.value.message
    assert auth.sign_in(db, "o.bondar", PASSWORDS["o.bondar"]).id == caseworker.id
    problem, bad = _verify(db)
    assert problem is not None and bad == trail + 1
