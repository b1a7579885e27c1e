"""Storage faults with real files: a database that cannot be written opens for looking and
printing; a full disk says so, loses nothing saved, and the database works again once
space is freed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlmodel import func, select

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.users import create_first_admin
from ombuds_desk.services.printing import case_sheet_data
from ombuds_desk.store import db_messages as words
from ombuds_desk.store.database import DISK_FULL, Database, describe_db_error, open_database
from ombuds_desk.store.db_messages import kind_of, said
from ombuds_desk.store.locations import to_url
from ombuds_desk.store.translations import catalogue
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of, register
from tests.store.conftest import ReadOnlyPlace, fill, not_writable, remount_read_only, tmpfs


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _persons(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(p.family_name for p in session.exec(select(Person)).all())


# --- read-only ------------------------------------------------------------------------------


def test_a_database_that_cannot_be_written_opens_for_looking_and_printing(
    db: Database, admin: User, today: date, db_path: Path, read_only_place: ReadOnlyPlace
) -> None:
    person = register(db, admin, today, family_name="Ґудзь", given_name="Ївга")
    db.dispose()
    path = read_only_place(db_path)
    before = _digest(path)

    opened = open_database(to_url(path))
    try:
        assert opened.read_only
        assert opened.read_only_message.endswith(
            "it is open for looking and printing only. To change it, copy it to a writable "
            "folder and open the copy."
        )
        assert _persons(opened) == ["Ґудзь"]
        with opened.reading() as session:
            sheet = case_sheet_data(session, id_of(person), today=today)
        assert sheet.case_number == person.case_number
        with pytest.raises(DatabaseUnavailableError, match=r"is read-only\. Nothing was saved"):
            register(opened, admin, today, family_name="Новак")
    finally:
        opened.dispose()
    assert _digest(path) == before


def test_a_file_that_cannot_be_written_is_read_through_sqlite_s_read_only_mode(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name="Пʼятницька")
    db.dispose()
    with not_writable(db_path):
        opened = open_database(to_url(db_path))
        try:
            with opened.engine.connect() as connection:
                # Not the app refusing: SQLite itself was asked for a read-only connection.
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                with pytest.raises(OperationalError, match="readonly"):
                    connection.exec_driver_sql("DELETE FROM person")
            assert _persons(opened) == ["Пʼятницька"]
        finally:
            opened.dispose()


def _leave_changes_in_the_log(path: Path) -> None:
    """A process that committed a change and died before closing: the change is still in
    the write-ahead log, not yet in the file."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute(\"UPDATE person SET family_name = 'Оновлена'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)


