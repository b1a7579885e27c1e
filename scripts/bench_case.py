"""Benchmark of opening a case, all tabs, on a 100,000-person register.

    .venv/bin/python scripts/bench_case.py --db FILE|URL [--cases 50] [--seed 13]

Times what opening a case reads, over random cases (and over the cases with the most
items): the case view itself (``case_details``: identity, status, contacts, status history,
notes, the review in force; read on the GUI thread), the Mail tab's read (``case_mail``),
and the History tab's (``case_history``), each separately and all together. Prints the
median and 95th percentile in milliseconds; :func:`measure` gives the same figures to
``scripts/benchmark.py``. Asserts nothing. The file must already hold a register (the demo:
``ombuds-desk demo --persons 100000 --db FILE`` or ``scripts/bench_search.py``); a URL such
as ``postgresql+psycopg://user@host/bench`` times it on a server.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlmodel import Session, col

from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.case_view import case_details
from ombuds_desk.services.core.audit_trail import case_history
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.url_redaction import redact_url
from ombuds_desk.ui.mail.mail_tab_rows import case_mail

TODAY = date(2026, 11, 26)
WARM_UP = 1


def _details(session: Session, person_id: int) -> object:
    threshold = stalled_after_days(session)
    return case_details(session, person_id, today=TODAY, threshold_days=threshold)


def _mail(session: Session, person_id: int) -> object:
    captive = session.get_one(Person, person_id).category is Category.CAPTIVE
    return case_mail(session, person_id, captive=captive, today=TODAY)


def _history(session: Session, person_id: int) -> object:
    return case_history(session, person_id)


def _all(session: Session, person_id: int) -> object:
    return _details(session, person_id), _mail(session, person_id), _history(session, person_id)


READS: dict[str, Callable[[Session, int], object]] = {
    "case view (GUI thread)": _details,
    "mail tab (worker)": _mail,
    "history tab (worker)": _history,
    "all tabs": _all,
}


def pick_cases(db: Database, count: int, seed: int) -> tuple[list[int], list[int]]:
    """``count`` random cases, and the ``count`` with the most items."""
    with db.reading() as session:
        ids = list(session.execute(select(col(Person.id))).scalars())
        busiest = session.execute(
            select(col(CorrespondenceItem.person_id))
            .group_by(col(CorrespondenceItem.person_id))
            .order_by(func.count().desc())
            .limit(count)
        ).scalars()
        many = [int(i) for i in busiest]
    return random.Random(seed).sample(ids, min(count, len(ids))), many


def _timings(db: Database, cases: list[int], read: Callable[[Session, int], object]) -> list[float]:
    timings: list[float] = []
    for person_id in cases:
        for attempt in range(WARM_UP + 1):
            # A session of its own each time, as each read of the window has.
            with db.reading() as session:
                started = time.perf_counter()
                read(session, person_id)
                elapsed = (time.perf_counter() - started) * 1000
            if attempt >= WARM_UP:
                timings.append(elapsed)
    return timings


def median_p95(timings: list[float]) -> tuple[float, float]:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def measure(db_url: str, cases: int = 50, seed: int = 13) -> dict[str, tuple[float, float]]:
    """Median and 95th percentile in ms of opening a case: each tab's read and all of them,
    over ``cases`` random cases, and all tabs over the cases with the most items."""
    db = open_database(db_url)
    try:
        random_cases, busiest = pick_cases(db, cases, seed)
        figures = {
            f"open a case, {name}": median_p95(_timings(db, random_cases, read))
            for name, read in READS.items()
        }
        figures["open a case with the most items, all tabs"] = median_p95(
            _timings(db, busiest, _all)
        )
        return figures
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", required=True, help="a SQLite file or a database URL, holding a register"
    )
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    print(f"{redact_url(args.db)}: {args.cases} cases (seed {args.seed})")
    print(f"{'figure (ms)':<52}{'median':>8}{'p95':>8}")
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db)}"
    for name, (median, p95) in measure(url, args.cases, args.seed).items():
        print(f"{name:<52}{median:>8.1f}{p95:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
