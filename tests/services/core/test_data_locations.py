"""Where the data is: the database, backups, log and exports with whether each is encrypted,
the last successful backup and the last audit verification, recorded when it runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.backups import backup_now
from ombuds_desk.services.core.data_locations import DataLocations, Place, data_locations
from ombuds_desk.services.core.encryption import encrypt_database
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database, open_database
from tests.services.helpers import register

pytestmark = pytest.mark.sqlite_only(reason="the file, its backups and its encryption")

LOG = Path("/var/tmp/ombuds-desk.log")
EXPORTS = Path("/home/office/Documents")


@pytest.fixture(autouse=True)
def _no_passphrase_kept() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


def _read(db: Database, actor: User) -> DataLocations:
    return data_locations(db, actor, log_file=LOG, exports_folder=EXPORTS)


def _place(found: DataLocations, what: str) -> Place:
    return next(p for p in found.places if p.what == what)


def test_a_plain_database_says_where_everything_goes_and_that_nothing_is_encrypted(
    db: Database, admin: User, db_path: Path
) -> None:
    found = _read(db, admin)
    assert [p.what for p in found.places] == ["Database", "Backups", "Log", "Exports"]
    database = _place(found, "Database")
    assert database.where == str(db_path) and database.encrypted is False
    assert "ombuds-desk encrypt" in database.how
    backups = _place(found, "Backups")
    assert backups.where == str(db_path.parent / "backups") and backups.encrypted is False
    assert _place(found, "Log").where == str(LOG)
    assert str(EXPORTS) in _place(found, "Exports").where
    assert found.last_backup is None and found.last_verification is None


def test_the_last_backup_and_the_last_verification_are_shown(
    db: Database, admin: User, supervisor: User, today: date
) -> None:
    register(db, admin, today, family_name="Ґудзь")
    backup_now(db, admin)
    made = backup_now(db, supervisor)
    report = verify_audit_trail(db, admin)

    found = _read(db, admin)

    assert found.last_backup is not None
    assert found.last_backup.path == made.path and found.last_backup.by == "s.melnyk"
    assert found.last_backup.kind == "on_demand"
    last = found.last_verification
    assert last is not None and last.intact and last.by == "admin"
    assert last.entries == report.entries and last.problem is None


def test_an_encrypted_database_says_so_and_names_its_older_plain_backups(
    db: Database, admin: User, today: date
) -> None:
    register(db, admin, today, family_name="Ґудзь")
    backup_now(db, admin)  # before the encryption: plain
    db.dispose()
    encrypt_database(db.url, admin, "ключ від сейфу 7")
    opened = open_database(db.url)
    try:
        backup_now(opened, admin)
        found = _read(opened, admin)
    finally:
        opened.dispose()
    assert _place(found, "Database").encrypted is True
    backups = _place(found, "Backups")
    assert backups.encrypted is False and found.plain_backups == 1
    assert "1 older backup," in backups.how


def test_only_an_admin_sees_it(db: Database, supervisor: User) -> None:
    with pytest.raises(PermissionDeniedError):
        _read(db, supervisor)
