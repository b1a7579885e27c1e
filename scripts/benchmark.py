"""The benchmark of a national register: every figure of issue 13 beside its target and a
baseline measured in the same run. Prints a table and writes it to a file; asserts nothing.

    .venv/bin/python scripts/benchmark.py                       # 100,000 persons, 1,000,000 items
    .venv/bin/python scripts/benchmark.py --persons 5000 --items 50000     # a quick run
    .venv/bin/python scripts/benchmark.py --db big.sqlite3     # built there if empty, else reused
    .venv/bin/python scripts/benchmark.py --db postgresql+psycopg://user@host/bench

The data set is built by ``ombuds-desk demo --persons N --items M`` (in a process of its own,
so its memory is not the benchmark's) unless ``--db`` already holds persons. Each figure
is timed the way the app does the work (its services, its window offscreen), repeated, and
given as median and 95th percentile; the baseline beside it is the least the same work
could cost: the same SQL statements, captured as the app runs them, replayed through the
bare driver (``sqlite3`` or ``psycopg``) with no SQLAlchemy; the start-up of a process that
only imports Qt's widgets and opens the database; one process for the batch print.

Start-up, the window's stalls and its memory are measured in fresh processes of their own
(``--probe startup|gui|import``, used by this script). The import figure comes from
``scripts/bench_import.py`` (``measure(persons, workdir) -> dict``) when it is there.
Figures from a shared, busy machine vary by tens of percent from run to run: compare a
figure with its baseline from the same run rather than with another run's.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import math
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = 200  # rows a list page reads (PagedTableModel.PAGE)
SHEETS = 2_000
STALL_MS = 50
DEFAULT_PERSONS = 100_000
DEFAULT_ITEMS = 1_000_000


# --- the table ----------------------------------------------------------------------------


@dataclass
class Figure:
    """One row of the table: samples (in ``unit``) and the baseline's, or why it is missing."""

    name: str
    target: str
    unit: str = "ms"
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    baseline_label: str = "—"
    note: str = ""
    missing: str = ""  # "not measured: why"


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (the median for 0.5)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _value(values: list[float], unit: str) -> str:
    if not values:
        return "—"
    digits = 1 if unit == "ms" else 2 if unit == "s" else 0
    median = statistics.median(values)
    return f"{median:,.{digits}f} / {percentile(values, 0.95):,.{digits}f} {unit}"


