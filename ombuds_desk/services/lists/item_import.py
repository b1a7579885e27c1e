"""Importing correspondence items from CSV or XLSX: plan (validate and report), then write.

Each row is one item for an existing case (by case number): kind, direction, author,
relationship, date received, language, pages, description (``import_columns``; Russian and
Ukrainian headers too, and Russian or Ukrainian words for kind and direction:
``import_values``). Items are
checked and logged by ``correspondence.clean_item`` / ``log_item``, the rules of the logging
form, so an imported item is one logged by hand: status *logged*, its first history row.
An author whose name is one of the case's contacts is linked to that contact.

As with persons, :func:`run_item_import` writes in one transaction: all valid rows or none.
A row naming an item the case already has (the same kind, direction, date, author and
description), or one given twice in the file, is imported all the same (two letters alike
may be two letters) with a warning: the same file imported twice, or a case's export imported
back, would otherwise have doubled every letter without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Contact
from ombuds_desk.services.cases.persons import find_by_case_number
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.phrases import problem_phrase
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import import_values
from ombuds_desk.services.lists.import_columns import (
    ITEM_ALIASES,
    ITEM_COLUMNS,
    ITEM_EXTRA_COLUMNS,
    ROW_NUMBER_HEADERS,
)
from ombuds_desk.services.lists.import_headers import match_headers
from ombuds_desk.services.lists.import_plan import TablePlan, each_row, header_of, row_cells
from ombuds_desk.services.lists.plurals import ImportProblemsPlurals
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table
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
    warnings: list[ImportProblem] = field(default_factory=list)


@dataclass
class ItemImportPlan(TablePlan[ItemRowPlan]):
    @property
    def warnings(self) -> list[ImportProblem]:
        """What stops nothing, of the rows that would be imported: items already on record."""
        return sorted(w for r in self.rows if not r.problems for w in r.warnings)


# An item as the import compares it: kind, direction, date, author, description.
_Key = tuple[Any, ...]


class _Known:
    """The items each case already has, read once a case; and the rows of the file so far."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.on_record: dict[int, dict[_Key, date | None]] = {}
        self.in_file: dict[tuple[int, _Key], int] = {}

    def of(self, person_id: int) -> dict[_Key, date | None]:
        if person_id not in self.on_record:
            items = self.session.execute(
                sa_select(
                    col(CorrespondenceItem.kind),
                    col(CorrespondenceItem.direction),
                    col(CorrespondenceItem.received_on),
                    col(CorrespondenceItem.author_name),
                    col(CorrespondenceItem.description),
                    col(CorrespondenceItem.logged_at),
                ).where(col(CorrespondenceItem.person_id) == person_id)
            ).all()
            self.on_record[person_id] = {
                _key(kind, direction, on, author, text): logged.date() if logged else None
                for kind, direction, on, author, text, logged in items
            }
        return self.on_record[person_id]


def _key(kind: Any, direction: Any, on: Any, author: Any, text: Any) -> _Key:
    def word(value: Any) -> str:
        return " ".join(str(value or "").casefold().split())

    return (str(kind), str(direction), on, word(author), word(text))


def _already(plan: ItemRowPlan, header: str, values: dict[str, Any], known: _Known) -> None:
    """Warn of an item the case has on record, or the file has on an earlier line."""
    assert plan.person_id is not None
    key = _key(
        values.get("kind"),
        values.get("direction"),
        values.get("received_on"),
        values.get("author_name"),
        values.get("description"),
    )
    on_record = known.of(plan.person_id)
    earlier = known.in_file.setdefault((plan.person_id, key), plan.line)
    if key in on_record:
        logged = on_record[key]
        message = problem_phrase(
            QT_TRANSLATE_NOOP(
                "ImportProblems",
                "case {number} already has this item (logged on {logged}): importing the row "
                "logs it a second time; leave the row out if it is the same one",
            ),
            number=plan.case_number,
            logged=f"{logged:%d.%m.%Y}" if logged else "?",
        )
    elif earlier != plan.line:
        message = problem_phrase(
            QT_TRANSLATE_NOOP(
                "ImportProblems",
                "the same item as on line {line}: both are logged; leave one out if they are "
                "the same",
            ),
            line=earlier,
        )
    else:
        return
    plan.warnings.append(ImportProblem(plan.line, header, message))


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
    known: _Known,
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
        values = clean_item(session, plan.person_id, plan.raw, today)
    except ValidationError as exc:
        for name, message in exc.fields.items():
            problem(_COLUMN_OF.get(name, name), message)
    else:
        if not plan.problems:
            _already(plan, header_of(table, columns, "case_number"), values, known)
    return plan


def _plan(
    session: Session,
    table: Table,
    today: date,
    progress: Progress | None,
    is_cancelled: Cancelled | None,
) -> ItemImportPlan:
    columns, header_problems = match_headers(
        table, ITEM_COLUMNS, ITEM_ALIASES, ignored=(*ITEM_EXTRA_COLUMNS, *ROW_NUMBER_HEADERS)
    )
    cases: dict[str, int | None] = {}
    known = _Known(session)
    rows = [
        _plan_row(session, table, columns, row, today, cases, known)
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
