"""The archive of closed cases before they are anonymised: everything the office held about
them, in an AES-encrypted ZIP with a password (never without one).

The archive holds CSV files (formulas neutralised, as every export): ``persons.csv`` in the
columns the person import reads, ``relatives.csv``, ``notes.csv``, ``status_history.csv``
and ``items.csv``, and a ``README.txt`` saying what it is. Writing it is a disclosure of
personal data: one EXPORT entry per case in the audit trail, naming the archive and what it
holds (never the password).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import CaseNote, Contact, Person, StatusEvent
from ombuds_desk.services.cases.retention import due_cases
from ombuds_desk.services.core.disclosures import record_disclosure
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.archives import (
    archive_path,
    check_archive_password,
    write_encrypted,
)
from ombuds_desk.services.lists.export import ENCRYPTED, person_row, table_bytes
from ombuds_desk.services.lists.import_columns import PERSON_COLUMNS
from ombuds_desk.store.database import Database

CONTACT_COLUMNS = (
    "case_number",
    "family_name",
    "given_name",
    "patronymic",
    "relationship",
    "phone",
    "email",
    "address",
    "consent",
    "notes",
)
NOTE_COLUMNS = ("case_number", "written_at", "text")
HISTORY_COLUMNS = (
    "case_number",
    "kind",
    "from_status",
    "to_status",
    "effective_on",
    "reason",
    "blocked_reason",
)
ITEM_COLUMNS = (
    "case_number",
    "kind",
    "direction",
    "author_name",
    "author_relationship",
    "received_on",
    "pages",
    "description",
    "status",
    "status_on",
)


def _value(value: Any) -> Any:
    return getattr(value, "value", value)


def archive_members(session: Session, person_ids: Sequence[int], today: date) -> dict[str, bytes]:
    """The archive's files for the cases ``person_ids``, in case-number order."""
    persons = session.exec(
        select(Person).where(col(Person.id).in_(person_ids)).order_by(col(Person.case_number))
    ).all()
    number: dict[int, str] = {int(p.id or 0): p.case_number for p in persons}
    latest = (
        select(func.max(CaseNote.id))
        .where(col(CaseNote.person_id).in_(person_ids))
        .group_by(col(CaseNote.person_id))
    )
    last_notes = dict(
        session.exec(
            select(CaseNote.person_id, CaseNote.text).where(col(CaseNote.id).in_(latest))
        ).all()
    )
    contacts = session.exec(
        select(Contact).where(col(Contact.person_id).in_(person_ids)).order_by(col(Contact.id))
    ).all()
    notes = session.exec(
        select(CaseNote).where(col(CaseNote.person_id).in_(person_ids)).order_by(col(CaseNote.id))
    ).all()
    history = session.exec(
        select(StatusEvent)
        .where(col(StatusEvent.person_id).in_(person_ids))
        .order_by(col(StatusEvent.id))
    ).all()
    items = session.exec(
        select(CorrespondenceItem)
        .where(col(CorrespondenceItem.person_id).in_(person_ids))
        .order_by(col(CorrespondenceItem.id))
    ).all()
    readme = (
        f"Closed cases archived by Ombuds Desk on {today:%d.%m.%Y} before anonymising them "
        f"at the end of their retention period: {len(persons)} case(s).\n"
        "persons.csv imports back with `ombuds-desk import persons`.\n"
    )
    return {
        "README.txt": readme.encode("utf-8"),
        "persons.csv": table_bytes(
            "persons.csv",
            PERSON_COLUMNS,
            (person_row(p, None, last_notes.get(int(p.id or 0))) for p in persons),
            title="Persons",
        ),
        "relatives.csv": _case_table("relatives.csv", CONTACT_COLUMNS, contacts, number),
        "notes.csv": table_bytes(
            "notes.csv",
            NOTE_COLUMNS,
            ([number[n.person_id], n.created_at, n.text] for n in notes),
            title="Notes",
        ),
        "status_history.csv": _case_table("status_history.csv", HISTORY_COLUMNS, history, number),
        "items.csv": _case_table("items.csv", ITEM_COLUMNS, items, number),
    }


def _case_table(
    name: str, columns: Sequence[str], records: Sequence[Any], number: dict[int, str]
) -> bytes:
    """A table of ``records`` of the cases: the case number first, then ``columns[1:]``
    read from each record by name."""
    title = name.removesuffix(".csv").replace("_", " ").capitalize()
    rows = ([number[r.person_id], *(_value(getattr(r, k)) for k in columns[1:])] for r in records)
    return table_bytes(name, columns, rows, title=title)


def export_due_cases(
    session: Session,
    actor: User,
    person_ids: Sequence[int],
    path: str | Path,
    password: str,
    *,
    today: date,
    via: str,
) -> Path:
    """Write the due cases ``person_ids`` into the encrypted archive ``path`` (``.zip``
    added if missing) and record the disclosure, in the caller's transaction; returns the
    archive written. Every case must be due (listed by ``due_cases``)."""
    require(actor, Action.APPLY_RETENTION)
    require(actor, Action.EXPORT_PERSONAL_DATA)
    check_archive_password(password)
    wanted = list(dict.fromkeys(person_ids))
    due = {case.person_id for case in due_cases(session, actor, today=today)}
    if not wanted or any(pid not in due for pid in wanted):
        raise ValidationError(
            translate(
                "Export",
                "Only cases due for anonymising are archived here; list them again. Nothing "
                "was written.",
            )
        )
    target = archive_path(path)
    members = archive_members(session, wanted, today)
    details = {
        "export": "retention archive",
        "file": target.name,
        "rows": len(wanted),
        "via": via,
        "columns": ", ".join(name for name in members if name.endswith(".csv")),
        "encrypted": ENCRYPTED,
    }
    record_disclosure(
        session, actor, Action.EXPORT_PERSONAL_DATA, AuditAction.EXPORT, "person", wanted, details
    )
    return write_encrypted(target, members, password)


def archive_due_cases(
    db: Database,
    actor: User,
    person_ids: Sequence[int],
    path: str | Path,
    password: str,
    *,
    today: date,
    via: str,
) -> Path:
    """:func:`export_due_cases` in a unit of work of its own (the window's worker thread)."""
    require(actor, Action.APPLY_RETENTION)
    with unit_of_work(db, actor) as session:
        return export_due_cases(session, actor, person_ids, path, password, today=today, via=via)
