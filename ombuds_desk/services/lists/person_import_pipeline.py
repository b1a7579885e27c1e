"""A big list of new cases written by two processes at once (SQLite, on Linux).

This process, the writer, holds the import's one transaction and only runs the INSERTs. A
second process, forked as the writing begins, makes what it inserts, a batch at a time: the
case rows (``RowWriter.new_cases``, the very rows one process writes), their search keys,
status events and notes as the driver's plain values (``bulk_rows.driver_rows``), and the
audit entries of the cases and notes (``audit.created_entries``), sent through a pipe. The
writer numbers and hashes the entries on the chain (``audit.chained``) as it inserts them:
that share of the work keeps the two processes about even. At 100,000 persons, making the
rows and entries was about half of the writing and the inserts the other half: on two
cores the halves now overlap.

What makes it possible: under SQLite's write lock (``BEGIN IMMEDIATE``) nothing else
writes, so before the first insert the writer knows the ids the database would give the new
rows (the largest id plus one onwards: no table here is AUTOINCREMENT) and the next case
numbers (``RowWriter.ready_for``); the forked process is born knowing them and the planned
rows (nothing pickled on the way there).

All or nothing, as in one process: everything is written in the writer's transaction. When
the second process fails or is killed, the writer gets no further batch, raises, and the
transaction rolls back; when the writer dies or cancels, the second process's pipe breaks
or it is ended. Elsewhere one process writes (``RowWriter.write``): on Windows and macOS (no
fork, or none safe with the system's libraries), on PostgreSQL (ids come from sequences), for
a list that also names registered cases, and for a short list (a second process costs more
than it saves).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections.abc import Sequence
from multiprocessing.connection import Connection as Pipe
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import Dialect

from ombuds_desk.domain.accounts import AuditEntry
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseNote, Person, PersonNameKey, StatusEvent
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.forked_child import fork_sending
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.lists.person_import_writer import PersonRowPlan, RowWriter
from ombuds_desk.store.bulk_rows import driver_rows, insert_rows

# New cases at least: below, starting a second process costs more than it saves.
PIPELINE_FROM = 5000

_PERSON = Person.__table__  # type: ignore[attr-defined]
_KEY = PersonNameKey.__table__  # type: ignore[attr-defined]
_EVENT = StatusEvent.__table__  # type: ignore[attr-defined]
_NOTE = CaseNote.__table__  # type: ignore[attr-defined]
_ENTRY = AuditEntry.__table__  # type: ignore[attr-defined]

Inserts = list[tuple[str, list[Any]]]  # an INSERT's text and its rows, as the driver takes them
# The rows of a batch, and how many rows of the file it covers (those skipped too).
Batches = Sequence[tuple[list[PersonRowPlan], int]]


def can_pipeline(connection: Connection, rows: Sequence[PersonRowPlan]) -> bool:
    """Whether ``rows`` (the valid rows of a plan) are written by two processes."""
    return (
        len(rows) >= PIPELINE_FROM
        and sys.platform.startswith("linux")
        and connection.dialect.name == "sqlite"
        and all(r.person_id is None for r in rows)
    )


class _Start:
    """What the second process is born knowing: the first free ids."""

    def __init__(self, connection: Connection) -> None:
        self.person_id = _next_id(connection, _PERSON)
        self.note_id = _next_id(connection, _NOTE)
        self.dialect: Dialect = connection.dialect


def _next_id(connection: Connection, table: Any) -> int:
    return int(connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1


def _batch(
    writer: RowWriter, rows: Sequence[PersonRowPlan], start: _Start
) -> tuple[Inserts, list[dict[str, Any]]]:
    """The inserts of a batch of new cases, their ids taken after ``start``'s (which moves on
    past them), and their audit entries, not yet chained."""
    cases = writer.new_cases(rows)
    ids = range(start.person_id, start.person_id + len(cases))
    start.person_id += len(cases)
    keys, events = writer.case_rows(ids, cases)
    records = [{"id": i, **case} for i, case in zip(ids, cases, strict=True)]
    notes = writer.note_rows([(i, r.note) for i, r in zip(ids, rows, strict=True) if r.note])
    noted = [{"id": start.note_id + n, **note} for n, note in enumerate(notes)]
    start.note_id += len(noted)
    # The entries in the order one process appends them: the cases', then the notes'.
    entries = audit.created_entries(writer.actor.id, _PERSON.name, records)
    entries += audit.created_entries(writer.actor.id, _NOTE.name, noted)
    tables = ((_PERSON, records), (_KEY, keys), (_EVENT, events), (_NOTE, noted))
    return [driver_rows(start.dialect, t, r) for t, r in tables if r], entries


def _make(writer: RowWriter, batches: Batches, start: _Start, pipe: Pipe) -> None:
    """The second process: every batch's inserts and entries through ``pipe`` (or the error
    that stopped it)."""
    # The writer's objects live on in this copy of its memory, its database connection
    # among them: no collection may finalise one (and touch the file) while this runs.
    gc.disable()
    try:
        for rows, _covered in batches:
            inserts, entries = _batch(writer, rows, start) if rows else ([], [])
            pipe.send((inserts, entries, {r.line: writer.case_numbers[r.line] for r in rows}))
            writer.case_numbers.clear()  # the writer keeps them: not a second copy here
    except BrokenPipeError:
        pass  # the writer has gone: its transaction was rolled back
    except BaseException as exc:  # every failure is the writer's to raise
        try:
            pipe.send(("error", exc))
        except Exception:  # not picklable: its text then
            pipe.send(("error", RuntimeError(repr(exc))))
    finally:
        pipe.close()  # the process ends here (os._exit: nothing of the writer's is finalised)


def write_new_cases(
    writer: RowWriter,
    batches: Batches,
    *,
    progress: Progress | None = None,
    total: int = 0,
    is_cancelled: Cancelled | None = None,
) -> None:
    """Write the new cases of ``batches`` (as ``RowWriter.write`` would write each batch, one
    after the other) with a second process making their rows; ``progress`` after each batch
    (of ``total`` rows)."""
    connection = writer.session.connection()
    writer.ready_for([r for rows, _ in batches for r in rows])
    start = _Start(connection)
    last_id, last_hash, had_head = audit.chain_head(connection)
    maker, receiving = fork_sending(lambda sending: _make(writer, batches, start, sending))
    ended: list[int] = []
    try:
        done = 0
        for _rows, covered in batches:
            check_cancelled(is_cancelled)
            inserts, entries, numbers = _receive(receiving, maker, ended)
            for text, values in inserts:
                connection.exec_driver_sql(text, values)
            last_id, last_hash = audit.chained(entries, last_id, last_hash)
            insert_rows(connection, _ENTRY, entries)
            writer.case_numbers.update(numbers)
            writer.counts["added"] += len(numbers)
            done += covered
            if progress:
                progress(done, total)
        audit.move_head(connection, last_id, last_hash, had_head)
    finally:
        receiving.close()
        if not ended:
            with contextlib.suppress(ProcessLookupError):
                os.kill(maker, signal.SIGTERM)  # done, or given up: end it either way
            _wait(maker, ended)


def _wait(maker: int, ended: list[int]) -> int:
    """Wait for the maker to end; its exit code (negative: the signal that ended it)."""
    if not ended:
        ended.append(os.waitstatus_to_exitcode(os.waitpid(maker, 0)[1]))
    return ended[0]


def _receive(receiving: Pipe, maker: int, ended: list[int]) -> Any:
    """The next message, or the maker's error raised here."""
    try:
        message = receiving.recv()
    except EOFError:
        code = _wait(maker, ended)
        raise DatabaseUnavailableError(
            translate(
                "ImportProblems",
                "The import's second process ended unexpectedly (exit code {code}): nothing "
                "was imported.",
            ).format(code=code)
        ) from None
    if message[0] == "error":
        raise message[1]
    return message
