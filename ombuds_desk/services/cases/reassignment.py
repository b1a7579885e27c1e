"""Handing cases to another caseworker, one or many at once, with a reason.

A reassignment is a supervisor's (``Action.ASSIGN_CASE``). Each case handed over gets a
``CaseAssignment`` (from whom, to whom, by whom, why), which the audit trail records with the
case, the case sheet prints and the new caseworker's My work page lists. A review that
reassigns a case records the same through :func:`hand_over`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.collation import sort_key
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.people import CaseAssignment, Person
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.permissions import Action, require

# Who can hold a case: the staff who do casework (an admin runs the office's system).
CASE_HOLDERS = (Role.CASEWORKER, Role.SUPERVISOR)
MAX_REASON = 500


@dataclass(frozen=True)
class Reassigned:
    """What a reassignment did: the cases moved (and from whom, for undo), those that were
    already with the new caseworker."""

    to_user_id: int
    to_name: str
    moved: list[tuple[int, int | None]]  # (person id, previous caseworker's id)
    already_theirs: list[int]

    @property
    def count(self) -> int:
        return len(self.moved)


def case_holders(session: Session) -> list[User]:
    """The active staff who can take a case: caseworkers first, then supervisors, by name."""
    users = session.exec(
        select(User).where(
            col(User.active).is_(True), col(User.role).in_([r.value for r in CASE_HOLDERS])
        )
    ).all()
    return sorted(users, key=lambda u: (u.role.rank, sort_key(u.full_name)))


def check_holder(session: Session, user_id: int | None, field: str) -> User:
    """The active member of staff ``user_id`` who can hold a case; a ValidationError on
    ``field`` otherwise."""
    if user_id is None:
        raise ValidationError(
            "", {field: translate("Problems", "choose the caseworker who takes the case")}
        )
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError("", {field: translate("Problems", "no such member of staff")})
    if not user.active:
        raise ValidationError(
            "",
            {
                field: translate("Problems", "{name} no longer works here").format(
                    name=user.full_name
                )
            },
        )
    if user.role not in CASE_HOLDERS:
        raise ValidationError(
            "",
            {
                field: translate("Problems", "{name} is an administrator, not a caseworker").format(
                    name=user.full_name
                )
            },
        )
    return user


def hand_over(
    session: Session, actor: User, person: Person, to_user_id: int, reason: str
) -> CaseAssignment:
    """Move one case to ``to_user_id`` and record it (a step of a checked service)."""
    assignment = CaseAssignment(
        person_id=person.id or 0,
        from_user_id=person.assigned_to_id,
        to_user_id=to_user_id,
        reason=reason,
        assigned_by_id=actor.id,
    )
    session.add(assignment)
    person.assigned_to_id = to_user_id
    person.version += 1
    session.add(person)
    return assignment


def reassign_cases(
    session: Session,
    actor: User,
    person_ids: Sequence[int],
    to_user_id: int | None,
    reason: str,
) -> Reassigned:
    """Hand the cases ``person_ids`` to an active caseworker, with a reason. Cases already
    theirs are left as they are (and said so); none at all to move is refused."""
    require(actor, Action.ASSIGN_CASE)
    problems: dict[str, str] = {}
    text = (reason or "").strip()
    if not text:
        problems["reason"] = translate(
            "Problems", "say why the cases change hands (the new caseworker reads it)"
        )
    elif len(text) > MAX_REASON:
        problems["reason"] = translate("Problems", "keep it under {most} characters").format(
            most=MAX_REASON
        )
    if not person_ids:
        problems["cases"] = translate("Problems", "choose at least one case")
    try:
        user = check_holder(session, to_user_id, "to_user")
    except ValidationError as refused:
        problems.update(refused.fields)
        user = None
    if problems or user is None:
        raise ValidationError("", problems)
    moved: list[tuple[int, int | None]] = []
    already: list[int] = []
    for person_id in dict.fromkeys(person_ids):  # each once, in the order given
        person = get_person(session, person_id, for_update=True)
        if person.assigned_to_id == user.id:
            already.append(person_id)
            continue
        moved.append((person_id, person.assigned_to_id))
        hand_over(session, actor, person, int(user.id or 0), text)
    if not moved:
        already_theirs = translate("Problems", "every case chosen is already {name}'s")
        raise ValidationError("", {"to_user": already_theirs.format(name=user.full_name)})
    session.flush()
    return Reassigned(int(user.id or 0), user.full_name, moved, already)


def undo_reassignment(session: Session, actor: User, done: Reassigned) -> int:
    """Give each case moved by ``done`` back to its previous caseworker (recorded like any
    reassignment); a case moved on since is left alone. Returns how many went back."""
    require(actor, Action.ASSIGN_CASE)
    back = 0
    for person_id, previous in done.moved:
        person = session.get(Person, person_id, with_for_update=True)
        if person is None or person.assigned_to_id != done.to_user_id:
            continue
        session.add(
            CaseAssignment(
                person_id=person_id,
                from_user_id=person.assigned_to_id,
                to_user_id=previous,
                reason="Reassignment undone",
                assigned_by_id=actor.id,
            )
        )
        person.assigned_to_id = previous
        person.version += 1
        session.add(person)
        back += 1
    session.flush()
    return back
