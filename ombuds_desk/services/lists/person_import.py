"""Importing persons from CSV or XLSX: plan (validate and report), then write in one go.

:func:`plan_import` writes nothing: it reports every problem by line and column, what each
valid row would do (add, update, unchanged) and the cases a new person may duplicate.
:func:`run_import` re-checks under the write lock (the plan stands while the audit chain's
head, the day and the actor are those it was made with; otherwise the file is planned again)
and writes in ONE transaction: all valid rows, or nothing (a bad row without
``skip_invalid``, a cancel, an error, a killed process). Both work a batch of rows at a time,
with no query per row: the cases a batch names are read at once, the likely duplicates of
its new persons found at once (``duplicates.RegisterKeys``), and its new cases inserted at
once (``person_import_writer``).

Columns are matched by header, case-insensitively, in English (``import_columns``), Russian
or Ukrainian. Rules: a row without a case number registers a new case with the next number;
a known case number updates that case (only the cells that are filled: an empty cell leaves
the field as it is); an unknown case number of the app's form (``CAP-2026-00042``) registers
the case under that number, so a register exported from one database imports into another.
Values are checked by ``person_rules.clean_person``, the person form's rules.

Status: ``status`` (with ``status_date``, else today) is a record of where the case stands,
made by someone else. A new case is registered and, if the file gives another status, moved
there by a *correction* event reading "Imported from FILE": the import witnessed no
transition, so it neither pretends one nor applies the workflow rules to steps unseen. On an existing case a step the rules allow is a normal *change* with that reason; any
other is a correction, which only a supervisor (or admin) may import. ``blocked_reason``
blocks. ``assigned_to`` assigns a new case (empty: it stays unassigned); reassigning an
existing one is a supervisor's (``permissions.Action.ASSIGN_CASE``), and the plan says so
before anything is written. A caseworker not on the staff here (a register exported from
another database) leaves the case as it is, with a warning (``ImportPlan.warnings``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ombuds_desk.domain.accounts import AuditHead, User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import duplicates
from ombuds_desk.services.lists import import_full_names as full_names
from ombuds_desk.services.lists import person_import_halves as halves
from ombuds_desk.services.lists import person_import_pipeline as pipeline
from ombuds_desk.services.lists.import_columns import (
    PERSON_ALIASES,
    PERSON_IMPORT_COLUMNS,
    ROW_NUMBER_HEADERS,
)
from ombuds_desk.services.lists.import_headers import match_headers
from ombuds_desk.services.lists.import_plan import TablePlan, each_row
from ombuds_desk.services.lists.list_collector import unwalked
from ombuds_desk.services.lists.person_import_indexes import indexes_set_aside
from ombuds_desk.services.lists.person_import_rows import (
    KNOWN_COLUMNS,
    Known,
    KnownCase,
    RowContext,
    plan_row,
)
from ombuds_desk.services.lists.person_import_writer import (
    ImportSummary,
    PersonRowPlan,
    RowWriter,
    roomy_cache,
)
from ombuds_desk.services.lists.plurals import ImportProblemsPlurals
from ombuds_desk.services.lists.tabular_files import (
    ImportProblem,
    SourceRow,
    Table,
    cell_text,
)
from ombuds_desk.store.database import Database

__all__ = ["ImportPlan", "ImportSummary", "PersonRowPlan", "plan_import", "run_import"]

BATCH = 500  # rows planned (and, in run_import, written) at a time
# Most planned rows have no problem, no likely duplicate, and (a new case) no values typed
# over a case's: one shared empty list and dictionary stand for those in every such row,
# not three of its own (18 MB at 100,000 rows, and as much less to pickle). Nothing adds to
# a row's once it is planned (``plan_row`` fills a row's own, then they are shared here).
_NONE: list[Any] = []
_NOTHING_TYPED: dict[str, Any] = {}


@dataclass
class ImportPlan(TablePlan[PersonRowPlan]):
    # What is imported otherwise than the file says, by line (import_values.unassigned).
    warnings: list[ImportProblem] = field(default_factory=list)
    # What the plan was checked against: the audit chain's head (every change to the
    # register moves it), the day and who imports. ``run_import`` writes these rows as
    # planned while all are the same, and plans the file again otherwise.
    basis: tuple[Any, ...] | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.valid_rows if r.action == action)


def _match_headers(table: Table) -> tuple[dict[str, int], list[ImportProblem]]:
    """Which column holds which field, and the header's problems (a full name column beside
    separate name columns among them)."""
    columns, problems = match_headers(
        table, PERSON_IMPORT_COLUMNS, PERSON_ALIASES, ROW_NUMBER_HEADERS
    )
    problems.extend(full_names.header_problems(table, columns))
    return columns, problems


def _case_number_of(row: SourceRow, columns: dict[str, int]) -> str | None:
    """The row's case number as typed (stripped), if it gives one."""
    index = columns.get("case_number")
    text = cell_text(row.cells[index]) if index is not None and index < len(row.cells) else None
    return (text or "").strip() or None