def table(figures: list[Figure]) -> str:
    lines = [
        "| figure | median / p95 | target | baseline: median / p95 | runs | note |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        measured = f"not measured: {f.missing}" if f.missing else _value(f.samples, f.unit)
        base = f.baseline_label
        if f.baseline:
            base = f"{_value(f.baseline, f.unit)} ({f.baseline_label})"
        lines.append(
            f"| {f.name} | {measured} | {f.target} | {base} | {len(f.samples)} | {f.note} |"
        )
    return "\n".join(lines)


def guarded(figure: Figure, work: Callable[[Figure], None]) -> Figure:
    """Run ``work`` to fill ``figure``; an error leaves it "not measured" with the reason."""
    try:
        work(figure)
    except Exception as exc:  # the harness reports whatever the code under test does
        traceback.print_exc(file=sys.stderr)
        figure.missing = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
    return figure


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


# --- the data set ---------------------------------------------------------------------------


def url_of(db: str) -> str:
    return db if "://" in db else f"sqlite:///{Path(db).resolve()}"


def persons_in(url: str) -> int:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("person"):
                return 0
            return int(connection.execute(text("SELECT COUNT(*) FROM person")).scalar_one())
    finally:
        engine.dispose()


def build(url: str, persons: int, items: int, parcels: int | None) -> float:
    """Build the data set with ``ombuds-desk demo`` in a process of its own; seconds taken."""
    command = [sys.executable, "-m", "ombuds_desk", "--db", url, "demo"]
    command += ["--persons", str(persons), "--items", str(items)]
    if parcels is not None:
        command += ["--parcels", str(parcels)]
    print(f"building the data set: {' '.join(command[3:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=sys.stderr)
    return time.perf_counter() - started


def counts(url: str) -> dict[str, int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    found = {}
    with engine.connect() as connection:
        for table_name in ("person", "correspondence_item", "mail_event", "parcel", "contact"):
            sql = text(f"SELECT COUNT(*) FROM {table_name}")
            found[table_name] = int(connection.execute(sql).scalar_one())
    engine.dispose()
    return found


# --- the SQL the app runs, replayed through the bare driver --------------------------------


class Recorder:
    """The statements an engine runs while :meth:`capture` is open, as the driver got them."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.engine = engine
        self.statements: list[tuple[str, Any, bool]] = []
        self._on = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, many: bool
    ) -> None:
        if self._on:
            self.statements.append((statement, parameters, many))

    @contextlib.contextmanager
    def capture(self) -> Iterator[list[tuple[str, Any, bool]]]:
        self.statements = []
        self._on = True
        try:
            yield self.statements
        finally:
            self._on = False


def replay(raw: Any, statements: list[tuple[str, Any, bool]]) -> float:
    """Milliseconds the bare driver takes to run ``statements`` and fetch every row."""
    cursor = raw.cursor()
    started = time.perf_counter()
    for statement, parameters, many in statements:
        if statement.strip().upper() in ("BEGIN", "COMMIT", "ROLLBACK"):
            continue
        if many:
            cursor.executemany(statement, parameters)
        else:
            cursor.execute(statement, parameters)
        if cursor.description is not None:
            cursor.fetchall()
    elapsed = ms_since(started)
    cursor.close()
    raw.rollback()
    return elapsed


class Bench:
    """The in-process figures: the app's services on the register, and their raw SQL."""

    def __init__(self, url: str, repeat: int) -> None:
        from ombuds_desk.services.core.office_settings import stalled_after_days
        from ombuds_desk.store.database import open_database

        self.url = url
        self.repeat = repeat
        self.db = open_database(url)
        self.recorder = Recorder(self.db.engine)
        self.today = date.today()
        with self.db.reading() as session:
            self.threshold = stalled_after_days(session)
        self.rng = random.Random(13)

    def timed(
        self, figure: Figure, work: Callable[[Any], object], *, repeat: int | None = None
    ) -> None:
        """Time ``work(session)`` (after one warm-up run) and its SQL replayed raw."""
        with self.db.reading() as session:
            with self.recorder.capture() as statements:
                work(session)
            captured = list(statements)
            for _ in range(repeat or self.repeat):
                started = time.perf_counter()
                work(session)
                figure.samples.append(ms_since(started))
        raw = self.db.engine.raw_connection()
        try:
            for _ in range(repeat or self.repeat):
                figure.baseline.append(replay(raw, captured))
        finally:
            raw.close()

    # --- search --------------------------------------------------------------------------

    def queries(self) -> list[str]:
        """What people type: family names in Cyrillic and in Latin letters (the register's
        transliteration and a looser one), given names after them, prefixes of every length,
        and case numbers."""
        from sqlalchemy import text

        with self.db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT family_name, given_name, family_name_latin, case_number FROM person "
                    "ORDER BY id"
                )
            ).all()
        picks = self.rng.sample(rows, min(8, len(rows)))
        found: list[str] = []
        for family, given, latin, number in picks:
            latin = latin or ""
            loose = latin.lower().replace("kh", "h").replace("yi", "i").replace("ts", "c")
            for word in (family, family.lower(), latin, loose):
                for length in (1, 2, 3, 4, 6, len(word)):
                    if word[:length]:
                        found.append(word[:length])
            if given:
                found += [f"{family} {given[:2]}", f"{latin} {given[:1]}"]
            found += [number, number[:8]]
        return list(dict.fromkeys(found))

    def first_page(self, filt: Any) -> Callable[[Any], object]:
        """What the window shows first for ``filt``: the head of the list when it can be
        read quickly (``person_ids_head``), else every id in order; then the first page's
        rows. The whole list follows off the GUI thread (timed in the note)."""
        from ombuds_desk.services.cases.person_query import (
            person_ids,
            person_ids_head,
            person_rows,
        )

        today, rule = self.today, self.threshold

        def work(session: Any) -> object:
            ids = person_ids_head(session, filt, today=today, threshold_days=rule)
            if ids is None:
                ids = person_ids(session, filt, today=today, threshold_days=rule)
            return person_rows(session, ids[:PAGE], today=today, threshold_days=rule)

        return work

    def whole_list(self, filt: Any) -> Callable[[Any], object]:
        from ombuds_desk.services.cases.person_query import person_ids

        return lambda session: person_ids(
            session, filt, today=self.today, threshold_days=self.threshold
        )

    def search(self, figure: Figure) -> None:
        from ombuds_desk.services.cases.person_query import PersonFilter

        queries = self.queries()
        whole = Figure("whole list", "")
        for text in queries:
            self.timed(figure, self.first_page(PersonFilter(text=text)), repeat=3)
            self.timed(whole, self.whole_list(PersonFilter(text=text)), repeat=1)
        figure.note = (
            f"{len(queries)} typed texts × 3: the first page as the window shows it (the "
            "head of the matches, or all of them when few, + its rows); every match's id in "
            f"order, read after it off the GUI thread: {_value(whole.samples, 'ms')}"
        )

    # --- the person list --------------------------------------------------------------------

    def list_first(self, figure: Figure) -> None:
        from ombuds_desk.services.cases.person_query import PersonFilter

        whole = Figure("whole list", "")
        self.timed(figure, self.first_page(PersonFilter()))
        self.timed(whole, self.whole_list(PersonFilter()))
        figure.note = (
            "the first 200 ids from the head of the sort's index + their rows, as the window "
            "shows them; every id in order, read after it off the GUI thread for the count "
            f"and the scroll bar: {_value(whole.samples, 'ms')}"
        )

    def list_pages(self, figure: Figure) -> None:
        from ombuds_desk.services.cases.person_query import PersonFilter, person_ids, person_rows

        with self.db.reading() as session:
            ids = person_ids(
                session, PersonFilter(), today=self.today, threshold_days=self.threshold
            )
        places = list(range(0, max(len(ids) - PAGE, 0) + 1, PAGE))
        starts = sorted(self.rng.sample(places, min(40, len(places))))
        for start in starts:
            page = ids[start : start + PAGE]

            def rows(session: Any, page: list[int] = page) -> object:
                return person_rows(session, page, today=self.today, threshold_days=self.threshold)

            self.timed(figure, rows, repeat=2)
        figure.note = f"{len(starts)} pages of 200 rows across the list × 2"

    # --- a case ---------------------------------------------------------------------------------

    def open_case(self, figure: Figure) -> None:
        from sqlalchemy import text

        from ombuds_desk.services.cases.case_view import case_details
        from ombuds_desk.services.core.audit_trail import case_history
        from ombuds_desk.ui.mail.mail_tab_rows import case_mail

        with self.db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT p.id, p.category FROM person p WHERE p.id IN "
                    "(SELECT person_id FROM correspondence_item GROUP BY person_id "
                    " ORDER BY COUNT(*) DESC LIMIT 10) "
                    "UNION SELECT id, category FROM person WHERE id % 997 = 1"
                )
            ).all()
        cases = rows[:30]
        for person_id, category in cases:

            def work(
                session: Any, pid: int = person_id, captive: bool = category == "captive"
            ) -> object:
                details = case_details(
                    session, pid, today=self.today, threshold_days=self.threshold
                )
                mail = case_mail(session, pid, captive=captive, today=self.today)
                return details, mail, case_history(session, pid)

            self.timed(figure, work, repeat=3)
        figure.note = (
            f"{len(cases)} cases (the 10 with most mail among them) × 3: details, mail tab, "
            "history tab"
        )

    # --- review queue and dashboard ---------------------------------------------------------

    def review_queue(self, figure: Figure) -> None:
        """What the window shows first: the queue's first 200 ids (``queue_ids_head``, the
        same query with a LIMIT) and their rows; the counts above the list and every id
        follow off the GUI thread (timed in the note)."""
        from ombuds_desk.services.workflow.queue_filters import (
            QueueFilter,
            queue_ids,
            queue_ids_head,
        )
        from ombuds_desk.services.workflow.review_queue import queue_counts, stalled_case_rows

        today, rule = self.today, self.threshold

        def work(session: Any) -> object:
            ids = queue_ids_head(session, QueueFilter(), today=today, rule=rule, limit=PAGE)
            return stalled_case_rows(session, ids, today=today)

        def rest(session: Any) -> object:
            counted = queue_counts(session, today=today, threshold_days=rule)
            return counted, queue_ids(session, QueueFilter(), today=today, rule=rule)

        whole = Figure("counts and every id", "")
        self.timed(figure, work)
        self.timed(whole, rest)
        figure.note = (
            "the first 200 ids of the queue (a LIMIT of its query) + their rows, as the window "
            "shows them; the counts above the list and every id in order, read after it off "
            f"the GUI thread: {_value(whole.samples, 'ms')}"
        )

    def dashboard(self, figure: Figure) -> None:
        from ombuds_desk.services.workflow.statistics import office_stats

        self.timed(
            figure,
            lambda s: office_stats(s, today=self.today, threshold_days=self.threshold),
        )
        figure.note = "office_stats: every figure of the dashboard"

    # --- batch print ----------------------------------------------------------------------------

    def batch_print(self, figure: Figure, sheets: int, workdir: Path) -> None:
        from ombuds_desk.reports.batch import write_case_sheets
        from ombuds_desk.reports.batch_parts import processes_for
        from ombuds_desk.services.cases.person_query import PersonFilter, person_ids

        with self.db.reading() as session:
            ids = person_ids(
                session, PersonFilter(), today=self.today, threshold_days=self.threshold
            )
        ids = ids[:sheets]
        pages = 0
        # As many processes as the app takes for the batch; a quick run's smaller batch
        # still takes every core, so that the row compares the two ways.
        processes = processes_for(len(ids))
        if processes == 1:
            processes = os.cpu_count() or 1
        cpu: dict[int, float] = {}
        for used, into in ((processes, figure.samples), (1, figure.baseline)):
            started = time.perf_counter()
            result = write_case_sheets(
                self.db,
                ids,
                workdir / f"sheets-{used}.pdf",
                today=self.today,
                generated_by="Benchmark",
                processes=used,
            )
            into.append(time.perf_counter() - started)
            pages = result.pages
            cpu[used] = result.cpu_seconds
        size = (workdir / f"sheets-{processes}.pdf").stat().st_size / 1e6
        figure.note = (
            f"{len(ids):,} sheets, {pages:,} pages, {size:.1f} MB; {processes} processes on "
            f"{os.cpu_count()} cores; one run each; CPU seconds in all processes: "
            f"{cpu[processes]:.1f} ({processes} processes), {cpu[1]:.1f} (one): on a machine "
            "with spare cores the wall time is about CPU ÷ processes"
        )

    def close(self) -> None:
        self.db.dispose()


