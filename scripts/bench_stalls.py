"""The GUI thread's longest stalls during a batch print and during an import, alone: the
window offscreen on a register with a 2 ms heartbeat on its GUI thread, as
``scripts/benchmark.py``'s window probe measures them (the same jobs, the same 250 ms
windows); nothing is asserted.

    cp /tmp/13D-big.sqlite3 /tmp/copy.sqlite3       # the import writes to it: use a copy
    .venv/bin/python scripts/bench_stalls.py --db /tmp/copy.sqlite3 [--sheets 800] [--imports 10000]

``--trace FILE``: whenever the GUI thread misses its heartbeat for ``--trace-ms`` (default
50), every thread's stack is written to FILE (``faulthandler``, which needs no GIL), so the
file shows what held the GUI thread up. A stall of the whole process (the machine's other
work holding both cores) writes nothing: the GUI thread ticks before the watchdog wakes.

On Linux each part also splits its stalls over 50 ms by what the GUI thread did meanwhile
(``/proc``'s schedstat of the thread): ``ran`` (its own work: a collection, a signal's
slot, painting), ``queued`` (ready, waiting for a core: the machine busy, or the job's own
worker processes) and ``blocked`` (neither: waiting for the interpreter lock another
thread of the window holds, a lock, the disk).
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class GapParts:
    """Every gap over ``STALL_MS`` between two ticks of ``beat`` that the heartbeat counts
    (none across its ``reset``: this script's own work between the jobs), with what the GUI
    thread did in it: ran, queued for a core, blocked (see the module's doc). Linux only
    (else empty)."""

    STALL_MS = 50

    def __init__(self, beat: Any) -> None:
        self._path = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self.gaps: list[tuple[float, float, float, float]] = []
        self._origin = time.perf_counter()
        if not self._path.exists():
            return
        self._last = self._read()
        beat.timer.timeout.connect(self.tick)
        reset = beat.reset

        def reset_both() -> None:
            reset()
            self._last = self._read()

        beat.reset = reset_both

    def _read(self) -> tuple[float, int, int]:
        ran, queued, _slices = self._path.read_text().split()
        return time.perf_counter(), int(ran), int(queued)

    def tick(self) -> None:
        now = self._read()
        gap = (now[0] - self._last[0]) * 1000
        if gap > self.STALL_MS:
            ran, queued = (now[1] - self._last[1]) / 1e6, (now[2] - self._last[2]) / 1e6
            self.gaps.append((self._last[0] - self._origin, gap, ran, queued))
        self._last = now

    def take(self) -> dict[str, Any]:
        """The stalls since the last call: each as [seconds into the part, gap, ran, queued,
        blocked] (ms but the first), and the share of their time the thread was queued for a
        core (the machine's)."""
        gaps, self.gaps = self.gaps, []
        self._origin = time.perf_counter()
        rows = [
            [round(t, 2), round(g), round(r), round(q), round(max(0.0, g - r - q))]
            for t, g, r, q in gaps
        ]
        total = sum(g for _t, g, _r, _q in gaps)
        return {
            "stalls [s, gap, ran, queued, blocked]": rows,
            "queued share": round(sum(q for *_, q in gaps) / total, 2) if total else 0,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of a demo register")
    parser.add_argument("--sheets", type=int, default=800)
    parser.add_argument("--imports", type=int, default=10_000)
    parser.add_argument(
        "--as-benchmark",
        action="store_true",
        help="the batch without isolate (as scripts/benchmark.py's probe once asked; it and "
        "the window now lay it out in worker processes, below the window)",
    )
    parser.add_argument(
        "--idle",
        type=float,
        default=20,
        help="seconds of the window doing nothing, measured the same way first: the stalls "
        "a busy machine causes by itself (the baseline)",
    )
    parser.add_argument("--trace", type=Path)
    parser.add_argument("--trace-ms", type=float, default=50)
    args = parser.parse_args()

    from bench_gui import Heartbeat, StatementClock, demo_supervisor, measure
    from benchmark import import_stalls
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from ombuds_desk.reports.batch import write_case_sheets
    from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
    from ombuds_desk.store.database import open_database
    from ombuds_desk.ui.common.background_job import BackgroundJob
    from ombuds_desk.ui.shell.app import build_main_window, make_application, settle

    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    app = make_application([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    db = open_database(url)
    actor = demo_supervisor(db)
    home = Path(tempfile.mkdtemp(prefix="bench-stalls-"))
    settings = QSettings(str(home / "bench.ini"), QSettings.Format.IniFormat)
    window = build_main_window(db, actor, settings=settings)
    window.resize(1400, 850)
    window.show()
    # As the app once its window shows: the start's objects frozen, the garbage collector on
    # the GUI thread only (ui/common/gui_collector.py).
    settle(window)
    beat, clock = Heartbeat(), StatementClock(db.engine)
    measure(window, beat, clock, lambda: None)  # the first reads
    parts = GapParts(beat)
    trace = None
    if args.trace is not None:
        trace = args.trace.open("w")
        seconds = args.trace_ms / 1000

        def arm() -> None:
            faulthandler.dump_traceback_later(seconds, repeat=False, file=trace)

        beat.timer.timeout.connect(arm)
    result: dict[str, Any] = {}

    if args.idle:
        idle: list[float] = []

        def sample() -> None:
            idle.append(beat.longest * 1000)
            beat.reset()

        loop = QEventLoop()
        sampler = QTimer()
        sampler.setInterval(250)
        sampler.timeout.connect(sample)
        QTimer.singleShot(int(args.idle * 1000), loop.quit)
        beat.reset()
        sampler.start()
        loop.exec()
        sampler.stop()
        result["idle"] = _summary(idle, args.idle) | parts.take()

    with db.reading() as session:
        ids = person_ids(session, PersonFilter(), today=date.today(), threshold_days=30)
    ids = ids[: args.sheets]
    if ids:
        loop = QEventLoop()
        job = BackgroundJob(
            window,
            "benchmark batch",
            lambda progress, cancelled: write_case_sheets(
                db,
                ids,
                home / "batch.pdf",
                today=date.today(),
                generated_by="Benchmark",
                progress=progress,
                is_cancelled=cancelled,
                isolate=not args.as_benchmark,  # as the window's batch (ui/printing) asks
            ),
            total=len(ids),
        )
        job.finished.connect(loop.quit)
        longest: list[float] = []

        def watch() -> None:
            longest.append(beat.longest * 1000)
            beat.reset()

        sampler = QTimer()
        sampler.setInterval(250)
        sampler.timeout.connect(watch)
        started = time.perf_counter()
        beat.reset()
        parts.take()
        sampler.start()
        job.start()
        loop.exec()
        sampler.stop()
        watch()
        result["batch"] = _summary(longest, time.perf_counter() - started) | parts.take()
    if args.imports:
        started = time.perf_counter()
        parts.take()
        gaps = import_stalls(window, db, actor, beat, home, args.imports)
        result["import"] = _summary(gaps, time.perf_counter() - started) | parts.take()
        # Then, as the import dialog does once the import is written, every view is told
        # (lists/feature.py): the lists read again until every read has been shown.
        from ombuds_desk.ui.lists.feature import IMPORT_CHANGES, PERSONS

        parts.take()
        _sql, told = measure(window, beat, clock, lambda: window.notify(IMPORT_CHANGES[PERSONS]))
        result["views told of the import"] = {"longest_ms": round(told, 1)} | parts.take()
    faulthandler.cancel_dump_traceback_later()
    print(json.dumps(result), flush=True)
    os._exit(0)


def _summary(gaps: list[float], seconds: float) -> dict[str, Any]:
    over = [g for g in gaps if g > 50]
    return {
        "seconds": round(seconds, 1),
        "worst_ms": round(max(gaps, default=0), 1),
        "over_50": f"{len(over)} of {len(gaps)}",
        "median_ms": round(sorted(gaps)[len(gaps) // 2], 1) if gaps else 0,
    }


if __name__ == "__main__":
    raise SystemExit(main())
