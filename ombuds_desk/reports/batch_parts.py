"""A big batch of case sheets laid out by several processes at once, joined into one PDF.

Laying out a case sheet is pure Python (ReportLab), so threads cannot share the work: one
process lays out about 60 sheets a second whatever the cores. Here the batch is cut into
parts of consecutive persons, each part is read and laid out into its own PDF by a worker
process (``concurrent.futures.ProcessPoolExecutor`` on
:func:`~ombuds_desk.services.core.worker_processes.worker_context`: forked from a fork server
that has imported the layout code and the fonts once), and the parts are joined in order with
pypdf, in a worker too. Every case sheet counts its own pages ("Page 1 of 2") and carries its
own header, so the joined document says exactly what one process would have written.

Nothing heavy runs in the calling process: it only waits, reports progress and checks for a
cancel, so a window that asked for the batch keeps answering (the workers also run below its
priority, in the idle class where there is one). Workers open their own engine on the same
database, read their part in chunks as :mod:`ombuds_desk.reports.batch` does and write it to
a file in a temporary folder beside the target. Progress moves as parts finish; cancelling
drops the parts not yet started and ends the running ones.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from sqlalchemy.engine import Engine

from ombuds_desk.reports.metadata import case_sheet_subject, case_sheet_title
from ombuds_desk.reports.pdf_join import UnexpectedPdfError, join_pdfs
from ombuds_desk.services.core.worker_processes import idle_priority, worker_context
from ombuds_desk.services.printing import Office, SheetVersion
from ombuds_desk.services.printing.languages import DocumentLanguage, speaking
from ombuds_desk.services.printing.sheets import Sheet, sheets_data
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database
from ombuds_desk.store.engine import make_engine

# Fewer sheets than this a process: a second process, the joining and the first sheets of
# each part (engine, a new document) cost more than it saves (measured: a part costs about
# as much as 60 sheets, a spawned worker as much as 150).
MIN_SHEETS_PER_PROCESS = 300
# Parts of at most this many sheets: progress moves part by part, a cancel waits for the
# running parts, and the last part to finish keeps the other processes idle for at most
# about half a part (measured: 200 left one process idle for 1–2 s at the end).
MAX_PART = 100
# What the fork server imports for the workers (the layout code, fonts and styles).
PRELOAD = ("ombuds_desk.reports.batch_preload",)
# The last parts are halved this many times, never below MIN_TAIL_PART sheets.
TAIL_HALVINGS = 2
MIN_TAIL_PART = 20
READ_CHUNK = 200
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class PartJob:
    """What one worker needs: plain values only (it runs in another process)."""

    url: str
    ids: tuple[int, ...]
    path: str
    today: date
    version: SheetVersion
    generated_by: str
    office: Office
    # An encrypted file's passphrase, known to the process that starts the batch (memory and
    # the pipe to the worker only).
    passphrase: str | None = None
    # The document's language: a worker has no translator of its own (the window's is Qt's).
    language: DocumentLanguage | None = None


@dataclass(frozen=True)
class PartResult:
    sheets: int
    pages: int
    cpu_seconds: float = 0.0  # the worker's processor time for it
    # The cases laid out, in order: the joined file's title and subject name them all.
    case_numbers: tuple[str, ...] = field(default=(), compare=False)


def processes_for(sheets: int, cores: int | None = None) -> int:
    """How many processes a batch of ``sheets`` is worth on this machine (1: do it here)."""
    available = cores if cores is not None else (os.cpu_count() or 1)
    return max(1, min(available, sheets // MIN_SHEETS_PER_PROCESS))


def split(ids: Sequence[int], processes: int) -> list[tuple[int, ...]]:
    """Consecutive parts, about four a process (so a slow part does not hold the others
    back) and never more than ``MAX_PART`` sheets; the last ones smaller (a half, then a
    quarter of the others), so the processes run out of work within a short part of each
    other instead of one idling while another lays out a whole part (a part's own cost, a
    document and its fonts, is a few sheets' worth)."""
    if not ids:
        return []
    parts = max(processes * 4, math.ceil(len(ids) / MAX_PART))
    size = math.ceil(len(ids) / min(parts, len(ids)))
    cut = [tuple(ids[i : i + size]) for i in range(0, len(ids), size)]
    for _ in range(TAIL_HALVINGS):
        if processes < 2 or len(cut) < 2 * processes or size < 2 * MIN_TAIL_PART:
            break
        size = math.ceil(size / 2)
        last = [i for part in cut[-processes:] for i in part]
        cut[-processes:] = [tuple(last[i : i + size]) for i in range(0, len(last), size)]
    return cut


# A worker's engine, kept for the next part of the same batch: a new engine would compile
# every statement of the sheet's reads again (SQLAlchemy's cache is the engine's) and start
# with a cold page cache. The workers end with the batch, and the engines with them.
_engines: dict[str, Engine] = {}


def _engine(url: str, passphrase: str | None) -> Engine:
    engine = _engines.get(url)
    if engine is None:
        engine = _engines[url] = make_engine(url, passphrase=passphrase)
    return engine


def write_part(job: PartJob) -> PartResult:
    """Read and lay out one part into ``job.path`` (runs in a worker process), in the
    document's language."""
    started = time.process_time()
    engine = _engine(job.url, job.passphrase)
    try:
        with speaking(job.language):
            return _write_part(job, engine, started)
    except BaseException:
        _engines.pop(job.url, None)
        engine.dispose()  # a broken connection is not kept for the next part
        raise


def _write_part(job: PartJob, engine: Engine, started: float) -> PartResult:
    from sqlmodel import Session

    from ombuds_desk.reports.batch import render_case_sheets

    data: list[Sheet] = []
    for start in range(0, len(job.ids), READ_CHUNK):
        with Session(engine) as session:
            data += sheets_data(
                session,
                job.ids[start : start + READ_CHUNK],
                today=job.today,
                version=job.version,
            )
    if not data:
        return PartResult(0, 0, time.process_time() - started)
    with open(job.path, "wb") as stream:
        result = render_case_sheets(
            data, stream, office=job.office, today=job.today, generated_by=job.generated_by
        )
    numbers = tuple(sheet.case_number for sheet in data)
    return PartResult(result.sheets, result.pages, time.process_time() - started, numbers)


def join_parts(paths: Sequence[Path], out: Path, title: str, subject: str) -> float:
    """Write the PDFs at ``paths`` one after the other into ``out`` as one document titled
    for every case in it (runs in a worker process: pypdf is pure Python); returns the
    processor seconds it took."""
    started = time.process_time()
    try:
        join_pdfs(paths, out, title, subject)
    except UnexpectedPdfError:
        _join_with_pypdf(paths, out, title, subject)
    return time.process_time() - started


def _join_with_pypdf(paths: Sequence[Path], out: Path, title: str, subject: str) -> None:
    """The general join (pypdf parses and rewrites every object), for parts
    :func:`~ombuds_desk.reports.pdf_join.join_pdfs` does not know how to copy."""
    writer = PdfWriter()
    for path in paths:
        writer.append(str(path))
    # The first part's author and creator (appending copies pages only); the title and
    # subject of the whole batch, not of its first part.
    first = PdfReader(str(paths[0])).metadata
    if first is not None:
        writer.add_metadata({key: str(value) for key, value in first.items()})
    writer.add_metadata({"/Title": title, "/Subject": subject})
    with open(out, "wb") as stream:
        writer.write(stream)


def worker_pool(processes: int, below_caller: bool) -> ProcessPoolExecutor:
    """``processes`` workers forked from the fork server that has the layout code;
    ``below_caller``: in the idle class (a window's batch: see ``idle_priority``)."""
    return ProcessPoolExecutor(
        max_workers=processes,
        mp_context=worker_context(PRELOAD),
        initializer=idle_priority if below_caller else None,
    )


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """End ``pool``'s running workers at once (Python 3.14's ``kill_workers``; before it,
    each of its processes): killed, so that even a stopped or starved one goes."""
    kill = getattr(pool, "kill_workers", None)
    if kill is not None:
        kill()
        return
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()


class PartsCancelledError(Exception):
    """The batch was cancelled while its parts were being written."""


def write_in_parts(
    db: Database,
    ids: Sequence[int],
    out: Path,
    *,
    processes: int,
    today: date,
    version: SheetVersion,
    generated_by: str,
    office: Office,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    folder: Path | None = None,
    below_caller: bool = False,
    language: DocumentLanguage | None = None,
) -> PartResult:
    """Lay ``ids`` out in ``processes`` worker processes (1: one worker, this process stays
    free) and join the parts into the file ``out``; ``below_caller``: the workers run at
    a lower priority than this process (a window's batch).

    Raises :class:`PartsCancelledError` when ``is_cancelled()`` turns true (nothing is
    written to ``out`` then), and re-raises a worker's error. Returns the sheets and pages
    written; ``sheets == 0`` means none of the persons exists (``out`` is left untouched).
    """
    if is_cancelled is not None and is_cancelled():
        raise PartsCancelledError
    parts = split(ids, processes)
    work = Path(tempfile.mkdtemp(prefix=".case-sheets-", dir=folder))
    jobs = [
        PartJob(
            db.url,
            part,
            str(work / f"part-{n:04d}.pdf"),
            today,
            version,
            generated_by,
            office,
            encryption.known_for_url(db.url),
            language,
        )
        for n, part in enumerate(parts)
    ]
    results: dict[int, PartResult] = {}
    try:
        with worker_pool(processes, below_caller) as pool:
            pending: dict[Future[PartResult], int] = {
                pool.submit(write_part, job): n for n, job in enumerate(jobs)
            }
            done_sheets = 0
            try:
                while pending:
                    finished, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                    if is_cancelled is not None and is_cancelled():
                        raise PartsCancelledError
                    for future in finished:
                        n = pending.pop(future)
                        results[n] = future.result()  # a worker's error is raised here
                        done_sheets += len(parts[n])
                        if progress is not None:
                            progress(done_sheets, len(ids))
                written = [Path(jobs[n].path) for n in sorted(results) if results[n].sheets]
                numbers = [c for n in sorted(results) for c in results[n].case_numbers]
                counterpart = version is SheetVersion.COUNTERPART
                title = case_sheet_title(numbers, counterpart)
                subject = case_sheet_subject(numbers, counterpart, office.name)
                joined = pool.submit(join_parts, written, out, title, subject) if written else None
                while joined is not None and not joined.done():
                    wait([joined], timeout=POLL_SECONDS)
                    if is_cancelled is not None and is_cancelled():
                        raise PartsCancelledError
                joining = joined.result() if joined is not None else 0.0
            except BaseException:
                # Stopped (cancel, an error): the parts not started never start and the
                # running ones are ended, not waited for: in the idle class a worker may get
                # no processor for a long while on a machine busy with other programs. They
                # only read and write their part into the folder, which goes below.
                stop_workers(pool)
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        return PartResult(
            sum(r.sheets for r in results.values()),
            sum(r.pages for r in results.values()),
            sum(r.cpu_seconds for r in results.values()) + joining,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
