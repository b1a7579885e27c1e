"""The GUI thread's longest stalls during a batch print and during an import, alone: the
window offscreen on a register with a 2 ms heartbeat on its GUI thread, as
``scripts/benchmark.py``'s window probe measures them (the same jobs, the same 250 ms
windows); nothing is asserted.

    cp /tmp/13D-big.sqlite3 /tmp/copy.sqlite3       # the import writes to it: use a copy
    .venv/bin/python scripts/bench_stalls.py --db /tmp/copy.sqlite3 [--sheets 800] [--imports 10000]

``--trace FILE``: whenever the GUI thread misses its heartbeat for ``--trace-ms`` (default
50), every thread's stack is written to FILE (``faulthandler``, which needs no GIL), so the
file shows what held the GUI thread up.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of a demo register")
    parser.add_argument("--sheets", type=int, default=800)
    parser.add_argument("--imports", type=int, default=10_000)
    parser.add_argument(
        "--as-benchmark",
        action="store_true",
        help="the batch as scripts/benchmark.py's probe asks for it (no isolate)",
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
        result["idle"] = _summary(idle, args.idle)

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
        sampler.start()
        job.start()
        loop.exec()
        sampler.stop()
        watch()
        result["batch"] = _summary(longest, time.perf_counter() - started)
    if args.imports:
        started = time.perf_counter()
        gaps = import_stalls(window, db, actor, beat, home, args.imports)
        result["import"] = _summary(gaps, time.perf_counter() - started)
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
