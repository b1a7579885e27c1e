"""Benchmark of the person import: a counterpart's list of N persons, as the command runs it.

    .venv/bin/python scripts/bench_import.py [--persons 100000] [--workdir DIR]

Writes a CSV of ``--persons`` realistic persons (Ukrainian, Russian and foreign names in
Cyrillic and Latin, partial dates, captives and evacuees, some blocked, some with a note)
and times ``ombuds-desk import persons FILE`` as a user runs it (validated, with the
duplicate check), each in a process of its own so its peak memory is its own:

- ``new``: into a database just made by ``ombuds-desk init``: every row a new case;
- ``again``: the register exported back with its case numbers, 5 % of rows changed and
  1 % without their number (new cases, each checked for duplicates against the whole
  register), into a copy of the database the first import filled;
- ``executemany``: the baseline, the same persons inserted by one ``sqlite3`` executemany
  into the person table of another new database (no checks, no keys, no history).

Prints seconds (wall and CPU) and the import process's own peak resident memory (MB) for
each and asserts nothing. ``measure`` is what ``scripts/benchmark.py`` calls. The CPU
seconds include the second processes a long list of new cases is planned and written with
(``person_import_halves``, ``person_import_pipeline``: the import waits for each, and wait4
counts a waited-for child's time); their memory is not in the peak (forks: many of their
pages are the import's, shared). At 100,000 persons the writing one was 235 MB resident,
103 MB its own, and the two processes' shares of memory together at most 368 MB; the
planning one 139 MB resident, 94 MB its own, the two together 323 MB (a busy host,
2 December 2026).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ombuds_desk.demo.people import (
    FOREIGN,
    captive_details,
    evacuee_details,
    partial_date,
    random_name,
)
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.lists.import_columns import PERSON_COLUMNS

TODAY = date(2026, 11, 26)
ADMIN, PASSWORD = "bench.admin", "Benchmark-pass-2026!"
_CAPTIVE = (CaseStatus.REGISTERED, CaseStatus.CONFIRMED, CaseStatus.LISTED_FOR_EXCHANGE)
_EVACUEE = (CaseStatus.REGISTERED, CaseStatus.AWAITING_ACCEPTANCE)
_FOREIGN = tuple(FOREIGN)
_BLOCKS = ("No contact with family", "Identity not confirmed by holding party")


def _person(rng: random.Random) -> dict[str, str]:
    """One row of a counterpart's list, as typed (``case_number`` empty: a new case)."""
    origin = rng.choices(("ua", "ru", rng.choice(_FOREIGN)), (60, 35, 5))[0]
    female = rng.random() < 0.2
    row = {k: v or "" for k, v in random_name(rng, origin, female).items()}
    captive = rng.random() < 0.7
    status = rng.choice(_CAPTIVE if captive else _EVACUEE)
    registered = TODAY - timedelta(days=rng.randint(0, 700))
    born = date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
    details = (captive_details if captive else evacuee_details)(rng, origin, registered, status)
    row |= {k: str(v) for k, v in details.items() if v}
    row |= {
        "category": "captive" if captive else "evacuee",
        "date_of_birth": partial_date(rng, born),
        "sex": "female" if female else "male",
        "citizenship": "Україна" if origin == "ua" else "Российская Федерация",
        "status": status.value,
        "status_date": registered.isoformat(),
        "blocked_reason": rng.choice(_BLOCKS) if rng.random() < 0.03 else "",
        "notes": "Лист від родини отримано." if rng.random() < 0.1 else "",
    }
    return row


def write_list(path: Path, persons: int, seed: int = 13) -> Path:
    """A CSV of ``persons`` new cases with the app's own headers."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, PERSON_COLUMNS, restval="")
        writer.writeheader()
        for _ in range(persons):
            writer.writerow(_person(rng))
    return path


def _register_again(db: Path, path: Path, seed: int = 31) -> Path:
    """The register in ``db`` as a list: every case with its number, 5 % of them changed
    (home region, or a note) and 1 % without their number (a new case that duplicates one)."""
    rng = random.Random(seed)
    columns = [c for c in PERSON_COLUMNS if c not in ("status_date", "assigned_to", "notes")]
    connection = sqlite3.connect(db)
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow([*columns, "notes"])
            query = f"SELECT {', '.join(columns)} FROM person ORDER BY id"
            for values in connection.execute(query):
                row = ["" if v is None else str(v) for v in values]
                note, roll = "", rng.random()
                if roll < 0.03:
                    row[columns.index("home_region")] = "Харківська обл."
                elif roll < 0.05:
                    note = "Звернення родини від 20.11.2026."
                elif roll < 0.06:
                    row[columns.index("case_number")] = ""
                    row[columns.index("status")] = ""
                    row[columns.index("blocked_reason")] = ""
                writer.writerow([*row, note])
    finally:
        connection.close()
    return path


# ``python -m ombuds_desk ARGS`` that, as it exits, writes its own peak resident memory
# (the kernel's VmHWM of its own address space, in KiB) to the file OMBUDS_BENCH_PEAK names.
# The ``ru_maxrss`` that wait4 reports is no measure of it: Linux carries the parent's
# resident size at the fork through the exec into the child's maximum, so an import run from
# this script (holding the baseline's rows) "peaked" at this script's size (355 MB when the
# import's own peak was 290 MB; /bin/true run from it "peaks" at 300 MB too).
_MEASURED = """
import atexit, os, runpy, sys

def _peak():
    with open('/proc/self/status') as status:
        kib = next(line.split()[1] for line in status if line.startswith('VmHWM:'))
    with open(os.environ['OMBUDS_BENCH_PEAK'], 'w') as said:
        said.write(kib)

