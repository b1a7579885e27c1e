"""The lazy pages' modules imported at idle once the window shows, one a step, leaf first: a
page's first opening then imports nothing of the app (but what its own reads bring), and a
module already imported is not imported again.

The window of the first test is a real ``ombuds-desk --demo --db FILE`` process: this test
process imported every page long ago.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.ui.shell.page_warmer import PageWarmer
from tests.ui.conftest import WindowFactory
from tests.ui.shell.demo_process import what_the_window_saw

# What the Duplicates page imports once shown, for its search: the page's own reads, not
# its opening (the search's work runs in a worker process). None of the import's planners:
# they came with the search's cancel once, 100-200 ms on the GUI thread at the page's first
# opening.
AFTER_SHOWN = (
    "ombuds_desk.services.core.worker_processes",
    "ombuds_desk.ui.common.process_work",
)

# Once the window shows: wait for the warmer, then open every page in tab order; print the
# app's modules each step imported (the warmer's steps, then the openings).
WINDOW = """
import importlib, json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ombuds_desk.ui.shell import page_warmer

steps = []
original_step = page_warmer.PageWarmer.step

def step(self):
    before = set(sys.modules)
    original_step(self)
    steps.append(sorted(set(sys.modules) - before))

page_warmer.PageWarmer.step = step
original_show = QWidget.show

def show(self):
    original_show(self)
    if type(self).__name__ != "MainWindow":
        return
    window = self

    def wait():
        if window.pages.warmer is None or not window.pages.warmer.done:
            QTimer.singleShot(50, wait)
            return
        before = set(sys.modules)
        for index in range(window.pages.count()):
            window.pages.setCurrentIndex(index)
            QApplication.processEvents()
        opened = sorted(m for m in set(sys.modules) - before if m.startswith("ombuds_desk"))
        print(json.dumps({"steps": steps, "opened": opened}), flush=True)
        os._exit(0)

    QTimer.singleShot(0, wait)

QWidget.show = show
from ombuds_desk.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""


def test_once_warmed_a_first_opening_imports_none_of_the_app_and_a_step_one_module(
    tmp_path: Path,
) -> None:
    seen = what_the_window_saw(WINDOW, tmp_path)
    # Every page made, and none of its opening imported a module of the app that the
    # warmer had not (its reads aside): MODULES lists what the openings import.
    assert [m for m in seen["opened"] if not m.startswith(AFTER_SHOWN)] == [], seen["opened"]
    # Leaf first: a step imports its own module and what is not the app's (a library's),
    # never a module of the list that comes later.
    assert seen["steps"]
    for step in seen["steps"]:
        app = [m for m in step if m.startswith("ombuds_desk")]
        assert len(app) <= 1, step


def test_a_module_already_imported_is_skipped_no_step_is_taken_while_busy_and_it_ends(
    qtbot: QtBot, make_window: WindowFactory, supervisor: User
) -> None:
    window = make_window(supervisor)
    warmer = window.pages.warmer
    assert isinstance(warmer, PageWarmer) and warmer.parent() is window.pages
    # This process imported every page: each step skips to the end at once.
    qtbot.waitUntil(lambda: warmer.done, timeout=10_000)
    modules = ("ombuds_desk.ui.workflow.dashboard_page", "json")
    busy = [True]
    late = PageWarmer(QObject(window), modules, busy=lambda: busy[0])
    late.on_tick()  # the window at work: no step
    assert not late.done
    busy[0] = False
    late.on_tick()
    assert late.done
