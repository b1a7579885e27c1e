"""The fault dialog in a Ukrainian window: the store's message in Ukrainian under a Ukrainian
heading, and still only the ways out that fit the fault (Restore for a damaged file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store.database import open_database
from ombuds_desk.store.locations import to_url
from ombuds_desk.ui.shell.fault_dialog import Choice, Fault, FaultDialog


@pytest.mark.usefixtures("ukrainian")
def test_a_damaged_file_in_a_ukrainian_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "реєстр.sqlite3"
    path.write_bytes(b"SQLite format 2\x00" + b"\x07" * 4096)
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(to_url(path))
    dialog = FaultDialog(refused.value.message, backup="створено 25.11.2026 о 18:02")
    qtbot.addWidget(dialog)
    assert dialog.fault is Fault.DAMAGED
    assert dialog.offered() == [Choice.RESTORE_BACKUP, Choice.OTHER_DATABASE, Choice.QUIT]
    assert dialog.message.text().startswith(f"Файл {path} не є базою даних Ombuds Desk")
    heading = dialog.findChild(type(dialog.message), "faultHeading")
    assert heading is not None
    assert heading.text() == "Файл бази даних пошкоджено або це не база даних Ombuds Desk"
