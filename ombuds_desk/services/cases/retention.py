"""Retention: closed cases kept in full for the office's number of months, then anonymised
by a supervisor.

A case is *due* when its status is final (repatriated, returned, released, resettled,
deceased, closed) since at least ``retention_months`` (an office setting, 24 by default)
and it was not anonymised yet. Nothing happens by itself: a supervisor lists the cases due
(:func:`due_cases`), may export them first to an encrypted archive
(``services/lists/retention_archive.py``), and anonymises them
(:func:`anonymise_cases`), confirming how many.

Anonymising keeps what the office's figures count and date (category, status and its date,
the status history's kinds and dates, letters and parcels with their kinds, statuses and
dates, the case number) and removes what tells who the person or the family are: names in
every spelling, date of birth, service and ICRC numbers, places, relatives (their names,
telephones, e-mail and postal addresses: the rows go), notes, and every free text (block
notes, reasons, letter descriptions, parcel contents, review notes). The office keeps no
scans of a person (the only stored scan is a shipment's signed receipt, one for many
persons, which stays). The person's search keys go with the names.

The changes are written in SQL, not through the ORM, so that the audit trail's listener does
not write the removed values into new entries; instead one ``anonymise`` entry per case
says what was cleared and how many records were removed. The trail's earlier entries about
the case held those values too (as JSON): ``audit_redaction.redact_case_entries`` replaces
them in place, which the hash chain allows only as declared in the ``anonymise`` entry
(see ``audit_verify``). Afterwards the SQLite file is rebuilt (``store/compaction.py``) so
that the removed text is not left in free pages or the write-ahead log.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.collation import sort_key
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import AuditAction, CaseStatus, Category, Sex
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent, Parcel
from ombuds_desk.domain.people import (
    CaseAssignment,
    CaseNote,
    CaseReview,
    Contact,
    Person,
    PersonNameKey,
    StatusEvent,
)
from ombuds_desk.domain.person_rules import REQUIRED_FIELDS, TEXT_FIELDS
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.audit_redaction import redact_case_entries, removed_earlier
from ombuds_desk.services.cases.retention_rebuild import owe_rebuild, rebuild_if_owed
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.office_settings import RETENTION_MONTHS, get_int_setting
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database

# What an anonymised case is called in lists (its case number still tells it apart).
ANONYMOUS_NAME = "Anonymised"
# The person's fields cleared (None) when the case is anonymised, the required names apart:
# every text the register keeps of a person (so a text field added later is cleared too),
# the date of birth and the block's reason and note.
CLEARED_FIELDS = (
    *(field for field in TEXT_FIELDS if field not in REQUIRED_FIELDS),
    "date_of_birth",
    "birth_year",
    "blocked_reason",
    "blocked_note",
)


@dataclass(frozen=True)
class DueCase:
    """A closed case past its retention, as the supervisor's list shows it."""

    person_id: int
    case_number: str
    category: Category
    status: CaseStatus
    final_since: date
    name: str


def retention_months(session: Session) -> int:
    """The office's setting: months a closed case is kept in full."""
    return get_int_setting(session, RETENTION_MONTHS)


