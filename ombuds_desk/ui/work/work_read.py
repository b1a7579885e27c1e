"""What the My work page reads off the GUI thread: the signed-in user's lines and, for a
supervisor, the team's, grouped by person and kind, with the team's workloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.work.my_work import Work, WorkKind, WorkLine, my_work, own_work, team_work
from ombuds_desk.services.work.workload import Workload, workloads

Grouped = dict[int | None, dict[WorkKind, list[WorkLine]]]


@dataclass(frozen=True)
class WorkRead:
    own: Work
    team: Work | None
    loads: list[Workload] | None
    # The team's lines by owner, then by kind, in the order read: grouped off the GUI thread.
    team_lines: Grouped | None = None


def grouped(work: Work) -> Grouped:
    """The lines by owner, then by kind (each list in the order of ``work.lines``)."""
    found: Grouped = {}
    for line in work.lines:
        found.setdefault(line.owner_id, {}).setdefault(line.kind, []).append(line)
    return found


def read_work(session: Session, actor: User, today: date, team: bool) -> WorkRead:
    """The signed-in user's lines; with ``team``, the team's (grouped by owner and kind) and
    the workloads too."""
    if not team:
        return WorkRead(my_work(session, actor, today=today), None, None)
    # The user's own lines are among the team's: read once (a team read is seconds).
    team_lines = team_work(session, actor, today=today)
    own = own_work(team_lines, actor)
    return WorkRead(own, team_lines, workloads(session, actor, today=today), grouped(team_lines))