# --- probes: fresh processes ---------------------------------------------------------------


def probe_env(home: Path) -> dict[str, str]:
    """A child's environment: offscreen, and settings and logs in a folder of its own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # As installed: the app's modules compiled once, not again at every start (a shell with
    # PYTHONDONTWRITEBYTECODE=1 had every start compile them all: a fifth more CPU).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def run_probe(args: list[str], home: Path, timeout: float = 1800) -> dict[str, Any]:
    """Run this script as ``--probe …`` and read the JSON it prints last."""
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    done = subprocess.run(
        command, capture_output=True, text=True, env=probe_env(home), timeout=timeout, cwd=ROOT
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"probe {args[1]} failed ({done.returncode}): {tail}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def startup(figure: Figure, url: str, runs: int, home: Path) -> None:
    """Process start to the main window shown, ``ombuds-desk --demo --db …`` as a user
    starts it; baseline: a process that imports Qt's widgets and opens the database."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        opener = (
            f"import sqlite3; sqlite3.connect({path!r})"
            ".execute('SELECT COUNT(*) FROM sqlite_master').fetchone()"
        )
    else:
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        opener = f"import psycopg; psycopg.connect({plain!r}).execute('SELECT 1').fetchone()"
    baseline = [sys.executable, "-c", f"import PySide6.QtWidgets; {opener}"]
    cpu: list[float] = []
    base_cpu: list[float] = []
    ready: list[float] = []
    for _ in range(runs):
        before = children_cpu()
        started = time.perf_counter()
        subprocess.run(baseline, check=True, env=probe_env(home))
        figure.baseline.append(time.perf_counter() - started)
        middle = children_cpu()
        # The wall clock before the process is made: /proc's boot time is whole seconds,
        # which put up to a second on every start (0.46 s on the machine it was found on).
        asked = ["--probe", "startup", "--db", url, "--started", f"{time.time():.6f}"]
        found = run_probe(asked, home)
        figure.samples.append(found["seconds"])
        ready.append(found.get("ready_seconds", math.nan))
        base_cpu.append(middle - before)
        cpu.append(children_cpu() - middle)
    figure.baseline_label = "import PySide6.QtWidgets + open the file"
    figure.note = (
        f"offscreen, a fresh process each run; then the pages in (the database open, the "
        f"pages made and their reads asked: the window's ready) at {statistics.median(ready):.2f} s; "
        f"CPU time to then (less hurt by a busy machine): {statistics.median(cpu):.2f} s, "
        f"baseline {statistics.median(base_cpu):.2f} s"
    )


