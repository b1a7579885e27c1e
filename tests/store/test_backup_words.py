"""A backup that cannot be restored (damaged, not a database, a folder, missing) is refused
in the reader's language: Ukrainian or Russian on the command line and in the window, as in
English before."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store.backup import BackupError, check_backup, make_backup
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue


def _refusal(path: Path, language: Language | None = None) -> str:
    with i18n.using(None if language is None else catalogue(language)):
        with pytest.raises(BackupError) as refused:
            check_backup(path)
    return refused.value.message


def test_a_damaged_backup_is_refused_in_ukrainian(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    made = make_backup(
        db.path, tmp_path / "копія.sqlite3", kind="on_demand", made_at=datetime.now(UTC)
    )
    os.truncate(made.backup, made.backup.stat().st_size // 2)
    ukrainian = _refusal(made.backup, Language.UK)
    assert ukrainian.startswith(f"Резервну копію {made.backup} пошкоджено (")
    assert ukrainian.endswith("її неможливо відновити. Виберіть іншу резервну копію.")
    assert _refusal(made.backup).startswith(f"The backup {made.backup} is damaged (")


def test_what_is_no_backup_is_refused_in_russian(tmp_path: Path) -> None:
    text = tmp_path / "список.sqlite3"
    text.write_text("Прізвище;Імʼя\n" * 100, "utf-8")
    assert _refusal(text, Language.RU) == (
        f"{text} не является резервной копией Ombuds Desk: это не файл базы данных. "
        "Выберите другой файл."
    )
    assert _refusal(tmp_path, Language.RU) == (
        f"{tmp_path} — это папка, а не резервная копия. Выберите файл резервной копии."
    )
    missing = tmp_path / "немає.sqlite3"
    assert _refusal(missing) == f"There is no backup file {missing}. Check the name and try again."
