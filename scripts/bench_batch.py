"""Benchmark of the batch print alone: N case sheets of an existing register into one PDF,
in several processes and in one, with wall and processor seconds; nothing is asserted.

    cp /tmp/13D-big.sqlite3 /tmp/copy.sqlite3       # opening may upgrade it: use a copy
    .venv/bin/python scripts/bench_batch.py --db /tmp/copy.sqlite3 [--sheets 2000] [--processes 2 1]

The batch is the first ``--sheets`` persons in the person list's order, as
``scripts/benchmark.py`` takes them. CPU seconds are those of every process that read and
laid out sheets (the figure a machine with spare cores divides by the processes).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ombuds_desk.reports.batch import write_case_sheets
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.store.database import open_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of a register (SQLite file or URL)")
    parser.add_argument("--sheets", type=int, default=2000)
    parser.add_argument("--processes", type=int, nargs="+", default=[2, 1])
    parser.add_argument("--keep", type=Path, help="a folder to keep the PDFs in")
    args = parser.parse_args()
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    db = open_database(url)
    today = date.today()
    with db.reading() as session:
        ids = person_ids(session, PersonFilter(), today=today, threshold_days=30)[: args.sheets]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{len(ids):,} sheets; {os.cpu_count()} cores; load {os.getloadavg()}")
    for processes in args.processes:
        target = folder / f"sheets-{processes}.pdf"
        wall, own = time.perf_counter(), time.process_time()
        result = write_case_sheets(
            db, ids, target, today=today, generated_by="Benchmark", processes=processes
        )
        wall, own = time.perf_counter() - wall, time.process_time() - own
        print(
            f"{processes} process(es): {wall:.2f} s wall; CPU {result.cpu_seconds:.2f} s in the "
            f"layout processes, {own:.2f} s in this one; {result.sheets:,} sheets, "
            f"{result.pages:,} pages, {target.stat().st_size / 1e6:.1f} MB"
        )
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
