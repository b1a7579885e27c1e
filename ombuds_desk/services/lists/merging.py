"""Merging two cases of one person: everything of the dropped case moves to the kept one.

Contacts, correspondence items, parcels, status events, notes, reviews and operation
memberships all move (each move is in the audit trail). Fields the kept case leaves empty
are filled from the dropped one; values that differ are written into a note on the kept
case, so nothing typed is lost. The merge itself is a *correction* in the status history
("Merged case X into Y"), and the dropped person is deleted (its full record stays in the
audit trail). Only a supervisor may merge.

:data:`MOVED` names every table that refers to a person; a test checks the schema against
it, so a new table cannot be forgotten here.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, SQLModel, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import StatusEventKind
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.operations import OperationMember
from ombuds_desk.domain.people import (
    CaseAssignment,
    CaseNote,
    CaseReview,
    Contact,
    Person,
    PersonNameKey,
    StatusEvent,
)
from ombuds_desk.domain.person_rules import LATIN_FIELDS
from ombuds_desk.services.cases.persons import (
    EDITABLE_FIELDS,
    derived_fields,
    get_person,
    replace_search_keys,
)
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version

MOVED: tuple[type[SQLModel], ...] = (
    Contact,
    CorrespondenceItem,
    Parcel,
    StatusEvent,
    CaseNote,
    CaseReview,
    CaseAssignment,
    OperationMember,
)
# Rebuilt for the kept person, not moved.
DERIVED: tuple[type[SQLModel], ...] = (PersonNameKey,)


def _move_rows(session: Session, keep: Person, drop: Person) -> None:
    for model in MOVED:
        if model is OperationMember:
            continue
        rows = session.exec(select(model).where(model.person_id == drop.id)).all()  # type: ignore[attr-defined]
        for row in rows:
            row.person_id = keep.id
            session.add(row)
    kept_ops = set(
        session.exec(
            select(OperationMember.operation_id).where(OperationMember.person_id == keep.id)
        ).all()
    )
    members = session.exec(select(OperationMember).where(OperationMember.person_id == drop.id))
    for member in members.all():
        if member.operation_id not in kept_ops:
            session.add(
                OperationMember(
                    operation_id=member.operation_id,
                    person_id=keep.id,  # type: ignore[arg-type]
                    added_at=member.added_at,
                )
            )
        session.delete(member)


def _fill_fields(keep: Person, drop: Person) -> list[str]:
    """Fill the kept case's empty fields from the dropped one; list the values that differ."""
    differing: list[str] = []
    latin = set(LATIN_FIELDS.values())
    for name in EDITABLE_FIELDS:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if name in latin or theirs in (None, "") or mine == theirs:
            continue
        if mine in (None, ""):
            setattr(keep, name, theirs)
            if name in LATIN_FIELDS:
                setattr(keep, LATIN_FIELDS[name], getattr(drop, LATIN_FIELDS[name]))
        else:
            differing.append(f"{name.replace('_', ' ')}: {getattr(theirs, 'value', theirs)}")
    if drop.blocked and not keep.blocked:
        differing.append(f"was blocked: {drop.blocked_reason}")
    if drop.status is not keep.status:
        differing.append(f"status: {drop.status.label} since {drop.status_since:%d.%m.%Y}")
    return differing


def merge_persons(
    session: Session,
    actor: User,
    keep_id: int,
    drop_id: int,
    *,
    today: date,
    expected_versions: tuple[int, int] | None = None,
) -> Person:
    """Merge case ``drop_id`` into case ``keep_id`` and delete it; returns the kept person."""
    require(actor, Action.MERGE_CASES)
    if keep_id == drop_id:
        raise ValidationError(translate("MergeDialog", "A case cannot be merged into itself."))
    keep = get_person(session, keep_id, for_update=True)
    drop = get_person(session, drop_id, for_update=True)
    if keep.category is not drop.category:
        raise ValidationError(
            translate(
                "MergeDialog",
                "{dropped} is in the category “{dropped_category}” and {kept} in “{kept_category}”; "
                "only cases of one category can be merged.",
            ).format(
                dropped=drop.case_number,
                dropped_category=drop.category.label,
                kept=keep.case_number,
                kept_category=keep.category.label,
            )
        )
    check_version(keep, expected_versions[0] if expected_versions else None, keep.case_number)
    check_version(drop, expected_versions[1] if expected_versions else None, drop.case_number)
    _move_rows(session, keep, drop)
    differing = _fill_fields(keep, drop)
    if drop.assigned_to_id is not None and keep.assigned_to_id is None:
        keep.assigned_to_id = drop.assigned_to_id
    values = {name: getattr(keep, name) for name in EDITABLE_FIELDS}
    for name, value in derived_fields(values).items():
        setattr(keep, name, value)
    merged = f"Merged case {drop.case_number} into {keep.case_number}"
    if differing:
        session.add(
            CaseNote(
                person_id=keep_id,
                text=f"{merged}. Its other values: " + "; ".join(differing),
                author_id=actor.id,
            )
        )
    session.add(
        StatusEvent(
            person_id=keep_id,
            kind=StatusEventKind.CORRECTION,
            from_status=keep.status,
            to_status=keep.status,
            effective_on=today,
            reason=merged,
            recorded_by_id=actor.id,
        )
    )
    keep.updated_at = utcnow()
    session.add(keep)
    session.flush()
    session.delete(drop)
    session.flush()
    replace_search_keys(session, keep)
    session.flush()
    return keep
