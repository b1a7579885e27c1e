"""Exchanges of captives and group returns of evacuees.

An operation lists persons; completing it makes every one of them repatriated (captives)
or returned (evacuees) on its date, in one transaction. If any one of them cannot be
completed, nothing changes and the message names them all. A supervisor may cancel a planned
operation and reopen a cancelled one (its persons are kept), both on the audit trail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import Category, OperationKind, OperationStatus
from ombuds_desk.domain.errors import NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.operations import Operation, OperationMember
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.person_rules import clean_text
from ombuds_desk.domain.status_rules import is_final
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version

CATEGORY_OF = {
    OperationKind.EXCHANGE: Category.CAPTIVE,
    OperationKind.GROUP_RETURN: Category.EVACUEE,
}
_CASE_NUMBER = re.compile(r"\b(?:CAP|EVA)-\d{4}-\d{5}\b", re.IGNORECASE)


@dataclass(frozen=True)
class AddResult:
    added: list[str]
    already_in: list[str]
    unknown: list[str]


def create_operation(
    session: Session,
    actor: User,
    *,
    name: str,
    kind: OperationKind,
    planned_on: date,
    facilitated_by: str | None = None,
    notes: str | None = None,
) -> Operation:
    require(actor, Action.PLAN_OPERATIONS)
    title = clean_text(name)
    if not title:
        raise ValidationError("", {"name": translate("Operations", "is required")})
    operation = Operation(
        name=title,
        kind=kind,
        planned_on=planned_on,
        facilitated_by=clean_text(facilitated_by),
        notes=clean_text(notes),
    )
    session.add(operation)
    session.flush()
    return operation


def get_operation(session: Session, operation_id: int, *, for_update: bool = False) -> Operation:
    operation = session.get(Operation, operation_id, with_for_update=for_update or None)
    if operation is None:
        raise NotFoundError(
            translate("Operations", "No operation with id {id}.").format(id=operation_id)
        )
    return operation


def list_operations(session: Session) -> list[Operation]:
    return list(session.exec(select(Operation).order_by(col(Operation.planned_on).desc())))


def members(session: Session, operation_id: int) -> list[Person]:
    return list(
        session.exec(
            select(Person)
            .join(OperationMember, col(OperationMember.person_id) == Person.id)
            .where(OperationMember.operation_id == operation_id)
            .order_by(col(Person.sort_name))
        )
    )


def case_numbers_in(text: str) -> list[str]:
    """Case numbers found in pasted or scanned text, in order, without repeats."""
    return list(dict.fromkeys(m.upper() for m in _CASE_NUMBER.findall(text)))


def _is(operation: Operation) -> str:
    """ "Operation “…” is cancelled." """
    return translate("Operations", "Operation “{name}” is {status}.").format(
        name=operation.name, status=operation.status.label.lower()
    )


def _check_can_join(operation: Operation, person: Person) -> str | None:
    expected = CATEGORY_OF[operation.kind]
    if person.category is not expected:
        return translate(
            "Operations", "{number} is a {category}; an {operation} takes {expected}s"
        ).format(
            number=person.case_number,
            category=person.category.label.lower(),
            operation=operation.kind.label.lower(),
            expected=expected.label.lower(),
        )
    if is_final(person.status):
        return translate("Operations", "{number} is already {status}").format(
            number=person.case_number, status=person.status.label.lower()
        )
    return None


def add_persons(
    session: Session,
    actor: User,
    operation_id: int,
    *,
    person_ids: Iterable[int] = (),
    case_numbers: Iterable[str] = (),
) -> AddResult:
    """Add persons by id or case number; refuses the lot if any cannot take part."""
    require(actor, Action.PLAN_OPERATIONS)
    operation = get_operation(session, operation_id, for_update=True)
    if operation.status is not OperationStatus.PLANNED:
        raise TransitionError(_is(operation))
    wanted: list[Person] = []
    unknown: list[str] = []
    for number in dict.fromkeys(n.strip().upper() for n in case_numbers if n.strip()):
        person = session.exec(select(Person).where(Person.case_number == number)).first()
        if person is None:
            unknown.append(number)
        else:
            wanted.append(person)
    for person_id in person_ids:
        person = session.get(Person, person_id)
        if person is None:
            unknown.append(translate("Operations", "id {id}").format(id=person_id))
        else:
            wanted.append(person)
    problems = [p for p in (_check_can_join(operation, person) for person in wanted) if p]
    if problems:
        raise TransitionError(
            translate("Operations", "Nobody was added: {problems}.").format(
                problems="; ".join(problems)
            )
        )
    present = set(
        session.exec(
            select(OperationMember.person_id).where(OperationMember.operation_id == operation_id)
        )
    )
    added: list[str] = []
    already: list[str] = []
    for person in {p.id: p for p in wanted}.values():
        if person.id in present:
            already.append(person.case_number)
            continue
        session.add(OperationMember(operation_id=operation_id, person_id=person.id))  # type: ignore[arg-type]
        present.add(person.id)  # type: ignore[arg-type]
        added.append(person.case_number)
    operation.version += 1
    session.add(operation)
    session.flush()
    return AddResult(added=added, already_in=already, unknown=unknown)


def remove_person(session: Session, actor: User, operation_id: int, person_id: int) -> None:
    require(actor, Action.PLAN_OPERATIONS)
    operation = get_operation(session, operation_id, for_update=True)
    if operation.status is not OperationStatus.PLANNED:
        raise TransitionError(_is(operation))
    member = session.get(OperationMember, (operation_id, person_id))
    if member is None:
        raise NotFoundError(translate("Operations", "That person is not in the operation."))
    session.delete(member)
    session.flush()


def complete_operation(
    session: Session,
    actor: User,
    operation_id: int,
    *,
    completed_on: date,
    today: date,
    expected_version: int | None = None,
) -> list[Person]:
    """Make every included person repatriated / returned on ``completed_on`` — all or none."""
    require(actor, Action.COMPLETE_OPERATION)
    operation = get_operation(session, operation_id, for_update=True)
    if operation.status is not OperationStatus.PLANNED:
        raise TransitionError(
            translate("Operations", "Operation “{name}” is already {status}.").format(
                name=operation.name, status=operation.status.label.lower()
            )
        )
    if completed_on > today:
        raise ValidationError("", {"completed_on": translate("Operations", "is in the future")})
    people = members(session, operation_id)
    if not people:
        raise TransitionError(
            translate("Operations", "Operation “{name}” has nobody in it.").format(
                name=operation.name
            )
        )
    problems = [p for p in (_check_can_join(operation, person) for person in people) if p]
    problems += [
        translate("Operations", "{number}'s current status began after {date}").format(
            number=p.case_number, date=f"{completed_on:%d.%m.%Y}"
        )
        for p in people
        if p.status_since > completed_on
    ]
    if problems:
        raise TransitionError(
            translate(
                "Operations",
                "Operation “{name}” was not completed and nothing changed: {problems}. Remove "
                "these persons or correct their cases first.",
            ).format(name=operation.name, problems="; ".join(problems))
        )
    check_version(
        operation,
        expected_version,
        translate("Operations", "Operation “{name}”").format(name=operation.name),
    )
    for person in people:
        locked = session.get(Person, person.id, with_for_update=True)
        assert locked is not None and operation.id is not None
        case_status.complete_by_operation(
            session,
            actor,
            locked,
            operation_id=operation.id,
            operation_name=operation.name,
            effective_on=completed_on,
        )
    operation.status = OperationStatus.COMPLETED
    operation.completed_at = utcnow()
    session.add(operation)
    session.flush()
    return people


def cancel_operation(
    session: Session, actor: User, operation_id: int, *, expected_version: int | None = None
) -> Operation:
    """A planned operation will not take place; nobody's status changes, its persons stay."""
    require(actor, Action.CANCEL_OPERATION)
    operation = get_operation(session, operation_id, for_update=True)
    if operation.status is not OperationStatus.PLANNED:
        raise TransitionError(_is(operation))
    check_version(
        operation,
        expected_version,
        translate("Operations", "Operation “{name}”").format(name=operation.name),
    )
    operation.status = OperationStatus.CANCELLED
    session.add(operation)
    session.flush()
    return operation


def reopen_operation(
    session: Session, actor: User, operation_id: int, *, expected_version: int | None = None
) -> Operation:
    """A cancelled operation is planned again, with the persons it had."""
    require(actor, Action.CANCEL_OPERATION)
    operation = get_operation(session, operation_id, for_update=True)
    if operation.status is not OperationStatus.CANCELLED:
        raise TransitionError(
            translate(
                "Operations",
                "Operation “{name}” is {status}; only a cancelled operation can be reopened.",
            ).format(name=operation.name, status=operation.status.label.lower())
        )
    check_version(
        operation,
        expected_version,
        translate("Operations", "Operation “{name}”").format(name=operation.name),
    )
    operation.status = OperationStatus.PLANNED
    session.add(operation)
    session.flush()
    return operation
