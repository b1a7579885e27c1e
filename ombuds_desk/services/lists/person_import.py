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

import re
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import select
from sqlmodel import Session

from ombuds_desk.domain.accounts import AuditHead, User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.person_rules import LATIN_FIELDS, clean_person, clean_text
from ombuds_desk.domain.status_rules import is_final, statuses_for, transition_problem
from ombuds_desk.services.cases.persons import EDITABLE_FIELDS
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.core.permissions import Action, allowed, require, roles_for
from ombuds_desk.services.core.phrases import problem_phrase
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.lists import duplicates, import_values
from ombuds_desk.services.lists.import_columns import PERSON_ALIASES, PERSON_COLUMNS
from ombuds_desk.services.lists.import_plan import TablePlan, each_row, header_of, row_cells
from ombuds_desk.services.lists.list_collector import unwalked
from ombuds_desk.services.lists.person_import_indexes import indexes_set_aside
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
    match_headers,
)
from ombuds_desk.store.database import Database

__all__ = ["ImportPlan", "ImportSummary", "PersonRowPlan", "plan_import", "run_import"]

_CASE_NUMBER = re.compile(r"^(CAP|EVA)-(\d{4})-(\d{5})$")
BATCH = 500  # rows planned (and, in run_import, written) at a time
# A registered case as read for planning: the columns the planner reads, no ORM object.
# A named tuple, not SQLAlchemy's Row: reading a Row's field by name cost ~5 µs, and a
# register imported back into itself reads each of 100,000 cases' fields twice (its
# current values, then whether any changed); nor the columns it does not read (the
# times, the stalled and deferred days), each parsed from its text for every case.
_KNOWN_COLUMNS = (
    "id",
    *EDITABLE_FIELDS,
    "case_number",
    "status",
    "status_since",
    "blocked",
    "blocked_reason",
    "assigned_to_id",
)
_Known = namedtuple("_Known", _KNOWN_COLUMNS)  # type: ignore[misc]  # fields known at run
Known = Any  # a _Known: its fields are typed by the table, not here
_LIMITS: dict[str, int] = {
    c.name: c.type.length
    for c in Person.__table__.c  # type: ignore[attr-defined]
    if getattr(c.type, "length", None)
}
_STATUSES = {c: frozenset(statuses_for(c)) for c in Category}  # asked once a row
_NOT_PERSON = {"case_number", "status", "status_date", "blocked_reason", "assigned_to", "notes"}


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


class _Context:
    def __init__(self, session: Session, actor: User, table: Table, today: date) -> None:
        self.session, self.actor, self.table, self.today = session, actor, table, today
        self.seen: dict[str, int] = {}
        self.warnings: list[ImportProblem] = []
        self.known: dict[str, Known] = {}  # the cases of the batch being planned, by number
        self.register_keys: duplicates.RegisterKeys | None = None  # read when first needed
        staff = [(u.username, u.full_name, u.id) for u in list_users(session, active_only=False)]
        # A user name wins over somebody else's identical full name.
        self.users: dict[str, int | None] = {n.casefold(): i for _, n, i in staff}
        self.users.update({u.casefold(): i for u, _, i in staff})


# Who may do what an import asks, in words (by the roles ``roles_for`` names).
_WHO = {
    ("supervisor", "admin"): QT_TRANSLATE_NOOP("ImportProblems", "a supervisor or admin"),
    ("admin",): QT_TRANSLATE_NOOP("ImportProblems", "an admin"),
    ("supervisor",): QT_TRANSLATE_NOOP("ImportProblems", "a supervisor"),
}
# A category in a sentence ("is not a captive case").
_CATEGORY_WORDS = {
    Category.CAPTIVE: QT_TRANSLATE_NOOP("ImportProblems", "captive"),
    Category.EVACUEE: QT_TRANSLATE_NOOP("ImportProblems", "evacuee"),
}


def _who(action: Action) -> str:
    """The roles allowed ``action`` ("a supervisor or admin"), as ``require`` words them."""
    roles = tuple(role.value for role in roles_for(action))
    if roles in _WHO:
        return problem_phrase(_WHO[roles])
    who = " or ".join(role.label.lower() for role in roles_for(action))
    return f"{'an' if who[:1] in 'aeiou' else 'a'} {who}"


