"""How long the window's own thread waits while the Duplicates page searches a register.

The search is seconds of pure Python. On a thread of the window's process it holds the
interpreter lock, and the window's thread (here: the main thread waking every 5 ms, as the
GUI thread wakes for its events) waits for it; in a worker process (``duplicate_search.py``)
it does not. Prints, for each way, the search's wall time and the main thread's lateness
(median, 95th percentile, worst) in milliseconds.

    PYTHONPATH=. python scripts/bench_duplicate_search.py --db COPY.sqlite3 [--ways thread process]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Callable

from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.duplicates import possible_duplicate_pairs
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import to_url
from ombuds_desk.ui.common.process_work import in_process
from ombuds_desk.ui.lists.duplicate_search import PRELOAD, pairs_in_worker

LIMIT = 200
TICK_S = 0.005


def searcher(db: Database, way: str, found: list[int]) -> Callable[[], None]:
    """The search, on a thread of this process or through a worker process."""
    if way == "thread":
        return lambda: found.append(len(read(db, lambda s: possible_duplicate_pairs(s, LIMIT))))
    work = in_process(pairs_in_worker, db.url, False, LIMIT, preload=PRELOAD)
    return lambda: found.append(len(work(lambda done, total: None, lambda: False)))


def measure(db: Database, way: str) -> str:
    found: list[int] = []
    late: list[float] = []
    started, cpu = time.perf_counter(), time.process_time()
    runner = threading.Thread(target=searcher(db, way, found))
    runner.start()
    while runner.is_alive():
        before = time.perf_counter()
        time.sleep(TICK_S)
        late.append((time.perf_counter() - before - TICK_S) * 1000)
    runner.join()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    late.sort()
    p95 = late[int(len(late) * 0.95)] if late else 0.0
    return (
        f"{way:8} search {wall:6.2f} s wall, this process {cpu:6.2f} s CPU, "
        f"{found[0] if found else '?'} pairs; main thread late: median "
        f"{statistics.median(late):.1f} ms, p95 {p95:.1f} ms, worst {late[-1]:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of a register (it is only read)")
    parser.add_argument("--ways", nargs="+", default=["thread", "process"])
    args = parser.parse_args()
    db = open_database(to_url(args.db), upgrade=False)
    try:
        for way in args.ways:
            print(measure(db, way))
    finally:
        db.engine.dispose()


if __name__ == "__main__":
    main()
