"""The main window shows its frame first (``app.open_window``): its title, menus, status line
and "Loading…" where the pages go, before the pages' modules are imported; the pages take
that place after the frame's first paint, and only then do their first reads start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ombuds_desk.demo import builder
from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.shell.app import FEATURE_MODULES, open_window
from ombuds_desk.ui.shell.start import Started
from tests.commands.helpers import environment
from tests.ui.helpers import wait_idle

ROOT = Path(__file__).resolve().parents[3]


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
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "windowLoading") is None)
    assert window.pages.isVisible() and window.pages.count() > 1
    # A caseworker's day starts with My work, as in a window built whole.
    assert window.pages.currentWidget().objectName() == "myWorkPage"
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == ["&File", "&Case", "&View", "&Go", "&Print", "&Mail", "&Help"]
    window.close()


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
    path = tmp_path / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(db, persons=30, seed=7)
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, str(path), json.dumps(FEATURE_MODULES)],
        cwd=ROOT,
        env=environment(tmp_path, {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["at_show"] == []
    assert seen["tabs"][0] == "Cases" and len(seen["tabs"]) > 5  # the demo supervisor's
