"""The main window shows its frame first (``app.open_window``): its title, menus, status line
and "Loading…" where the pages go, before the pages' modules are imported; the pages take
that place after the frame's first paint, and only then do their first reads start."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.shell import app
from ombuds_desk.ui.shell.app import FEATURE_MODULES, open_window
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.start import Started
from tests.ui.helpers import wait_idle
from tests.ui.shell.demo_process import what_the_window_saw
from tests.ui.shell.modal import Answers


def test_the_frame_shows_first_and_the_pages_take_the_place_of_loading(
    qtbot: QtBot, db: Database, caseworker: User, ui_settings: QSettings
) -> None:
    window = open_window(Started(db, caseworker, None), settings=ui_settings)
    qtbot.addWidget(window)
    # Shown, not painted yet: the frame says who is signed in and that the pages load.
    loading = window.findChild(QLabel, "windowLoading")
    assert loading is not None and loading.text() == "Loading…"
    assert window.isVisible() and window.pages.count() == 0
    assert "Олег Бондар" in window.who.text()
    assert window.tasks.pending > 0  # the unfinished window counts until its pages are in
    # A first window in a process imports every page's modules: long on a busy host.
    with qtbot.waitSignal(window.ready, timeout=60_000):
        pass
    assert window.loading is None  # and its label goes (deleted later)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "windowLoading") is None)
    assert window.pages.isVisible() and window.pages.count() > 1
    # A caseworker's day starts with My work, as in a window built whole.
    assert window.pages.currentWidget().objectName() == "myWorkPage"
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == ["&File", "&Case", "&View", "&Go", "&Print", "&Mail", "&Help"]
    wait_idle(qtbot, window, timeout=60_000)  # no read under way when the window closes
    window.close()


def test_pages_that_cannot_be_made_are_explained_and_the_window_closes(
    qtbot: QtBot,
    db: Database,
    caseworker: User,
    ui_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As when the window was built whole before it showed: said, logged, and the start
    ends with status 1 (``run_gui`` reads ``start_failed``)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))

    def broken(_window: MainWindow) -> None:
        raise RuntimeError("Збій під час запуску: Їжакевич")

    monkeypatch.setattr(app, "install_window_features", broken)
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    answers = Answers().then(QMessageBox, read_and_close)
    with caplog.at_level(logging.ERROR, logger="ombuds_desk"):
        window = open_window(Started(db, caseworker, None), settings=ui_settings)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.isVisible() and answers.left == 0, timeout=30_000)
    answers.check()
    assert window.start_failed
    assert texts[0].endswith("Збій під час запуску: Їжакевич")
    assert [r.getMessage() for r in caplog.records] == ["Ombuds Desk could not start"]


# At the first window's show(): which of the features' modules are imported; then, once the
# window is ready (its pages in), its tabs; then the process ends.
WINDOW = """
import json, os, sys
from PySide6.QtWidgets import QWidget

original_show = QWidget.show
MODULES = json.loads(sys.argv[2])

def show(self):
    original_show(self)
    if type(self).__name__ == "MainWindow":
        window = self
        at_show = [m for m in MODULES if m in sys.modules]

        def when_ready():
            tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
            print(json.dumps({"at_show": at_show, "tabs": tabs}), flush=True)
            os._exit(0)

        window.ready.connect(when_ready)

QWidget.show = show
from ombuds_desk.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""


def test_a_demo_start_shows_the_window_before_it_imports_the_pages(tmp_path: Path) -> None:
    seen = what_the_window_saw(WINDOW, tmp_path, json.dumps(FEATURE_MODULES))
    assert seen["at_show"] == []
    assert seen["tabs"][0] == "Cases" and len(seen["tabs"]) > 5  # the demo supervisor's