def children_cpu() -> float:
    """User and system seconds of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def probe_startup(url: str, started: float | None = None) -> None:
    """The window as ``ombuds-desk --demo --db URL`` opens it; prints the seconds from this
    process's start (``started``: the parent's wall clock just before it made the process)
    to the main window shown (measured by the parent too): the first turn of the event loop
    after its ``show()``, when it has painted (offscreen). A demo start shows the window's
    frame before it opens the database, in an event loop of its own (``ui/shell/app.py``):
    the application's ``exec`` comes later. Then, as ``ready_seconds``, to the window's
    pages in (its ``ready`` signal: the database open, the pages made, their reads asked)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    began = started if started is not None else process_start()
    original = QWidget.show
    seen: dict[str, float] = {}

    def report() -> None:
        print(json.dumps(seen), flush=True)
        os._exit(0)

    def shown() -> None:
        seen.setdefault("seconds", time.time() - began)

    def pages_in() -> None:
        seen["ready_seconds"] = time.time() - began
        QTimer.singleShot(0, report)

    def show_and_watch(self: QWidget) -> None:
        original(self)
        if isinstance(self, QMainWindow) and "seconds" not in seen:
            QTimer.singleShot(0, shown)
            ready = getattr(self, "ready", None)
            if ready is None:  # a window without pages to wait for
                QTimer.singleShot(0, report)
            else:
                ready.connect(pages_in)

    setattr(QWidget, "show", show_and_watch)  # noqa: B010 (a method, replaced)
    from ombuds_desk import cli

    cli.main(["--demo", "--db", url])
    raise SystemExit("the window closed before it was shown")


