"""Fixtures of the workflow pages: a supervisor's small host (a page alone), and a
supervisor's main window with the Cases page and the workflow's pages (flows across pages)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.shell.features import install_features
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.workflow import feature as workflow
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def boss(
    qtbot: QtBot, db: Database, supervisor: User, today: date, ui_settings: QSettings
) -> Iterator[BareHost]:
    """A small real host acting as the supervisor (the ``host`` fixture is a caseworker's)."""
    bare = BareHost(db, supervisor, today, ui_settings)
    qtbot.addWidget(bare)
    bare.resize(1200, 800)
    bare.show()
    qtbot.waitExposed(bare)
    yield bare
    wait_idle(qtbot, bare)
    bare.tasks.shutdown()


def workflow_window(
    qtbot: QtBot, db: Database, actor: User, today: date, settings: QSettings
) -> MainWindow:
    """The main window with the Cases page and the workflow's pages, active, first reads
    done (the other features are left out: these tests are about the workflow)."""
    main = MainWindow(db, actor, today_fn=lambda: today, settings=settings)
    install_features(main, features=(workflow.install,))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    wait_idle(qtbot, main)
    return main


@pytest.fixture
def boss_window(
    qtbot: QtBot, db: Database, supervisor: User, today: date, ui_settings: QSettings
) -> Iterator[MainWindow]:
    main = workflow_window(qtbot, db, supervisor, today, ui_settings)
    yield main
    wait_idle(qtbot, main)  # no read left under way when the window closes
    main.close()
