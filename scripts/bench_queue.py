"""Benchmark of the review queue and the no-news list at scale: filtering and sorting in SQL.

Prints figures; asserts nothing. Builds a demo register of ``--persons`` into ``--db`` unless
it already holds persons.

    .venv/bin/python scripts/bench_queue.py [--persons 100000] [--db big.sqlite3] [--repeat 20]

For each filter and each sort column of the review queue it times the ids query (what a
choice in a filter or a click on a header costs), then the counts beside the choices, the
stalled count per threshold (the Settings dialog), and the no-news list's filters and sorts;
and the first page of each sort (``queue_ids_head``: what the window shows before the rest).
Median and 95th percentile of ``--repeat`` runs, in milliseconds (the target: under 100 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlmodel import Session

from ombuds_desk.demo import builder as demo_data
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.services.cases.age_bands import AgeBand
from ombuds_desk.services.cases.stalled import stalled_by_threshold
from ombuds_desk.services.core import stalled_dates
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.mail.no_news_filters import (
    NoNewsFilter,
    NoNewsSort,
    no_news_facets,
    no_news_ids_filtered,
)
from ombuds_desk.services.workflow.queue_filters import (
    NextReview,
    QueueFilter,
    QueueSort,
    ReasonKind,
    queue_facets,
    queue_ids,
    queue_ids_head,
)
from ombuds_desk.services.workflow.review_queue import queue_counts
from ombuds_desk.store.database import open_database
from ombuds_desk.store.locations import to_url


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """Median and 95th percentile milliseconds of ``repeat`` runs (after one warm-up)."""
    result = fn()
    times: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, result


def line(label: str, fn: Callable[[], object], repeat: int) -> None:
    median, p95, result = timed(fn, repeat)
    size = f"{len(result):>7,}" if isinstance(result, list) else " " * 7
    print(f"  {label:<40} {size} {median:7.1f} / {p95:6.1f} ms")


def queue_figures(session: Session, today: date, repeat: int) -> None:
    rule = stalled_after_days(session)
    worker = next(u for u in list_users(session) if u.role.value == "caseworker")
    filters = {
        "the queue": QueueFilter(),
        "every stalled (deferred too)": QueueFilter(queue_only=False),
        "caseworker": QueueFilter(assigned_to_id=worker.id),
        "category: evacuee": QueueFilter(category=Category.EVACUEE),
        "status: confirmed": QueueFilter(status=CaseStatus.CONFIRMED),
        "reason: blocked": QueueFilter(reason=ReasonKind.BLOCKED),
        "reason: no change": QueueFilter(reason=ReasonKind.NO_CHANGE),
        "age: 90-180 days": QueueFilter(age_band=AgeBand.DAYS_90_180),
        "age: over 180 days": QueueFilter(age_band=AgeBand.OVER_180),
        "review: due again": QueueFilter(next_review=NextReview.DUE),
        "review: never": QueueFilter(next_review=NextReview.NEVER),
        "review: deferred": QueueFilter(queue_only=False, next_review=NextReview.DEFERRED),
        "caseworker + captive + 60-90": QueueFilter(
            assigned_to_id=worker.id, category=Category.CAPTIVE, age_band=AgeBand.DAYS_60_90
        ),
    }
    print("review queue: ids in order, longest stalled first (ids, median / p95)")
    for label, filt in filters.items():
        line(label, partial(queue_ids, session, filt, today=today, rule=rule), repeat)
    print("review queue: sorted by each column (the whole queue)")
    for sort in QueueSort:
        for descending in (False, True):
            label = f"sort by {sort.value} {'desc' if descending else 'asc'}"
            line(
                label,
                partial(
                    queue_ids,
                    session,
                    QueueFilter(),
                    today=today,
                    rule=rule,
                    sort=sort,
                    descending=descending,
                ),
                repeat,
            )
    print("review queue: the first page the window shows first (LIMIT 200), each sort")
    for sort in QueueSort:
        for descending in (False, True):
            label = f"first page by {sort.value} {'desc' if descending else 'asc'}"
            line(
                label,
                partial(
                    queue_ids_head,
                    session,
                    QueueFilter(),
                    today=today,
                    rule=rule,
                    sort=sort,
                    descending=descending,
                ),
                repeat,
            )
    print("counts")
    line(
        "counts beside every choice (one query)",
        lambda: queue_facets(session, today=today, rule=rule),
        repeat,
    )
    line(
        "queued / deferred", lambda: queue_counts(session, today=today, threshold_days=rule), repeat
    )
    line(
        "stalled per threshold (Settings)",
        lambda: stalled_by_threshold(session, today=today, threshold=rule),
        repeat,
    )


def news_figures(session: Session, today: date, repeat: int) -> None:
    worker = next(u for u in list_users(session) if u.role.value == "caseworker")
    filters = {
        "the whole list": NoNewsFilter(),
        "caseworker": NoNewsFilter(assigned_to_id=worker.id),
        "status: listed for exchange": NoNewsFilter(status=CaseStatus.LISTED_FOR_EXCHANGE),
        "not blocked": NoNewsFilter(blocked_reason=""),
        "silent over 180 days": NoNewsFilter(age_band=AgeBand.OVER_180),
    }
    print("no-news list: ids in order (ids, median / p95)")
    for label, filt in filters.items():
        line(label, partial(no_news_ids_filtered, session, filt, today=today), repeat)
    for sort in NoNewsSort:
        line(
            f"sort by {sort.value}",
            partial(no_news_ids_filtered, session, NoNewsFilter(), today=today, sort=sort),
            repeat,
        )
    line("counts beside every choice", lambda: no_news_facets(session, today=today), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--db", help="a SQLite file to build into or reuse")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "bench-queue.sqlite3"
    fresh = not path.exists()
    db = open_database(to_url(path))
    if fresh:
        started = time.perf_counter()
        demo_data.build_demo(db, persons=args.persons)
        print(f"demo build, {args.persons:,} persons: {time.perf_counter() - started:.1f} s")
    today = date.today()
    with Session(db.write_engine) as session:
        # A file from before the stored stalled days gets them, as its first sign-in would.
        started = time.perf_counter()
        if not stalled_dates.ensure_current(session).stored:
            raise SystemExit("the stalled days could not be brought current")
        session.commit()
        print(f"stalled days current: {time.perf_counter() - started:.2f} s")
    with db.reading() as session:
        print(f"{path} · thresholds: {stalled_after_days(session).describe()}\n")
        queue_figures(session, today, args.repeat)
        print()
        news_figures(session, today, args.repeat)
    db.dispose()


if __name__ == "__main__":
    main()
