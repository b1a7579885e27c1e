"""Cancel on the Duplicates page while its search runs in a worker process, blocked in its
read (another program holds the register whole: the read waits for the lock): the search is
cancelled within seconds, not failed after the lock's wait, and can be started again."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.store.engine import BUSY_TIMEOUT_MS
from ombuds_desk.ui.common.process_work import CANCEL_GRACE_SECONDS, can_run_in_process
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from tests.services.helpers import register
from tests.ui.hosting import BareHost


def test_a_search_blocked_in_its_read_is_cancelled_in_seconds(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    for family, given in (("Харченко", "Юрій"), ("Kharchenko", "Yurii")):
        register(db, caseworker, today, family_name=family, given_name=given, date_of_birth="1980")
    assert db.path is not None and can_run_in_process(db)
    db.dispose()
    with closing(sqlite3.connect(db.path, isolation_level=None)) as other:
        # Another program holding the file whole: the worker's read waits for it.
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE person SET family_name = family_name")
        page = DuplicatesPage(host)
        host.add_page(page, "Duplicates")
        host.show_page(page)
        job = page.job
        assert job is not None
        qtbot.wait(500)  # the worker has started its read
        asked = time.monotonic()
        with qtbot.waitSignal(job.cancelled, timeout=BUSY_TIMEOUT_MS + 30_000):
            job.cancel()
        waited = time.monotonic() - asked
        qtbot.waitUntil(lambda: page.job is None)
        other.execute("COMMIT")
    assert waited < CANCEL_GRACE_SECONDS + (BUSY_TIMEOUT_MS / 1000) / 2, waited
    assert page.summary.text() == "Search cancelled. Press Search again to look for duplicates."
    assert page.search_button.isEnabled()
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and not page.stale, timeout=60_000)
    assert page.model.rowCount() == 1
