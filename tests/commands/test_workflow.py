"""``ombuds-desk status | block | unblock | stalled | stats``, run as a user runs them.

The commands use the office's local date, so the cases here are dated from the real today,
read once (``real_today``, tests/commands/conftest.py) and given to the commands too.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.case_status import block_case
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.statistics import office_stats
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, query, run, signed_in_as
from tests.services.helpers import register


def as_supervisor(folder: Path) -> tuple[str, ...]:
    return signed_in_as("s.melnyk", folder)


def _person(db: Database, number: str) -> Person:
    with db.reading() as session:
        return session.exec(select(Person).where(Person.case_number == number)).one()


def test_status_follows_the_rules(
    db: Database, db_path: Path, supervisor: User, real_today: date, tmp_path: Path
) -> None:
    case = register(db, supervisor, real_today, status_since=real_today - timedelta(days=9))
    number = case.case_number
    yesterday = real_today - timedelta(days=1)
    done = run(
        "status",
        number,
        "confirmed",
        "--db",
        str(db_path),
        *as_supervisor(tmp_path),
        "--reason",
        "ICRC notification",
        "--on",
        yesterday.strftime("%d.%m.%Y"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{number}: Registered → Confirmed"
    listed = run(
        "status",
        number,
        "listed for exchange",
        "--db",
        str(db_path),
        *as_supervisor(tmp_path),
        cwd=tmp_path,
    )
    assert listed.returncode == 0, listed.stderr
    person = _person(db, number)
    assert (person.status, person.status_since) == (CaseStatus.LISTED_FOR_EXCHANGE, real_today)

    refused = one_error_line(
        run(
            "status",
            number,
            "return_requested",
            "--db",
            str(db_path),
            *as_supervisor(tmp_path),
            cwd=tmp_path,
        )
    )
    assert "“Return requested” is not a status for a captive" in refused
    unknown = one_error_line(
        run("status", number, "freed", "--db", str(db_path), *as_supervisor(tmp_path), cwd=tmp_path)
    )
    assert "unknown CaseStatus: 'freed'" in unknown
    assert _person(db, number).status is CaseStatus.LISTED_FOR_EXCHANGE


def test_block_and_unblock(
    db: Database, db_path: Path, supervisor: User, real_today: date, tmp_path: Path
) -> None:
    number = register(db, supervisor, real_today, category="evacuee").case_number
    reason = "Home country does not accept return"
    blocked = run(
        "block",
        number,
        "--reason",
        reason,
        "--note",
        "Нота МЗС від 02.11",
        "--db",
        str(db_path),
        *as_supervisor(tmp_path),
        cwd=tmp_path,
    )
    assert blocked.returncode == 0, blocked.stderr
    person = _person(db, number)
    assert (person.blocked, person.blocked_reason, person.blocked_note) == (
        True,
        reason,
        "Нота МЗС від 02.11",
    )
    unblocked = run("unblock", number, "--db", str(db_path), *as_supervisor(tmp_path), cwd=tmp_path)
    assert unblocked.returncode == 0, unblocked.stderr
    assert not _person(db, number).blocked
    again = one_error_line(
        run("unblock", number, "--db", str(db_path), *as_supervisor(tmp_path), cwd=tmp_path)
    )
    assert f"Case {number} is not blocked." in again


def test_stalled_json_lists_stalled_cases_longest_first(
    db: Database,
    db_path: Path,
    supervisor: User,
    caseworker: User,
    real_today: date,
    tmp_path: Path,
) -> None:
    day = real_today
    old = register(
        db,
        caseworker,
        day,
        family_name="Ґудзь",
        patronymic="Іванович",
        status_since=day - timedelta(days=100),
    )
    mid = register(
        db,
        caseworker,
        day,
        category="evacuee",
        family_name="Müller",
        status_since=day - timedelta(days=31),
    )
    held = register(db, supervisor, day, status_since=day - timedelta(days=3))
    # Registered 14 days ago: at a registration's threshold (14 days), not over it.
    register(db, supervisor, day, status_since=day - timedelta(days=14))
    with unit_of_work(db, supervisor) as session:
        assert held.id is not None
        block_case(session, supervisor, held.id, "Whereabouts unknown", today=day)

    result = run("stalled", "--json", "--db", str(db_path), *as_supervisor(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["case_number"] for r in rows] == [old.case_number, mid.case_number, held.case_number]
    first = rows[0]
    assert {
        k: first[k]
        for k in (
            "case_number",
            "name",
            "category",
            "status",
            "days_stalled",
            "blocked_reason",
            "assigned_to",
        )
    } == {
        "case_number": old.case_number,
        "name": "Ґудзь Петро Іванович",
        "category": "captive",
        "status": "registered",
        "days_stalled": 100,
        "blocked_reason": None,
        "assigned_to": "Олег Бондар",
    }
    assert rows[1]["days_stalled"] == 31 and rows[1]["category"] == "evacuee"
    assert (rows[2]["blocked_reason"], rows[2]["assigned_to"]) == (
        "Whereabouts unknown",
        "Світлана Мельник",
    )

    # --days N: stalled after more than N days in any status, instead of the office's
    # thresholds (blocked always).
    table = run(
        "stalled", "--days", "60", "--db", str(db_path), *as_supervisor(tmp_path), cwd=tmp_path
    )
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].startswith("Case number")
    assert [line.split()[0] for line in lines[1:-1]] == [old.case_number, held.case_number]
    assert "Whereabouts unknown" in lines[2]
    assert lines[-1] == "2 stalled cases"
    wider = run(
        "stalled",
        "--days",
        "13",
        "--json",
        "--db",
        str(db_path),
        *as_supervisor(tmp_path),
        cwd=tmp_path,
    )
    assert [row["days_stalled"] for row in json.loads(wider.stdout)] == [100, 31, 14, 3]


def test_stats_json_is_office_stats(
    db: Database, db_path: Path, supervisor: User, real_today: date, tmp_path: Path
) -> None:
    register(db, supervisor, real_today, status_since=real_today - timedelta(days=50))
    register(db, supervisor, real_today, category="evacuee")
    result = run("stats", "--json", "--db", str(db_path), *as_supervisor(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with db.reading() as session:
        expected = office_stats(
            session, today=real_today, threshold_days=stalled_after_days(session)
        ).as_json()
    figures = json.loads(result.stdout)
    assert figures == expected
    assert figures["open_by_category_status"] == {
        "captive": {"registered": 1},
        "evacuee": {"registered": 1},
    }
    assert (figures["stalled_cases"], figures["review_queue"]) == (1, 1)
    assert len(figures["completed_per_month"]) == 12


def test_a_correction_is_a_supervisors_and_needs_a_reason(
    db: Database,
    db_path: Path,
    supervisor: User,
    caseworker: User,
    real_today: date,
    tmp_path: Path,
) -> None:
    number = register(db, caseworker, real_today).case_number
    correct = ("status", number, "repatriated", "--correct", "--db", str(db_path))
    reason = ("--reason", "Typed on the wrong case; see the ICRC list of 03.02")
    refused = one_error_line(
        run(*correct, *reason, *signed_in_as("o.bondar", tmp_path), cwd=tmp_path)
    )
    assert refused.startswith("ombuds-desk: Only a supervisor") and "correct a status" in refused
    no_reason = one_error_line(run(*correct, *as_supervisor(tmp_path), cwd=tmp_path))
    assert "a correction needs a reason" in no_reason
    assert _person(db, number).status is CaseStatus.REGISTERED

    done = run(*correct, *reason, *as_supervisor(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{number}: Registered → Repatriated (corrected)"
    assert _person(db, number).status is CaseStatus.REPATRIATED
    kinds = query(
        db_path,
        "SELECT kind, reason FROM status_event WHERE person_id = "
        f"(SELECT id FROM person WHERE case_number = '{number}') ORDER BY id",
    )
    assert kinds[-1] == ("correction", "Typed on the wrong case; see the ICRC list of 03.02")
