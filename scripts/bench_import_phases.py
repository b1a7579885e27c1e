"""Where a person import's time goes: read, plan (with the duplicate check), write, the
indexes made again, the commit (on SQLite with the checkpoint that copies the write-ahead
log into the file), the closing (statistics taken again, the log emptied), in one process
as the command runs them, each step's wall and CPU seconds (this process's and its
waited-for children's) and the peak memory so far.

    .venv/bin/python scripts/bench_import_phases.py REGISTER LIST.csv [--actor admin] [--one-process]

REGISTER is imported into (a copy: it is written to). For an import into a new database,
``bench_import.py --workdir DIR`` leaves ``persons.csv`` and ``admin.pw``; make the database
with ``ombuds-desk init`` (actor ``bench.admin``). For an import into an existing register,
copy it first. Prints and asserts nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.lists import person_import
from ombuds_desk.services.lists import person_import_halves as halves
from ombuds_desk.services.lists import person_import_pipeline as pipeline
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import open_database

Moment = tuple[float, float, float]


def _now() -> Moment:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (
        time.perf_counter(),
        own.ru_utime + own.ru_stime,
        children.ru_utime + children.ru_stime,
    )


def _peak_mb() -> int:
    with open("/proc/self/status") as status:
        return int(next(line.split()[1] for line in status if line.startswith("VmHWM"))) // 1024


def _show(step: str, began: Moment) -> None:
    wall, cpu, children = (b - a for a, b in zip(began, _now(), strict=True))
    print(f"{step:18s} wall {wall:7.2f}  CPU {cpu:6.2f}  children's CPU {children:6.2f}", end="")
    print(f"  peak {_peak_mb()} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("register", type=Path)
    parser.add_argument("list", type=Path)
    parser.add_argument("--actor", default="bench.admin", help="a user name of the register")
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="plan and write in this process alone (no second process for a long list)",
    )
    args = parser.parse_args()
    if args.one_process:
        halves.HALVES_FROM = pipeline.PIPELINE_FROM = sys.maxsize
    write, set_aside = pipeline.write_new_cases, person_import.indexes_set_aside

    def timed_write(*a: Any, **kw: Any) -> None:
        began = _now()
        write(*a, **kw)
        _show("  write (pipeline)", began)

    @contextlib.contextmanager
    def timed_indexes(session: Session, adding: int) -> Iterator[None]:
        with set_aside(session, adding):
            yield
            began = _now()
        _show("  indexes made", began)

    pipeline.write_new_cases = timed_write
    person_import.indexes_set_aside = timed_indexes
    start = _now()
    db = open_database(f"sqlite:///{args.register}")
    commit, importing = db.write_engine.dialect.do_commit, [False]

    def timed_commit(connection: Any) -> None:
        began = _now()
        commit(connection)
        if importing[0]:  # the import's, not the sign-in's
            _show("  commit", began)

    db.write_engine.dialect.do_commit = timed_commit  # type: ignore[method-assign,assignment]
    try:
        with db.reading() as session:
            actor = session.exec(select(User).where(User.username == args.actor)).one()
            session.expunge(actor)
        began = _now()
        table = read_table(args.list)
        _show("read", began)
        began = _now()
        with db.reading() as session:
            plan = person_import.plan_import(session, actor, table, today=date.today())
        _show("plan", began)
        doubtful = sum(1 for r in plan.rows if r.duplicates)
        print(f"  {len(plan.rows)} rows, {len(plan.problems)} problems, {doubtful} with duplicates")
        began, importing[0] = _now(), True
        done = person_import.run_import(db, actor, plan, skip_invalid=True, today=date.today())
        _show("import", began)
    finally:
        began = _now()
        db.dispose()
        _show("closed", began)
    _show("in all", start)
    print(f"  {done}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
