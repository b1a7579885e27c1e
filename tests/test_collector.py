"""The garbage collector through the start (``ombuds_desk/collector.py``): paused while the
command line's modules are imported and the window is made, the start's objects frozen out
of its walks, and collecting again once the window shows (on the GUI thread only,
``ui/common/gui_collector.py``), or when a command's own work begins; importing the command
line alone leaves it as it was.

The start's processes are real ones: this test process imported the command line long ago.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ombuds_desk import collector
from ombuds_desk.demo import builder
from ombuds_desk.store.database import open_database
from tests.commands.helpers import environment

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def as_it_was() -> Iterator[None]:
    """The collector running again after the test, as the test process runs it."""
    running = gc.isenabled()
    try:
        yield
    finally:
        if running:
            gc.enable()
        else:
            gc.disable()


def test_pause_says_whether_it_ran_and_resume_runs_it_again_only_then(as_it_was: None) -> None:
    gc.enable()
    assert collector.pause() is True
    assert not gc.isenabled()
    assert collector.pause() is False  # paused already
    collector.resume(False)
    assert not gc.isenabled()
    frozen = gc.get_freeze_count()
    made: list[list[int]] = [[] for _ in range(1000)]  # new objects, the youngest generation
    collector.resume(True)
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made)  # kept out of the walks for good


def test_collecting_runs_it_for_bulk_work_and_pauses_it_again(as_it_was: None) -> None:
    gc.disable()
    with collector.collecting():
        assert gc.isenabled()
    assert not gc.isenabled()
    gc.enable()
    with collector.collecting():
        assert gc.isenabled()
    assert gc.isenabled()  # it was running: left running


def run_python(script: str, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = environment(folder, {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.parametrize("running", [True, False])
def test_importing_the_command_line_leaves_the_collector_as_it_was(
    tmp_path: Path, running: bool
) -> None:
    script = (
        "import gc, sys\n"
        f"{'' if running else 'gc.disable()'}\n"
        "import ombuds_desk.cli\n"
        "assert 'ombuds_desk.commands.registry' in sys.modules\n"
        "print(gc.isenabled(), gc.get_freeze_count())\n"
    )
    result = run_python(script, tmp_path)
    assert result.returncode == 0, result.stderr
    enabled, frozen = result.stdout.split()
    assert enabled == str(running)
    assert int(frozen) > 10_000  # what the imports made is out of the collector's walks


# The window as `ombuds-desk --demo --db FILE` opens it: at the main window's show() the
# collector is still paused; a moment after (once the window has painted) the GUI
# thread collects (automatic collection, which runs on any thread, stays off), with the
# start's objects frozen; then the process ends.
WINDOW = """
import gc, json, os, sys
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

seen = {}
original_show = QWidget.show

def show(self):
    original_show(self)
    if type(self).__name__ == "MainWindow":
        seen["paused at show"] = not gc.isenabled()
        seen["title"] = self.windowTitle()

        waited = [0]

        def later():
            # settle comes at the turn after the window's first paint: on a loaded machine
            # that may be a while, so ask every 50 ms (for up to 10 s) rather than once
            collects = QApplication.instance().findChild(QObject, "guiThreadCollector")
            if collects is None and waited[0] < 200:
                waited[0] += 1
                QTimer.singleShot(50, later)
                return
            seen["automatic after"] = gc.isenabled()
            seen["gui thread collects"] = collects is not None
            seen["frozen"] = gc.get_freeze_count()
            print(json.dumps(seen), flush=True)
            os._exit(0)

        QTimer.singleShot(50, later)

QWidget.show = show
from ombuds_desk.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""


def test_the_window_shows_with_the_collector_paused_and_collects_on_its_thread_after(
    tmp_path: Path,
) -> None:
    path = tmp_path / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", demo=True)
    builder.build_demo(db, persons=30, seed=7)
    db.dispose()
    result = run_python(WINDOW, tmp_path, str(path))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["paused at show"] is True
    assert seen["automatic after"] is False
    assert seen["gui thread collects"] is True
    assert seen["frozen"] > 10_000
    assert "signed in automatically" in seen["title"]  # the demo's own sign-in, as before
