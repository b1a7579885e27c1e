"""What needs a caseworker today, list by list, each computed in SQL.

- cases escalated to them (the latest review escalates to them and is in force);
- cases reassigned to them in the last two weeks (and still theirs);
- their cases whose next review date has come;
- their captives with no news for longer than the office's threshold;
- screened items for their cases waiting to be packed;
- their cases' parcels waiting for a seal, and packed ones waiting for a handover;
- shipments handed over longer ago than the office's setting with parcels of their cases
  not yet acknowledged.

A caseworker reads their own (:func:`my_work`); a supervisor also the whole team's, each
line with the member of staff it is for (:func:`team_work`). Every line says what to do
and where (:class:`Place`); the window opens it. What a line is: ``work_lines``; the lists
about cases: ``case_lines``; about mail: ``mail_lines``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.work import case_lines, mail_lines
from ombuds_desk.services.work.work_lines import (
    MyWorkPlurals,
    Place,
    Work,
    WorkKind,
    WorkLine,
    office_day,
)

__all__ = [
    "MyWorkPlurals",
    "Place",
    "Work",
    "WorkKind",
    "WorkLine",
    "my_work",
    "office_day",
    "own_work",
    "team_work",
]


def my_work(session: Session, actor: User, *, today: date) -> Work:
    """What needs the acting member of staff today (their own lines only)."""
    owner = int(actor.id or 0)
    return Work(_lines(session, today, [owner]), {owner: actor.full_name})


def own_work(team: Work, actor: User) -> Work:
    """The acting member of staff's own lines out of the team's (:func:`team_work`): the lines
    :func:`my_work` reads, in its order, without reading them again."""
    owner = int(actor.id or 0)
    return Work(team.of(owner), {owner: actor.full_name})


def team_work(session: Session, actor: User, *, today: date) -> Work:
    """Every member of staff's lines (and those of cases nobody holds): a supervisor's."""
    require(actor, Action.VIEW_TEAM_WORK)
    names = {int(u.id or 0): u.full_name for u in session.exec(select(User))}
    return Work(_lines(session, today, None), names)


# -- the lists ----------------------------------------------------------------------------


def _lines(session: Session, today: date, owners: Sequence[int] | None) -> list[WorkLine]:
    lines: list[WorkLine] = []
    for kind in WorkKind:
        lines += READERS[kind](session, today, owners)
    return lines


READERS = {
    WorkKind.ESCALATED: case_lines.escalated,
    WorkKind.REASSIGNED: case_lines.reassigned,
    WorkKind.REVIEW_DUE: case_lines.review_due,
    WorkKind.NO_NEWS: case_lines.no_news,
    WorkKind.TO_PACK: mail_lines.to_pack,
    WorkKind.TO_SEAL: mail_lines.to_seal,
    WorkKind.TO_HAND_OVER: mail_lines.to_hand_over,
    WorkKind.NO_ACKNOWLEDGEMENT: mail_lines.no_acknowledgement,
}
