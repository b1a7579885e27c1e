"""Benchmark of the search box on a 100,000-person register: the first page of results
for every prefix as it is typed, and the whole list that follows off the GUI thread.

    .venv/bin/python scripts/bench_search.py [--db FILE] [--persons 100000] [--repeat 20]
                                             [--text "yurii kov" --text ...]

Builds the register with the demo builder into ``--db`` (or a temporary file) unless that
file already holds persons, then, for each typed text below and each of its prefixes (as
typed, key by key), times what the person list does: ``person_ids_head`` (the first page,
when many are expected) or else ``person_ids`` (the whole list, which is then quick), and
``person_ids`` for the whole list. Prints the median and 95th percentile in milliseconds, of
wall time and of this process's CPU time (on a busy machine the wall time also holds the
waits for a core; the CPU time holds less of them). ``--text`` times other typed texts (each
prefix of each) in place of the set below, whose figures the README gives.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlmodel import Session, col

from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.person_query import (
    PersonFilter,
    conditions,
    person_ids,
    person_ids_head,
)
from ombuds_desk.services.cases.search_index import rebuild_search_keys, search_keys_stale
from ombuds_desk.services.core.auth import SYSTEM
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database, open_database

TODAY = date(2026, 11, 26)
THRESHOLD = 30
PAGE = 200  # the person list's page (PagedTableModel.PAGE)
QUERIES = ["iva", "ivanenko", "Іваненко", "Пʼятн", "kharch", "yurii kov", "o", "zz"]
WARM_UP = 2


def _build(db: Database, persons: int) -> None:
    from ombuds_desk.demo.builder import build_demo

    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r  building {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    build_demo(db, persons=persons, today=TODAY, progress=progress)
    print(
        f"\r  built {persons:,} persons in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )


def first_page(session: Session, text: str) -> list[int]:
    """What the person list shows first for ``text`` (``PersonTableModel.ids_query``)."""
    filt = PersonFilter(text=text)
    head = person_ids_head(session, filt, today=TODAY, threshold_days=THRESHOLD, limit=PAGE)
    if head is not None:
        return head
    return person_ids(session, filt, today=TODAY, threshold_days=THRESHOLD)[:PAGE]


def whole_list(session: Session, text: str) -> list[int]:
    return person_ids(session, PersonFilter(text=text), today=TODAY, threshold_days=THRESHOLD)


def typed(texts: list[str]) -> list[str]:
    """Every prefix of every text, as typed key by key (spaces are not searches of their own)."""
    return list(
        dict.fromkeys(t[:n] for t in texts for n in range(1, len(t) + 1) if not t[:n].endswith(" "))
    )


def _timings(
    db: Database,
    texts: list[str],
    read: Callable[[Session, str], object],
    repeat: int,
    cpu: list[float] | None = None,
) -> list[float]:
    """Wall milliseconds of each run (and its CPU milliseconds into ``cpu``)."""
    timings: list[float] = []
    with db.reading() as session:
        for text in texts:
            for attempt in range(repeat + WARM_UP):
                started, started_cpu = time.perf_counter(), time.process_time()
                read(session, text)
                elapsed = (time.perf_counter() - started) * 1000
                if attempt >= WARM_UP:  # the first runs warm the page cache
                    timings.append(elapsed)
                    if cpu is not None:
                        cpu.append((time.process_time() - started_cpu) * 1000)
    return timings


def _raw_timings(db: Database, path: str, texts: list[str], repeat: int) -> list[float]:
    """The whole list's SQL statement as the service sends it, run through plain sqlite3."""
    statements: list[str] = []
    with db.reading() as session:
        for text in texts:
            query = select(col(Person.id))
            for condition in conditions(PersonFilter(text=text), TODAY, THRESHOLD):
                query = query.where(condition)
            query = query.order_by(col(Person.case_number), col(Person.id))
            compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            statements.append(str(compiled))
    connection = sqlite3.connect(path)
    timings: list[float] = []
    try:
        for statement in statements:
            for attempt in range(repeat + WARM_UP):
                started = time.perf_counter()
                connection.execute(statement).fetchall()
                elapsed = (time.perf_counter() - started) * 1000
                if attempt >= WARM_UP:
                    timings.append(elapsed)
    finally:
        connection.close()
    return timings


def median_p95(timings: list[float]) -> tuple[float, float]:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _texts(db: Database, asked: list[str] | None = None) -> list[str]:
    """The typed texts: names in both scripts, and a case number as typed (its last one); or
    the ``asked`` ones."""
    if asked:
        return typed(asked)
    with db.reading() as session:
        case_number = session.execute(
            select(col(Person.case_number)).order_by(col(Person.id).desc()).limit(1)
        ).scalar_one()
    return typed([*QUERIES, case_number])


def _keys_current(db: Database) -> None:
    with db.reading() as session:
        stale = search_keys_stale(session)
    if stale:
        with unit_of_work(db, SYSTEM) as session:  # the app's own bookkeeping, as at start
            rebuild_search_keys(session)


def measure(
    db_url: str, repeat: int = 5, asked: list[str] | None = None
) -> dict[str, tuple[float, float]]:
    """Median and 95th percentile in ms: the first page of results for every prefix of the
    typed texts; the whole list (read after it, off the GUI thread); and, on SQLite, that
    list's SQL run through plain ``sqlite3`` (the baseline)."""
    db = open_database(db_url)
    try:
        _keys_current(db)
        texts = _texts(db, asked)
        cpu: list[float] = []
        figures = {
            "search as you type, first page": median_p95(
                _timings(db, texts, first_page, repeat, cpu)
            ),
            "search as you type, first page (CPU)": median_p95(cpu),
            "search as you type, whole list (worker)": median_p95(
                _timings(db, texts, whole_list, repeat)
            ),
        }
        if db_url.startswith("sqlite:///"):
            path = db_url.removeprefix("sqlite:///")
            figures["search whole list, raw sqlite3"] = median_p95(
                _raw_timings(db, path, texts, repeat)
            )
        return figures
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="SQLite file to use (built when empty)")
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each typed prefix")
    parser.add_argument(
        "--text", action="append", help="a text to time as typed, key by key (repeatable)"
    )
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(Person)).scalar_one()
    if not count:
        _build(db, args.persons)
        with db.reading() as session:
            count = session.execute(select(func.count()).select_from(Person)).scalar_one()
    _keys_current(db)
    texts = _texts(db, args.text)
    print(f"{path}: {count:,} persons; {len(texts)} typed prefixes, {args.repeat} runs each")
    print(f"{'typed':<22}{'first page':>11}{'p95':>7}{'CPU':>7}{'whole':>8}{'p95':>7}{'found':>8}")
    for text in texts:
        cpu: list[float] = []
        head = median_p95(_timings(db, [text], first_page, args.repeat, cpu))
        whole = median_p95(_timings(db, [text], whole_list, args.repeat))
        with db.reading() as session:
            found = len(whole_list(session, text))
        print(
            f"{text!r:<22}{head[0]:>11.1f}{head[1]:>7.1f}{statistics.median(cpu):>7.1f}"
            f"{whole[0]:>8.1f}{whole[1]:>7.1f}"
            f"{found:>8,}"
        )
    db.dispose()
    print("\nfigure (ms)                                  median    p95")
    for name, (median, p95) in measure(url, args.repeat, args.text).items():
        print(f"{name:<44}{median:>7.1f}{p95:>7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
