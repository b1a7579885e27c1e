"""A write-ahead log damaged before saved changes (``store/damaged_log.py``): SQLite would
drop them without a word; the start says so once, in the reader's language, with the log
kept aside, and the database opens the next time without them. A log whole, or with only
its last change torn by a crash, opens as usual."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from contextlib import closing
from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store import db_messages as words
from ombuds_desk.store.damaged_log import FRAME_HEADER, WAL_HEADER, saves_lost
from ombuds_desk.store.database import open_database
from ombuds_desk.store.db_messages import kind_of, said
from ombuds_desk.store.files import sha256_of
from ombuds_desk.store.locations import to_url
from ombuds_desk.store.translations import catalogue

SAVES = 5


def _with_saves_in_its_log(tmp_path: Path) -> tuple[Path, int]:
    """A database whose last five saves (one setting each) are still in its log, as after a
    crash; and the log's page size."""
    made = tmp_path / "made.sqlite3"
    open_database(to_url(made)).dispose()
    database = tmp_path / "office.sqlite3"
    with closing(sqlite3.connect(made, isolation_level=None)) as connection:
        connection.execute("PRAGMA wal_autocheckpoint = 0")  # the log keeps every save
        for number in range(1, SAVES + 1):
            connection.execute(
                "INSERT INTO office_setting (key, value) VALUES (?, ?)",
                (f"saved_{number}", f"Зміна {number}"),
            )
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        # Copied while the log still holds them (closing would move them into the file).
        shutil.copyfile(made, database)
        shutil.copyfile(made.with_name(made.name + "-wal"), _log(database))
    return database, page_size


def _log(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def _damage_frame(database: Path, page_size: int, index: int) -> None:
    """Change one byte of the page in the log's frame ``index`` (from 0; -1: the last)."""
    log = _log(database)
    data = bytearray(log.read_bytes())
    frame = FRAME_HEADER + page_size
    if index < 0:
        index += (len(data) - WAL_HEADER) // frame
    data[WAL_HEADER + index * frame + FRAME_HEADER + 100] ^= 0xFF
    log.write_bytes(bytes(data))


def _commit_frames(database: Path, page_size: int) -> list[int]:
    """The frames of the log that end a save (their header names the database's size)."""
    data = _log(database).read_bytes()
    frame = FRAME_HEADER + page_size
    return [
        index
        for index in range((len(data) - WAL_HEADER) // frame)
        if struct.unpack(
            ">I", data[WAL_HEADER + index * frame + 4 : WAL_HEADER + index * frame + 8]
        )[0]
    ]


def _saved(database: Path) -> list[str]:
    db = open_database(to_url(database))
    try:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT value FROM office_setting WHERE key LIKE 'saved_%' ORDER BY key"
            )
            return [row[0] for row in rows]
    finally:
        db.dispose()


def test_saved_changes_behind_a_damaged_frame_are_said_once_with_the_log_kept(
    tmp_path: Path,
) -> None:
    database, page_size = _with_saves_in_its_log(tmp_path)
    commits = _commit_frames(database, page_size)
    assert len(commits) == SAVES
    _damage_frame(database, page_size, commits[0] + 1)  # the second save's first page
    damaged = sha256_of(_log(database))
    assert saves_lost(database) == SAVES - 1

    with i18n.using(catalogue(Language.UK)), pytest.raises(DatabaseUnavailableError) as told:
        open_database(to_url(database))
    [kept] = list(tmp_path.glob("office.sqlite3-wal.damaged-*"))
    with i18n.using(catalogue(Language.UK)):
        expected = said(
            words.DAMAGED_LOG,
            SAVES - 1,
            name=database,
            log="office.sqlite3-wal",
            kept=kept.name,
        )
        assert kind_of(told.value.message) == "damaged"  # the window offers the newest backup
    assert told.value.message == expected
    assert expected.startswith(f"Журнал поруч із базою даних {database}")
    assert "4 збережені в ньому зміни" in expected
    assert kind_of(said(words.DAMAGED_LOG, 1, name=database, log="l", kept="k")) == "damaged"
    assert sha256_of(kept) == damaged  # for whoever repairs it
    assert kept.stat().st_mode & 0o077 == 0

    # Opened again, as the message says: without those changes, and nothing kept twice.
    assert _saved(database) == ["Зміна 1"]
    assert list(tmp_path.glob("office.sqlite3-wal.damaged-*")) == [kept]


@pytest.mark.parametrize("damage", ["none", "the last change torn"])
def test_a_whole_log_or_a_torn_last_change_opens_as_usual(tmp_path: Path, damage: str) -> None:
    database, page_size = _with_saves_in_its_log(tmp_path)
    if damage != "none":
        _damage_frame(database, page_size, -1)  # a crash as the last change was written
    assert saves_lost(database) == 0
    saved = [f"Зміна {n}" for n in range(1, SAVES + 1)]
    assert _saved(database) == (saved if damage == "none" else saved[:-1])
    assert list(tmp_path.glob("*.damaged-*")) == []
