"""What left the register in a person's hands or on paper: documents printed, files
exported and cases opened, each in the audit trail.

A change is audited by the unit of work; a disclosure changes no record, so whoever hands
the data over says so here, after checking the role: :func:`record_disclosure` writes one
PRINT or EXPORT entry per record disclosed (a list of 812 persons leaves 812 entries, so
each case's trail shows every document it appeared in), and :func:`record_case_viewed` is
the access log of cases opened, as Primero keeps one. Both run inside the caller's unit of
work, so an entry is saved with the rest or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.column_types import as_utc, utcnow
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database

DISCLOSURES = frozenset({AuditAction.PRINT, AuditAction.EXPORT})
# Opening the same case again within this time is one visit, not another entry: arrowing
# back and forth through a list must not flood the trail.
VIEW_AGAIN_AFTER = timedelta(minutes=10)
PERSON = "person"


def record_disclosure(
    session: Session,
    actor: User,
    action: Action,
    kind: AuditAction,
    entity: str,
    entity_ids: Sequence[int],
    details: Mapping[str, Any],
) -> int:
    """Check that ``actor`` may do ``action`` (PRINT_DOCUMENTS, EXPORT_PERSONAL_DATA) and
    write one ``kind`` entry (PRINT or EXPORT) per record of ``entity`` ("person", "parcel",
    "shipment") in ``entity_ids``; ``details`` say which document or file and which version,
    e.g. ``{"document": "case sheet", "version": "counterpart"}`` or ``{"export":
    "persons", "file": "list.xlsx", "rows": 812}``. Returns the number of entries."""
    require(actor, action)
    if kind not in DISCLOSURES:
        raise ValueError(f"A disclosure is printed or exported, not “{kind.value}”.")
    if entity not in SQLModel.metadata.tables:
        raise ValueError(f"“{entity}” is not a table of the register.")
    if not details:
        raise ValueError("Say what was disclosed: the document or file, and its version.")
    once = list(dict.fromkeys(entity_ids))  # a record listed twice left once
    return audit.record_many(session, actor.id, kind, entity, list(once), dict(details))


def record_case_viewed(session: Session, actor: User, person_id: int) -> bool:
    """Log that ``actor`` opened the case, unless they opened it within the last ten
    minutes; returns whether an entry was written. Refused (nothing written) unless
    ``actor`` may open cases; an unknown case raises NotFoundError."""
    require(actor, Action.VIEW_CASE)
    if session.get(Person, person_id) is None:
        raise NotFoundError(
            translate(
                "Disclosures", "No case with id {id}; it may have been merged or removed."
            ).format(id=person_id)
        )
    last = session.exec(
        select(AuditEntry.at)
        .where(
            col(AuditEntry.entity) == PERSON,
            col(AuditEntry.entity_id) == person_id,
            col(AuditEntry.user_id) == actor.id,
            col(AuditEntry.action) == AuditAction.VIEW.value,
        )
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    ).first()
    if last is not None and utcnow() - as_utc(last) < VIEW_AGAIN_AFTER:
        return False
    audit.record(session, actor.id, AuditAction.VIEW, PERSON, person_id)
    return True


def log_disclosure(
    db: Database,
    actor: User,
    action: Action,
    kind: AuditAction,
    entity: str,
    entity_ids: Sequence[int],
    details: Mapping[str, Any],
) -> int:
    """:func:`record_disclosure` in a unit of work of its own (after a document was built
    on a worker thread); nothing is recorded on a read-only database, where nothing can be."""
    if db.read_only:
        return 0
    with unit_of_work(db, actor) as session:
        return record_disclosure(session, actor, action, kind, entity, entity_ids, details)


def log_case_viewed(db: Database, actor: User, person_id: int) -> bool:
    """:func:`record_case_viewed` in a unit of work of its own (the window does it on a
    worker thread when a case is shown); False on a read-only database."""
    if db.read_only:
        return False
    with unit_of_work(db, actor) as session:
        return record_case_viewed(session, actor, person_id)


def check_allowed(actor: User, action: Action) -> None:
    """Refuse before anything is built: a refused export must leave no file behind."""
    require(actor, action)
