"""Opening a database: a new file is created and migrated; a locked, damaged or foreign one
gives one clear message and loses nothing."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError
from sqlmodel import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import Language, using
from ombuds_desk.domain.people import Person
from ombuds_desk.store import database as store_database
from ombuds_desk.store import migrate
from ombuds_desk.store.database import (
    DISK_FULL,
    Database,
    check_integrity,
    describe_db_error,
    keep_statistics,
    open_database,
)
from ombuds_desk.store.db_messages import kind_of
from ombuds_desk.store.engine import make_engine
from ombuds_desk.store.translations import catalogue
from tests.services.helpers import register


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "list.sqlite3"
    path.write_text("case_number;family_name\nCAP-1;Іваненко\n", encoding="utf-8")
    with pytest.raises(DatabaseUnavailableError, match="not an Ombuds Desk database or is damaged"):
        open_database(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8").startswith("case_number")


def test_damaged_file(db: Database, admin: User, today: date, db_path: Path) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\xff" * (page * 3)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailableError, match=r"damaged|not an Ombuds Desk"):
        open_database(f"sqlite:///{db_path}")


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "office.sqlite3"
    database = open_database(f"sqlite:///{path}")
    assert path.exists()
    database.dispose()


def test_a_new_file_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "Офіс омбудсмана" / "office.sqlite3"
    database = open_database(f"sqlite:///{path}", demo=True)
    try:
        assert database.path == path and database.display_name == str(path)
        assert database.demo and not database.read_only and database.backup_made is None
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        tables = set(inspect(database.engine).get_table_names())
        assert {"person", "contact", "parcel", "audit_entry", "alembic_version"} <= tables
    finally:
        database.dispose()


@pytest.mark.parametrize("language", [Language.EN, Language.UK])
def test_an_empty_file_is_refused_not_taken_for_a_new_database(
    tmp_path: Path, language: Language
) -> None:
    """A register cut to nothing by a failed copy or sync: SQLite would make a new database
    of it, and the window would ask for a first admin as if the office had just begun."""
    path = tmp_path / "office.sqlite3"
    path.touch()
    with using(catalogue(language)):
        with pytest.raises(DatabaseUnavailableError) as raised:
            open_database(f"sqlite:///{path}")
        message = raised.value.message
        assert kind_of(message) == "damaged"  # the window offers to restore a backup
    assert str(path) in message
    assert ("0 bytes" if language is Language.EN else "0 байтів") in message
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite3"]
    path.unlink()  # as the message says: a new register where the empty file was
    database = open_database(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.dispose()


def test_reopening_a_current_database_changes_nothing(
    db: Database, admin: User, today: date
) -> None:
    person = register(db, admin, today, family_name="Ґудзь")
    db.dispose()
    again = open_database(db.url)
    try:
        assert again.backup_made is None
        assert again.path is not None  # and no copy was set aside: nothing to upgrade
        assert not [p for p in again.path.parent.iterdir() if ".before-" in p.name]
        with again.reading() as session:
            found = session.get(Person, person.id)
            assert found is not None and found.family_name == "Ґудзь"
    finally:
        again.dispose()


def test_without_upgrade_nothing_is_created(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(f"sqlite:///{path}", upgrade=False)
    try:
        assert migrate.current_revision(database.engine) is None
        assert inspect(database.engine).get_table_names() == []
    finally:
        database.dispose()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "office.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseUnavailableError, match="is a folder, not a database file"):
        open_database(f"sqlite:///{folder}")


def test_a_folder_that_cannot_be_made_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "archive"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DatabaseUnavailableError, match=r"Cannot create the database .*another"):
        open_database(f"sqlite:///{blocker / 'office.sqlite3'}")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_url_no_driver_can_open_is_refused_with_an_example(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError) as raised:
        open_database("nosuchdb://someone@host/office")
    assert raised.value.message.startswith(
        "“nosuchdb://someone@host/office” is not a database this app can open"
    )
    assert "postgresql+psycopg://user@host/dbname" in raised.value.message
    with using(catalogue(Language.UK)), pytest.raises(DatabaseUnavailableError) as raised:
        open_database("nosuchdb://someone@host/office")
    assert "не є базою даних" in raised.value.message
    assert "postgresql+psycopg://user@host/dbname" in raised.value.message


def test_a_reading_session_commits_nothing(db: Database, admin: User, today: date) -> None:
    with db.reading() as session:
        session.add(
            Person(
                category=Category.CAPTIVE,
                family_name="Тимчасовий",
                given_name="Запис",
                case_number="CAP-2026-99999",
                case_year=2026,
                case_seq=99999,
                status_since=today,
            )
        )
        session.flush()
        assert session.exec(select(func.count()).select_from(Person)).one() == 1
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0


def test_a_server_database_is_named_without_its_password() -> None:
    url = "postgresql+psycopg://ombuds:s3cret@db.office.example/register"
    database = Database(url=url, engine=make_engine(url))
    try:
        assert database.path is None
        assert database.display_name == "postgresql+psycopg://ombuds:***@db.office.example/register"
        assert "s3cret" not in database.display_name
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("driver_says", "message"),
    [
        ("database is locked", "The database office.sqlite3 is locked by another program"),
        ("database table is busy", "The database office.sqlite3 is locked by another program"),
        (
            "attempt to write a readonly database",
            "The database office.sqlite3 is read-only. Nothing was saved; open a writable copy.",
        ),
        ("file is not a database", "The file office.sqlite3 is not an Ombuds Desk database"),
        ("database disk image is malformed", "The file office.sqlite3 is not an Ombuds Desk"),
        (
            "unable to open database file",
            "The database office.sqlite3 cannot be opened: its folder is missing or not "
            "writable. Check the folder, or choose another database.",
        ),
        (
            'connection to server at "db" failed\nis the server running?',
            'Cannot reach the database server office.sqlite3: connection to server at "db" failed',
        ),
        ("database or disk is full", DISK_FULL),
        (
            "disk I/O error\nmore detail",
            "The database office.sqlite3 could not be read or written: the disk or its file "
            "system refused",
        ),
    ],
)
def test_driver_errors_become_one_line_a_user_can_act_on(driver_says: str, message: str) -> None:
    wrapped = OperationalError("UPDATE person SET …", {}, sqlite3.OperationalError(driver_says))
    for error in (wrapped, sqlite3.OperationalError(driver_says)):
        described = describe_db_error(error, "office.sqlite3")
        assert described.startswith(message), described
        assert "\n" not in described


def test_closing_a_database_leaves_its_whole_content_in_the_file(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    person = register(db, admin, today, family_name="Ґудзь")
    reader = sqlite3.connect(db_path)  # another connection keeps the log from going away
    try:
        reader.execute("SELECT count(*) FROM person").fetchone()
        log = db_path.with_name(db_path.name + "-wal")
        assert log.stat().st_size > 0
        db.dispose()
        assert log.stat().st_size == 0  # checkpointed and emptied
    finally:
        reader.close()
    # The file alone, without its log, holds the person.
    alone = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        assert alone.execute(
            "SELECT family_name FROM person WHERE id = ?", (person.id,)
        ).fetchone() == ("Ґудзь",)
    finally:
        alone.close()


# -- what the start checks, and the whole-file check apart from it --------------------------


def _damage_pages(db: Database, admin: User, today: date, db_path: Path) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    db_path.write_bytes(bytes(data))


def test_a_large_file_is_opened_on_its_cheap_checks_and_checked_whole_apart(
    db: Database, admin: User, today: date, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage_pages(db, admin, today, db_path)
    monkeypatch.setattr(store_database, "CHECK_AT_OPEN_BYTES", 0)  # every file is "large"
    opened = open_database(f"sqlite:///{db_path}", upgrade=False)
    try:
        problem = check_integrity(opened)
    finally:
        opened.dispose()
    assert problem is not None and str(db_path) in problem
    assert "damaged" in problem or "not an Ombuds Desk" in problem


def test_a_large_file_with_a_damaged_schema_is_still_refused_at_open(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.dispose()
    monkeypatch.setattr(store_database, "CHECK_AT_OPEN_BYTES", 0)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\x07" * (4096 - 100)  # the header stays; the first page is garbage
    db_path.write_bytes(bytes(data))
    for extra in db_path.parent.glob(db_path.name + "-*"):
        extra.unlink()
    with pytest.raises(DatabaseUnavailableError, match=r"damaged|not an Ombuds Desk"):
        open_database(f"sqlite:///{db_path}")


def test_a_whole_file_has_nothing_to_report(db: Database) -> None:
    assert check_integrity(db) is None


def test_statistics_are_taken_on_close_when_missing_or_outgrown(
    db: Database, admin: User, today: date, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_database, "STATISTICS_FROM_PERSONS", 3)
    for number in range(3):
        register(db, admin, today, family_name=f"Ґонта{'а' * number}")

    def recorded() -> list[tuple[str, str]]:
        with sqlite3.connect(db_path) as connection:
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
            ).fetchone()[0]
            if not tables:
                return []
            return connection.execute(
                "SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'person'"
            ).fetchall()

    assert recorded() == []
    db.dispose()  # closing takes them
    assert recorded() and all(stat.split()[0] == "3" for _idx, stat in recorded())
    again = open_database(db.url)
    assert keep_statistics(again.engine) is False  # current: nothing to do
    for number in range(2):
        register(again, admin, today, family_name=f"Їжак{'а' * number}")
    assert keep_statistics(again.engine) is True  # 3 → 5 persons: taken again
    again.dispose()
    assert all(stat.split()[0] == "5" for _idx, stat in recorded())


def test_a_new_database_file_is_its_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "new office.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.begin() as connection:  # the log and its index come into being
            connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS mode_probe (x)")
        for made in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            if made.exists():
                assert stat.S_IMODE(made.stat().st_mode) == 0o600, made
    finally:
        db.dispose()


def test_an_index_added_since_the_statistics_is_measured_at_close(
    db: Database, admin: User, today: date, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade's new index has no statistics while the tables' others are current: the
    next close takes them (the planner guessed its worth until then)."""
    monkeypatch.setattr(store_database, "STATISTICS_FROM_PERSONS", 3)
    for number in range(3):
        register(db, admin, today, family_name=f"Ґонта{'а' * number}")
    db.dispose()  # statistics taken
    again = open_database(db.url)
    assert keep_statistics(again.engine) is False
    with again.engine.begin() as connection:
        connection.exec_driver_sql("CREATE INDEX ix_person_test_new ON person (given_name)")
    assert keep_statistics(again.engine) is True
    assert keep_statistics(again.engine) is False  # measured now: nothing more to do
    again.dispose()
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_person_test_new'"
        ).fetchall()
    assert rows and rows[0][0].split()[0] == "3"


def test_a_table_never_measured_is_measured_at_close(
    db: Database, admin: User, today: date, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Statistics that name only some tables (as upgrades that measured ``person`` left them
    on a register built without any): the search keys' table, never measured, is measured at
    the next close, and then nothing more is to do."""
    monkeypatch.setattr(store_database, "STATISTICS_FROM_PERSONS", 3)
    for number in range(3):
        register(db, admin, today, family_name=f"Ґонта{'а' * number}")
    db.dispose()  # statistics taken
    with sqlite3.connect(db_path) as connection:
        connection.execute("DELETE FROM sqlite_stat1 WHERE tbl <> 'person'")
    again = open_database(db.url)
    assert keep_statistics(again.engine) is True
    assert keep_statistics(again.engine) is False
    again.dispose()
    with sqlite3.connect(db_path) as connection:
        measured = {
            idx
            for (idx,) in connection.execute(
                "SELECT idx FROM sqlite_stat1 WHERE tbl = ?", ("person_name_key",)
            )
        }
    assert "ix_person_name_key_key" in measured