def months_before(day: date, months: int) -> date:
    """``day`` ``months`` calendar months earlier (31 March less one month: 28/29 February)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_cases(session: Session, actor: User, *, today: date) -> list[DueCase]:
    """The closed cases whose final status is at least the retention period old and that
    are not anonymised yet, longest closed first."""
    require(actor, Action.APPLY_RETENTION)
    cutoff = months_before(today, retention_months(session))
    rows = session.exec(
        select(Person)
        .where(
            col(Person.status).in_([s.value for s in FINAL_STATUSES]),
            col(Person.status_since) <= cutoff,
            col(Person.anonymised_at).is_(None),
        )
        .order_by(col(Person.status_since), col(Person.case_number))
    ).all()
    return [
        DueCase(int(p.id or 0), p.case_number, p.category, p.status, p.status_since, p.full_name)
        for p in rows
    ]


def _checked_due(
    session: Session, actor: User, person_ids: Sequence[int], today: date, confirmed: int
) -> list[DueCase]:
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise ValidationError(translate("Errors", "No case was chosen: nothing was anonymised."))
    if confirmed != len(wanted):
        raise ValidationError(
            translate(
                "Errors",
                "{chosen} cases were chosen but {confirmed} confirmed: nothing was "
                "anonymised. Confirm the number of cases, {chosen}, to go on.",
            ).format(chosen=len(wanted), confirmed=confirmed)
        )
    due = {case.person_id: case for case in due_cases(session, actor, today=today)}
    missing = [pid for pid in wanted if pid not in due]
    if missing:
        numbers = session.exec(select(Person.case_number).where(col(Person.id).in_(missing))).all()
        shown = ", ".join(sorted(numbers)) or ", ".join(map(str, missing))
        raise ValidationError(
            translate(
                "Errors",
                "Not due for anonymising (not closed long enough, already anonymised, or "
                "removed): {cases}. Nothing was anonymised; list the cases due again.",
            ).format(cases=shown)
        )
    return [due[pid] for pid in wanted]


def anonymise_cases(
    session: Session,
    actor: User,
    person_ids: Sequence[int],
    *,
    today: date,
    confirmed: int,
) -> int:
    """Anonymise the cases ``person_ids`` (each must be due), in the caller's transaction;
    ``confirmed`` is the number the supervisor confirmed and must equal the number of
    cases. Returns how many were anonymised. The file is not rebuilt here: the rebuild is
    marked owed in this transaction, and the caller runs ``retention_rebuild.rebuild_if_owed``
    once it is committed (the next opening does, if the caller never gets to it)."""
    require(actor, Action.APPLY_RETENTION)
    cases = _checked_due(session, actor, person_ids, today, confirmed)
    months = retention_months(session)
    removed = removed_earlier(session, [case.person_id for case in cases])
    for case in cases:
        _anonymise_one(session, actor, case, months, removed[case.person_id])
    if cases:
        owe_rebuild(session)
    return len(cases)


def _anonymise_one(
    session: Session,
    actor: User,
    case: DueCase,
    months: int,
    removed: Sequence[tuple[str, int]],
) -> None:
    pid = case.person_id
    linked = _linked_ids(session, pid)
    now = utcnow()
    execute = session.execute
    # SQL rather than the ORM: the audit listener would re-store every removed value.
    execute(
        update(Person)
        .where(col(Person.id) == pid)
        .values(
            family_name=ANONYMOUS_NAME,
            given_name="",
            sex=Sex.UNKNOWN,
            sort_name=sort_key(ANONYMOUS_NAME),
            anonymised_at=now,
            updated_at=now,
            version=Person.version + 1,
            **dict.fromkeys(CLEARED_FIELDS),
        )
        .execution_options(synchronize_session=False)
    )
    execute(delete(PersonNameKey).where(col(PersonNameKey.person_id) == pid))
    execute(
        update(CorrespondenceItem)
        .where(col(CorrespondenceItem.person_id) == pid)
        .values(author_contact_id=None, author_name=None, description=None, withheld_reason=None)
        .execution_options(synchronize_session=False)
    )
    execute(delete(Contact).where(col(Contact.person_id) == pid))
    execute(delete(CaseNote).where(col(CaseNote.person_id) == pid))
    contacts, notes = len(linked["contact"]), len(linked["case_note"])
    execute(
        update(CaseReview)
        .where(col(CaseReview.person_id) == pid)
        .values(note=None)
        .execution_options(synchronize_session=False)
    )
    execute(
        update(CaseAssignment)
        .where(col(CaseAssignment.person_id) == pid)
        .values(reason="")
        .execution_options(synchronize_session=False)
    )
    execute(
        update(StatusEvent)
        .where(col(StatusEvent.person_id) == pid)
        .values(reason=None, blocked_reason=None)
        .execution_options(synchronize_session=False)
    )
    execute(
        update(Parcel)
        .where(col(Parcel.person_id) == pid)
        .values(contents=None, status_reason=None)
        .execution_options(synchronize_session=False)
    )
    if linked["parcel"] or linked["correspondence_item"]:
        execute(
            update(MailEvent)
            .where(
                col(MailEvent.parcel_id).in_(linked["parcel"])
                | col(MailEvent.item_id).in_(linked["correspondence_item"])
            )
            .values(reason=None)
            .execution_options(synchronize_session=False)
        )
    redacted = redact_case_entries(session, pid, linked, removed)
    audit.record(
        session,
        actor.id,
        AuditAction.ANONYMISE,
        "person",
        pid,
        {
            "retention_months": months,
            "final_status": case.status.value,
            "final_since": case.final_since.isoformat(),
            "cleared": ", ".join(
                (
                    "names",
                    *CLEARED_FIELDS,
                    "free text of letters, parcels, reviews, assignments and status history",
                )
            ),
            "removed": f"{contacts} relative(s), {notes} note(s)",
            "audit_entries_redacted": len(redacted),
            "redacted_entries": redacted,
        },
    )
    session.expire_all()  # objects read earlier in this session hold the old values


def _linked_ids(session: Session, pid: int) -> dict[str, list[int]]:
    """The ids of the case's records by table, as the audit trail names them."""
    tables = {
        "contact": Contact,
        "case_note": CaseNote,
        "case_review": CaseReview,
        "case_assignment": CaseAssignment,
        "correspondence_item": CorrespondenceItem,
        "parcel": Parcel,
    }
    return {
        name: [
            int(i)
            for i in session.exec(
                select(table.id).where(table.person_id == pid)  # type: ignore[attr-defined]
            ).all()
        ]
        for name, table in tables.items()
    }


@dataclass(frozen=True)
class Anonymised:
    """What :func:`anonymise_and_compact` did: how many cases, and whether the file was
    rebuilt (False on a server, or when another connection kept its log)."""

    count: int
    compacted: bool


def anonymise_and_compact(
    db: Database,
    actor: User,
    person_ids: Sequence[int],
    *,
    today: date,
    confirmed: int,
) -> Anonymised:
    """:func:`anonymise_cases` in a unit of work of its own, then the file rebuilt so the
    removed data leaves its bytes (the window runs this on a worker thread)."""
    require(actor, Action.APPLY_RETENTION)
    with unit_of_work(db, actor) as session:
        count = anonymise_cases(session, actor, person_ids, today=today, confirmed=confirmed)
    return Anonymised(count, rebuild_if_owed(db))
