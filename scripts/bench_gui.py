"""How long the window's GUI thread is blocked, on a large register (offscreen).

Prints figures; asserts nothing. Two figures per action:

- *SQL on GUI thread*: the time the GUI thread itself spent in database statements (every
  statement is timed by an engine event; only those run on the GUI thread count) — the
  window waiting for the database;
- *frozen*: a heartbeat timer ticks every 2 ms on the GUI thread; while the thread is busy
  (a statement, painting a table, or waiting for Python's interpreter lock while a worker
  thread turns rows into objects) it cannot tick, so the longest gap between two ticks is
  how long the window froze, whatever the cause.

Each action is started from the event loop and measured until every read it started has
come back and been shown.

    .venv/bin/python scripts/bench_gui.py --db big.sqlite3     # built first if missing:
    .venv/bin/ombuds-desk demo --persons 100000 --db big.sqlite3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer
from sqlalchemy import Engine, event

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.auth import demo_user
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import to_url
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.shell.app import build_main_window, make_application, settle
from ombuds_desk.ui.shell.main_window import MainWindow

STALL_MS = 50


def own_peak_mb() -> float:
    """This process's own peak resident memory in MB: the kernel's high-water mark of its
    address space (``VmHWM``). ``ru_maxrss`` is no measure of it on Linux: the parent's
    resident size at the fork is carried through the exec into the child's maximum: the
    memory probe run from a process holding 400 MB "peaked" at over 400 MB while the
    window's own peak was 169 MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    import resource  # not on Windows; Linux is handled above

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StatementClock:
    """Milliseconds the GUI thread spent executing SQL since :meth:`reset`."""

    def __init__(self, engine: Engine) -> None:
        self.total = 0.0
        self.longest = 0.0
        self._started: dict[int, float] = {}
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_args: object) -> None:
        if threading.current_thread() is threading.main_thread():
            self._started[id(_args[1])] = time.perf_counter()

    def _after(self, *_args: object) -> None:
        started = self._started.pop(id(_args[1]), None)
        if started is not None:
            spent = (time.perf_counter() - started) * 1000
            self.total += spent
            self.longest = max(self.longest, spent)

    def reset(self) -> None:
        self.total = self.longest = 0.0


class Heartbeat(QObject):
    """The longest gap between two ticks of a 2 ms timer since :meth:`reset`.

    ``busy`` is the longest CPU time the GUI thread itself spent between two ticks: what it
    did, without the time it waited for a core or for the interpreter lock. On a machine
    that others keep busy the wall-clock gap grows with their load; ``busy`` does not.
    """

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(2)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.busy = 0.0
        self.timer.start()

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last)
        self.busy = max(self.busy, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.busy = 0.0


def measure(
    window: MainWindow, beat: Heartbeat, clock: StatementClock, action: Callable[[], object]
) -> tuple[float, float]:
    """SQL time on the GUI thread and the longest freeze (ms), from starting ``action``
    until its reads have been shown."""
    loop = QEventLoop()
    started = [0.0]

    def start() -> None:
        beat.reset()
        clock.reset()
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
    return clock.total, beat.longest * 1000


def demo_supervisor(db: Database) -> User:
    """Who the window signs in on a demo database: its demo supervisor."""
    with db.reading() as session:
        user = demo_user(session)
    if user is None:
        sys.exit(f"{db.display_name} is not a demo database: build one with ombuds-desk demo.")
    return user


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
    actor = demo_supervisor(db)
    settings = QSettings(str(path.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = build_main_window(db, actor, settings=settings)
    window.resize(1400, 850)
    window.show()
    # As the app once its window shows: the start's objects frozen, the garbage collector on
    # the GUI thread only (ui/common/gui_collector.py).
    settle(window)
    beat = Heartbeat()
    clock = StatementClock(db.engine)
    _sql, first = measure(window, beat, clock, lambda: None)
    print(f"window built and first list read in {(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"(longest freeze while the first reads came back: {first:.0f} ms)\n")

    page = window.case_desk
    assert isinstance(page, CasesPage)
    table, model = page.table, page.model
    actions: dict[str, Callable[[], object]] = {}
    # The Duplicates page starts a search of the whole register (pure Python, seconds at
    # 100,000); it comes last so that it does not run behind the other measurements.
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    order = [i for i in range(1, len(titles)) if titles[i] != "Duplicates"]
    order += [i for i in range(1, len(titles)) if titles[i] == "Duplicates"]
    bar = table.verticalScrollBar()

    def jump(fraction: float) -> None:
        bar.setValue(int(bar.maximum() * fraction))
        table.viewport().repaint()  # the rows of the new place are fetched and painted now

    for step in (1, 5, 10, 25, 50, 75, 99):
        actions[f"scroll the list to {step} %"] = partial(jump, step / 100)
    actions["scroll one screen down"] = partial(
        table.verticalScrollBar().triggerAction, bar.SliderAction.SliderPageStepAdd
    )
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
    actions["open a case (select a row)"] = partial(table.selectRow, 5)
    actions["F5 refresh every list"] = window.on_refresh_triggered
    for index in order:
        actions[f"switch to {titles[index]}"] = partial(window.pages.setCurrentIndex, index)
        actions[f"back to Cases from {titles[index]}"] = partial(window.pages.setCurrentIndex, 0)

    print(f"{'action':<40} {'SQL on GUI thread':>18} {'frozen':>16}   (ms, median / worst)")
    stalls = waits = 0
    for label, action in actions.items():
        runs = [measure(window, beat, clock, action) for _ in range(args.repeat)]
        sql = [r[0] for r in runs]
        frozen = [r[1] for r in runs]
        waits += max(sql) > STALL_MS
        stalls += max(frozen) > STALL_MS
        mark = "  <-- over 50 ms" if max(frozen) > STALL_MS else ""
        print(
            f"{label:<40} {statistics.median(sql):8.1f} / {max(sql):6.1f}"
            f" {statistics.median(frozen):7.1f} / {max(frozen):6.1f}{mark}"
        )
    print(
        f"\n{waits} of {len(actions)} actions kept the GUI thread in SQL for more than {STALL_MS} ms"
    )
    print(f"{stalls} of {len(actions)} actions froze the window for more than {STALL_MS} ms")
    window.close()
    db.dispose()
    app.quit()


if __name__ == "__main__":
    main()
