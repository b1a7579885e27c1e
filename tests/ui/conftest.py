"""GUI test fixtures: the bundled font, throw-away QSettings, a main window on a fresh DB."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.fonts import apply_app_font
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints, raise a popup or grab
    the keyboard for it (a calendar, a menu); that is no failure."""
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "does not support propagateSizeHints",
                    "does not support raise",
                    "does not support grabbing the keyboard",
                )
            )


@pytest.fixture(autouse=True)
def _app_font(qapp: QApplication) -> Iterator[None]:
    apply_app_font(qapp)
    yield
    # A dialog a test left open (window-modal, opened with open()) must not become the next
    # test's active modal widget: every test starts with no top-level window.
    # Hidden, not closed: closing a changed form would ask whether to discard it.
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> Iterator[MainWindow]:
    """The whole main window, every feature installed, its first reads done."""
    if os.environ.get("OMBUDS_TMP_CASES_ONLY"):
        from ombuds_desk.ui.cases import feature as cases

        main = MainWindow(db, caseworker, today_fn=lambda: today, settings=ui_settings)
        main.attach_case_desk(cases.install(main))
        main.finish_menus()
        main.restore_settings()
    else:
        from ombuds_desk.ui.shell.app import build_main_window

        main = build_main_window(db, caseworker, today_fn=lambda: today, settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, main)
    yield main
    main.close()


@pytest.fixture
def host(
    qtbot: QtBot, db: Database, caseworker: User, today: date, ui_settings: QSettings
) -> Iterator[BareHost]:
    """A small real host for one page or dialog (no other feature installed)."""
    bare = BareHost(db, caseworker, today, ui_settings)
    qtbot.addWidget(bare)
    bare.resize(1200, 800)
    bare.show()
    qtbot.waitExposed(bare)
    yield bare
    wait_idle(qtbot, bare)
    bare.tasks.shutdown()