atexit.register(_peak)
sys.argv[0] = 'ombuds-desk'
runpy.run_module('ombuds_desk', run_name='__main__', alter_sys=True)
"""


def _command(*args: str) -> list[str]:
    if Path("/proc/self/status").exists():
        return [sys.executable, "-c", _MEASURED, *args]
    return [sys.executable, "-m", "ombuds_desk", *args]  # peak memory from ru_maxrss


def _run(args: list[str]) -> tuple[float, float, float]:
    """Run a command; its wall seconds, CPU seconds and peak resident memory in MB."""
    with (
        tempfile.TemporaryFile() as said,  # a pipe would fill with warnings and stall it
        tempfile.TemporaryDirectory(prefix="bench-peak-") as here,
    ):
        peak_file = Path(here) / "peak"
        started = time.perf_counter()
        process = subprocess.Popen(
            args,
            stdout=subprocess.DEVNULL,
            stderr=said,
            cwd=Path(__file__).resolve().parent.parent,
            env={**os.environ, "OMBUDS_BENCH_PEAK": str(peak_file)},
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            said.seek(0)
            error = said.read().decode(errors="replace")
            raise RuntimeError(f"{' '.join(args[3:5])} failed:\n{error[-2000:]}")
        own = peak_file.read_text() if peak_file.exists() else ""
    cpu = usage.ru_utime + usage.ru_stime  # what a busy shared machine does not inflate
    return elapsed, cpu, int(own or usage.ru_maxrss) / 1024  # kilobytes on Linux


def _new_database(path: Path, password: Path) -> Path:
    path.unlink(missing_ok=True)
    _run(
        _command(
            "init", "--db", str(path), "--office", "Bench office",
            "--admin", ADMIN, "--password-file", str(password),
        )
    )  # fmt: skip
    return path


def _import(db: Path, csv_file: Path, password: Path) -> tuple[float, float, float]:
    signed_in = ["--db", str(db), "--user", ADMIN, "--password-file", str(password)]
    return _run(_command("import", "persons", str(csv_file), *signed_in))


def _executemany(db: Path, csv_file: Path) -> tuple[float, float]:
    """The same rows into the person table by one ``sqlite3`` executemany: the floor."""
    with csv_file.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    started, cpu = time.perf_counter(), time.process_time()
    columns = [c for c in PERSON_COLUMNS if c not in _NOT_PERSON_COLUMNS]
    extra = ["case_number", "case_year", "case_seq", "status", "status_since", "blocked"]
    extra += ["version", "sort_name", "created_at", "updated_at"]
    now = TODAY.isoformat()
    values = [
        (
            *(r[c] or None for c in columns),
            f"X-{TODAY.year}-{n:06d}",
            TODAY.year,
            n,
            r["status"],
            r["status_date"],
            0,
            1,
            r["family_name"].casefold(),
            now,
            now,
        )
        for n, r in enumerate(rows, 1)
    ]
    names = ", ".join([*columns, *extra])
    marks = ", ".join("?" * (len(columns) + len(extra)))
    connection = sqlite3.connect(db)
    try:
        with connection:
            connection.executemany(f"INSERT INTO person ({names}) VALUES ({marks})", values)
    finally:
        connection.close()
    return time.perf_counter() - started, time.process_time() - cpu


_NOT_PERSON_COLUMNS = {"case_number", "status", "status_date", "blocked_reason"}
_NOT_PERSON_COLUMNS |= {"assigned_to", "notes"}


def measure(persons: int, workdir: Path) -> dict[str, float]:
    """Time the imports of ``persons`` rows in ``workdir``; seconds and peak MB by figure."""
    workdir.mkdir(parents=True, exist_ok=True)
    password = workdir / "admin.pw"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    password.chmod(0o600)
    listed = write_list(workdir / "persons.csv", persons)
    baseline = _new_database(workdir / "baseline.sqlite3", password)
    raw, raw_cpu = _executemany(baseline, listed)
    print(f"  executemany: {raw:.1f} s", file=sys.stderr)
    new_db = _new_database(workdir / "import.sqlite3", password)
    new_s, new_cpu, new_mb = _import(new_db, listed, password)
    print(f"  into a new database: {new_s:.1f} s, {new_mb:.0f} MB", file=sys.stderr)
    again_db = workdir / "import-again.sqlite3"
    shutil.copyfile(new_db, again_db)
    again = _register_again(new_db, workdir / "persons-again.csv")
    again_s, again_cpu, again_mb = _import(again_db, again, password)
    return {
        # What scripts/benchmark.py's import rows read: into a new database, its baseline.
        "seconds": new_s,
        "baseline_seconds": raw,
        "peak_mb": new_mb,
        "persons": float(persons),
        "import_new_s": new_s,
        "import_new_cpu_s": new_cpu,
        "import_new_peak_mb": new_mb,
        "import_again_s": again_s,
        "import_again_cpu_s": again_cpu,
        "import_again_peak_mb": again_mb,
        "executemany_s": raw,
        "executemany_cpu_s": raw_cpu,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as temporary:
        figures = measure(args.persons, args.workdir or Path(temporary))
    n, f = int(figures["persons"]), figures
    print(f"person import, {n:,} rows: wall s, CPU s, peak MB (target: <= 10 s and <= 300 MB)")
    print(
        f"  into a new database       {f['import_new_s']:6.1f} {f['import_new_cpu_s']:6.1f}", end=""
    )
    print(f" {f['import_new_peak_mb']:5.0f}")
    print(
        f"  into that register again  {f['import_again_s']:6.1f} {f['import_again_cpu_s']:6.1f}",
        end="",
    )
    print(f" {f['import_again_peak_mb']:5.0f}")
    print(
        f"  baseline: sqlite3 executemany {f['executemany_s']:6.1f} {f['executemany_cpu_s']:6.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
