"""The "Where the data is" tab on a real encrypted database with backups and a verification."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.backups import backup_now
from ombuds_desk.services.core.encryption import encrypt_database
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.admin.admin_page import AdminPage
from tests.services.helpers import register
from tests.ui.conftest import HostFactory
from tests.ui.helpers import wait_idle

SHOTS = Path("/work/shots/17E")


@pytest.fixture(autouse=True)
def _no_passphrase_kept() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


def test_the_tab_shows_where_the_data_is_and_what_is_encrypted(
    qtbot: QtBot, make_host: HostFactory, db: Database, admin: User, today: date
) -> None:
    register(db, admin, today, family_name="Ґудзь")
    backup_now(db, admin)  # plain, made before the encryption
    db.dispose()
    encrypt_database(db.url, admin, "ключ від сейфу 7")
    db.take_over(open_database(db.url))
    made = backup_now(db, admin)
    verify_audit_trail(db, admin)

    host = make_host(admin)
    page = AdminPage(host)
    host.add_page(page, "Administration")
    host.show_page(page)
    page.tabs.setCurrentWidget(page.locations)
    wait_idle(qtbot, host)

    tab = page.locations
    assert tab.shown is not None
    assert tab.cells[("Database", "where")].text() == str(db.path)
    assert tab.cells[("Database", "encrypted")].text() == "Yes"
    assert tab.cells[("Backups", "encrypted")].text() == "Partly"  # one older plain backup
    assert "1 older backup," in tab.cells[("Backups", "how")].text()
    assert tab.cells[("Log", "encrypted")].text() == "No"
    assert made.path in tab.last_backup.text() and "by admin" in tab.last_backup.text()
    assert "intact" in tab.last_verification.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)  # the layout's pass after the texts came, as a user sees the tab
    page.grab().save(str(SHOTS / "where-the-data-is.png"))


def test_before_any_backup_or_verification_it_says_what_to_do(
    qtbot: QtBot, make_host: HostFactory, admin: User
) -> None:
    host = make_host(admin)
    page = AdminPage(host)
    host.add_page(page, "Administration")
    host.show_page(page)
    page.tabs.setCurrentWidget(page.locations)
    wait_idle(qtbot, host)
    tab = page.locations
    assert tab.cells[("Database", "encrypted")].text() == "No"
    assert tab.last_backup.text().startswith("none yet")
    assert tab.last_verification.text().startswith("never")
