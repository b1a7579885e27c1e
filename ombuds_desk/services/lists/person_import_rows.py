"""The rules a row of a person list is checked by (``person_import.py`` plans and writes
the whole list a batch at a time with them): its case number (known, kept from another
register, or given twice), its values by the person form's rules (``clean_person``), its
status and status date, its block, its caseworker and its note. :func:`plan_row` plans one
row against the cases its batch names (``RowContext.known``, read at once by the caller).
"""

from __future__ import annotations

import re
from collections import namedtuple
from datetime import date
from functools import lru_cache
from typing import Any, cast

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.lookalikes import MixedScripts, mixed_scripts
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.person_rules import (
    CYRILLIC_AMONG_LATIN,
    LATIN_AMONG_CYRILLIC,
    LATIN_FIELDS,
    LETTER_AT,
    LETTERS_ONLY,
    NAME_FIELDS,
    clean_person,
    clean_text,
)
from ombuds_desk.domain.status_rules import is_final, statuses_for, transition_problem
from ombuds_desk.services.cases.persons import EDITABLE_FIELDS
from ombuds_desk.services.core.permissions import Action, allowed, roles_for
from ombuds_desk.services.core.phrases import Phrase, problem_phrase
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.lists import duplicates, import_values
from ombuds_desk.services.lists import import_full_names as full_names
from ombuds_desk.services.lists.import_cells import CONTROL_MESSAGE
from ombuds_desk.services.lists.import_plan import header_of, row_cells
from ombuds_desk.services.lists.person_import_writer import PersonRowPlan
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table

_CASE_NUMBER = re.compile(r"^(CAP|EVA)-(\d{4})-(\d{5})$")
# A registered case as read for planning: the columns the planner reads, no ORM object.
# A named tuple, not SQLAlchemy's Row: reading a Row's field by name cost ~5 µs, and a
# register imported back into itself reads each of 100,000 cases' fields twice (its
# current values, then whether any changed); nor the columns it does not read (the
# times, the stalled and deferred days), each parsed from its text for every case.
KNOWN_COLUMNS = (
    "id",
    *EDITABLE_FIELDS,
    "case_number",
    "status",
    "status_since",
    "blocked",
    "blocked_reason",
    "assigned_to_id",
)
KnownCase = namedtuple("KnownCase", KNOWN_COLUMNS)  # type: ignore[misc]  # fields known at run
Known = Any  # a KnownCase: its fields are typed by the table, not here
_LIMITS: dict[str, int] = {
    c.name: c.type.length
    for c in Person.__table__.c  # type: ignore[attr-defined]
    if getattr(c.type, "length", None)
}
_STATUSES = {c: frozenset(statuses_for(c)) for c in Category}  # asked once a row
_NOT_PERSON = {"case_number", "status", "status_date", "blocked_reason", "assigned_to", "notes"}


class RowContext:
    """What planning the rows of one list shares: the case numbers seen so far, the
    warnings, the cases of the batch being planned, the register's keys, the staff."""

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


def _case(ctx: RowContext, plan: PersonRowPlan, number: str, problem: Any) -> Known | None:
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
    ctx: RowContext, plan: PersonRowPlan, cells: dict[str, str], person: Known | None, problem: Any
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
    ctx: RowContext, plan: PersonRowPlan, cells: dict[str, str], person: Known | None, problem: Any
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
    ctx: RowContext, plan: PersonRowPlan, cells: dict[str, str], person: Known | None, problem: Any
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


def plan_row(ctx: RowContext, columns: dict[str, int], row: SourceRow) -> PersonRowPlan:
    plan = PersonRowPlan(line=row.line)

    def problem(name: str, message: str) -> None:
        # A full name cell stands for three fields: one of a word only has said why the
        # given name is missing, and one empty says "is required" once.
        if name in quiet:
            return
        column = full_names.column_of(columns, name)
        found = ImportProblem(row.line, header_of(ctx.table, columns, column), message)
        if column != full_names.FULL_NAME or found not in plan.problems:
            plan.problems.append(found)

    cells = import_values.person_cells(row_cells(row, columns))
    plan.problems.extend(import_values.row_problems(ctx.table, columns, row, cells))
    quiet: tuple[str, ...] = ()
    if full_names.FULL_NAME in columns:
        said = full_names.split(cells)
        if said:
            problem(full_names.FULL_NAME, said)
            quiet = ("given_name",)
    person = _case(ctx, plan, cells["case_number"], problem) if cells.get("case_number") else None
    if person is not None:
        plan.person_id, plan.action = person.id, "update"
    _person_values(ctx, plan, cells, person, problem)
    _status(ctx, plan, cells, person, problem)
    _extras(ctx, plan, cells, person, problem)
    _said_once(plan)
    _lookalike_names(ctx, plan, columns)
    return plan


# Problems that say why a cell is not letters only: a letter lost to an encoding
# (``Куп?янська``), a control character (a NUL from a damaged file).
_WHY_NOT_LETTERS = frozenset((import_values.LOST_LETTER_MESSAGE, CONTROL_MESSAGE))


def _said_once(plan: PersonRowPlan) -> None:
    """A cell with a letter lost to an encoding (``Куп?янська``) or a control character is
    not letters only either: that problem says why, so "must contain letters only" is not
    said of it as well."""
    explained = {
        p.column for p in plan.problems if getattr(p.message, "source", None) in _WHY_NOT_LETTERS
    }
    if explained:
        plan.problems = [
            p
            for p in plan.problems
            if not (
                p.column in explained and getattr(p.message, "source", p.message) == LETTERS_ONLY
            )
        ]


def _lookalike_names(ctx: RowContext, plan: PersonRowPlan, columns: dict[str, int]) -> None:
    """Warn of a name typed with look-alike letters of the other script inside a word
    (``Шевчeнко`` with a Latin ``e``): it is imported as typed, the warning naming the odd
    letters by their place (on screen they look right), to be corrected in the case."""
    values = plan.values or {}
    for name in NAME_FIELDS:
        value = values.get(name)
        mixed = mixed_scripts(value) if isinstance(value, str) else None
        if mixed is None:
            continue
        message = problem_phrase(
            QT_TRANSLATE_NOOP(
                "ImportProblems",
                "“{name}” {problem}. It is imported as it is: correct it in the case.",
            ),
            name=value,
            problem=_mixed_scripts_phrase(mixed),
        )
        ctx.warnings.append(
            ImportProblem(
                plan.line,
                header_of(ctx.table, columns, full_names.column_of(columns, name)),
                message,
            )
        )


def _mixed_scripts_phrase(mixed: MixedScripts) -> Phrase:
    """The form's words for ``mixed`` (``person_rules.mixed_scripts_words``), said later in
    the reader's language."""
    letters = [Phrase("Problems", LETTER_AT, letter=c, position=at) for at, c in mixed.letters]
    joined = letters[-1]
    for letter in reversed(letters[:-1]):  # a list reads the same in each language
        joined = Phrase("Problems", "{first}, {rest}", first=letter, rest=joined)
    template = CYRILLIC_AMONG_LATIN if not mixed.latin_among_cyrillic else LATIN_AMONG_CYRILLIC
    return Phrase("Problems", template, letters=joined)
