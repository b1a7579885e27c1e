"""Exporting the audit trail (an admin's): the entries a filter lets through, in words, to
CSV or XLSX through the list exports' writer; the export itself is then recorded.

The window writes the file off the GUI thread in a read (:func:`write_trail`) and records
it afterwards in a short change (:func:`record_trail_export`), so a long export never holds
the database's write lock; :func:`export_trail` does both in one session for the command
line and scripts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.audit_labels import entity_word, kind_word
from ombuds_desk.services.core.audit_trail import TrailFilter, browse_ids, browse_rows
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.lists.export import ENCRYPTED, exported_path, write_table

BATCH = 500
TRAIL_HEADERS = ("Entry", "When", "Who", "Kind", "Record", "What", "Every field")


def filter_words(session: Session, filt: TrailFilter) -> str:
    """The filter as the export's entry records it (``by Олег Бондар; kind: Changed``)."""
    parts = []
    if filt.by_app:
        parts.append("by the app itself")
    elif filt.user_id is not None:
        user = session.get(User, filt.user_id)
        parts.append(f"by {user.full_name if user else f'user no. {filt.user_id}'}")
    if filt.action is not None:
        parts.append(f"kind: {kind_word(filt.action)}")
    if filt.entity:
        parts.append(f"record: {entity_word(filt.entity)}")
    if filt.since is not None:
        parts.append(f"from {filt.since:%d.%m.%Y}")
    if filt.until is not None:
        parts.append(f"to {filt.until:%d.%m.%Y}")
    if filt.text.strip():
        parts.append(f"text: {filt.text.strip()}")
    return "; ".join(parts) or "the whole trail"


def _rows(
    session: Session,
    actor: User,
    ids: list[int],
    progress: Progress | None,
    is_cancelled: Cancelled | None,
) -> Iterator[list[Any]]:
    for start in range(0, len(ids), BATCH):
        check_cancelled(is_cancelled)
        chunk = ids[start : start + BATCH]
        rows = browse_rows(session, actor, chunk)
        for entry_id in chunk:
            row = rows[entry_id]
            # Local time without its zone: a spreadsheet cell holds no zone.
            when = row.at.astimezone().replace(tzinfo=None, microsecond=0)
            yield [row.id, when, row.who, kind_word(row.kind), row.record, row.what, row.detail]
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))


def write_trail(
    session: Session,
    actor: User,
    path: str | Path,
    filt: TrailFilter,
    *,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    password: str | None = None,
) -> int:
    """Write the entries ``filt`` lets through, newest first; returns how many. With
    ``password``, into an encrypted archive ``path.zip``. (Recording the export is
    :func:`record_trail_export`'s.)"""
    require(actor, Action.VIEW_AUDIT_TRAIL)
    ids = browse_ids(session, actor, filt)
    write_table(
        path,
        TRAIL_HEADERS,
        _rows(session, actor, ids, progress, is_cancelled),
        title="Audit trail",
        password=password,
    )
    return len(ids)


def record_trail_export(
    session: Session,
    actor: User,
    path: str | Path,
    filt: TrailFilter,
    count: int,
    *,
    encrypted: bool = False,
) -> None:
    """The trail's own entry saying who exported which entries where."""
    require(actor, Action.VIEW_AUDIT_TRAIL)
    details: dict[str, Any] = {
        "export": "audit trail",
        "file": str(path),
        "rows": count,
        "filter": filter_words(session, filt),
    }
    if encrypted:
        details["encrypted"] = ENCRYPTED
    audit.record(session, actor.id, AuditAction.EXPORT, "audit_entry", None, details)


def export_trail(
    session: Session,
    actor: User,
    path: str | Path,
    filt: TrailFilter,
    *,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    password: str | None = None,
) -> int:
    """Write the entries and record the export, in ``session``'s transaction."""
    count = write_trail(
        session,
        actor,
        path,
        filt,
        progress=progress,
        is_cancelled=is_cancelled,
        password=password,
    )
    written = exported_path(path, password)
    record_trail_export(session, actor, written, filt, count, encrypted=password is not None)
    return count
