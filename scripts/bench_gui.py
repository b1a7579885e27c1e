"""How long the window's GUI thread is blocked, on a large register (offscreen).

Prints figures; asserts nothing. A heartbeat timer ticks every 2 ms on the GUI thread;
while the thread is busy (a database read, laying out a table) it cannot tick, so the
longest gap between two ticks during an action is how long the window froze. Each action
is started from the event loop and measured until every read it started has come back
and been shown.

    .venv/bin/python scripts/bench_gui.py --db big.sqlite3     # built first if missing:
    .venv/bin/ombuds-desk demo --persons 100000 --db big.sqlite3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer

from ombuds_desk.services.core.users import acting_user
from ombuds_desk.store.database import open_database
from ombuds_desk.store.locations import to_url
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.shell.app import build_main_window, make_application
from ombuds_desk.ui.shell.main_window import MainWindow

STALL_MS = 50


class Heartbeat(QObject):
    """The longest gap between two ticks of a 2 ms timer since :meth:`reset`."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(2)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def measure(window: MainWindow, beat: Heartbeat, action: Callable[[], object]) -> float:
    """The longest freeze (ms) from starting ``action`` until its reads have been shown."""
    loop = QEventLoop()
    started = [0.0]

    def start() -> None:
        beat.reset()
        started[0] = time.perf_counter()
        action()

    def check() -> None:
        quiet = time.perf_counter() - started[0] > 0.15
        if started[0] and quiet and window.tasks.pending == 0:
            loop.quit()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    QTimer.singleShot(0, start)
    poll.start()
    loop.exec()
    poll.stop()
    return beat.longest * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite register (ombuds-desk demo)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        sys.exit(
            f"{path} does not exist: build it with ombuds-desk demo --persons 100000 --db {path}"
        )

    app = make_application([sys.argv[0]])
    db = open_database(to_url(path))
    actor = acting_user(db, None)
    settings = QSettings(str(path.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = build_main_window(db, actor, settings=settings)
    window.resize(1400, 850)
    window.show()
    beat = Heartbeat()
    first = measure(window, beat, lambda: None)
    print(f"window built and first list read in {(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"(longest freeze while the first reads came back: {first:.0f} ms)\n")

    page = window.case_desk
    assert isinstance(page, CasesPage)
    table, model = page.table, page.model
    actions: dict[str, Callable[[], object]] = {}
    for index in range(1, window.pages.count()):
        title = window.pages.tabText(index)
        actions[f"switch to {title}"] = partial(window.pages.setCurrentIndex, index)
        actions[f"back to Cases from {title}"] = partial(window.pages.setCurrentIndex, 0)

    def scroll_pages(count: int = 20) -> None:
        bar = table.verticalScrollBar()
        for step in range(count):
            bar.setValue(bar.maximum() * step // count)
            table.viewport().repaint()

    actions["scroll the list, 20 jumps"] = scroll_pages
    actions["scroll to the end"] = table.scrollToBottom
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        actions[f"sort by {title}"] = partial(
            table.sortByColumn, column, Qt.SortOrder.DescendingOrder
        )

    def type_search(text: str) -> None:
        page.filter_panel.search.setText(text)
        page.filter_panel.apply_search_now()

    for text in ("К", "Ков", "Коваленко", "kovalenko", "CAP-2025-0001"):
        actions[f"search {text!r}"] = partial(type_search, text)
    actions["clear the search"] = partial(type_search, "")
    actions["open a case (select a row)"] = lambda: table.selectRow(5)
    actions["F5 refresh every list"] = window.on_refresh_triggered

    print(f"{'action':<44} {'median':>8} {'worst':>8}   (GUI thread blocked, ms)")
    stalls = 0
    for label, action in actions.items():
        times = [measure(window, beat, action) for _ in range(args.repeat)]
        worst = max(times)
        stalls += worst > STALL_MS
        mark = "  <-- over 50 ms" if worst > STALL_MS else ""
        print(f"{label:<44} {statistics.median(times):8.1f} {worst:8.1f}{mark}")
    print(f"\n{stalls} of {len(actions)} actions froze the window for more than {STALL_MS} ms")
    window.close()
    db.dispose()
    app.quit()


if __name__ == "__main__":
    main()
