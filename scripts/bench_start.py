"""How long ``ombuds-desk --demo --db FILE`` takes from process start to the main window shown.

Prints figures; asserts nothing. Each run is a new process (offscreen), timed from just
before it is started to the first turn of its event loop after the main window's ``show()``
(its first paint is then done; a demo start shows the window's frame before it opens the
database, ``ui/shell/app.show_frame``); the process then ends at once. The process's CPU time
to that point is printed too: on a shared, busy machine it varies less than the wall clock. ``--import-only`` times the
baseline instead: a process that imports PySide6.QtWidgets and opens the SQLite file.

    .venv/bin/python scripts/bench_start.py --db big.sqlite3 [--repeat 7]

``--against DIR`` compares with another tree of the app instead (the base of a change:
``git archive HEAD | tar -x -C DIR``): one start of each in turn, ``--repeat`` of each, on a
busy machine the fairest comparison (both see the same load). ``--until-ready`` times to
the window's pages in instead (the window shows its frame first and installs its pages after
its first paint: ``ui/shell/app.open_window``), the whole of the start's work.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: the window's show() is wrapped so that the first event-loop turn after
# it prints the wall-clock time and ends the process.
CHILD = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

original_show = QWidget.show
UNTIL_READY = os.environ.pop("BENCH_START_UNTIL_READY", "") == "1"

def show(self):
    original_show(self)
    if type(self).__name__ == "MainWindow":
        def done():
            print(f"SHOWN {time.time():.6f} {time.process_time():.6f}", flush=True)
            os._exit(0)
        # A window that shows its frame first says when its pages are in; one built whole
        # before show() is ready at show().
        if UNTIL_READY and hasattr(self, "ready"):
            self.ready.connect(done)
        else:
            QTimer.singleShot(0, done)

QWidget.show = show
from ombuds_desk.cli import main
sys.argv = ["ombuds-desk", *sys.argv[1:]]
sys.exit(main())
"""

# The lazy-import check runs the window the same way but imports Qt only when it is needed:
# the wrapper itself must not import it first, or the start would be charged for it anyway.
# The Qt import is the bulk of the baseline and of the start alike.
BASELINE = """
import sqlite3, sys, time
import PySide6.QtWidgets
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
print(f"SHOWN {time.time():.6f} {time.process_time():.6f}", flush=True)
"""


def run_once(
    db: Path, baseline: bool, tree: Path = ROOT, until_ready: bool = False
) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds from process start to the window shown (or, with
    ``until_ready``, to its pages in), of the app in ``tree``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    env["BENCH_START_UNTIL_READY"] = "1" if until_ready else "0"
    # As installed: modules compiled once, not at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = BASELINE if baseline else CHILD
    args = [str(db)] if baseline else ["--demo", "--db", str(db)]
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=tree,
    )
    for line in done.stdout.splitlines():
        if line.startswith("SHOWN "):
            _, shown, cpu = line.split()
            return (float(shown) - started) * 1000, float(cpu) * 1000
    sys.exit(f"the window did not show:\n{done.stdout}\n{done.stderr}")


def report(label: str, runs: list[tuple[float, float]]) -> None:
    wall = sorted(r[0] for r in runs)
    p95 = wall[min(len(wall) - 1, round(0.95 * (len(wall) - 1)))]
    cpu = statistics.median(r[1] for r in runs)
    print(
        f"{label:<44} median {statistics.median(wall):6.0f} ms   p95 {p95:6.0f} ms"
        f"   (CPU {cpu:5.0f} ms)"
    )


def compare(db: Path, other: Path, repeat: int, until_ready: bool = False) -> None:
    """This tree's start and ``other``'s, one after the other, ``repeat`` of each."""
    what = "ready" if until_ready else "start"
    trees = {f"{what}, {other}": other, f"{what}, {ROOT}": ROOT}
    for tree in trees.values():
        run_once(db, baseline=False, tree=tree)  # compiles its modules once
    runs: dict[str, list[tuple[float, float]]] = {label: [] for label in trees}
    for _ in range(repeat):
        for label, tree in trees.items():
            runs[label].append(run_once(db, baseline=False, tree=tree, until_ready=until_ready))
    for label, measured in runs.items():
        report(label, measured)
        print(f"  CPU of each run: {' '.join(f'{cpu:.0f}' for _, cpu in measured)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a demo SQLite register")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--against", type=Path, metavar="DIR", help="another tree of the app to compare with"
    )
    parser.add_argument(
        "--until-ready",
        action="store_true",
        help="time to the window's pages in (its frame shows first), not to its first show",
    )
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} does not exist: build it with ombuds-desk demo --db {args.db}")
    if args.against is not None:
        compare(args.db, args.against.resolve(), args.repeat, args.until_ready)
        return
    run_once(args.db, baseline=False)  # warms the page cache
    for label, baseline in (
        ("import PySide6.QtWidgets + open the file", True),
        ("process start to main window shown", False),
    ):
        report(label, [run_once(args.db, baseline) for _ in range(args.repeat)])
    if args.until_ready:
        runs = [run_once(args.db, False, until_ready=True) for _ in range(args.repeat)]
        report("process start to its pages in", runs)


if __name__ == "__main__":
    main()
