"""Checking the audit trail: is every entry still as it was written, none removed, none
slipped in?

The chain (``domain/audit_chain.py``) shows an altered entry (its hash no longer matches),
a removed or inserted one (the next entry's link or number breaks) and removed newest
entries as far as the head row still remembers them. Someone who also rewrites the head row
is caught by the head each backup recorded outside the database (its manifest): the entry
of that number must still be there with that hash. Entries redacted when a case was
anonymised are accepted as their ``anonymise`` entry declared them
(``services/cases/audit_redaction.py``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from ombuds_desk.domain.accounts import AuditEntry, AuditHead
from ombuds_desk.domain.audit_chain import GENESIS, entry_hash
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.messages import Said


@dataclass(frozen=True)
class KnownHead:
    """A head of the chain recorded elsewhere (a backup's manifest): entries and last hash."""

    entries: int
    head_hash: str
    where: str  # "the backup of 01.12.2026 03:00 (path)"


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_hash: str
    problem: str | None = None  # None: the chain is intact; English, as it is kept
    first_bad_id: int | None = None
    checked_against: str | None = None
    shown_problem: str | None = None  # the problem in the reader's language

    @property
    def intact(self) -> bool:
        return self.problem is None

    @property
    def problem_text(self) -> str:
        """The problem as the reader reads it (empty when intact)."""
        return self.shown_problem or self.problem or ""


C = "AuditVerify"


def declared_redactions(session: Session) -> dict[int, str]:
    """Entries redacted when a case was anonymised (``services/cases/audit_redaction.py``):
    entry number → the SHA-256 of its JSON as redacted, as the ``anonymise`` entries say.
    Those entries are checked in the walk like any other, so what they declare holds only
    if the whole chain verifies."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    declared: dict[int, str] = {}
    rows = session.connection().execute(
        select(table.c.id, table.c.changes).where(table.c.action == AuditAction.ANONYMISE.value)
    )
    for declaring_id, changes in rows:
        try:
            listed = json.loads(changes).get("redacted_entries") or {}
        except (ValueError, AttributeError):
            continue  # not what an anonymisation writes: its hash check reports it
        # Only entries before the declaration: a redaction names what was already there.
        declared.update({int(k): str(v) for k, v in listed.items() if int(k) < declaring_id})
    return declared


def verify_chain(session: Session, known: KnownHead | None = None) -> ChainReport:
    """Walk the whole trail in order; the first problem found is reported. An entry redacted
    by an anonymisation is accepted with its stored hash when its JSON is exactly what a
    later ``anonymise`` entry declared (the next entry's link still covers that hash)."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    redactions = declared_redactions(session)
    rows = session.connection().execute(select(table).order_by(table.c.id)).yield_per(5000)
    previous, count = GENESIS, 0
    for row in rows:
        count += 1
        if row.id != count:
            if row.id > count:
                missing = QT_TRANSLATE_NOOP("AuditVerify", "entry {number} is missing: removed")
                return _broken(count - 1, previous, Said(missing, C, number=count), count)
            twice = QT_TRANSLATE_NOOP("AuditVerify", "entry {number} appears twice")
            return _broken(count - 1, previous, Said(twice, C, number=row.id), row.id)
        if row.prev_hash != previous:
            inserted = QT_TRANSLATE_NOOP(
                "AuditVerify",
                "entry {number} does not follow entry {before}: "
                "an entry was inserted or removed before it",
            )
            said = Said(inserted, C, number=row.id, before=row.id - 1)
            return _broken(count - 1, previous, said, row.id)
        digest = entry_hash(
            previous,
            row.id,
            row.at,
            row.user_id,
            row.action,
            row.entity,
            row.entity_id,
            row.changes,
        )
        if digest != row.hash:
            declared = redactions.get(row.id)
            if declared is None or declared != hashlib.sha256(row.changes.encode()).hexdigest():
                altered = QT_TRANSLATE_NOOP("AuditVerify", "entry {number} was altered")
                return _broken(count - 1, previous, Said(altered, C, number=row.id), row.id)
            digest = row.hash  # redacted as declared: the chain goes on from its hash
        previous = digest
    head = session.get(AuditHead, 1)
    head_id, head_hash = (head.last_id, head.last_hash) if head else (0, GENESIS)
    if (head_id, head_hash) != (count, previous):
        if head_id > count:
            removed = QT_TRANSLATE_NOOP(
                "AuditVerify", "entries {first} to {last} were removed (the newest ones)"
            )
            problem = Said(removed, C, first=count + 1, last=head_id)
        else:
            rewritten = QT_TRANSLATE_NOOP(
                "AuditVerify",
                "the chain's head row does not match entry {number}: it was rewritten",
            )
            problem = Said(rewritten, C, number=count)
        return _broken(count, previous, problem, count + 1)
    if known is not None:
        differs = _against(session, known, count)
        if differs is not None:
            return _broken(count, previous, differs, min(known.entries, count + 1), known.where)
        return ChainReport(count, previous, checked_against=known.where)
    return ChainReport(count, previous)


def _against(session: Session, known: KnownHead, count: int) -> Said | None:
    if known.entries > count:
        removed = QT_TRANSLATE_NOOP(
            "AuditVerify",
            "entries {first} to {last} were removed: {where} recorded {recorded} entries, "
            "the database now holds {now}",
        )
        return Said(
            removed,
            C,
            first=count + 1,
            last=known.entries,
            where=known.where,
            recorded=f"{known.entries:,}",
            now=f"{count:,}",
        )
    if known.entries == 0:
        return None
    entry = session.get(AuditEntry, known.entries)
    if entry is None or entry.hash != known.head_hash:
        differs = QT_TRANSLATE_NOOP(
            "AuditVerify", "entry {number} differs from {where}: the trail was rewritten"
        )
        return Said(differs, C, number=known.entries, where=known.where)
    return None


def _broken(
    entries: int, head_hash: str, problem: Said, first_bad: int, against: str | None = None
) -> ChainReport:
    return ChainReport(
        entries, head_hash, problem.english, first_bad, against, shown_problem=problem.shown
    )


def head_of(session: Session) -> tuple[int, str]:
    """The chain's head as the head row says: (entries, last hash)."""
    head = session.get(AuditHead, 1)
    return (head.last_id, head.last_hash) if head else (0, GENESIS)
