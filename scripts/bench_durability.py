"""Durability of a save: what ``synchronous = FULL`` costs, and that a killed process loses
no change it reported saved.

    .venv/bin/python scripts/bench_durability.py [--saves 200] [--kills 50] [--folder DIR]
    .venv/bin/python scripts/bench_durability.py --crash-only --kills 10

1. The cost of one save (a unit of work registering a person; one changing a case's
   status) with ``synchronous = NORMAL`` and with ``FULL`` (what the app uses), on a real
   file in ``--folder`` (default: a temporary folder; put it on the disk you care about).
   Median and 95th percentile in milliseconds, printed; nothing asserted.
2. The crash test (POSIX): a child process (forked) registers persons and changes statuses in bursts
   through the app's own services, printing each change only after its commit, and is
   killed with SIGKILL at a random moment, ``--kills`` times over on one database. After
   each kill the file must pass ``PRAGMA integrity_check``, the audit chain must be
   intact, and every change the child reported must be there. Exit status 1 otherwise.

A killed process is not a power cut: what the operating system had accepted survives the
kill whatever ``synchronous`` says, so the crash test shows that a commit is all or nothing
and that nothing reported is lost to a crash of the app; what survives a power cut is what
FULL adds (the log synced at every commit), which only pulling the plug would show.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.cases import persons
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, user_named
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import to_url

TODAY = date.today()
ADMIN, PASSWORD = "admin", "durability-пароль-1"
# A case moves registered → confirmed → listed for exchange: two changes a person.
NEXT_STATUS = {
    CaseStatus.REGISTERED: CaseStatus.CONFIRMED,
    CaseStatus.CONFIRMED: CaseStatus.LISTED_FOR_EXCHANGE,
}
FAMILY_NAMES = ("Ковальчук", "Гнатюк", "Пʼятницький", "Євтушенко", "Ґудзь", "Іваненко", "Бойко")
GIVEN_NAMES = ("Тарас", "Іван", "Олексій", "Юрій", "Євген", "Остап", "Ігор", "Богдан", "Їжак")


# --- the saves ----------------------------------------------------------------------------


def register(db: Database, actor: User, number: int) -> tuple[int, str]:
    """One save: a person registered. Returns (id, case number)."""
    with unit_of_work(db, actor) as session:
        person = persons.register_person(
            session,
            actor,
            {
                "category": "captive",
                "family_name": FAMILY_NAMES[number % len(FAMILY_NAMES)],
                "given_name": GIVEN_NAMES[number % len(GIVEN_NAMES)],
            },
            today=TODAY,
        )
        assert person.id is not None
        return person.id, person.case_number


def advance(db: Database, actor: User, person_id: int, status: CaseStatus) -> None:
    """One save: a case's status changed."""
    with unit_of_work(db, actor) as session:
        change_status(session, actor, person_id, status, effective_on=TODAY, today=TODAY)


def admin_of(db: Database) -> User:
    with db.reading() as session:
        return user_named(session, ADMIN)


def new_database(path: Path) -> Database:
    db = open_database(to_url(path))
    create_first_admin(db, ADMIN, "Адміністратор", PASSWORD, "Бенчмарк")
    return db


# --- 1. the cost of one save --------------------------------------------------------------


