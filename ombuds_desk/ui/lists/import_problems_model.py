"""What the import dialog shows and runs: the problems table (a small sortable model of plain
rows), the texts of a plan, and the background work of checking and importing.

The rows are bounded by the file (not pages of the register), so they are held whole in a
:class:`~ombuds_desk.ui.common.rows_model.RowsTableModel`; sorting compares the raw values
(a line number as a number), empty cells last.

Checking only reads (``read``, its own short session); importing calls the service that owns
its one transaction (``run_import``, ``run_item_import``), so a cancelled or refused import
writes nothing. Both run in a worker process (:mod:`ombuds_desk.ui.lists.import_jobs`), not
on the job's thread, where their pure-Python work would hold the GIL the GUI thread needs;
only a database a worker cannot open the same way (in memory, read-only) is done on the thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.duplicates import reason_text
from ombuds_desk.services.lists.import_summary import (
    PlanSummary,
    TableSource,
    summarize,
    table_of,
)
from ombuds_desk.services.lists.item_import import ItemImportPlan, plan_item_import
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import
from ombuds_desk.services.lists.tabular_files import ImportProblem, Table
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.background_job import (
    IsCancelled,
    Progress,
    Work,
    cancellable,
)
from ombuds_desk.ui.common.columns import value_columns
from ombuds_desk.ui.common.process_work import can_run_in_process, in_process, window_language
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.lists.plurals import ImportDialogPlurals

Row = tuple[Any, ...]


def problems_model(
    problems: Sequence[ImportProblem] = (),
    parent: QObject | None = None,
    what: str | None = None,
) -> RowsTableModel[Row]:
    """Line, column and message of each problem (or warning: ``what``), as the import check
    reports them."""
    return RowsTableModel(
        value_columns(
            [
                QCoreApplication.translate("ImportDialog", "Line"),
                QCoreApplication.translate("ImportDialog", "Column"),
                what or QCoreApplication.translate("ImportDialog", "Problem"),
            ]
        ),
        parent,
        problem_rows(problems),
    )


def problem_rows(problems: Sequence[ImportProblem]) -> list[Row]:
    return [(p.line, p.where, p.text) for p in problems]


def counts_text(plan: PlanSummary) -> str:
    """``12 to add, 3 to update, 0 unchanged, 2 invalid`` (items: to add and invalid)."""
    if plan.persons:
        text = QCoreApplication.translate(
            "ImportDialog",
            "{add} to add, {update} to update, {unchanged} unchanged, {invalid} invalid",
        ).format(
            add=plan.actions["add"],
            update=plan.actions["update"],
            unchanged=plan.actions["unchanged"],
            invalid=plan.invalid,
        )
        if plan.doubtful:
            text += ImportDialogPlurals.tr(
                " — %n new person(s) may already have a case: see Possible duplicates",
                "",
                plan.doubtful,
            )
        return text
    return QCoreApplication.translate("ImportDialog", "{add} to add, {invalid} invalid").format(
        add=plan.valid, invalid=plan.invalid
    )


def duplicate_rows(plan: PlanSummary | None) -> list[Row]:
    """One row per (valid new person, existing case it may be): line, name, case, why."""
    rows: list[Row] = []
    said: dict[tuple[str, ...], str] = {}  # the reasons are shared: each said once
    for line, name, number, known, year, reasons in plan.duplicates if plan else ():
        born = (
            QCoreApplication.translate("ImportDialog", ", born {year}").format(year=year)
            if year
            else ""
        )
        case = f"{number} {known}{born}"
        why = said.get(reasons)
        if why is None:
            why = said[reasons] = "; ".join(map(reason_text, reasons))
        rows.append((line, name, case, why))
    return rows


def read_work(db: Database, source: TableSource, shown: int) -> Work:
    """The file read for the dialog: its first ``shown`` rows and how many in all, read in
    a worker process (the 10,000 rows neither parsed on the job's thread, holding the GIL
    ~160 ms, nor sent back) where the check would run in one too."""
    from ombuds_desk.ui.lists.import_jobs import PRELOAD, read_preview

    if can_run_in_process(db):
        return in_process(
            read_preview, source, shown, window_language(), preload=PRELOAD, reads_only=True
        )
    return cancellable(
        lambda progress, cancelled: read_preview(
            source, shown, progress=progress, is_cancelled=cancelled
        )
    )


def check_work(
    persons: bool, db: Database, actor: User, source: Table | TableSource, today: date
) -> Work:
    """The dry run of ``source`` (persons, else items), in a read session of its own: the
    :class:`PlanSummary` the dialog shows. A :class:`TableSource` is read where the check
    runs (in the worker: the rows need not travel)."""
    if can_run_in_process(db):
        from ombuds_desk.ui.lists.import_jobs import PRELOAD, check_in_worker

        return in_process(
            check_in_worker,
            persons,
            db.url,
            db.demo,
            actor,
            source,
            today,
            window_language(),
            preload=PRELOAD,
            reads_only=True,  # the dry run
        )

    def work(progress: Progress, cancelled: IsCancelled) -> Any:
        table = table_of(source)

        def plan(session: Session) -> ImportPlan | ItemImportPlan:
            if persons:
                return plan_import(
                    session, actor, table, today=today, progress=progress, is_cancelled=cancelled
                )
            return plan_item_import(
                session, table, today=today, progress=progress, is_cancelled=cancelled
            )

        return summarize(read(db, plan))

    return cancellable(work)


def import_work(
    db: Database, actor: User, plan: PlanSummary, skip_invalid: bool, today: date
) -> Work:
    """The import of a checked plan: the service's one transaction, nothing written on cancel.
    The plan goes to the worker as the bytes it came as (the window never unpickles it)."""
    if can_run_in_process(db):
        from ombuds_desk.ui.lists.import_jobs import PRELOAD, import_in_worker

        return in_process(
            import_in_worker,
            db.url,
            db.demo,
            actor,
            plan.plan,
            skip_invalid,
            today,
            window_language(),
            preload=PRELOAD,
        )

    from ombuds_desk.ui.lists.import_jobs import run_plan

    def work(progress: Progress, cancelled: IsCancelled) -> Any:
        return run_plan(db, actor, plan.load_plan(), skip_invalid, today, progress, cancelled)

    return cancellable(work)
