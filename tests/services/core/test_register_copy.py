"""Copying a whole register into another, empty database (``ombuds-desk copy``): from each
backend into the other, checked table by table; refused, with nothing written, for anyone
but an admin, into a database that is not empty, or into itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.auth import sign_in
from ombuds_desk.services.core.register_copy import CopyRefusedError, copy_register
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