def _look_up(ctx: RowContext, columns: dict[str, int], rows: Sequence[SourceRow]) -> None:
    """Read the cases the batch's rows name, in one query per few hundred numbers."""
    numbers = {n.upper() for row in rows if (n := _case_number_of(row, columns))}
    ctx.known = {}
    ordered, table = sorted(numbers), Person.__table__  # type: ignore[attr-defined]
    columns_read = [table.c[name] for name in KNOWN_COLUMNS]
    for start in range(0, len(ordered), BATCH):
        wanted = table.c.case_number.in_(ordered[start : start + BATCH])
        found: Iterator[Known] = map(
            KnownCase._make, ctx.session.connection().execute(select(*columns_read).where(wanted))
        )
        ctx.known.update((r.case_number, r) for r in found)


def _plan_batch(
    ctx: RowContext, columns: dict[str, int], rows: Sequence[SourceRow], *, check_duplicates: bool
) -> list[PersonRowPlan]:
    """Plan a batch of rows: the cases they name read at once, and (``check_duplicates``)
    the likely duplicates of the new ones found at once."""
    plans = _plan_rows(ctx, columns, rows)
    if check_duplicates:
        _find_duplicates(ctx, plans)
    return plans


def _plan_rows(
    ctx: RowContext, columns: dict[str, int], rows: Sequence[SourceRow]
) -> list[PersonRowPlan]:
    """Plan a batch of rows against the cases they name, read at once (no query when they
    name none: ``person_import_halves`` plans so in a process with no database)."""
    _look_up(ctx, columns, rows)
    plans = [plan_row(ctx, columns, row) for row in rows]
    for plan in plans:
        if plan.action == "unchanged":
            # Nothing to write but a note: the case's values, as read and as typed, would
            # only fill memory (a register of 100,000 imported back into itself).
            plan.raw, plan.values = _NOTHING_TYPED, _NOTHING_TYPED
        if not plan.raw:
            plan.raw = _NOTHING_TYPED
        if not plan.problems:
            plan.problems = _NONE
        plan.duplicates = _NONE  # until the duplicate check finds some
    return plans


def _find_duplicates(ctx: RowContext, plans: list[PersonRowPlan]) -> None:
    """The likely duplicates of a batch's valid new persons, found at once."""
    new = [p for p in plans if p.person_id is None and not p.problems]
    if new:
        if ctx.register_keys is None:
            ctx.register_keys = duplicates.RegisterKeys(ctx.session)
        for plan, found in zip(
            new, ctx.register_keys.find_many([p.values for p in new], limit=5), strict=True
        ):
            plan.duplicates = found or _NONE


def _batches(
    table: Table,
    progress: Progress | None,
    is_cancelled: Cancelled | None,
    wanted: Callable[[SourceRow], bool] | None = None,
) -> Iterator[list[SourceRow]]:
    """The table's rows (those ``wanted``) in batches of :data:`BATCH`."""
    batch: list[SourceRow] = []
    for row in each_row(table, progress, is_cancelled):
        if wanted is None or wanted(row):
            batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _plan(
    session: Session,
    actor: User,
    table: Table,
    today: date,
    *,
    check_duplicates: bool,
    progress: Progress | None,
    is_cancelled: Cancelled | None,
) -> ImportPlan:
    columns, header_problems = _match_headers(table)
    ctx = RowContext(session, actor, table, today)
    rows: list[PersonRowPlan] = []
    if halves.can_halve(table, columns):
        if check_duplicates:
            # Read once, before the other process is forked: both use this copy of it.
            ctx.register_keys = duplicates.RegisterKeys(session)
        for plans in halves.planned(
            ctx,
            table,
            lambda batch: _plan_batch(ctx, columns, batch, check_duplicates=check_duplicates),
            BATCH,
            progress,
            is_cancelled,
        ):
            rows.extend(plans)
    else:
        for batch in _batches(table, progress, is_cancelled):
            rows.extend(_plan_batch(ctx, columns, batch, check_duplicates=check_duplicates))
    if progress:
        progress(len(table.rows), len(table.rows))
    return ImportPlan(
        table,
        columns,
        header_problems,
        rows,
        warnings=ctx.warnings,
        basis=_basis(session, actor, today),
    )