def _category(category: Category | str) -> str:
    try:
        return problem_phrase(_CATEGORY_WORDS[Category(category)])
    except ValueError:
        return str(category)  # as typed, when it is no category


@lru_cache(maxsize=4096)  # a list gives a few hundred status dates, each many times
def _full_date(text: str) -> date:
    parsed = PartialDate.parse(text)
    if parsed.month is None or parsed.day is None:
        raise ValueError(
            problem_phrase(
                QT_TRANSLATE_NOOP("ImportProblems", "give the full date (day, month and year)")
            )
        )
    return parsed.earliest()


def _case(ctx: _Context, plan: PersonRowPlan, number: str, problem: Any) -> Known | None:
    number = number.strip().upper()
    if number in ctx.seen:
        problem(
            "case_number",
            problem_phrase(
                QT_TRANSLATE_NOOP(
                    "ImportProblems", "{number} appears again (first on line {line})"
                ),
                number=number,
                line=ctx.seen[number],
            ),
        )
        return None
    ctx.seen[number] = plan.line
    person = ctx.known.get(number)
    plan.case_number = number
    if person is None and not _CASE_NUMBER.match(number):
        problem(
            "case_number",
            problem_phrase(
                QT_TRANSLATE_NOOP(
                    "ImportProblems", "no case numbered {number}; leave it empty for a new case"
                ),
                number=number,
            ),
        )
    return person


def _person_values(
    ctx: _Context, plan: PersonRowPlan, cells: dict[str, str], person: Known | None, problem: Any
) -> None:
    typed: dict[str, Any] = {k: v for k, v in cells.items() if k not in _NOT_PERSON}
    raw: dict[str, Any]
    if person is None:
        raw = typed
        match = _CASE_NUMBER.match(plan.case_number or "")
        if match and not typed.get("category"):
            typed["category"] = "captive" if match.group(1) == "CAP" else "evacuee"
        elif match:
            prefix = match.group(1)
            try:
                if cast(Category, Category.parse(typed["category"])).prefix != prefix:
                    problem(
                        "case_number",
                        problem_phrase(
                            QT_TRANSLATE_NOOP(
                                "ImportProblems", "{number} is not a {category} case"
                            ),
                            number=plan.case_number,
                            category=_category(typed["category"]),
                        ),
                    )
            except ValueError:
                pass
    else:
        raw = {k: getattr(person, k) for k in EDITABLE_FIELDS}
        for name, latin in LATIN_FIELDS.items():
            if name in typed and latin not in typed:
                raw[latin] = None  # re-derived from the new name
        if "category" in typed:
            try:
                if Category.parse(typed.pop("category")) is not person.category:
                    problem(
                        "category",
                        problem_phrase(
                            QT_TRANSLATE_NOOP("ImportProblems", "case {number} is a {category}"),
                            number=person.case_number,
                            category=_category(person.category),
                        ),
                    )
            except ValueError:
                problem(
                    "category",
                    problem_phrase(
                        QT_TRANSLATE_NOOP("ImportProblems", "must be captive or evacuee")
                    ),
                )
        raw.update(typed)
    values, found = clean_person(raw, ctx.today)
    for name, message in found.items():
        problem(name, message)
    for name, value in values.items():
        limit = _LIMITS.get(name)
        if isinstance(value, str) and limit and len(value) > limit and name not in found:
            problem(
                name,
                problem_phrase(
                    QT_TRANSLATE_NOOP("ImportProblems", "is too long ({limit} characters at most)"),
                    limit=limit,
                ),
            )
    # A new case needs only the cleaned values; keeping what was typed too would double
    # the memory a 100,000-row plan holds.
    plan.raw, plan.values = (raw if person is not None else {}), values
    if person is not None:
        changed = any(getattr(person, k) != v for k, v in values.items() if k in EDITABLE_FIELDS)
        plan.action = "update" if changed else "unchanged"


@lru_cache(maxsize=256)
def _status_of(text: str) -> CaseStatus:
    return cast(CaseStatus, CaseStatus.parse(text))


