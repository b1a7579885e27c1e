"""A long list of new cases planned by two processes at once (Linux).

Planning checks every value of every row by the person form's rules: at 100,000 rows about
11 s of one core (2 December 2026, a busy host), the longest step before the writing, and
the machine's second core idle through it. For a list of new cases alone (no row names a
case, so no row is looked up in the register and no case number can be given twice), a
process forked as the planning begins plans the second half of the rows, a batch at a time,
duplicate check included, while this one plans the first half; then this one takes the
other half's row plans (and the warnings they gave) batch by batch, in order: the plan is
the very one a single process makes. Into a register of 100,000 persons, the duplicate
check is most of the planning (16,000 new persons: 17 s of CPU of which 1.8 s the rest).

The other process writes nothing. It touches no connection of the copy of this process it
is (the collector stays off there, as in ``person_import_pipeline``'s second process): the
duplicate check of its half reads the register through a connection of its own
(``Engine.dispose(close=False)``, as SQLAlchemy advises for a forked process), with the
register's keys this process read before the fork (``duplicates.RegisterKeys``). It pickles
its batches as it plans them (a pipe holds 64 KiB: sent at once, each would wait for this
process to read), sends them when done, and ends by ``os._exit``. When it fails or is killed, the rows it did not send are planned here: the
same plan, only later. A cancel ends it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection as Pipe

from sqlmodel import Session

from ombuds_desk.services.core.forked_child import fork_sending
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.lists.person_import_rows import RowContext
from ombuds_desk.services.lists.person_import_writer import PersonRowPlan
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table, cell_text

# Rows at least: below, a second process costs more than it saves.
HALVES_FROM = 10_000

PlanRows = Callable[[Sequence[SourceRow]], list[PersonRowPlan]]


def can_halve(table: Table, columns: dict[str, int]) -> bool:
    """Whether ``table`` is planned by two processes: a long list, on Linux (fork), no row
    of which names a case."""
    if len(table.rows) < HALVES_FROM or not sys.platform.startswith("linux"):
        return False
    index = columns.get("case_number")
    if index is None:
        return True
    return not any(index < len(r.cells) and cell_text(r.cells[index]) for r in table.rows)


def planned(
    ctx: RowContext,
    table: Table,
    plan_rows: PlanRows,
    batch: int,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> Iterator[list[PersonRowPlan]]:
    """The row plans of ``table`` a batch of ``batch`` rows at a time, in order, as
    ``plan_rows`` makes them; the second half made by another process."""
    rows, total = table.rows, len(table.rows)
    half = (total // 2 // batch) * batch  # the same batches as one process plans
    other, receiving = fork_sending(
        lambda sending: _plan_half(ctx, rows[half:], plan_rows, batch, sending)
    )
    done = 0
    try:
        for start in range(0, half, batch):
            check_cancelled(is_cancelled)
            if progress:
                progress(2 * start, total)  # the other half goes as fast
            yield plan_rows(rows[start : start + batch])
        done = half
        while done < total:
            check_cancelled(is_cancelled)
            received = _receive(receiving)
            if received is None:
                break  # the other process ended early: the rest is planned below
            plans, warnings = received
            ctx.warnings.extend(warnings)
            done += len(plans)
            if progress:
                progress(done, total)
            yield plans
        for start in range(done, total, batch):
            check_cancelled(is_cancelled)
            yield plan_rows(rows[start : start + batch])
    finally:
        receiving.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(other, signal.SIGTERM)  # done, or given up: end it either way
        os.waitpid(other, 0)


def _plan_half(
    ctx: RowContext, rows: Sequence[SourceRow], plan_rows: PlanRows, batch: int, pipe: Pipe
) -> None:
    """The other process: plan ``rows``, each batch pickled as soon as planned, then send
    them all (or as many as were planned before a failure: this process plans the rest)."""
    # This process's objects live on in the copy, its database connection among them: no
    # collection may finalise one (and touch the file) while it runs.
    gc.disable()
    made: list[bytes] = []
    engine = ctx.session.get_bind().engine
    # The duplicate check reads the register: through connections of this process's own
    # (those in the pool are the planner's: left alone, never closed here).
    engine.dispose(close=False)
    with contextlib.suppress(Exception), Session(engine) as session:
        ctx.session = session
        if ctx.register_keys is not None:
            ctx.register_keys.session = session
        for start in range(0, len(rows), batch):
            warned = len(ctx.warnings)
            plans = plan_rows(rows[start : start + batch])
            said = (plans, ctx.warnings[warned:])
            made.append(pickle.dumps(said, protocol=pickle.HIGHEST_PROTOCOL))
    with contextlib.suppress(Exception):
        engine.dispose()  # this process's own connections
    with contextlib.suppress(OSError):  # BrokenPipeError: the planner has gone
        for message in made:
            pipe.send_bytes(message)
    pipe.close()


def _receive(pipe: Pipe) -> tuple[list[PersonRowPlan], list[ImportProblem]] | None:
    """The next batch from the other process, or None when it has ended."""
    try:
        data = pipe.recv_bytes()
    except (EOFError, OSError):
        return None
    received: tuple[list[PersonRowPlan], list[ImportProblem]] = pickle.loads(data)
    return received
