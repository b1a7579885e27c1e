"""Batch case sheets: hundreds or thousands of cases in one PDF, with progress and cancel.

Each person starts on a new page and has their own header and page count ("Page 1 of 2"
per case sheet, so a printed stack can be split into case files). Sheets are read in
chunks, each with its own short session, and laid out as they are read: the story never
holds the whole batch. The PDF is written to a temporary file beside the target and renamed
over it only when complete; cancelling or failing deletes the temporary file, so a stopped
batch never leaves a half-written PDF behind.

A batch big enough to be worth it is laid out by several processes at once, one part each,
and the parts joined (:mod:`ombuds_desk.reports.batch_parts`); the document is the same. A
window asks for worker processes whatever the size (``isolate``): layout on a thread of its
own process would hold the interpreter lock the GUI thread needs.

This module reads through services and renders, so it lives in ``reports/`` (services may
not import reports). A GUI worker thread or the CLI calls :func:`write_case_sheets`.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from ombuds_desk.domain.i18n import translate
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.batch_parts import PartsCancelledError, processes_for, write_in_parts
from ombuds_desk.reports.blocks import esc
from ombuds_desk.reports.case_sheet import DOCUMENT
from ombuds_desk.reports.fast_text import Paragraph
from ombuds_desk.reports.page import DocInfo, Output, office_pdf
from ombuds_desk.reports.sheet_story import sheet_story
from ombuds_desk.services.printing import Office, SheetVersion, office_info
from ombuds_desk.services.printing.languages import DocumentLanguage, speaking
from ombuds_desk.services.printing.sheets import Sheet, sheets_data
from ombuds_desk.store.database import Database

CHUNK_SIZE = 200
Progress = Callable[[int, int], None]


class _CancelledError(Exception):
    """Raised inside the layout when the user cancels; never escapes this module."""


@dataclass(frozen=True)
class BatchResult:
    completed: bool  # False when cancelled (nothing was written)
    sheets: int
    pages: int
    # Processor seconds the reading and layout took, in every process (the benchmark's).
    cpu_seconds: float = field(default=0.0, compare=False)


class _Feed(list[Any]):
    """A story that refills itself sheet by sheet as ReportLab consumes it from the front.

    ReportLab deletes flowables from the head of the story list; with 2,000 sheets in one
    list that alone would cost seconds, and every sheet would sit in memory at once.
    """

    def __init__(self, sheets: Iterator[list[Flowable]]) -> None:
        super().__init__()
        self._sheets = sheets

    def __len__(self) -> int:
        while list.__len__(self) < 2:
            more = next(self._sheets, None)
            if more is None:
                break
            self.extend(more)
        return list.__len__(self)


def render_case_sheets(
    sheets: Iterable[Sheet],
    out: Output,
    *,
    office: Office,
    today: date,
    generated_by: str,
    on_sheet: Callable[[int], None] | None = None,
) -> BatchResult:
    """Lay ``sheets`` out into one PDF; ``on_sheet(n)`` runs as sheet n (1-based) starts."""
    count = 0

    def stories() -> Iterator[list[Flowable]]:
        nonlocal count
        for data in sheets:
            count += 1
            number = count
            started = partial(on_sheet, number) if on_sheet is not None else None
            story = sheet_story(data, on_start=started)
            yield story if number == 1 else [PageBreak(), *story]
        if count == 0:
            none = translate("Batch", "None of the selected cases exists any more.")
            yield [Paragraph(esc(none), st.styles().body)]

    pages = office_pdf(
        out,
        _Feed(stories()),
        office,
        DocInfo(translate("Batch", "Case sheets"), office.name),
        translate("CaseSheet", DOCUMENT),
        today=today,
        generated_by=generated_by,
    )
    return BatchResult(True, count, pages)


def _read(
    db: Database, ids: Sequence[int], today: date, version: SheetVersion, check: Callable[[], None]
) -> Iterator[Sheet]:
    for start in range(0, len(ids), CHUNK_SIZE):
        check()
        with db.reading() as session:
            chunk = sheets_data(
                session, ids[start : start + CHUNK_SIZE], today=today, version=version
            )
        yield from chunk


def write_case_sheets(
    db: Database,
    person_ids: Sequence[int],
    path: str | Path,
    *,
    today: date,
    version: SheetVersion = SheetVersion.INTERNAL,
    generated_by: str,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
    isolate: bool = False,
    language: DocumentLanguage | None = None,
) -> BatchResult:
    """Write the case sheets of ``person_ids`` (in that order) to ``path`` as one PDF.

    ``progress(done, total)`` is called as sheets are laid out; when ``is_cancelled()``
    turns true the batch stops, nothing is left at ``path`` (an existing file there is kept
    as it was) and the result says ``completed=False``. Safe to run off the GUI thread:
    it opens its own sessions and touches no widget. ``processes``: how many processes lay
    the sheets out (default: as many as the batch is worth on this machine's cores; 1: all
    in this one). ``isolate``: even one process is a worker process, and the workers run
    below this process's priority, so that nothing heavy runs in this one (a window: its
    GUI thread keeps the interpreter lock and the processor time it needs to answer).
    ``language``: the document's (``None``: the installed one, which worker processes do
    not have: pass it).
    """
    with speaking(language):
        return _write_case_sheets(
            db,
            list(person_ids),
            Path(path),
            today=today,
            version=version,
            generated_by=generated_by,
            progress=progress,
            is_cancelled=is_cancelled,
            processes=processes,
            isolate=isolate,
            language=language,
        )


def _write_case_sheets(
    db: Database,
    ids: list[int],
    target: Path,
    *,
    today: date,
    version: SheetVersion,
    generated_by: str,
    progress: Progress | None,
    is_cancelled: Callable[[], bool] | None,
    processes: int | None,
    isolate: bool,
    language: DocumentLanguage | None,
) -> BatchResult:
    if version is SheetVersion.COUNTERPART:
        generated_by = ""  # the office signs a counterpart document, never a person
    total = len(ids)
    if processes is None:
        processes = processes_for(total)
    in_workers = processes > 1 or isolate
    if db.read_only or (db.path is None and db.url.startswith("sqlite")):
        in_workers = False  # a worker could not open it the same way (read-only, in memory)

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise _CancelledError

    def on_sheet(number: int) -> None:
        check()
        if progress is not None:
            progress(number - 1, total)

    with db.reading() as session:
        office = office_info(session)
    handle, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    temp = Path(temp_name)
    try:
        result = None
        if in_workers:
            os.close(handle)
            parts = write_in_parts(
                db,
                ids,
                temp,
                processes=processes,
                today=today,
                version=version,
                generated_by=generated_by,
                office=office,
                progress=progress,
                is_cancelled=is_cancelled,
                folder=target.parent,
                below_caller=isolate,
                language=language,
            )
            if parts.sheets:  # else none exists: the one-process document says so
                result = BatchResult(True, parts.sheets, parts.pages, parts.cpu_seconds)
        if result is None:
            with open(temp, "wb") if in_workers else os.fdopen(handle, "wb") as stream:
                started = time.thread_time()
                result = render_case_sheets(
                    _read(db, ids, today, version, check),
                    stream,
                    office=office,
                    today=today,
                    generated_by=generated_by,
                    on_sheet=on_sheet,
                )
                result = replace(result, cpu_seconds=time.thread_time() - started)
        check()
        os.replace(temp, target)
    except (_CancelledError, PartsCancelledError):
        temp.unlink(missing_ok=True)
        return BatchResult(False, 0, 0)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return result
