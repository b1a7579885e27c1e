"""Benchmark of the case register at scale: building, opening and listing 100,000 persons.

Prints figures; asserts nothing. Reuses ``--db`` if it already holds persons.

    .venv/bin/python scripts/bench_register.py [--persons 100000] [--db big.sqlite3]

It times: the demo build; opening (schema check); the person list's id query for every
sort column and for the usual filters (what a click on a header or a filter costs); fetching
one page of rows; and the Qt table model end to end (offscreen): set a filter, then read
the display data of the first screenful of rows, as the view does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ombuds_desk.demo import builder as demo_data
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.services.cases.person_query import (
    PersonFilter,
    SortColumn,
    person_ids,
    person_rows,
)
from ombuds_desk.services.core.auth import demo_user
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import to_url

T = TypeVar("T")


def timed(fn: Callable[[], T], repeat: int = 5) -> tuple[float, float, T]:
    """Median and worst milliseconds of ``repeat`` runs, and the last result."""
    times: list[float] = []
    result = fn()
    for _ in range(repeat - 1):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def demo_supervisor(db: Database) -> User:
    """Who the window signs in on a demo database: its demo supervisor."""
    with db.reading() as session:
        user = demo_user(session)
    if user is None:
        sys.exit(f"{db.display_name} is not a demo database: build one with ombuds-desk demo.")
    return user


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--db", help="a SQLite file to build into or reuse")
    args = parser.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "bench-register.sqlite3"
    fresh = not path.exists()

    started = time.perf_counter()
    db = open_database(to_url(path))
    print(
        f"open (create/migrate: {fresh})            {(time.perf_counter() - started) * 1000:8.0f} ms"
    )
    if fresh:
        started = time.perf_counter()
        demo_data.build_demo(db, persons=args.persons)
        print(f"demo build, {args.persons:,} persons       {time.perf_counter() - started:8.1f} s")
    db.dispose()
    started = time.perf_counter()
    db = open_database(to_url(path))
    print(
        f"open an existing register                {(time.perf_counter() - started) * 1000:8.0f} ms"
    )

    today = date.today()
    with db.reading() as session:
        threshold = stalled_after_days(session)
        print("\nperson list: ids in order (median / worst of 5)")
        for sort in SortColumn:
            median, worst, ids = timed(
                partial(
                    person_ids,
                    session,
                    PersonFilter(),
                    today=today,
                    threshold_days=threshold,
                    sort=sort,
                )
            )
            print(f"  sort by {sort.value:<16} {len(ids):>7,} ids {median:7.1f} / {worst:6.1f} ms")
        filters = {
            "stalled only": PersonFilter(stalled_only=True),
            "blocked only": PersonFilter(blocked_only=True),
            "evacuees, awaiting": PersonFilter(
                category=Category.EVACUEE, status=CaseStatus.AWAITING_ACCEPTANCE
            ),
            "search 'kovalenko'": PersonFilter(text="kovalenko"),
            "search 'Пʼятн'": PersonFilter(text="Пʼятн"),
            "search 'iv'": PersonFilter(text="iv"),
            "search case number": PersonFilter(text="CAP-2026-0001"),
        }
        for label, filt in filters.items():
            median, worst, ids = timed(
                partial(person_ids, session, filt, today=today, threshold_days=threshold)
            )
            print(f"  {label:<24} {len(ids):>7,} ids {median:7.1f} / {worst:6.1f} ms")
        all_ids = person_ids(session, PersonFilter(), today=today, threshold_days=threshold)
        page = all_ids[50_000:50_200] if len(all_ids) > 50_200 else all_ids[:200]
        median, worst, _ = timed(
            lambda: person_rows(session, page, today=today, threshold_days=threshold)
        )
        print(f"  one page of 200 rows               {median:7.1f} / {worst:6.1f} ms")

    from PySide6.QtCore import QEventLoop, QSettings, Qt

    from ombuds_desk.ui.cases.cases_page import CasesPage
    from ombuds_desk.ui.shell.app import build_main_window, make_application

    app = make_application([sys.argv[0]])
    settings = QSettings(str(path.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
    window = build_main_window(db, demo_supervisor(db), settings=settings)
    cases = window.case_desk
    assert isinstance(cases, CasesPage)
    model = cases.model

    def wait_loaded(start: Callable[[], object]) -> None:
        """Start a read of the list (off the GUI thread) and wait until it is shown."""
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        start()
        if model.loading:
            loop.exec()
        model.loaded.disconnect(loop.quit)

    def first_screen(filt: PersonFilter) -> int:
        wait_loaded(lambda: model.set_filter(filt))
        for row in range(min(40, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        return model.rowCount()

    print("\nQt table model: set filter, ids read, first screenful of data (median / worst of 5)")
    for label, filt in {
        "all cases": PersonFilter(),
        "stalled only": PersonFilter(stalled_only=True),
        "search 'kovalenko'": PersonFilter(text="kovalenko"),
    }.items():
        median, worst, rows = timed(partial(first_screen, filt))
        print(f"  {label:<24} {rows:>7,} rows {median:7.1f} / {worst:6.1f} ms")
    median, worst, _ = timed(
        lambda: wait_loaded(lambda: model.sort(1, Qt.SortOrder.DescendingOrder))
    )
    print(f"  click 'Name' header (sort)         {median:7.1f} / {worst:6.1f} ms")
    print("  (the GUI thread is free while the ids are read: scripts/bench_gui.py measures it)")
    window.close()
    actor = demo_supervisor(db)
    print(f"\n(acting as {actor.username}; {app.applicationName() or 'no app name'})")
    db.dispose()


if __name__ == "__main__":
    main()
