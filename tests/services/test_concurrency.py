"""Several workstations on one PostgreSQL server at once, as real processes: every change
each one saved is there, case and parcel numbers are each given once, an edit made on a
stale version is refused (never a lost update), and the audit trail holds one entry per
change and verifies (``ombuds-desk audit verify``)."""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from ombuds_desk.domain.accounts import AuditEntry
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.people import Person, StatusEvent
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, create_user
from ombuds_desk.store.database import Database
from tests.backends import NO_PG_REASON, PG_URL, ServerDatabase
from tests.commands.helpers import run, signed_in_as
from tests.conftest import PASSWORDS
from tests.services import concurrent_desk
from tests.services.concurrent_desk import FAMILY, GIVEN, TODAY, staff_name
from tests.services.helpers import id_of, register

DESKS = 4
ROUNDS = 5


@pytest.fixture
def server_db(server_database: ServerDatabase) -> Iterator[Database]:
    database = server_database.fresh()
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def server_database() -> Iterator[ServerDatabase]:
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    database = ServerDatabase(PG_URL)
    yield database
    database.drop()


def _desks(db: Database) -> list[int]:
    """The admin, one caseworker a workstation, and the two cases they all write to."""
    admin = create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
    with unit_of_work(db, admin) as session:
        for desk in range(DESKS):
            create_user(
                session, admin, staff_name(desk), f"Стіл {desk}", Role.CASEWORKER, "пароль-стола-1"
            )
    shared = [
        id_of(register(db, admin, TODAY, family_name="Спільна", given_name=name))
        for name in ("Ганна", "Ірина")
    ]
    return shared


def _count(db: Database, model: type[Person] | type[CorrespondenceItem] | type[Parcel]) -> int:
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_four_workstations_at_once_lose_nothing(server_db: Database, tmp_path: Path) -> None:
    db = server_db
    shared = _desks(db)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(DESKS)
    outs = [tmp_path / f"desk{desk}.json" for desk in range(DESKS)]
    processes = [
        context.Process(
            target=concurrent_desk.work,
            args=(db.url, desk, ROUNDS, shared, barrier, outs[desk]),
        )
        for desk in range(DESKS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(240)
    assert [p.exitcode for p in processes] == [0] * DESKS
    done = [json.loads(out.read_text(encoding="utf-8")) for out in outs]

    # Every change each workstation was told was saved is there.
    registered = {pid: number for d in done for pid, number in d["persons"]}
    made_parcels = {pid: number for d in done for pid, number in d["parcels"]}
    items = [i for d in done for i in d["items"]]
    assert len(registered) == len(made_parcels) == len(items) == DESKS * ROUNDS
    with db.reading() as session:
        saved = dict(session.exec(select(Person.id, Person.case_number)).all())
        assert {pid: saved[pid] for pid in registered} == registered
        assert dict(session.exec(select(Parcel.id, Parcel.parcel_number)).all()) == made_parcels
        logged = session.exec(select(CorrespondenceItem)).all()
        assert sorted(id_of(item) for item in logged) == sorted(items)
        moved = session.exec(
            select(StatusEvent.person_id).where(col(StatusEvent.kind) == "change")
        ).all()
        assert sorted(moved) == sorted(p for d in done for p in d["statuses"])

        # Numbers given once each, one after another, whoever asked first.
        numbers = list(saved.values())
        assert len(set(numbers)) == len(numbers)
        for prefix in ("CAP", "EVA"):
            seqs = sorted(int(n.rsplit("-", 1)[1]) for n in numbers if n.startswith(prefix))
            assert seqs == list(range(1, len(seqs) + 1))
        parcel_seqs = sorted(int(n.rsplit("-", 1)[1]) for n in made_parcels.values())
        assert parcel_seqs == list(range(1, DESKS * ROUNDS + 1))

        # Each round of edits of the shared case: one saved, every other one refused.
        edits = Counter(n for d in done for n in d["edits"])
        conflicts = Counter(n for d in done for n in d["conflicts"])
        assert edits == Counter(range(ROUNDS))
        assert conflicts == Counter({n: DESKS - 1 for n in range(ROUNDS)})
        contested = session.get(Person, shared[0])
        assert contested is not None and contested.version == 1 + ROUNDS
        last_round = ROUNDS - 1
        (winner,) = [desk for desk, d in enumerate(done) if last_round in d["edits"]]
        assert contested.given_name == f"{GIVEN[winner]} {FAMILY[last_round]}"

        # One audit entry per change.
        entries = Counter(
            session.exec(select(AuditEntry.entity, AuditEntry.action, AuditEntry.entity_id)).all()
        )
        for pid in registered:
            assert entries[("person", "create", pid)] == 1
        assert entries[("person", "update", shared[0])] == ROUNDS
        for item in items:
            assert entries[("correspondence_item", "create", item)] == 1
        for parcel in made_parcels:
            assert entries[("parcel", "create", parcel)] == 1
        report = verify_chain(session)
    assert report.intact and report.problem is None

    checked = run("audit", "verify", "--db", db.url, *signed_in_as("admin", tmp_path), cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    # Signing in to verify is itself recorded: the trail has grown by that much, intact.
    assert checked.stdout.startswith("The audit trail is intact: ")