def _status(
    ctx: _Context, plan: PersonRowPlan, cells: dict[str, str], person: Known | None, problem: Any
) -> None:
    category = person.category if person else plan.values.get("category")
    when = cells.get("status_date")
    if when:
        try:
            plan.status_date = _full_date(when)
            if plan.status_date > ctx.today:
                problem(
                    "status_date",
                    problem_phrase(QT_TRANSLATE_NOOP("ImportProblems", "is in the future")),
                )
        except ValueError as exc:
            problem("status_date", exc.args[0] if exc.args else str(exc))
    text = cells.get("status")
    if text:
        try:
            plan.status = _status_of(text)
        except ValueError:
            problem(
                "status",
                problem_phrase(
                    QT_TRANSLATE_NOOP("ImportProblems", "“{text}” is not a status"), text=text
                ),
            )
    if plan.status is None or category is None:
        return
    if plan.status not in _STATUSES[category]:
        problem(
            "status",
            problem_phrase(
                QT_TRANSLATE_NOOP("ImportProblems", "“{status}” is not a status for a {category}"),
                status=plan.status,
                category=_category(category),
            ),
        )
    elif person is not None and plan.status is not person.status:
        why = transition_problem(person.category, person.status, plan.status)
        on = plan.status_date or ctx.today
        if why is None and on < person.status_since:
            problem(
                "status_date",
                problem_phrase(
                    QT_TRANSLATE_NOOP("ImportProblems", "is before the current status ({date})"),
                    date=f"{person.status_since:%d.%m.%Y}",
                ),
            )
        plan.correction = why is not None
        if why and not allowed(ctx.actor.role, Action.CORRECT_STATUS):
            problem(
                "status",
                problem_phrase(
                    QT_TRANSLATE_NOOP(
                        "ImportProblems", "{why}; only {who} can import this as a correction"
                    ),
                    why=why,
                    who=_who(Action.CORRECT_STATUS),
                ),
            )
        plan.action = "update"
    elif person is None:
        plan.correction = plan.status is not CaseStatus.REGISTERED
    else:
        # The status the case has: nothing to write, so the row (if its fields changed)
        # takes the bulk path (person_import_updates.fields_only), not the services'.
        plan.status = None


def _extras(
    ctx: _Context, plan: PersonRowPlan, cells: dict[str, str], person: Known | None, problem: Any
) -> None:
    reason = clean_text(cells.get("blocked_reason"))
    ends = plan.status or (person.status if person else CaseStatus.REGISTERED)
    if reason and not (person and person.blocked and person.blocked_reason == reason):
        if len(reason) > 200:
            problem(
                "blocked_reason",
                problem_phrase(
                    QT_TRANSLATE_NOOP("ImportProblems", "is too long ({limit} characters at most)"),
                    limit=200,
                ),
            )
        elif is_final(ends):
            problem(
                "blocked_reason",
                problem_phrase(
                    QT_TRANSLATE_NOOP(
                        "ImportProblems", "a case closed as “{status}” cannot be blocked"
                    ),
                    status=ends,
                ),
            )
        plan.blocked_reason = reason
        plan.action = "update" if person else plan.action
    who = cells.get("assigned_to")
    if who:
        plan.assigned_to_id = ctx.users.get(who.casefold())
        if plan.assigned_to_id is None:
            number = person.case_number if person else None
            ctx.warnings.append(import_values.unassigned(ctx.table, plan.line, who, number))
        elif person and person.assigned_to_id != plan.assigned_to_id:
            if not allowed(ctx.actor.role, Action.ASSIGN_CASE):
                problem(
                    "assigned_to",
                    problem_phrase(
                        QT_TRANSLATE_NOOP("ImportProblems", "only {who} can reassign a case"),
                        who=_who(Action.ASSIGN_CASE),
                    ),
                )
            plan.action = "update"
        elif person:
            plan.assigned_to_id = None  # already theirs: nothing to write (as the status)
    plan.note = (cells.get("notes") or "").strip() or None