def use_synchronous(db: Database, mode: str) -> None:
    """Every connection of ``db`` from now on syncs as ``mode`` (the app's own setting runs
    first, this one after it)."""

    def set_mode(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous = {mode}")

    event.listen(db.engine, "connect", set_mode)
    db.engine.dispose()  # the pooled connections were made with the app's setting
    with db.engine.connect() as connection:
        shown = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    assert shown == {"NORMAL": 1, "FULL": 2}[mode], shown


def _ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def fsync_times(folder: Path, count: int = 200) -> list[float]:
    """What the disk takes to make 4 KiB durable: the floor of what FULL adds to a save."""
    path = folder / "fsync.bin"
    handle = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    times = []
    try:
        for _ in range(count):
            os.write(handle, b"\0" * 4096)
            started = time.perf_counter()
            os.fsync(handle)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        os.close(handle)
        path.unlink()
    return times


def save_costs(folder: Path, saves: int) -> None:
    modes = ("NORMAL", "FULL")
    dbs = {mode: new_database(folder / f"save-cost-{mode.lower()}.sqlite3") for mode in modes}
    times: dict[tuple[str, str], list[float]] = {}
    try:
        for mode, db in dbs.items():
            use_synchronous(db, mode)
        actors = {mode: admin_of(db) for mode, db in dbs.items()}
        made: dict[str, list[int]] = {mode: [] for mode in modes}
        rounds = 5  # the modes take turns, so that a busy moment of the disk hits both
        for round_number in range(rounds):
            for mode in modes:
                db, actor = dbs[mode], actors[mode]
                for i in range(saves // rounds):
                    number = round_number * saves + i

                    def save(
                        db: Database = db, actor: User = actor, n: int = number, m: str = mode
                    ) -> None:
                        made[m].append(register(db, actor, n)[0])

                    times.setdefault((mode, "register a person"), []).append(_ms(save))
            for mode in modes:
                db, actor = dbs[mode], actors[mode]
                for person_id in made[mode][-(saves // rounds) :]:

                    def change(
                        db: Database = db, actor: User = actor, pid: int = person_id
                    ) -> None:
                        advance(db, actor, pid, CaseStatus.CONFIRMED)

                    times.setdefault((mode, "change a status"), []).append(_ms(change))
    finally:
        for db in dbs.values():
            db.dispose()
    syncs = fsync_times(folder)
    print(f"one fsync of 4 KiB: median {statistics.median(syncs):.2f} ms, p95 {p95(syncs):.2f} ms")
    print(f"one save, {saves} of each, on {folder}:")
    print(f"  {'save':<20} {'synchronous':<12} {'median ms':>10} {'p95 ms':>8}")
    for what in ("register a person", "change a status"):
        for mode in modes:
            values = times[(mode, what)]
            print(f"  {what:<20} {mode:<12} {statistics.median(values):10.2f} {p95(values):8.2f}")


# --- 2. the crash test --------------------------------------------------------------------


def child(path: Path, seed: int, out: TextIO) -> None:
    """Save changes in bursts until killed; print each one after its commit.

    ``B`` before a save begins; ``P <id> <case number>`` after a registration committed;
    ``S <id> <status>`` after a status change committed."""
    rng = random.Random(seed)
    db = open_database(to_url(path))
    actor = admin_of(db)
    waiting: list[tuple[int, CaseStatus]] = []
    number = seed * 100_000
    out.write("R\n")
    out.flush()
    while True:
        for _ in range(rng.randint(5, 40)):  # a burst, as an import or a busy caseworker
            number += 1
            out.write("B\n")
            out.flush()
            if waiting and rng.random() < 0.4:
                person_id, status = waiting.pop(rng.randrange(len(waiting)))
                advance(db, actor, person_id, status)
                out.write(f"S {person_id} {status.value}\n")
                if status in NEXT_STATUS:
                    waiting.append((person_id, NEXT_STATUS[status]))
            else:
                person_id, case_number = register(db, actor, number)
                out.write(f"P {person_id} {case_number}\n")
                waiting.append((person_id, CaseStatus.CONFIRMED))
            out.flush()
        time.sleep(rng.uniform(0, 0.03))


@dataclass
class Reported:
    """What one child said it saved."""

    persons: dict[int, str] = field(default_factory=dict)
    statuses: set[tuple[int, str]] = field(default_factory=set)
    in_a_save: bool = False  # killed between "B" and the line after its commit
    ready: threading.Event = field(default_factory=threading.Event)

    def read(self, line: str) -> None:
        parts = line.split()
        if not parts or not line.endswith("\n"):
            return  # a line cut short by the kill: not a report
        if parts[0] == "R":
            self.ready.set()
        elif parts[0] == "B":
            self.in_a_save = True
        elif parts[0] == "P":
            self.persons[int(parts[1])] = parts[2]
            self.in_a_save = False
        elif parts[0] == "S":
            self.statuses.add((int(parts[1]), parts[2]))
            self.in_a_save = False


@dataclass
class CrashReport:
    kills: int = 0
    kills_in_a_save: int = 0
    changes_checked: int = 0
    problems: list[str] = field(default_factory=list)


def kill_once(path: Path, seed: int, rng: random.Random) -> Reported:
    """Fork a child that saves in bursts (a real process, sharing nothing open with this
    one: every database here is closed before), let it run a random while, SIGKILL it."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        try:
            os.close(read_end)
            child(path, seed, os.fdopen(write_end, "w", encoding="utf-8"))
        except BaseException:
            traceback.print_exc()
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    reported = Reported()
    lines = os.fdopen(read_end, encoding="utf-8")

    def read_all() -> None:
        for line in lines:
            reported.read(line)

    reader = threading.Thread(target=read_all)
    reader.start()
    try:
        if not reported.ready.wait(60):
            raise RuntimeError("the child did not start")
        time.sleep(rng.uniform(0.05, 1.2))
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:  # it ended by itself: a bug, not a test
            raise RuntimeError(f"the child ended by itself (status {status})")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        reader.join()
        lines.close()
    return reported


def check_after_kill(path: Path, reported: Reported) -> list[str]:
    """What is wrong with the database after a kill (nothing: an empty list)."""
    problems = []
    connection = sqlite3.connect(path)  # opening recovers the log as the app would
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        numbers = dict(connection.execute("SELECT id, case_number FROM person").fetchall())
        for person_id, case_number in reported.persons.items():
            if numbers.get(person_id) != case_number:
                problems.append(f"registered and reported, but missing: {case_number}")
        events = set(connection.execute("SELECT person_id, to_status FROM status_event").fetchall())
        for change in reported.statuses:
            if change not in events:
                problems.append(f"status change reported, but missing: {change}")
    finally:
        connection.close()
    db = open_database(to_url(path))
    try:
        with db.reading() as session:
            chain = verify_chain(session)
        if not chain.intact:
            problems.append(f"audit chain: {chain.problem}")
    finally:
        db.dispose()
    return problems


def crash_test(folder: Path, kills: int, seed: int) -> CrashReport:
    path = folder / "crash.sqlite3"
    new_database(path).dispose()
    rng = random.Random(seed)
    report = CrashReport()
    for number in range(1, kills + 1):
        reported = kill_once(path, number, rng)
        report.kills += 1
        report.kills_in_a_save += reported.in_a_save
        report.changes_checked += len(reported.persons) + len(reported.statuses)
        for problem in check_after_kill(path, reported):
            report.problems.append(f"kill {number}: {problem}")
    return report


def print_crash_report(report: CrashReport, path: Path) -> None:
    with sqlite3.connect(path) as connection:
        persons_now = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    print(
        f"crash test: {report.kills} kills ({report.kills_in_a_save} in the middle of a save), "
        f"{report.changes_checked} reported changes checked, {persons_now} persons in the file, "
        f"{len(report.problems)} problems"
    )
    for problem in report.problems[:20]:
        print(f"  {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200, help="saves timed per mode and kind")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--folder", type=Path, help="where the database files go")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--crash-only", action="store_true", help="skip the timings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-durability-", dir=args.folder) as tmp:
        folder = Path(tmp)
        if not args.crash_only:
            save_costs(folder, args.saves)
        started = time.perf_counter()
        report = crash_test(folder, args.kills, args.seed)
        print_crash_report(report, folder / "crash.sqlite3")
        print(f"  ({time.perf_counter() - started:.0f} s)")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
