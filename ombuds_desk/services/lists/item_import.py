"""Importing correspondence items from CSV or XLSX: plan (validate and report), then write.

Each row is one item for an existing case (by case number): kind, direction, author,
relationship, date received, language, pages, description (``import_columns``; Russian and
Ukrainian headers too, and Russian or Ukrainian words for kind and direction:
``import_values``). Items are
checked and logged by ``correspondence.clean_item`` / ``log_item``, the rules of the logging
form, so an imported item is one logged by hand: status *logged*, its first history row.
An author whose name is one of the case's contacts is linked to that contact.

As with persons, :func:`run_item_import` writes in one transaction: all valid rows or none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.people import Contact
from ombuds_desk.services.cases.persons import find_by_case_number
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.phrases import problem_phrase
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import import_values
from ombuds_desk.services.lists.import_columns import ITEM_ALIASES, ITEM_COLUMNS, ITEM_EXTRA_COLUMNS
from ombuds_desk.services.lists.import_plan import TablePlan, each_row, header_of, row_cells
from ombuds_desk.services.lists.plurals import ImportProblemsPlurals
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table, match_headers
from ombuds_desk.services.mail.correspondence import clean_item, log_item
from ombuds_desk.store.database import Database

# Form field of ``clean_item`` → column of the file.
_COLUMN_OF = {
    "kind": "kind",
    "direction": "direction",
    "author_name": "author",
    "author_contact_id": "author",
    "author_relationship": "relationship",
    "received_on": "date_received",
    "language": "language",
    "pages": "pages",
    "description": "description",
}


@dataclass
class ItemRowPlan:
    line: int
    person_id: int | None = None
    case_number: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)


@dataclass
class ItemImportPlan(TablePlan[ItemRowPlan]):
    pass


@dataclass(frozen=True)
class ItemImportSummary:
    added: int
    skipped: int

    def __str__(self) -> str:
        # Said when shown (the window, the command line), not where the import ran.
        return translate("ImportProblems", "{added} added, {skipped} skipped").format(
            added=self.added, skipped=self.skipped
        )


def _contact_id(session: Session, person_id: int, author: str) -> int | None:
    wanted = " ".join(author.casefold().split())
    for contact in session.exec(select(Contact).where(Contact.person_id == person_id)):
        family, given, patronymic = contact.family_name, contact.given_name, contact.patronymic
        forms = [
            (given, family),
            (family, given),
            (given, patronymic, family),
            (family, given, patronymic),
        ]
        if any(" ".join(p for p in f if p).casefold() == wanted for f in forms):
            return contact.id
    return None


def _plan_row(
    session: Session,
    table: Table,
    columns: dict[str, int],
    row: SourceRow,
    today: date,
    cases: dict[str, int | None],
) -> ItemRowPlan:
    plan = ItemRowPlan(line=row.line)

    def problem(column: str, message: str) -> None:
        plan.problems.append(ImportProblem(row.line, header_of(table, columns, column), message))

    cells = row_cells(row, columns)
    plan.problems.extend(import_values.row_problems(table, columns, row, cells))
    number = (cells.get("case_number") or "").upper()
    if not number:
        problem("case_number", problem_phrase(QT_TRANSLATE_NOOP("ImportProblems", "is required")))
        return plan
    if number not in cases:
        person = find_by_case_number(session, number)
        cases[number] = person.id if person else None
    plan.case_number, plan.person_id = number, cases[number]
    if plan.person_id is None:
        problem(
            "case_number",
            problem_phrase(
                QT_TRANSLATE_NOOP("ImportProblems", "no case numbered {number}"), number=number
            ),
        )
        return plan
    kind, direction = cells.get("kind"), cells.get("direction")
    plan.raw = {
        "kind": import_values.item_word("kind", kind),
        "direction": import_values.item_word("direction", direction),
        "author_name": cells.get("author"),
        "author_relationship": cells.get("relationship"),
        "received_on": cells.get("date_received"),
        "language": cells.get("language"),
        "pages": cells.get("pages"),
        "description": cells.get("description"),
    }
    author = cells.get("author")
    contact_id = _contact_id(session, plan.person_id, author) if author else None
    if contact_id is not None:
        plan.raw["author_contact_id"] = contact_id
    try:
        clean_item(session, plan.person_id, plan.raw, today)
    except ValidationError as exc:
        for name, message in exc.fields.items():
            problem(_COLUMN_OF.get(name, name), message)
    return plan


def _plan(
    session: Session,
    table: Table,
    today: date,
    progress: Progress | None,
    is_cancelled: Cancelled | None,
) -> ItemImportPlan:
    columns, header_problems = match_headers(
        table, ITEM_COLUMNS, ITEM_ALIASES, ignored=ITEM_EXTRA_COLUMNS
    )
    cases: dict[str, int | None] = {}
    rows = [
        _plan_row(session, table, columns, row, today, cases)
        for row in each_row(table, progress, is_cancelled)
    ]
    return ItemImportPlan(table, columns, header_problems, rows)


def plan_item_import(
    session: Session,
    table: Table,
    *,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ItemImportPlan:
    """Validate ``table``; writes nothing (the dry run)."""
    return _plan(session, table, today, progress, is_cancelled)


def run_item_import(
    db: Database,
    actor: User,
    plan: ItemImportPlan,
    *,
    skip_invalid: bool = False,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ItemImportSummary:
    """Log every valid row in one transaction; with problems and no ``skip_invalid``, raise
    ``ValidationError`` and write nothing."""
    require(actor, Action.IMPORT_LISTS)
    with unit_of_work(db, actor) as session:
        fresh = _plan(session, plan.table, today, None, is_cancelled)
        problems = fresh.problems
        if problems and not skip_invalid:
            raise ValidationError(
                ImportProblemsPlurals.tr(
                    "{file} has %n problem(s), the first: {first}. Nothing was imported.",
                    "",
                    len(problems),
                ).format(file=plan.table.name, first=problems[0])
            )
        valid = fresh.valid_rows
        for number, row in enumerate(valid):
            if number % 200 == 0:
                check_cancelled(is_cancelled)
                if progress:
                    progress(number, len(valid))
            assert row.person_id is not None
            log_item(session, actor, row.person_id, row.raw, today=today)
        if progress:
            progress(len(valid), len(valid))
        return ItemImportSummary(added=len(valid), skipped=len(fresh.rows) - len(valid))
