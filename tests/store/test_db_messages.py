"""The store's words for a database it cannot use are said in the reader's language (the
command line's ``--lang``, the window's), and each still tells its kind of fault."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store import db_messages as words
from ombuds_desk.store.database import describe_db_error, open_database
from ombuds_desk.store.db_messages import kind_of
from ombuds_desk.store.locations import to_url
from ombuds_desk.store.translations import catalogue


def _refusal(path: Path) -> str:
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(to_url(path))
    return refused.value.message


def test_a_file_that_is_no_database_is_refused_in_ukrainian_and_russian(tmp_path: Path) -> None:
    path = tmp_path / "реєстр.sqlite3"
    path.write_bytes("Прізвище;Імʼя\n".encode() * 300)
    with i18n.using(catalogue(Language.UK)):
        ukrainian = _refusal(path)
        assert kind_of(ukrainian) == "damaged"  # told in the language it is said in
    with i18n.using(catalogue(Language.RU)):
        russian = _refusal(path)
        assert kind_of(russian) == "damaged"
    assert ukrainian == (
        f"Файл {path} не є базою даних Ombuds Desk або пошкоджений. Відновіть його з "
        "резервної копії або виберіть інший файл."
    )
    assert russian.startswith(f"Файл {path} не является базой данных Ombuds Desk")
    assert _refusal(path).startswith(f"The file {path} is not an Ombuds Desk database")
    assert kind_of(_refusal(path)) == "damaged"


def test_a_folder_and_a_lock_are_said_in_ukrainian(tmp_path: Path) -> None:
    with i18n.using(catalogue(Language.UK)):
        folder = _refusal(tmp_path)
        locked = describe_db_error(sqlite3.OperationalError("database is locked"), "офіс.sqlite3")
        full = describe_db_error(sqlite3.OperationalError("database or disk is full"), "x")
        assert (kind_of(locked), kind_of(full)) == ("locked", "disk_full")
    assert folder == f"{tmp_path} — це папка, а не файл бази даних."
    assert locked.startswith("Базу даних офіс.sqlite3 заблокувала інша програма")
    assert full.startswith("Диск заповнено")


@pytest.mark.parametrize("language", [Language.EN, Language.UK, Language.RU])
def test_every_kind_is_told_from_its_words_in_each_language(language: Language) -> None:
    with i18n.using(catalogue(language)):
        for kind, templates in words.KINDS.items():
            for template in templates:
                message = words.said(
                    template,
                    name="/d/офіс.sqlite3",
                    problem="*** page 7 ***",
                    why="?",
                    log="x",
                    kept="y",
                    revision="ffff",
                )
                assert kind_of(message) == kind, message
                # as the unit of work says it, with "Nothing was saved." after it
                assert kind_of(message + " Нічого не збережено.") == kind
        assert kind_of("Something nobody foresaw") is None
