"""How long the GUI thread is blocked when the window's pages are opened, first and again,
and while the person list is scrolled.

Prints figures; asserts nothing. The window is built as ``bench_gui.py`` builds it
(offscreen, the demo supervisor); then each page is opened in tab order, back to the first
page after each, twice: the first time builds the page (its module imported, its widgets
made, its first reads started), the second only shows it. For each opening: the longest
gap of a 2 ms heartbeat on the GUI thread until every read it started was shown (the
window frozen, whatever the cause), and "busy", the longest CPU time the GUI thread itself
spent between two beats (the same gap without the waits for a core or the interpreter
lock: on a busy machine the figure to compare), the SQL time spent on the GUI thread, and
the process's CPU time; at the end, what a full collection of Python's garbage collector
costs the GUI thread then (the objects it walks: all that is not frozen).

``--scroll`` first scrolls the person list as ``scripts/benchmark.py``'s window probe does
(jumps to 1 … 99 %, then ten screens down), each step measured the same way, then redraws
the rows last shown 30 times (the GUI thread's CPU for one redraw of the list, its cells
read and laid out already: a window uncovered, a row selected); ``--scroll-only`` stops
there. On a machine others keep busy the frozen figures grow with their load: compare the
busy ones (the GUI thread's own CPU time), which the summary gives too.

    .venv/bin/python scripts/bench_switch.py --db big.sqlite3 [--scroll | --scroll-only]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_gui import STALL_MS, Heartbeat, StatementClock, demo_supervisor, measure
from PySide6.QtCore import QSettings

from ombuds_desk.store.database import open_database
from ombuds_desk.store.locations import to_url
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.shell.app import build_main_window, make_application, settle
from ombuds_desk.ui.shell.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", required=True, help="a demo SQLite register (a copy: it is written)"
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        help="sys.setswitchinterval(S) first (how often a worker thread hands the GIL over)",
    )
    parser.add_argument(
        "--scroll", action="store_true", help="scroll the person list first, as the probe does"
    )
    parser.add_argument(
        "--scroll-only", action="store_true", help="scroll the person list, open no page"
    )
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    app = make_application([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    db = open_database(to_url(args.db) if "://" not in args.db else args.db)
    actor = demo_supervisor(db)
    home = Path(tempfile.mkdtemp())
    settings = QSettings(str(home / "bench.ini"), QSettings.Format.IniFormat)
    window = build_main_window(db, actor, settings=settings)
    window.resize(1400, 850)
    window.show()
    # As the app once its window shows: the start's objects frozen, the garbage collector
    # on the GUI thread only (ui/common/gui_collector.py).
    settle(window)
    beat, clock = Heartbeat(), StatementClock(db.engine)
    sql, frozen = measure(window, beat, clock, lambda: None)
    print(f"{'first window':<34} frozen {frozen:7.1f} ms   SQL on GUI thread {sql:6.1f} ms")
    if args.scroll or args.scroll_only:
        cpu = time.thread_time()
        scrolled = scroll(window, beat, clock)
        cpu = (time.thread_time() - cpu) * 1000
        busy_scrolled = [busy for _frozen, busy in scrolled]
        print(
            f"scrolling: worst stall {max(f for f, _b in scrolled):.0f} ms "
            f"({sum(f > STALL_MS for f, _b in scrolled)} of {len(scrolled)} over {STALL_MS}), "
            f"the GUI thread's own work at most {max(busy_scrolled):.0f} ms "
            f"({sum(b > STALL_MS for b in busy_scrolled)} over {STALL_MS}), median "
            f"{statistics.median(busy_scrolled):.1f} ms; the GUI thread's CPU {cpu:.0f} ms"
        )
        redraws = []
        page = window.case_desk
        assert isinstance(page, CasesPage)
        viewport = page.table.viewport()
        for _ in range(30):
            cpu = time.thread_time()
            viewport.repaint()
            redraws.append((time.thread_time() - cpu) * 1000)
        print(
            f"one redraw of the rows shown: median {statistics.median(redraws):.1f} ms of the "
            f"GUI thread's CPU, at most {max(redraws):.1f} ms"
        )
        if args.scroll_only:
            db.dispose()
            os._exit(0)
    worst = worst_busy = 0.0
    frozen_all: list[float] = []
    busy_all: list[float] = []
    for round_ in ("first", "again"):
        for index in range(1, window.pages.count()):
            title = window.pages.tabText(index).replace("&", "")
            cpu = time.process_time()
            sql, frozen = measure(window, beat, clock, partial(window.pages.setCurrentIndex, index))
            busy = beat.busy * 1000
            cpu = (time.process_time() - cpu) * 1000
            _sql_back, back = measure(window, beat, clock, lambda: window.pages.setCurrentIndex(0))
            busy_back = beat.busy * 1000
            worst = max(worst, frozen, back)
            worst_busy = max(worst_busy, busy, busy_back)
            frozen_all += [frozen, back]
            busy_all += [busy, busy_back]
            print(
                f"{round_:<6} {title:<27} frozen {frozen:7.1f} ms (busy {busy:5.1f})   SQL on "
                f"GUI thread {sql:6.1f} ms   CPU {cpu:6.0f} ms   back to the first page: "
                f"frozen {back:5.1f} ms (busy {busy_back:5.1f})"
            )
    frozen_all.sort()
    print(
        f"frozen median {frozen_all[len(frozen_all) // 2]:.0f} ms, p95 "
        f"{frozen_all[int(len(frozen_all) * 0.95)]:.0f} ms; worst stall {worst:.0f} ms, of it "
        f"the GUI thread's own work at most {worst_busy:.0f} ms (target: none over {STALL_MS} ms)"
    )
    print(
        f"stalls over {STALL_MS} ms: {sum(f > STALL_MS for f in frozen_all)} of {len(frozen_all)}"
        f"; the GUI thread's own work over {STALL_MS} ms: "
        f"{sum(b > STALL_MS for b in busy_all)}; its sum {sum(busy_all):.0f} ms"
    )
    # What a full collection costs the GUI thread now that every page was opened (the GUI
    # collector runs one when CPython's rule says so: at a switch, in a laying out).
    for _ in range(2):
        cpu, wall, walked = time.thread_time(), time.perf_counter(), len(gc.get_objects())
        gc.collect()
        print(
            f"a full collection: {(time.thread_time() - cpu) * 1000:.1f} ms of the GUI thread's "
            f"CPU ({(time.perf_counter() - wall) * 1000:.1f} ms wall), {walked:,} objects walked, "
            f"{gc.get_freeze_count():,} frozen"
        )
    db.dispose()
    os._exit(0)


def scroll(window: MainWindow, beat: Heartbeat, clock: StatementClock) -> list[tuple[float, float]]:
    """The probe's scrolling steps (``scripts/benchmark.py``): each one's frozen and busy ms."""
    page = window.case_desk
    assert isinstance(page, CasesPage)
    table = page.table
    bar = table.verticalScrollBar()

    def jump(fraction: float) -> None:
        bar.setValue(int(bar.maximum() * fraction))
        table.viewport().repaint()

    steps: list[tuple[str, Callable[[], object]]] = [
        (f"scroll to {f} %", partial(jump, f / 100)) for f in (1, 5, 10, 25, 50, 75, 90, 99)
    ]
    page_down = partial(bar.triggerAction, bar.SliderAction.SliderPageStepAdd)
    steps += [("one screen down", page_down)] * 10
    found: list[tuple[float, float]] = []
    for title, step in steps:
        _sql, frozen = measure(window, beat, clock, step)
        found.append((frozen, beat.busy * 1000))
        print(f"{title:<41} frozen {frozen:7.1f} ms (busy {beat.busy * 1000:5.1f})")
    return found


if __name__ == "__main__":
    main()