def process_start() -> float:
    """When this process started (wall clock), from /proc where there is one."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime")
        )
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return time.time()


def write_person_csv(path: Path, persons: int) -> None:
    """New persons as another office's list has them (Cyrillic names, the register's
    columns), none of them in the demo register."""
    import csv

    from ombuds_desk.demo.people import random_name

    rng = random.Random(2027)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["family_name", "given_name", "patronymic", "category", "date_of_birth"])
        for n in range(persons):
            name = random_name(rng, "ua", rng.random() < 0.3)
            born = date(1960 + rng.randrange(45), 1 + rng.randrange(12), 1 + rng.randrange(28))
            category = "captive" if n % 3 else "evacuee"
            out.writerow(
                [name["family_name"], name["given_name"], name["patronymic"] or "", category, born]
            )


def import_stalls(
    window: Any, db: Any, actor: Any, beat: Any, home: Path, persons: int
) -> list[float]:
    """Longest GUI-thread gap per 250 ms while the window's own import jobs (check, then
    import) run on a CSV of ``persons`` new persons."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ombuds_desk.services.lists.import_summary import TableSource
    from ombuds_desk.services.lists.tabular_files import read_table
    from ombuds_desk.ui.common.background_job import BackgroundJob
    from ombuds_desk.ui.lists.import_problems_model import check_work, import_work

    path = home / "persons.csv"
    write_person_csv(path, persons)
    table = read_table(path)
    longest: list[float] = []

    def run(work: Any) -> Any:
        loop = QEventLoop()
        done: list[Any] = []
        job = BackgroundJob(window, "benchmark import", work)
        job.succeeded.connect(done.append)
        job.failed.connect(lambda error: done.append(error))
        job.finished.connect(loop.quit)
        sampler = QTimer()
        sampler.setInterval(250)

        def watch() -> None:
            longest.append(beat.longest * 1000)
            beat.reset()

        sampler.timeout.connect(watch)
        beat.reset()
        sampler.start()
        job.start()
        loop.exec()
        sampler.stop()
        longest.append(beat.longest * 1000)
        if not done or isinstance(done[0], BaseException):
            raise RuntimeError(f"the import job failed: {done[0] if done else 'no result'}")
        return done[0]

    today = date.today()
    # As the dialog checks it: the check's worker reads the file (the rows do not travel).
    source = TableSource(path, table.encoding, table.delimiter)
    plan = run(check_work(True, db, actor, source, today))
    run(import_work(db, actor, plan, True, today))
    return longest


def shown_window(db: Any, actor: Any, settings: Any) -> Any:
    """The main window as the app shows it: the pages' first reads held until it shows,
    then released with the start's objects frozen for the garbage collector (``settle``)."""
    from PySide6.QtCore import QTimer

    from ombuds_desk.ui.shell.app import build_main_window, settle

    window = build_main_window(db, actor, settings=settings, hold_reads=True)
    window.resize(1400, 850)
    window.show()
    QTimer.singleShot(0, lambda: settle(window))
    return window


def scroll_to_end(window: Any, beat: Any, clock: Any, measure: Any) -> None:
    """The person list, scrolled down to its last row in twenty jumps."""
    from functools import partial

    table = window.case_desk.table
    bar = table.verticalScrollBar()
    window.pages.setCurrentIndex(0)
    measure(window, beat, clock, lambda: None)

    def jump(fraction: float) -> None:
        bar.setValue(int(bar.maximum() * fraction))
        table.viewport().repaint()

    for fraction in [i / 20 for i in range(21)]:
        measure(window, beat, clock, partial(jump, fraction))
    measure(window, beat, clock, lambda: bar.setValue(bar.maximum()))