def test_a_read_only_medium_with_changes_still_in_the_log_says_to_copy_both_files(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Стара")
    db.dispose()
    _leave_changes_in_the_log(db_path)
    with tmpfs(tmp_path / "medium", "16m") as medium:
        target = medium / db_path.name
        for end in ("", "-wal"):  # a copy of the files, without the log's index
            (medium / (db_path.name + end)).write_bytes(
                db_path.with_name(db_path.name + end).read_bytes()
            )
        remount_read_only(medium)
        with pytest.raises(DatabaseUnavailableError) as refused:
            open_database(to_url(target))
    assert refused.value.message == (
        f"The database {target} is on a read-only medium or in a folder you cannot write to, "
        f"and its latest changes are still in {target.name}-wal, which cannot be read there. "
        "Copy both files to a writable folder and open the copy."
    )


def test_with_its_log_index_beside_it_a_read_only_copy_shows_the_changes_in_the_log(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    register(db, admin, today, family_name="Стара")
    db.dispose()
    _leave_changes_in_the_log(db_path)
    assert db_path.with_name(db_path.name + "-shm").exists()
    with not_writable(db_path.parent):
        opened = open_database(to_url(db_path))
        try:
            assert opened.read_only
            assert _persons(opened) == ["Оновлена"]
        finally:
            opened.dispose()


def test_an_older_read_only_database_says_to_copy_it_first(
    db_path: Path, read_only_place: ReadOnlyPlace
) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()
    path = read_only_place(db_path)
    with pytest.raises(DatabaseUnavailableError, match="read-only and was made by an older"):
        open_database(to_url(path))


# --- a full disk ----------------------------------------------------------------------------


def _cap_growth(db: Database) -> None:
    """Every connection of ``db`` may not grow the file past its size now: SQLite answers
    a write that needs more with SQLITE_FULL, as it does when the disk is full."""

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()


def test_sqlite_full_says_the_disk_is_full_and_keeps_what_was_saved(
    db: Database, admin: User, today: date
) -> None:
    register(db, admin, today, family_name="Збережена")
    _cap_growth(db)
    with pytest.raises(DatabaseUnavailableError) as refused:
        for _ in range(500):
            register(db, admin, today, family_name="Нова", given_name="Ірина")
    assert refused.value.message.startswith(DISK_FULL)
    assert "disk i/o" not in refused.value.message.lower()
    assert "Збережена" in _persons(db)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def _office_on(folder: Path) -> tuple[Database, User]:
    db = open_database(to_url(folder / "office.sqlite3"))
    admin = create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
    return db, admin


def test_a_full_disk_says_so_and_loses_nothing_saved(small_disk: Path, today: date) -> None:
    db, admin = _office_on(small_disk)
    try:
        saved = [register(db, admin, today, family_name="Ковальчук").case_number]
        filler = fill(small_disk, leave=8 * 1024)
        with pytest.raises(DatabaseUnavailableError) as refused:
            for _ in range(500):
                saved.append(register(db, admin, today, family_name="Гнатюк").case_number)
        assert refused.value.message.startswith(DISK_FULL), refused.value.message
    finally:
        db.dispose()
    filler.unlink()
    again = open_database(to_url(small_disk / "office.sqlite3"))
    try:
        with again.reading() as session:
            numbers = set(session.exec(select(Person.case_number)).all())
            assert session.exec(select(func.count()).select_from(Person)).one() == len(saved)
        assert numbers == set(saved)
        with again.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        register(again, admin, today, family_name="Після")  # and it works again
    finally:
        again.dispose()


def test_opening_on_a_full_disk_says_the_disk_is_full_not_disk_i_o_error(
    small_disk: Path, today: date
) -> None:
    db, admin = _office_on(small_disk)
    register(db, admin, today)
    db.dispose()  # the log and its index are gone: opening must make them again
    filler = fill(small_disk)
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(to_url(small_disk / "office.sqlite3"))
    assert refused.value.message == DISK_FULL
    filler.unlink()
    open_database(to_url(small_disk / "office.sqlite3")).dispose()


def test_a_disk_i_o_error_with_no_space_left_is_a_full_disk(
    small_disk: Path, tmp_path: Path
) -> None:
    error = sqlite3.OperationalError("disk I/O error")
    roomy = str(tmp_path / "office.sqlite3")
    assert describe_db_error(error, roomy) == said(words.DISK_IO, name=roomy)
    fill(small_disk)
    assert describe_db_error(error, str(small_disk / "office.sqlite3")) == DISK_FULL


@contextmanager
def _file_size_limit(room: int) -> Iterator[None]:
    """This process may grow no file past ``room`` bytes more than the largest now (as
    ``ulimit -f`` sets it for an account); Python ignores SIGXFSZ, so a write past it fails
    (EFBIG) and SQLite says "disk I/O error"."""
    import resource  # POSIX only

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@pytest.mark.skipif(os.name != "posix", reason="a file-size limit is set with setrlimit")
def test_a_file_size_limit_is_said_in_the_reader_s_language_and_loses_nothing_saved(
    db: Database, admin: User, today: date, db_path: Path
) -> None:
    saved = register(db, admin, today, family_name="Збережена").case_number
    log = db_path.with_name(db_path.name + "-wal")
    limit = max(db_path.stat().st_size, log.stat().st_size) + 256 * 1024
    with (
        i18n.using(catalogue(Language.UK)),
        _file_size_limit(limit),
        pytest.raises(DatabaseUnavailableError) as refused,
    ):
        for _ in range(2000):
            register(db, admin, today, family_name="Нова", given_name="Ірина", notes="ж" * 4000)
    message = refused.value.message
    assert "disk i/o" not in message.lower(), message
    with i18n.using(catalogue(Language.UK)):
        expected = said(words.FILE_TOO_LARGE, name=str(db_path))
    assert message.startswith(expected), message
    assert expected != said(words.FILE_TOO_LARGE, name=str(db_path))  # it is Ukrainian
    assert kind_of(message) is None  # neither a full disk nor a damaged file
    with db.reading() as session:
        assert saved in session.exec(select(Person.case_number)).all()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
