"""The office server's least-privilege role (README, "Office server"): a workstation signed in
to the server as ``ombuds_staff`` does the office's work but cannot change the tables, nor
alter or remove the audit trail; an upgrade it cannot make is refused with what to do, and
made by the owner."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.users import create_first_admin
from ombuds_desk.store import migrate
from ombuds_desk.store.database import open_database
from ombuds_desk.store.server_statistics import stale_tables
from tests.backends import NO_PG_REASON, PG_URL, new_server_database
from tests.conftest import PASSWORDS
from tests.services.helpers import register

pytestmark = pytest.mark.skipif(not PG_URL, reason=NO_PG_REASON)

# README, step 1 (after CREATE DATABASE) and step 3, for a role named {staff}.
SCHEMA_RIGHTS = [
    "REVOKE ALL ON SCHEMA public FROM PUBLIC",
    "GRANT USAGE ON SCHEMA public TO {staff}",
]
ROW_RIGHTS = [
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {staff}",
    "REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {staff}",
    "REVOKE UPDATE, DELETE ON audit_entry FROM {staff}",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {staff}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {staff}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {staff}",
]


def _run(url: str, statements: list[str], staff: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement.format(staff=staff)))
    finally:
        engine.dispose()


@pytest.fixture
def office() -> Iterator[tuple[str, str]]:
    """(the owner's URL, the staff role's URL) of a new database made at schema 0004."""
    assert PG_URL
    staff = f"ombuds_staff_{uuid.uuid4().hex[:8]}"
    server = make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False)
    _run(server, [f"CREATE ROLE {staff} LOGIN"], staff)
    try:
        with new_server_database(PG_URL) as owner:
            name = make_url(owner).database
            _run(server, [f'GRANT CONNECT ON DATABASE "{name}" TO {staff}'], staff)
            _run(owner, SCHEMA_RIGHTS, staff)
            engine = create_engine(owner)
            with engine.begin() as connection:
                config = migrate.alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "0004")
            engine.dispose()
            _run(owner, ROW_RIGHTS, staff)
            yield owner, make_url(owner).set(username=staff).render_as_string(False)
    finally:
        _run(server, [f"DROP OWNED BY {staff}", f"DROP ROLE {staff}"], staff)


def test_the_staff_role_works_but_cannot_upgrade_or_touch_the_trail(
    office: tuple[str, str], today: date
) -> None:
    owner, staff = office
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(staff)
    assert refused.value.message.startswith(
        f"This database needs an upgrade (schema 0004 to {migrate.head_revision()}) that only "
        "the owner of its tables may make: nothing was changed."
    )
    open_database(owner).dispose()  # the owner upgrades

    db = open_database(staff)
    try:
        admin = create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
        person = register(db, admin, today, family_name="Пʼятницька", given_name="Євгенія")
        assert person.case_number == "CAP-2026-00001"
        with db.reading() as session:
            assert verify_chain(session).intact
        for forbidden in (
            "DELETE FROM audit_entry",
            "UPDATE audit_entry SET changes = '{}'",
            "DROP TABLE person",
            "UPDATE alembic_version SET version_num = '0001'",
        ):
            with pytest.raises(ProgrammingError), db.engine.begin() as connection:
                connection.execute(text(forbidden))
    finally:
        db.dispose()


def test_the_staff_role_leaves_the_statistics_to_the_owner(office: tuple[str, str]) -> None:
    """Closing the register analyses the tables a bulk change grew only for their owner
    (store/server_statistics.py): the staff role could not, and would log a warning per
    table at every close."""
    owner_url, staff_url = office
    owner = open_database(owner_url)  # upgrades
    with owner.engine.begin() as connection:
        connection.execute(text("ALTER TABLE office_setting SET (autovacuum_enabled = false)"))
        connection.execute(
            text(
                "INSERT INTO office_setting (key, value) "
                "SELECT 'bulk.' || n, repeat('x', 200) FROM generate_series(1, 3000) AS n"
            )
        )
    staff = open_database(staff_url)
    try:
        assert stale_tables(staff.engine) == []
        assert stale_tables(owner.engine) == ["office_setting"]
    finally:
        staff.dispose()
    assert stale_tables(owner.engine) == ["office_setting"]  # the staff's close left it
    owner.dispose()
    check = create_engine(owner_url)
    try:
        assert stale_tables(check) == []
    finally:
        check.dispose()
