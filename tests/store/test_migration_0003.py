"""Migration 0003 upgrades a database in use: reviews keep their data and gain a recipient,
and the newest review that reassigned a case names the new caseworker and becomes a case
assignment."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.store import migrate
from ombuds_desk.store.database import open_database
from ombuds_desk.store.engine import make_engine

PERSON = (
    "INSERT INTO person (id, version, category, family_name, given_name, sex, case_number, "
    "case_year, case_seq, status, status_since, blocked, sort_name, created_at, updated_at, "
    "assigned_to_id) VALUES (?, 1, 'captive', ?, 'Петро', 'male', ?, 2026, ?, 'confirmed', "
    "'2026-09-01', 0, ?, '2026-09-01 10:00:00', '2026-09-01 10:00:00', ?)"
)
REVIEW = (
    "INSERT INTO case_review (id, person_id, decision, note, next_review_on, reviewed_at, "
    "reviewed_by_id) VALUES (?, ?, ?, ?, '2026-12-10', ?, 8)"
)


def _second_schema_with_reviews(path: Path) -> None:
    """A 0002 database: two staff, two cases, a review kept waiting and two reassigning."""
    engine = make_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    plain = sqlite3.connect(path)
    with plain:
        for user_id, name, full, role in (
            (7, "o.bondar", "Олег Бондар", "caseworker"),
            (8, "n.rudenko", "Наталія Руденко", "supervisor"),
        ):
            plain.execute(
                "INSERT INTO user (id, version, username, full_name, role, active, created_at, "
                "must_change_password, failed_sign_ins) "
                "VALUES (?, 1, ?, ?, ?, 1, '2026-01-05 09:00:00', 0, 0)",
                (user_id, name, full, role),
            )
        plain.execute(PERSON, (1, "Ґонта", "CAP-2026-00001", 1, "ґонта петро", 7))
        plain.execute(PERSON, (2, "Їжак", "CAP-2026-00002", 2, "їжак петро", None))
        plain.execute(REVIEW, (1, 1, "keep_waiting", "Чекаємо на МКЧХ", "2026-11-01 10:00:00"))
        plain.execute(REVIEW, (2, 1, "reassign", "Старий запис", "2026-11-02 10:00:00"))
        plain.execute(REVIEW, (3, 1, "reassign", "Олег знає родину", "2026-11-20 10:00:00"))
        plain.execute(REVIEW, (4, 2, "escalate", None, "2026-11-21 10:00:00"))
    plain.close()


def test_a_0002_database_with_reviews_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _second_schema_with_reviews(path)

    upgraded = open_database(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision() >= "0003"
        assert upgraded.backup_made is not None and upgraded.backup_made.exists()
        with upgraded.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with upgraded.reading() as session:
            assert verify_chain(session).intact
    finally:
        upgraded.dispose()
    plain = sqlite3.connect(path)
    try:
        reviews = plain.execute(
            "SELECT id, person_id, decision, note, to_user_id FROM case_review ORDER BY id"
        ).fetchall()
        assert reviews == [
            (1, 1, "keep_waiting", "Чекаємо на МКЧХ", None),
            (2, 1, "reassign", "Старий запис", None),
            (3, 1, "reassign", "Олег знає родину", 7),
            (4, 2, "escalate", None, None),
        ]
        # Only the newest reassignment of a case can say to whom: the case's caseworker now.
        assert plain.execute(
            "SELECT person_id, from_user_id, to_user_id, reason, assigned_by_id "
            "FROM case_assignment"
        ).fetchall() == [(1, None, 7, "Олег знає родину", 8)]
        plain.execute(
            "INSERT INTO case_review (person_id, decision, reviewed_at, reviewed_by_id, "
            "to_user_id) VALUES (2, 'escalate', '2026-12-01 09:00:00', 8, 7)"
        )
        plain.commit()
        plain.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            plain.execute(
                "INSERT INTO case_review (person_id, decision, reviewed_at, to_user_id) "
                "VALUES (2, 'escalate', '2026-12-01 09:00:00', 99)"
            )
    finally:
        plain.close()


def test_0003_downgrades_to_0002(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _second_schema_with_reviews(path)
    engine = make_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
            command.downgrade(config, "0002")
        assert migrate.current_revision(engine) == "0002"
    finally:
        engine.dispose()
    plain = sqlite3.connect(path)
    try:
        columns = [row[1] for row in plain.execute("PRAGMA table_info(case_review)")]
        assert "to_user_id" not in columns
        assert plain.execute("SELECT count(*) FROM case_review").fetchone() == (4,)
        assert plain.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'case_assignment'"
        ).fetchone() == (0,)
    finally:
        plain.close()
