"""My work: each list a caseworker's day is made of, computed in SQL; the team's lines are
everyone's own, by person; a caseworker may not read the team's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain.enums import CaseStatus, ReviewDecision
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.cases.reassignment import reassign_cases
from ombuds_desk.services.core.office_settings import ACKNOWLEDGEMENT_AFTER_DAYS, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.work.my_work import Place, WorkKind, my_work, own_work, team_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of
from tests.services.work.office import ESCALATION_NOTE, REASON, Office


def test_a_caseworker_has_one_line_of_every_kind(db: Database, office: Office, today: date) -> None:
    with db.reading() as session:
        work = my_work(session, office.caseworker, today=today)
    assert work.counts() == dict.fromkeys(WorkKind, 1)
    assert work.count == len(WorkKind) == 8
    lines = {line.kind: line for line in work.lines}
    assert {line.owner_id for line in work.lines} == {office.caseworker.id}
    now = f"{today:%d.%m.%Y}"  # recorded on the office's today (office.py)
    assert lines[WorkKind.ESCALATED].person_id == office.escalated
    assert lines[WorkKind.ESCALATED].what == (
        f"Escalated to you by Світлана Мельник on {now}: “{ESCALATION_NOTE}” — next review "
        f"{today + timedelta(days=7):%d.%m.%Y}"
    )
    assert lines[WorkKind.REASSIGNED].person_id == office.reassigned
    assert lines[WorkKind.REASSIGNED].what == (
        f"Reassigned to you by Світлана Мельник on {now} (was Анна Петрова's): “{REASON}”"
    )
    assert lines[WorkKind.REVIEW_DUE].what == (
        f"Review due since {today - timedelta(days=3):%d.%m.%Y} (3 days); "
        "last decision: keep waiting"
    )
    assert lines[WorkKind.NO_NEWS].person_id == office.silent
    assert lines[WorkKind.NO_NEWS].what == "No news for 50 days (no news since registration)"
    assert lines[WorkKind.TO_PACK].what.startswith("2 screened items waiting to be packed")
    assert office.parcel_to_seal in lines[WorkKind.TO_SEAL].what
    assert office.parcel_to_hand_over in lines[WorkKind.TO_HAND_OVER].what
    shipment = lines[WorkKind.NO_ACKNOWLEDGEMENT]
    assert shipment.case_number == office.shipment and shipment.person_id is None
    assert "(30 days ago): 1 parcel not acknowledged" in shipment.what
    # Each line opens where it is acted on.
    assert {k for k, line in lines.items() if line.place is Place.SHIPMENTS} == {
        WorkKind.TO_HAND_OVER,
        WorkKind.NO_ACKNOWLEDGEMENT,
    }


def test_the_team_is_everyone_s_own_lines_by_person(
    db: Database, office: Office, today: date
) -> None:
    with db.reading() as session:
        team = team_work(session, office.supervisor, today=today)
        own = {
            user.id: my_work(session, user, today=today).lines
            for user in (office.caseworker, office.colleague, office.supervisor)
        }
    assert team.owners() == [office.colleague.id, office.caseworker.id]  # by name
    for owner, lines in own.items():
        assert team.of(owner) == lines
    # Each one's own lines taken from the team's read are those My work reads for them.
    with db.reading() as session:
        for user in (office.caseworker, office.colleague, office.supervisor):
            assert own_work(team, user) == my_work(session, user, today=today)
    assert [line.person_id for line in team.of(office.colleague.id)] == [office.colleague_silent]
    assert team.count == 9 and team.names[id_of(office.caseworker)] == "Олег Бондар"


def test_a_caseworker_may_not_read_the_team_s_work(
    db: Database, office: Office, today: date
) -> None:
    with db.reading() as session, pytest.raises(PermissionDeniedError):
        team_work(session, office.caseworker, today=today)


def test_lines_leave_once_their_work_is_done(db: Database, office: Office, today: date) -> None:
    supervisor = office.supervisor
    with unit_of_work(db, supervisor) as session:
        # A later review takes the escalation's place; the due review is done again.
        review_case(session, supervisor, office.escalated, ReviewDecision.KEEP_WAITING, today=today)
        review_case(session, supervisor, office.due, ReviewDecision.KEEP_WAITING, today=today)
        # The reassigned case moves on to the colleague; the captive is released.
        reassign_cases(session, supervisor, [office.reassigned], office.colleague.id, "Назад")
        case_status.change_status(
            session, supervisor, office.silent, CaseStatus.CONFIRMED, effective_on=today,
            today=today,
        )  # fmt: skip
        set_setting(session, supervisor, ACKNOWLEDGEMENT_AFTER_DAYS, "45")
    with db.reading() as session:
        counts = my_work(session, office.caseworker, today=today).counts()
    assert counts == {
        WorkKind.ESCALATED: 0,
        WorkKind.REASSIGNED: 0,
        WorkKind.REVIEW_DUE: 0,
        WorkKind.NO_NEWS: 1,  # confirmed, still silent
        WorkKind.TO_PACK: 1,
        WorkKind.TO_SEAL: 1,
        WorkKind.TO_HAND_OVER: 1,
        WorkKind.NO_ACKNOWLEDGEMENT: 0,  # 30 days is within the 45 now allowed
    }
    with db.reading() as session:
        colleague = my_work(session, office.colleague, today=today).counts()
    assert colleague[WorkKind.REASSIGNED] == 1


def test_a_closed_case_needs_nothing(db: Database, office: Office, today: date) -> None:
    with unit_of_work(db, office.supervisor) as session:
        review_case(
            session, office.supervisor, office.escalated, ReviewDecision.CLOSE, today=today,
            note="Повернулася додому",
        )  # fmt: skip
    with db.reading() as session:
        work = my_work(session, office.caseworker, today=today)
    assert office.escalated not in {line.person_id for line in work.lines}