def probe_gui(url: str, sheets: int, imports: int, memory_only: bool = False) -> None:
    """The window offscreen with a 2 ms heartbeat on its GUI thread: the longest gaps while
    scrolling, switching pages and during a batch print; then its peak memory with the
    list scrolled to the end. ``memory_only``: only that memory, in a window that did
    nothing else. Prints JSON."""
    from functools import partial

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_gui import Heartbeat, StatementClock, demo_supervisor, measure, own_peak_mb

    from ombuds_desk.store.database import open_database
    from ombuds_desk.ui.shell.app import make_application

    app = make_application([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    db = open_database(url)
    actor = demo_supervisor(db)
    home = Path(tempfile.mkdtemp())
    settings = QSettings(str(home / "bench.ini"), QSettings.Format.IniFormat)
    window = shown_window(db, actor, settings)
    beat, clock = Heartbeat(), StatementClock(db.engine)
    measure(window, beat, clock, lambda: None)  # the first reads
    result: dict[str, Any] = {}
    if memory_only:
        # The window's own memory: shown, the list scrolled to its end, nothing else done.
        scroll_to_end(window, beat, clock, measure)
        result["peak_mb"] = own_peak_mb()
        print(json.dumps(result), flush=True)
        os._exit(0)
    # The batch's and the import's modules only now: the window alone does not load them.
    from ombuds_desk.reports.batch import write_case_sheets
    from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
    from ombuds_desk.ui.common.background_job import BackgroundJob

    def gaps(actions: list[Callable[[], object]]) -> list[float]:
        return [measure(window, beat, clock, action)[1] for action in actions]

    try:
        page: Any = window.case_desk
        table = page.table
        bar = table.verticalScrollBar()

        def jump(fraction: float) -> None:
            bar.setValue(int(bar.maximum() * fraction))
            table.viewport().repaint()

        steps: list[Callable[[], object]] = [
            partial(jump, f / 100) for f in (1, 5, 10, 25, 50, 75, 90, 99)
        ]
        steps += [partial(bar.triggerAction, bar.SliderAction.SliderPageStepAdd)] * 10
        result["scrolling"] = gaps(steps)
    except Exception as exc:
        result["scrolling"] = f"{type(exc).__name__}: {exc}"
    try:
        switches: list[Callable[[], object]] = []
        for index in range(1, window.pages.count()):
            switches += [partial(window.pages.setCurrentIndex, index)]
            switches += [partial(window.pages.setCurrentIndex, 0)]
        result["switching"] = gaps(switches)
    except Exception as exc:
        result["switching"] = f"{type(exc).__name__}: {exc}"
    try:
        with db.reading() as session:
            ids = person_ids(session, PersonFilter(), today=date.today(), threshold_days=30)
        ids = ids[: min(sheets, 800)]  # enough for the app to print in two processes
        target = home / "batch.pdf"
        loop = QEventLoop()
        job = BackgroundJob(
            window,
            "benchmark batch",
            lambda progress, cancelled: write_case_sheets(
                db,
                ids,
                target,
                today=date.today(),
                generated_by="Benchmark",
                progress=progress,
                is_cancelled=cancelled,
                isolate=True,  # as the window prints: in worker processes, below its priority
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
        beat.reset()
        sampler.start()
        job.start()
        loop.exec()
        sampler.stop()
        watch()
        result["batch print"] = longest
        result["batch sheets"] = len(ids)
    except Exception as exc:
        result["batch print"] = f"{type(exc).__name__}: {exc}"
    try:
        if imports:
            result["import"] = import_stalls(window, db, actor, beat, home, imports)
            result["import rows"] = imports
    except Exception as exc:
        result["import"] = f"{type(exc).__name__}: {exc}"
    try:
        scroll_to_end(window, beat, clock, measure)
    except Exception as exc:
        result["memory note"] = f"{type(exc).__name__}: {exc}"
    result["peak_mb"] = own_peak_mb()
    print(json.dumps(result), flush=True)
    os._exit(0)  # the window's teardown is not measured


def probe_import(persons: int, workdir: Path) -> None:
    """Engineer B's import measurement (scripts/bench_import.py), in a process of its own."""
    path = ROOT / "scripts" / "bench_import.py"
    spec = importlib.util.spec_from_file_location("bench_import", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = module.measure(persons, workdir)
    print(json.dumps(found, default=str), flush=True)


# --- the run ------------------------------------------------------------------------------


def _numbers(value: Any) -> list[float]:
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, list):
        return [float(v) for v in value if isinstance(v, int | float)]
    return []


def import_figures(persons: int, home: Path) -> tuple[Figure, Figure]:
    speed = Figure(
        f"{persons:,}-person CSV import, validated, with duplicate check",
        "≤ 10 s",
        unit="s",
        baseline_label="raw executemany of the same rows",
    )
    memory = Figure(f"{persons:,}-person CSV import: peak memory", "≤ 300 MB", unit="MB")
    if not (ROOT / "scripts" / "bench_import.py").exists():
        speed.missing = memory.missing = "scripts/bench_import.py is not here"
        return speed, memory

    def work(_figure: Figure) -> None:
        found = run_probe(
            ["--probe", "import", "--persons", str(persons), "--workdir", str(home)], home
        )
        speed.samples = _numbers(found.get("seconds"))
        speed.baseline = _numbers(found.get("baseline_seconds"))
        memory.samples = _numbers(found.get("peak_mb"))
        known = {"seconds", "baseline_seconds", "peak_mb"}
        rest = {k: v for k, v in found.items() if k not in known}
        speed.note = ", ".join(f"{k}: {v}" for k, v in rest.items())[:200]
        if not speed.samples:
            raise RuntimeError(f"bench_import.measure gave no 'seconds': {sorted(found)}")

    guarded(speed, work)
    memory.missing = memory.missing or ("" if memory.samples else speed.missing or "no 'peak_mb'")
    return speed, memory


def gui_figures(url: str, sheets: int, home: Path) -> list[Figure]:
    rows = {
        "scrolling": Figure(
            "GUI thread never blocked: longest stall while scrolling", f"no stall > {STALL_MS} ms"
        ),
        "switching": Figure(
            "GUI thread never blocked: switching pages", f"no stall > {STALL_MS} ms"
        ),
        "import": Figure("GUI thread never blocked: during an import", f"no stall > {STALL_MS} ms"),
        "batch print": Figure(
            "GUI thread never blocked: during a batch print", f"no stall > {STALL_MS} ms"
        ),
    }
    memory = Figure("GUI peak memory, list scrolled to the end", "≤ 300 MB", unit="MB")
    imports = 0
    gui_url = url
    if url.startswith("sqlite"):
        # The window imports persons: into a copy, so the register stays as built (the
        # backup API copies what the write-ahead log holds too).
        import sqlite3

        copy = home / "window-copy.sqlite3"
        source = sqlite3.connect(url.removeprefix("sqlite:///"))
        with contextlib.closing(source), contextlib.closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        gui_url, imports = url_of(str(copy)), 10_000
    else:
        rows["import"].missing = "not run on a server register: it would add persons to it"
    try:
        command = ["--probe", "gui", "--db", gui_url, "--sheets", str(sheets)]
        found = run_probe([*command, "--persons", str(imports)], home)
    except Exception as exc:
        for figure in [*rows.values(), memory]:
            figure.missing = figure.missing or str(exc)[:160]
        return [*rows.values(), memory]
    for key, figure in rows.items():
        if figure.missing:
            continue
        value = found.get(key)
        if isinstance(value, list):
            figure.samples = [float(v) for v in value]
            worst = max(figure.samples, default=0.0)
            over = sum(v > STALL_MS for v in figure.samples)
            figure.note = (
                f"worst {worst:.0f} ms; {over} of {len(figure.samples)} over {STALL_MS} ms"
            )
            if key == "batch print":
                figure.note += f"; gaps per 250 ms while {found.get('batch sheets')} sheets print"
            if key == "import":
                figure.note += (
                    f"; gaps per 250 ms while the window checks and imports "
                    f"{found.get('import rows'):,} new persons (a copy of the register)"
                )
        else:
            figure.missing = str(value)[:160]
    try:
        alone = run_probe(["--probe", "memory", "--db", gui_url], home)
        memory.samples = [float(alone["peak_mb"])]
    except Exception as exc:
        memory.missing = str(exc)[:160]
    memory.note = (
        "the peak resident memory (VmHWM) of a window shown with its list scrolled to the "
        "end; the window that also switched every page, printed and imported above peaked at "
        f"{float(found['peak_mb']):.0f} MB"
    ) + (f"; {found['memory note']}" if "memory note" in found else "")
    return [*rows.values(), memory]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}), load average {load}; Python {platform.python_version()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=DEFAULT_PERSONS)
    parser.add_argument(
        "--items",
        type=int,
        help=f"default: ten a person ({DEFAULT_ITEMS:,} at {DEFAULT_PERSONS:,})",
    )
    parser.add_argument("--parcels", type=int, help="default: one for every two persons")
    parser.add_argument("--db", help="a SQLite file or a URL: built there if it holds no persons")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.md")
    parser.add_argument("--repeat", type=int, default=20, help="runs of each quick figure")
    parser.add_argument("--starts", type=int, default=5, help="runs of the start-up figure")
    parser.add_argument("--sheets", type=int, default=SHEETS)
    parser.add_argument(
        "--probe", choices=["startup", "gui", "memory", "import"], help=argparse.SUPPRESS
    )
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe == "startup":
        probe_startup(args.db, args.started)
        return 0
    if args.probe in ("gui", "memory"):
        probe_gui(args.db, args.sheets, args.persons, memory_only=args.probe == "memory")
        return 0
    if args.probe == "import":
        probe_import(args.persons, args.workdir)
        return 0

    items = args.items if args.items is not None else args.persons * 10
    work = Path(tempfile.mkdtemp(prefix="ombuds-bench-"))
    url = url_of(args.db) if args.db else url_of(str(work / "register.sqlite3"))
    built = ""
    if persons_in(url) == 0:
        seconds = build(url, args.persons, items, args.parcels)
        built = (
            f"built in {seconds:.0f} s by "
            f"`ombuds-desk demo --persons {args.persons} --items {items}`"
        )
    else:
        built = "reused"
    found = counts(url)
    print(
        f"register: {found['person']:,} persons, {found['correspondence_item']:,} items, "
        f"{found['mail_event']:,} mail events, {found['parcel']:,} parcels ({built})",
        file=sys.stderr,
    )
    figures: list[Figure] = []

    def step(label: str) -> None:
        print(f"… {label}", file=sys.stderr, flush=True)

    step("process start to main window")
    figures.append(
        guarded(
            Figure("process start to main window shown", "≤ 1.0 s", unit="s"),
            lambda f: startup(f, url, args.starts, work),
        )
    )
    bench = Bench(url, args.repeat)
    try:
        step("search as you type")
        figures.append(
            guarded(
                Figure(
                    "search as you type, any spelling, any prefix length, first page of results",
                    "p95 ≤ 10 ms",
                    baseline_label="the same SQL, raw driver",
                ),
                bench.search,
            )
        )
        step("person list")
        figures.append(
            guarded(
                Figure(
                    "person list: first page", "≤ 50 ms", baseline_label="the same SQL, raw driver"
                ),
                bench.list_first,
            )
        )
        figures.append(
            guarded(
                Figure(
                    "person list: each page while scrolling",
                    "≤ 10 ms",
                    baseline_label="the same SQL, raw driver",
                ),
                bench.list_pages,
            )
        )
        step("open a case")
        figures.append(
            guarded(
                Figure(
                    "open a case, all tabs", "≤ 30 ms", baseline_label="the same SQL, raw driver"
                ),
                bench.open_case,
            )
        )
        step("review queue and dashboard")
        figures.append(
            guarded(
                Figure("review queue first page", "≤ 50 ms", baseline_label="the raw SQL"),
                bench.review_queue,
            )
        )
        figures.append(
            guarded(
                Figure("dashboard figures", "≤ 50 ms", baseline_label="the raw SQL"),
                bench.dashboard,
            )
        )
        step("import")
        figures += import_figures(args.persons, work)
        step(f"{args.sheets:,} case sheets")
        figures.append(
            guarded(
                Figure(
                    f"{args.sheets:,} case sheets in one PDF",
                    "≤ 20 s, scaling with cores",
                    unit="s",
                    baseline_label="one process",
                ),
                lambda f: bench.batch_print(f, args.sheets, work),
            )
        )
    finally:
        bench.close()
    step("the window: stalls and memory")
    figures += gui_figures(url, args.sheets, work)

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    backend = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
    report = (
        f"# Benchmark: {found['person']:,} persons, {found['correspondence_item']:,} items "
        f"({found['mail_event']:,} mail events), {found['parcel']:,} parcels — {backend}\n\n"
        f"{stamp}; {machine()}. Data set {built}. Times are milliseconds unless marked; "
        "median / 95th percentile of the runs; nothing asserted. A shared, busy machine "
        "varies by tens of percent between runs: compare a figure with its baseline.\n\n"
        f"{table(figures)}\n"
    )
    print(report)
    args.out.write_text(report, encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)
    # The window's copy, the PDFs and the probes' settings; a register built here too
    # (--db FILE keeps one for the next run).
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
