"""The whole-file check of the database after the window has shown and on demand (File →
Check the database for damage), on real SQLite files: damage deep in a large file, which
the start no longer reads whole, is said in a message box once the window is open."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store import database as store_database
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell.app import open_window
from ombuds_desk.ui.shell.integrity import IntegrityCheck
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.start import Started
from tests.services.helpers import register
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import action, wait_idle

PAGE = 4096


def damage_deep_inside(db: Database, admin: User, today: date, path: Path) -> None:
    """Persons enough for several pages, then pages past the schema overwritten."""
    for _ in range(30):
        register(db, admin, today, family_name="Ковальчук" * 10)
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[PAGE * 3 : PAGE * 6] = b"\xff" * (PAGE * 3)
    path.write_bytes(bytes(data))


def check_of(window: MainWindow) -> IntegrityCheck:
    check = window.findChild(IntegrityCheck, "integrityCheck")
    assert check is not None
    return check


def test_damage_the_start_did_not_read_is_said_once_the_window_shows(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    admin: User,
    today: date,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damage_deep_inside(db, admin, today, db_path)
    monkeypatch.setattr(store_database, "CHECK_AT_OPEN_BYTES", 0)  # every file is "large"
    damaged = open_database(db.url)  # opens: only its header and schema are read
    window = open_window(Started(damaged, admin, None), settings=ui_settings)
    try:
        qtbot.waitUntil(lambda: check_of(window).message is not None, timeout=10_000)
        box = check_of(window).message
        assert box is not None and box.objectName() == "databaseDamaged"
        assert box.icon() is QMessageBox.Icon.Critical
        assert str(db_path) in box.text() and "damaged" in box.text()
        assert "Restore a backup" in box.informativeText()
    finally:
        wait_idle(qtbot, window)
        window.close()
        damaged.dispose()


def test_on_demand_a_whole_database_says_no_damage(
    qtbot: QtBot, make_window: WindowFactory, admin: User
) -> None:
    window = make_window(admin)
    entry = action(window, "checkDatabase")
    assert entry in window.menus[MenuKey.FILE].actions() and entry.isVisible()
    entry.trigger()
    qtbot.waitUntil(lambda: check_of(window).message is not None, timeout=10_000)
    box = check_of(window).message
    assert box is not None and box.objectName() == "noDamage"
    assert "no damage" in box.text()
    assert entry.isEnabled()  # again, once the check is done
    box.close()
