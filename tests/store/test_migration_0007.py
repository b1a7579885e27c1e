"""Migration 0007 upgrades a database in use: every relative recorded before it was never
asked about the counterpart ("not asked", which counts as no) and keeps their consent to be
contacted; every block reason the office added is internal until the office marks it; and it
goes back down cleanly."""

import sqlite3
from pathlib import Path

from alembic import command

from ombuds_desk.domain.enums import Consent
from ombuds_desk.services.cases.block_reasons import reason_rows
from ombuds_desk.services.cases.contacts import list_contacts
from ombuds_desk.store import migrate
from ombuds_desk.store.database import open_database
from ombuds_desk.store.engine import make_engine

PERSON = (
    "INSERT INTO person (id, version, category, family_name, given_name, sex, case_number, "
    "case_year, case_seq, status, status_since, blocked, sort_name, created_at, updated_at) "
    "VALUES (1, 1, 'captive', 'Ґонта', 'Петро', 'male', 'CAP-2026-00001', 2026, 1, "
    "'confirmed', '2026-09-01', 0, 'ґонта петро', '2026-09-01 10:00:00', '2026-09-01 10:00:00')"
)
CONTACT = (
    "INSERT INTO contact (id, version, person_id, family_name, given_name, relationship, "
    "consent, created_at) VALUES (?, 1, 1, 'Ґонта', ?, 'mother', ?, '2026-09-01 10:00:00')"
)


def _at(path: Path, revision: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_a_0006_database_is_upgraded_with_nobody_shared(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _at(path, "0006")
    plain = sqlite3.connect(path)
    with plain:
        plain.execute(PERSON)
        plain.execute(CONTACT, (1, "Ганна", "given"))
        plain.execute(CONTACT, (2, "Ірина", "refused"))
        plain.execute("INSERT INTO block_reason (id, text, active) VALUES (1, 'Чекає суду', 1)")
    plain.close()
    db = open_database(f"sqlite:///{path}")
    try:
        with db.reading() as session:
            found = [(c.given_name, c.consent, c.share_consent) for c in list_contacts(session, 1)]
            rows = {r.text: r.shareable for r in reason_rows(session)}
    finally:
        db.dispose()
    assert found == [
        ("Ганна", Consent.GIVEN, Consent.UNKNOWN),
        ("Ірина", Consent.REFUSED, Consent.UNKNOWN),
    ]
    assert rows["Чекає суду"] is False and not any(rows.values())


def test_0007_goes_down_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _at(path, "0007")
    engine = make_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    engine.dispose()
    plain = sqlite3.connect(path)
    columns = {row[1] for row in plain.execute("PRAGMA table_info(contact)")}
    reasons = {row[1] for row in plain.execute("PRAGMA table_info(block_reason)")}
    plain.close()
    assert "share_consent" not in columns and "shareable" not in reasons
    _at(path, "0007")