def _plan_row(ctx: _Context, columns: dict[str, int], row: SourceRow) -> PersonRowPlan:
    plan = PersonRowPlan(line=row.line)

    def problem(name: str, message: str) -> None:
        plan.problems.append(ImportProblem(row.line, header_of(ctx.table, columns, name), message))

    cells = import_values.person_cells(row_cells(row, columns))
    plan.problems.extend(import_values.row_problems(ctx.table, columns, row, cells))
    person = _case(ctx, plan, cells["case_number"], problem) if cells.get("case_number") else None
    if person is not None:
        plan.person_id, plan.action = person.id, "update"
    _person_values(ctx, plan, cells, person, problem)
    _status(ctx, plan, cells, person, problem)
    _extras(ctx, plan, cells, person, problem)
    return plan


def _case_number_of(row: SourceRow, columns: dict[str, int]) -> str | None:
    """The row's case number as typed (stripped), if it gives one."""
    index = columns.get("case_number")
    text = cell_text(row.cells[index]) if index is not None and index < len(row.cells) else None
    return (text or "").strip() or None


def _look_up(ctx: _Context, columns: dict[str, int], rows: Sequence[SourceRow]) -> None:
    """Read the cases the batch's rows name, in one query per few hundred numbers."""
    numbers = {n.upper() for row in rows if (n := _case_number_of(row, columns))}
    ctx.known = {}
    ordered, table = sorted(numbers), Person.__table__  # type: ignore[attr-defined]
    columns_read = [table.c[name] for name in _KNOWN_COLUMNS]
    for start in range(0, len(ordered), BATCH):
        wanted = table.c.case_number.in_(ordered[start : start + BATCH])
        found: Iterator[Known] = map(
            _Known._make, ctx.session.connection().execute(select(*columns_read).where(wanted))
        )
        ctx.known.update((r.case_number, r) for r in found)


def _plan_batch(
    ctx: _Context, columns: dict[str, int], rows: Sequence[SourceRow], *, check_duplicates: bool
) -> list[PersonRowPlan]:
    """Plan a batch of rows: the cases they name read at once, and (``check_duplicates``)
    the likely duplicates of the new ones found at once."""
    _look_up(ctx, columns, rows)
    plans = [_plan_row(ctx, columns, row) for row in rows]
    for plan in plans:
        if plan.action == "unchanged":
            # Nothing to write but a note: the case's values, as read and as typed, would
            # only fill memory (a register of 100,000 imported back into itself).
            plan.raw, plan.values = {}, {}
    new = [p for p in plans if p.person_id is None and not p.problems]
    if check_duplicates and new:
        if ctx.register_keys is None:
            ctx.register_keys = duplicates.RegisterKeys(ctx.session)
        for plan, found in zip(
            new, ctx.register_keys.find_many([p.values for p in new], limit=5), strict=True
        ):
            plan.duplicates = found
    return plans


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
    columns, header_problems = match_headers(table, PERSON_COLUMNS, PERSON_ALIASES)
    ctx = _Context(session, actor, table, today)
    rows: list[PersonRowPlan] = []
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


def _basis(session: Session, actor: User, today: date) -> tuple[Any, ...]:
    head = AuditHead.__table__  # type: ignore[attr-defined]
    last = session.execute(select(head.c.last_id, head.c.last_hash).where(head.c.id == 1)).first()
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
    ctx: _Context,
    plan: ImportPlan,
    columns: dict[str, int],
    is_cancelled: Cancelled | None,
) -> Iterator[tuple[list[PersonRowPlan], int]]:
    """The planned rows a batch at a time, with how many rows of the file each covers: rows
    that name a case first, then those that take the next number. The plan's own rows
    when the register has not changed since it was made, else the file planned again."""
    if plan.basis is not None and plan.basis == _basis(ctx.session, ctx.actor, ctx.today):
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
        columns, problems = match_headers(table, PERSON_COLUMNS, PERSON_ALIASES)
        ctx = _Context(session, actor, table, today)
        writer = RowWriter(session, actor, source=table.name, today=today)
        done, skipped = 0, 0
        adding = plan.count("add")
        with roomy_cache(session), indexes_set_aside(session, adding):
            for rows, covered in _planned(ctx, plan, columns, is_cancelled):
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
