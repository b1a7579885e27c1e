"""``ombuds-desk check``: the whole database file checked, from the command line."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, run
from tests.services.helpers import register


def test_a_whole_database_has_no_damage(db: Database, db_path: Path, tmp_path: Path) -> None:
    db.dispose()
    result = run("check", "--db", str(db_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"No damage found in {db_path}."


def test_damage_is_said_in_one_line_with_status_1(
    db: Database, db_path: Path, admin: User, today: date, tmp_path: Path
) -> None:
    for _ in range(30):
        register(db, admin, today, family_name="Ґонта" * 10)
    db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    line = one_error_line(run("check", "--db", str(db_path), cwd=tmp_path))
    assert str(db_path) in line and ("damaged" in line or "not an Ombuds Desk" in line)
    assert db_path.read_bytes() == before  # only read


def _damage(db_path: Path, pages: slice | None = None) -> None:
    """Pages of ``db_path`` overwritten (``pages``), or its free-page count made wrong."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    if pages is None:
        data[36:40] = (7).to_bytes(4, "big")  # the header's count of free pages
    else:
        data[pages] = b"\xff" * (pages.stop - pages.start)
    db_path.write_bytes(bytes(data))


def test_the_check_says_what_it_found_in_the_chosen_language(
    db: Database, db_path: Path, admin: User, today: date, tmp_path: Path
) -> None:
    """Not the opening's "not a database or damaged": what SQLite's check found, with the
    file, in Ukrainian or Russian, exit 1 (the check used to answer with the open's words)."""
    for _ in range(30):
        register(db, admin, today, family_name="Ґонта" * 10)
    db.dispose()
    _damage(db_path, slice(4096 * 3, 4096 * 6))
    before = db_path.read_bytes()
    result = run("--lang", "uk", "check", "--db", str(db_path), cwd=tmp_path)
    assert result.returncode == 1
    line = one_error_line(result)
    assert str(db_path) in line
    assert "Перевірка не змогла дочитати" in line and "не є базою даних" not in line
    assert "сторінки файлу не узгоджуються" in line
    assert _latin_words(line, db_path) == []  # no "(SQLite: database disk image is malformed)"
    assert db_path.read_bytes() == before  # only read


def test_the_check_counts_its_findings(db: Database, db_path: Path, tmp_path: Path) -> None:
    db.dispose()
    _damage(db_path)
    result = run("--lang", "ru", "check", "--db", str(db_path), cwd=tmp_path)
    assert result.returncode == 1
    line = one_error_line(result)
    assert (
        f"Проверка нашла повреждения в {db_path}: 1 проблема, первая: список свободных "
        "страниц файла неверен." in line
    )
    assert _latin_words(line, db_path) == []  # SQLite's "Main freelist: …" is not in it
    assert result.stdout == ""
    # SQLite's own words, asked for: after the one line, under a label in Russian.
    detailed = run("--lang", "ru", "check", "--details", "--db", str(db_path), cwd=tmp_path)
    assert one_error_line(detailed) == line
    report = detailed.stdout.splitlines()
    assert report[0] == "Отчёт SQLite:" and report[1].startswith("  Main freelist:")
    assert "*** in database" not in detailed.stdout


def _latin_words(line: str, path: Path) -> list[str]:
    """Words in Latin letters in ``line``, besides the file's path and the program's (its name, its restore command)."""
    rest = line.replace(str(path), "").replace("ombuds-desk restore", "").replace("ombuds-desk", "")
    return re.findall(r"[A-Za-z]{2,}", rest)


def test_a_missing_file_is_not_made_to_be_checked(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    result = run("--lang", "uk", "check", "--db", str(missing), cwd=tmp_path)
    assert result.returncode == 1
    assert f"Бази даних {missing} немає" in one_error_line(result)
    assert not missing.exists()  # an empty database was made and found "whole" before
