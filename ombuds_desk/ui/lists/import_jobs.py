"""The import dialog's checking and importing as they run in a worker process
(:func:`~ombuds_desk.ui.common.process_work.in_process`): module-level functions a worker
imports by name, each opening the register afresh from its URL.

A check reads the file itself (it is sent a ``TableSource``, not the rows) and returns a
:class:`~ombuds_desk.services.lists.import_summary.PlanSummary`: what the dialog shows (counts,
the first problems, the duplicates), with the whole plan as bytes the window keeps unread and,
when the user imports, sends to a worker again: the service plans the file anew under the
write lock if the register changed meanwhile, so a plan that travelled is as good as one that
stayed.

A worker has no Qt translator: each is given the window's language and answers in it (the
domain's messages, a refused import); an import's problems are phrases said in the window.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import date
from typing import Any

from sqlmodel import Session

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.long_work import Cancelled, Progress
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.import_summary import PlanSummary, TableSource, summarize, table_of
from ombuds_desk.services.lists.item_import import ItemImportPlan, plan_item_import, run_item_import
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import Table
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.process_work import worker_database, worker_translator

# What the workers' fork server imports beforehand: the import's services.
PRELOAD = (
    "ombuds_desk.services.lists.person_import",
    "ombuds_desk.services.lists.item_import",
)


def read_preview(
    source: TableSource,
    shown: int,
    language: str | None = None,
    *,
    progress: Progress,
    is_cancelled: Cancelled,
) -> tuple[Table, int]:
    """The file read (here, or in a worker: only ``shown`` rows travel back), and how many
    rows it has; the check reads it again where it runs. ``language``: the window's, for a
    worker, which has no translator of its own (why a file is refused, in the reader's
    words); None keeps the thread's."""
    with i18n.using(None if language is None else worker_translator(language)):
        table = source.read()
    return replace(table, rows=table.rows[:shown], line_problems={}), len(table.rows)


def check_in_worker(
    persons: bool,
    url: str,
    demo: bool,
    actor: User,
    source: Table | TableSource,
    today: date,
    language: str = Language.EN.value,
    *,
    progress: Progress,
    is_cancelled: Cancelled,
) -> PlanSummary:
    """The dry run of ``source`` (persons, else items; a file is read here) in a read
    session of its own, summed up (the plan inside as bytes)."""
    with i18n.using(worker_translator(language)):
        table = table_of(source)
        return summarize(_check(persons, url, demo, actor, table, today, progress, is_cancelled))


def _check(
    persons: bool,
    url: str,
    demo: bool,
    actor: User,
    table: Table,
    today: date,
    progress: Progress,
    is_cancelled: Cancelled,
) -> ImportPlan | ItemImportPlan:
    db = worker_database(url, demo)

    def plan(session: Session) -> ImportPlan | ItemImportPlan:
        if persons:
            return plan_import(
                session, actor, table, today=today, progress=progress, is_cancelled=is_cancelled
            )
        return plan_item_import(
            session, table, today=today, progress=progress, is_cancelled=is_cancelled
        )

    try:
        return read(db, plan)
    finally:
        db.engine.dispose()  # the window keeps the file (its checkpoint, its statistics)


def run_plan(
    db: Database,
    actor: User,
    plan: ImportPlan | ItemImportPlan,
    skip_invalid: bool,
    today: date,
    progress: Progress,
    is_cancelled: Cancelled,
) -> Any:
    """A checked plan of persons or of items imported by its service, here or in a worker."""
    run = run_import if isinstance(plan, ImportPlan) else run_item_import
    return run(
        db,
        actor,
        plan,  # type: ignore[arg-type]  # the service that made the plan
        skip_invalid=skip_invalid,
        today=today,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def import_in_worker(
    url: str,
    demo: bool,
    actor: User,
    plan: bytes,
    skip_invalid: bool,
    today: date,
    language: str = Language.EN.value,
    *,
    progress: Progress,
    is_cancelled: Cancelled,
) -> Any:
    """The import of a checked plan (``PlanSummary.plan``'s bytes): the service's one
    transaction, nothing written on cancel."""
    db = worker_database(url, demo)
    try:
        with i18n.using(worker_translator(language)):
            loaded = pickle.loads(plan)  # made by the check's worker, from this code
            return run_plan(db, actor, loaded, skip_invalid, today, progress, is_cancelled)
    finally:
        db.engine.dispose()  # the window keeps the file (its checkpoint, its statistics)