def _basis(session: Session, actor: User, today: date, lock: bool = False) -> tuple[Any, ...]:
    """What a plan was made on: the audit trail's head (every change moves it), the day and
    the actor. ``lock``: the import's own check, which takes the head row's lock first
    (PostgreSQL: no other workstation's change commits between it and the import's writes,
    which would otherwise overwrite it with the plan's values; SQLite's write transaction
    already holds the whole file)."""
    head = AuditHead.__table__  # type: ignore[attr-defined]
    query = select(head.c.last_id, head.c.last_hash).where(head.c.id == 1)
    last = session.execute(query.with_for_update() if lock else query).first()
    return (tuple(last) if last else None, today, actor.id, actor.role)


def plan_import(
    session: Session,
    actor: User,
    table: Table,
    *,
    today: date,
    check_duplicates: bool = True,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Validate ``table`` against the register; writes nothing (the dry run)."""
    with unwalked():
        return _plan(
            session,
            actor,
            table,
            today,
            check_duplicates=check_duplicates,
            progress=progress,
            is_cancelled=is_cancelled,
        )


def _numbered(row: PersonRowPlan) -> bool:
    return row.person_id is not None or row.case_number is not None


def _planned(
    ctx: RowContext,
    plan: ImportPlan,
    columns: dict[str, int],
    is_cancelled: Cancelled | None,
    as_planned: bool,
) -> Iterator[tuple[list[PersonRowPlan], int]]:
    """The planned rows a batch at a time, with how many rows of the file each covers: rows
    that name a case first, then those that take the next number. The plan's own rows
    when the register has not changed since it was made (``as_planned``), else the file
    planned again."""
    if as_planned:
        for wanted in (_numbered, lambda row: not _numbered(row)):
            rows = [r for r in plan.rows if wanted(r)]
            for start in range(0, len(rows), BATCH):
                check_cancelled(is_cancelled)
                yield rows[start : start + BATCH], len(rows[start : start + BATCH])
        return

    def numbered(row: SourceRow) -> bool:
        return _case_number_of(row, columns) is not None

    for wanted_row in (numbered, lambda row: not numbered(row)):
        for batch in _batches(plan.table, None, is_cancelled, wanted_row):
            yield _plan_batch(ctx, columns, batch, check_duplicates=False), len(batch)


def run_import(
    db: Database,
    actor: User,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Write the planned rows in one transaction; with problems and no ``skip_invalid``,
    raise ``ValidationError`` and write nothing.

    Under the write lock the plan is used as it is if nothing changed since it was made,
    else the file is planned again, a batch at a time; each batch is written as soon as it
    is planned, so no second plan of the whole file is held. Rows that name a case go first
    and rows that take the next number after them, so the two never collide. At the first
    problem without ``skip_invalid`` writing stops; the rest is only checked, to report
    every problem, and the transaction is rolled back.
    """
    require(actor, Action.IMPORT_LISTS)
    table = plan.table
    with unwalked(), unit_of_work(db, actor) as session:
        columns, problems = _match_headers(table)
        ctx = RowContext(session, actor, table, today)
        writer = RowWriter(session, actor, source=table.name, today=today)
        done, skipped = 0, 0
        # Only a list of new cases alone: a registered case updated through the services
        # may be looked up by an index set aside (a scan of the table for each).
        adding = plan.count("add") if not plan.count("update") else 0
        as_planned = plan.basis is not None and plan.basis == _basis(session, actor, today, True)
        with roomy_cache(session), indexes_set_aside(session, adding):
            if as_planned and (skip_invalid or not plan.problems):
                batches = [
                    ([r for r in rows if not r.problems], covered)
                    for rows, covered in _planned(ctx, plan, columns, is_cancelled, True)
                ]
                new = [r for rows, _ in batches for r in rows]
                if pipeline.can_pipeline(session.connection(), new):
                    # Two processes: this one writes, the other makes the rows (the same
                    # batches as below, so the same rows and audit entries in the same order).
                    pipeline.write_new_cases(
                        writer,
                        batches,
                        progress=progress,
                        total=len(table.rows),
                        is_cancelled=is_cancelled,
                    )
                    return writer.summary(len(plan.rows) - len(new))
            for rows, covered in _planned(ctx, plan, columns, is_cancelled, as_planned):
                problems.extend(p for r in rows for p in r.problems)
                skipped += sum(1 for r in rows if r.problems)
                done += covered
                if skip_invalid or not problems:
                    writer.write([r for r in rows if not r.problems])
                    if progress:
                        progress(done, len(table.rows))
        if problems and not skip_invalid:
            problems.sort()
            raise ValidationError(
                ImportProblemsPlurals.tr(
                    "{file} has %n problem(s), the first: {first}. Nothing was imported.",
                    "",
                    len(problems),
                ).format(file=table.name, first=problems[0])
            )
        return writer.summary(skipped)
