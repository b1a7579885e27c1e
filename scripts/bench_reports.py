"""Benchmark of the printed documents: one case sheet, a batch of 2,000 case sheets, and the
stalled-cases report of a big register.

Builds a throw-away SQLite register of synthetic cases (Cyrillic names, contacts, status
history, letters, parcels, notes) and prints timings; nothing is asserted.

    .venv/bin/python scripts/bench_reports.py [--persons 2000]

``--stalled FILE`` instead times the stalled-cases report of an existing register (a copy:
opening it may upgrade it), as ``ombuds-desk print stalled`` makes it:

    cp /tmp/big.sqlite3 /tmp/perf-big.sqlite3
    .venv/bin/python scripts/bench_reports.py --stalled /tmp/perf-big.sqlite3

Figures measured on the development container (2 shared CPUs, Python 3.11, ReportLab 5.1,
SQLite; sheets of 2 pages: 2 relatives, 2 history rows, 5 letters, 2 parcels, 3 notes):

    single case sheet   read 7–10 ms + render 20–28 ms = 27–37 ms (median of 30; the first
                        sheet of a process adds ~50 ms once, registering the fonts)
    batch of 2,000      29–31 s (14–16 ms a sheet), 4,000 pages, 9.3 MB, peak memory 250 MB

    stalled-cases report of 100,000 cases (51,717 stalled: 6 groups, one of 48,695)
                        read 0.7–1.0 s + layout and write 22–28 s, 2,508 pages, 9.5 MB, peak
                        memory 340 MB (before: one Table a group, never finished: >11 min,
                        960 MB)

The optional C accelerator ``rl-accel`` (PyPI) speeds ReportLab's number formatting and
string widths; on a quiet machine it cut the render time by about a quarter.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ombuds_desk.domain.enums import (
    CaseStatus,
    Direction,
    ItemKind,
    ItemStatus,
    ParcelStatus,
    Relationship,
    Role,
)
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.people import CaseNote, Contact
from ombuds_desk.reports.batch import write_case_sheets
from ombuds_desk.reports.case_sheet import render_case_sheet
from ombuds_desk.reports.stalled_report import render_stalled_report
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, create_user
from ombuds_desk.services.printing import case_sheet_data, stalled_report_data
from ombuds_desk.store.database import Database, open_database

TODAY = date(2026, 11, 26)
FAMILY = ("Пʼятницька", "Ґалаґан", "Воробьёв", "Їжакевич", "Єрмоленко", "Шевчук", "Соловйова")
GIVEN = ("Євгенія", "Олег", "Илья", "Ігор", "Ярина", "Вʼячеслав", "Ольга")


def _populate(db: Database, count: int) -> list[int]:
    # A new database: its first admin takes on the caseworker who registers the cases.
    admin = create_first_admin(db, "admin", "Адміністратор", "bench-пароль-адміна")
    with unit_of_work(db, admin) as s:
        worker = create_user(s, admin, "o.bondar", "Олег Бондар", Role.CASEWORKER)
    ids: list[int] = []
    with unit_of_work(db, worker) as s:
        for n in range(count):
            person = persons.register_person(
                s,
                worker,
                {
                    "category": "captive",
                    "family_name": FAMILY[n % 7],
                    "given_name": GIVEN[n % 5],
                    "patronymic": "Іванович",
                    "date_of_birth": "1990",
                    "detention_place": "СІЗО № 2",
                    "unit": "Окрема бригада",
                    "service_number": f"ВС-{n:06d}",
                },
                today=TODAY,
                status_since=TODAY - timedelta(days=200 + n % 90),
            )
            pid = person.id or 0
            ids.append(pid)
            case_status.change_status(
                s,
                worker,
                pid,
                CaseStatus.CONFIRMED,
                effective_on=TODAY - timedelta(days=100),
                today=TODAY,
                reason="ICRC visit confirmed identity",
            )
            s.add_all(
                [
                    Contact(
                        person_id=pid,
                        family_name=FAMILY[n % 7],
                        given_name=g,
                        relationship=Relationship.MOTHER,
                        phone="+380 67 123 45 67",
                        address="м. Київ, вул. Ґрунтова, 5",
                    )
                    for g in ("Ганна", "Ірина")
                ]
                + [
                    CaseNote(
                        person_id=pid, text=f"Нотатка {k}: мати телефонувала.", author_id=worker.id
                    )
                    for k in range(3)
                ]
                + [
                    CorrespondenceItem(
                        person_id=pid,
                        kind=ItemKind.LETTER,
                        direction=Direction.TO_PERSON,
                        author_name="Ганна",
                        description="Лист від матері",
                        status=ItemStatus.DELIVERED,
                        logged_at=datetime(2026, 10, 1 + k, tzinfo=UTC),
                    )
                    for k in range(6)
                ]
                + [
                    Parcel(
                        parcel_number=f"P-{n:06d}-{k}",
                        person_id=pid,
                        status=ParcelStatus.DELIVERED,
                        contents="Листи, теплі речі",
                        weight_grams=2000 + k,
                    )
                    for k in range(2)
                ]
            )
    return ids


def _peak_memory() -> str:
    try:
        import resource  # not on Windows
    except ImportError:
        return ""
    return f", peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"


def bench_stalled(path: Path) -> None:
    """Time the stalled-cases report of the register at ``path``, as of today."""
    db = open_database(f"sqlite:///{path}")
    today = date.today()
    t0 = time.perf_counter()
    with db.reading() as session:
        data = stalled_report_data(session, today=today)
    t1 = time.perf_counter()
    target = Path(tempfile.mkdtemp(prefix="bench-stalled-")) / "stalled.pdf"
    pages = render_stalled_report(data, target, generated_by="Світлана Мельник")
    t2 = time.perf_counter()
    print(
        f"stalled-cases report of {data.total:,} cases in {len(data.groups)} groups: "
        f"read {t1 - t0:.1f} s + layout and write {t2 - t1:.1f} s = {t2 - t0:.1f} s, "
        f"{pages:,} pages, {target.stat().st_size / 1e6:.1f} MB{_peak_memory()}"
    )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument(
        "--stalled",
        type=Path,
        metavar="FILE",
        help="time the stalled-cases report of this register (a copy) instead",
    )
    args = parser.parse_args()
    if args.stalled is not None:
        bench_stalled(args.stalled)
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    started = time.perf_counter()
    ids = _populate(db, args.persons)
    print(f"populated {len(ids)} cases in {time.perf_counter() - started:.1f} s")

    reads, renders = [], []
    for run in range(31):
        t0 = time.perf_counter()
        with db.reading() as session:
            data = case_sheet_data(session, ids[run], today=TODAY)
        t1 = time.perf_counter()
        render_case_sheet(data, io.BytesIO(), generated_by="Олег Бондар")
        t2 = time.perf_counter()
        if run:  # the first run registers fonts and warms caches
            reads.append(t1 - t0)
            renders.append(t2 - t1)
    read_ms, render_ms = statistics.median(reads) * 1e3, statistics.median(renders) * 1e3
    print(
        f"single case sheet: read {read_ms:.1f} ms + render {render_ms:.1f} ms "
        f"= {read_ms + render_ms:.1f} ms (median of {len(reads)})"
    )

    target = folder / "batch.pdf"
    t0 = time.perf_counter()
    result = write_case_sheets(db, ids, target, today=TODAY, generated_by="Олег Бондар")
    elapsed = time.perf_counter() - t0
    print(
        f"batch of {result.sheets} case sheets: {elapsed:.1f} s "
        f"({elapsed / max(result.sheets, 1) * 1e3:.1f} ms a sheet), {result.pages} pages, "
        f"{target.stat().st_size / 1e6:.1f} MB{_peak_memory()}"
    )
    db.dispose()


if __name__ == "__main__":
    main()
