"""Fixtures of the lists tests: a supervisor's host (merging is theirs), and the main window
with only the Cases and Lists features.

``lists_window`` stands in for the ``window`` fixture while the other features are being
moved to the host (the whole window cannot be built until they are): it installs what
``install_features(window, features=(lists.install,))`` would, without importing the other
features. Switch its users to ``window`` once every feature is converted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases import feature as cases
from ombuds_desk.ui.lists import feature as lists
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def supervisor_host(
    qtbot: QtBot, db: Database, supervisor: User, today: date, ui_settings: QSettings
) -> Iterator[BareHost]:
    """Like ``host``, acting as a supervisor."""
    bare = BareHost(db, supervisor, today, ui_settings)
    qtbot.addWidget(bare)
    bare.resize(1200, 800)
    bare.show()
    qtbot.waitExposed(bare)
    yield bare
    wait_idle(qtbot, bare)
    bare.tasks.shutdown()


@pytest.fixture
def lists_window(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> Iterator[MainWindow]:
    """The main window with the Cases page and this feature, its first reads done."""
    main = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    main.attach_case_desk(cases.install(main))
    lists.install(main)
    main.finish_menus()
    main.restore_settings()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, main)
    yield main
    main.close()
