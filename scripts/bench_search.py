"""Benchmark of the search box: ``person_query.person_ids`` on a 100,000-person register.

    .venv/bin/python scripts/bench_search.py [--db FILE] [--persons 100000] [--repeat 50]

Builds the register with ``services/demo_data.build_demo`` into ``--db`` (or a temporary
file) unless that file already holds persons, then times typical typed prefixes and prints
the median and 95th percentile in milliseconds, with the number of cases found.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlmodel import col

from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.search_index import (
    rebuild_search_keys,
    search_keys_stale,
)
from ombuds_desk.services.core.auth import SYSTEM
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database, open_database

TODAY = date(2026, 11, 26)
QUERIES = ["iva", "ivanenko", "Іваненко", "Пʼятн", "kharch", "yurii kov", "o", "zz"]


def _build(db: Database, persons: int) -> None:
    from ombuds_desk.demo.builder import build_demo

    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r  building {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    build_demo(db, persons=persons, today=TODAY, progress=progress)
    print(
        f"\r  built {persons:,} persons in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )


def _time(db: Database, text: str, repeat: int) -> tuple[float, float, int]:
    timings: list[float] = []
    found = 0
    with db.reading() as session:
        for attempt in range(repeat + 3):
            started = time.perf_counter()
            ids = person_ids(session, PersonFilter(text=text), today=TODAY, threshold_days=30)
            elapsed = (time.perf_counter() - started) * 1000
            if attempt >= 3:  # the first runs warm the page cache
                timings.append(elapsed)
            found = len(ids)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="SQLite file to use (built when empty)")
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(Person)).scalar_one()
    if not count:
        _build(db, args.persons)
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(Person)).scalar_one()
        case_number = session.execute(
            select(col(Person.case_number)).order_by(col(Person.id).desc()).limit(1)
        ).scalar_one()
        stale = search_keys_stale(session)
    if stale:
        with unit_of_work(db, SYSTEM) as session:  # the app's own bookkeeping, as at start
            rebuild_search_keys(session)
    print(f"{path}: {count:,} persons; person_ids() in ms over {args.repeat} runs")
    print(f"{'query':<22}{'median':>8}{'p95':>8}{'found':>9}")
    for text in [*QUERIES, case_number, case_number[:10]]:
        median, p95, found = _time(db, text, args.repeat)
        print(f"{text!r:<22}{median:>8.1f}{p95:>8.1f}{found:>9,}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
