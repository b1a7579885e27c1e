"""Copying a whole register into another, empty database (``ombuds-desk copy``): from each
backend into the other, checked table by table; into a database that holds only what its
own making and first opening wrote; refused, with nothing written, for anyone but an admin,
into a database that holds a register, or into itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.core import users
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.auth import SignInError, sign_in
from ombuds_desk.services.core.office_settings import STALLED_AFTER_DAYS, set_setting
from ombuds_desk.services.core.register_copy import CopyRefusedError, copy_register
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.startup import prepare_database
from ombuds_desk.services.workflow.review_queue import stalled_case_ids
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.table_copy import register_checks
from tests.backends import NO_PG_REASON, PG_URL, new_server_database
from tests.conftest import PASSWORDS
from tests.services.helpers import register
from tests.services.registers import cyrillic_register


@pytest.fixture
def other(backend: str, tmp_path: Path) -> Iterator[Database]:
    """A new, empty database of the other kind: a server database for a SQLite register, a
    SQLite file for a server one."""
    if backend == "postgresql":
        database = open_database(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
        yield database
        database.dispose()
        return
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    with new_server_database(PG_URL) as url:
        database = open_database(url)
        yield database
        database.dispose()


def _checks(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        return list(register_checks(connection))


def test_a_register_is_copied_whole_into_the_other_kind_of_database(
    db: Database,
    other: Database,
    admin: User,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    cyrillic_register(db, admin, caseworker, supervisor, today)
    report = copy_register(db, other, admin)
    assert report.tables == _checks(db) == _checks(other)
    assert report.rows == sum(check.rows for check in report.tables) > 50
    assert {check.table for check in report.tables if check.rows == 0} <= {
        "acknowledgement",
        "acknowledgement_line",
        "backup_record",
        "block_reason",
        "campaign",
        "operation",
        "operation_member",
    }
    with other.reading() as session:
        assert verify_chain(session).intact
        assert stalled_case_ids(session, today=today, threshold_days=30)
    # The same staff, the same passwords; the copy writes on after the copied numbers.
    assert sign_in(other, "o.bondar", PASSWORDS["o.bondar"]).id == caseworker.id
    moved_on = register(other, caseworker, today, family_name="Ґалаґан", given_name="Олег")
    assert moved_on.id is not None and moved_on.id > max(
        check.rows for check in report.tables if check.table == "person"
    )


def test_only_an_admin_copies_and_a_refusal_writes_nothing(
    db: Database, other: Database, admin: User, supervisor: User, today: date
) -> None:
    register(db, supervisor, today, family_name="Їжакевич")
    empty = _checks(other)
    with pytest.raises(PermissionDeniedError, match="Only an admin can copy the whole register"):
        copy_register(db, other, supervisor)
    assert _checks(other) == empty


def test_a_database_that_is_not_empty_is_refused_and_left_as_it_was(
    db: Database, other: Database, admin: User, today: date
) -> None:
    register(db, admin, today, family_name="Ґонта")
    copy_register(db, other, admin)
    register(db, admin, today, family_name="Єрмак")
    before = _checks(other)
    with pytest.raises(CopyRefusedError, match=r"is not empty: .*person \(1 row\)"):
        copy_register(db, other, admin)
    assert _checks(other) == before


def test_a_register_is_not_copied_into_itself(db: Database, admin: User) -> None:
    with pytest.raises(CopyRefusedError, match="both the source and the target"):
        copy_register(db, db, admin)


FOUNDER_PASSWORD = "засновник-пароль-1"


def _opened_and_founded(target: Database) -> User:
    """``target`` as the window's first start or ``ombuds-desk init`` leaves it: opened (the
    search keys' version), its office and first admin made, signed in once, a wrong password
    tried, the audit trail checked (its date kept)."""
    prepare_database(target)
    founder = users.create_first_admin(target, "a.koval", "Андрій Коваль", FOUNDER_PASSWORD, "Офіс")
    sign_in(target, "a.koval", FOUNDER_PASSWORD)
    with pytest.raises(SignInError):
        sign_in(target, "a.koval", "не той пароль зовсім")
    return founder


def test_a_database_only_opened_and_founded_takes_the_copy(
    db: Database,
    other: Database,
    admin: User,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    """Its first opening wrote a setting and audit entries, its founding an admin: no register,
    so the copy replaces them (it used to refuse: "not empty: office_setting (1 row), …")."""
    cyrillic_register(db, admin, caseworker, supervisor, today)
    _opened_and_founded(other)
    report = copy_register(db, other, admin)
    assert report.tables == _checks(db) == _checks(other)
    with other.reading() as session:
        assert verify_chain(session).intact
    assert sign_in(other, "o.bondar", PASSWORDS["o.bondar"]).id == caseworker.id
    with pytest.raises(SignInError):  # the target's own admin went with its bookkeeping
        sign_in(other, "a.koval", FOUNDER_PASSWORD)


@pytest.mark.parametrize("work", ["a colleague", "a setting chosen", "a case"])
def test_a_database_someone_worked_in_is_refused_and_left_as_it_was(
    db: Database, other: Database, admin: User, today: date, work: str
) -> None:
    register(db, admin, today, family_name="Ґонта")
    founder = _opened_and_founded(other)
    with unit_of_work(other, founder) as session:
        if work == "a colleague":
            users.create_user(session, founder, "o.ivanenko", "Олена Іваненко", Role.CASEWORKER,
                              "колега-пароль-1")  # fmt: skip
        elif work == "a setting chosen":
            set_setting(session, founder, STALLED_AFTER_DAYS, "45")
    if work == "a case":
        register(other, founder, today, family_name="Їжакевич")
    before = _checks(other)
    with pytest.raises(CopyRefusedError, match=r"is not empty: .*(user|office_setting|person) \("):
        copy_register(db, other, admin)
    assert _checks(other) == before
