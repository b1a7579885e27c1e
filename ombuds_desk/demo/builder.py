"""A synthetic register for trying the app: thousands of made-up captives and evacuees, with
the mail, shipments, operations, campaigns and reviews of a living office.

Fast enough for 100,000 persons: rows are written with SQLAlchemy Core ``executemany`` in
batches inside one transaction. Each case is planned and turned into rows by
``demo_cases.py`` (persons indistinguishable from registered ones, status histories that walk
the allowed transitions); a share of the captives get letters, drawings and parcels
(``demo_mail.py``, ``demo_mail_rows.py``); operations and supervisors' reviews complete the
office (``demo_office.py``). The same seed and ``today`` give the same data.

Demo data is only built into a database without persons: it must never mix into a real
register.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update
from sqlmodel import Session, SQLModel, col

from ombuds_desk.demo.archive import plan_archive
from ombuds_desk.demo.cases import CaseRows, Staff, case_rows, plan_case
from ombuds_desk.demo.mail import DemoMail, plan_shipments
from ombuds_desk.demo.mail_rows import (
    acknowledgement,
    campaign_rows,
    mail_rows,
    shipment_rows,
)
from ombuds_desk.demo.office import (
    plan_completed_exchange,
    plan_planned_operations,
    plan_reassignments,
    plan_reviews,
)
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import (
    Acknowledgement,
    AcknowledgementLine,
    Campaign,
    CorrespondenceItem,
    MailEvent,
    Parcel,
    Shipment,
)
from ombuds_desk.domain.operations import Operation, OperationMember
from ombuds_desk.domain.people import (
    CaseAssignment,
    CaseNote,
    CaseReview,
    Contact,
    Person,
    PersonNameKey,
)
from ombuds_desk.domain.people import StatusEvent as StatusEventRow
from ombuds_desk.domain.status_rules import FINAL_STATUSES
from ombuds_desk.services.cases.search_index import mark_keys_current
from ombuds_desk.services.core import stalled_dates, users
from ombuds_desk.services.core.auth import has_staff
from ombuds_desk.services.core.office_settings import DEMO_DATABASE, OFFICE_NAME, store_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database, keep_statistics

DEMO_OFFICE_NAME = "Demo Office (synthetic data)"
MAX_PERSONS = 1_000_000
MAX_ITEMS = 20_000_000
BATCH_SIZE = 2_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    persons: int
    captives: int
    evacuees: int
    users: int
    contacts: int
    status_events: int
    notes: int
    blocked: int
    finished: int
    items: int
    parcels: int
    shipments: int
    mail_events: int
    acknowledgement_lines: int
    campaigns: int
    operations: int
    operation_members: int
    reviews: int


# Username, full name; the first supervisor's username is replaced by the OS login.
# The first is the demo supervisor a demo database signs in as.
SUPERVISORS = (("n.rudenko", "Наталія Руденко"), ("s.melnyk", "Світлана Мельник"))
CASEWORKERS = (
    ("o.bondar", "Олег Бондар"),
    ("a.petrova", "Анна Петрова"),
    ("t.hnatiuk", "Тарас Гнатюк"),
    ("i.kovalchuk", "Ірина Ковальчук"),
    ("d.orlov", "Дмитрий Орлов"),
    ("o.lytvyn", "Оксана Литвин"),
    ("p.sydorenko", "Павло Сидоренко"),
    ("m.jensen", "Maria Jensen"),
    ("yu.honta", "Юлія Ґонта"),
)


# --- the build -------------------------------------------------------------------------


def _create_staff(session: Session, rng: random.Random) -> Staff:
    """The demo office's staff, without passwords: a demo database signs its first supervisor
    in by itself (``auth.demo_user``), and no one can sign in to it with a password."""
    names: list[tuple[int, str]] = []

    def user(username: str, full_name: str, role: Role) -> int:
        found = users.find_user(session, username)
        if found is None:
            found = User(username=username, full_name=full_name, role=role)
            session.add(found)
            session.flush()
        assert found.id is not None
        if role is not Role.ADMIN:
            names.append((found.id, found.full_name))
        return found.id

    user("admin", "Office administrator", Role.ADMIN)
    supervisors = [user(name, full, Role.SUPERVISOR) for name, full in SUPERVISORS]
    workers = [
        user(name, full, Role.CASEWORKER)
        for name, full in CASEWORKERS[: rng.randint(6, len(CASEWORKERS))]
    ]
    ids = [*workers, *supervisors]
    weights = [10.0] * len(workers) + [5.0, 3.0]
    return Staff(ids=ids, weights=weights, supervisor_ids=supervisors, names=names)


def _insert(connection: Connection, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """Core ``executemany`` on the model's table (a Connection, not a Session: no ORM).

    On SQLite the rows go straight to the driver's ``executemany`` as tuples, each value
    turned into what the column stores by the column type's own bind processor: a million
    items with their events otherwise spend more time in SQLAlchemy's per-row parameter
    handling than in SQLite. Rows that leave out a column with a default take the Core way,
    which fills it in.
    """
    if not rows:
        return
    table: Any = model.__table__  # type: ignore[attr-defined]
    first = rows[0]
    columns = [c for c in table.columns if c.key in first]
    defaulted = any(c.key not in first and c.default is not None for c in table.columns)
    if connection.dialect.name != "sqlite" or defaulted or len(columns) != len(first):
        connection.execute(insert(model), rows)
        return
    dialect = connection.dialect
    values: list[list[Any]] = []
    for column in columns:
        key = column.key
        process = column.type._cached_bind_processor(dialect)
        if process is None:
            values.append([row[key] for row in rows])
        else:
            values.append([None if (v := row[key]) is None else process(v) for row in rows])
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    connection.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _next_id(connection: Connection, model: type[SQLModel]) -> int:
    table: Any = model.__table__  # type: ignore[attr-defined]
    return int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


# Tables whose demo rows carry their ids (rows of other tables refer to them).
_EXPLICIT_IDS = (
    "person",
    "contact",
    "correspondence_item",
    "parcel",
    "shipment",
    "acknowledgement",
    "operation",
)


def _reassign_some(connection: Connection, rng: random.Random, today: date, staff: Staff) -> None:
    """Hand a few open cases to other caseworkers lately, as a supervisor would."""
    held = [
        (int(i or 0), a)
        for i, a in connection.execute(
            select(col(Person.id), col(Person.assigned_to_id)).where(
                col(Person.status).not_in([s.value for s in FINAL_STATUSES]),
                col(Person.assigned_to_id).is_not(None),
            )
        )
    ]
    rows = plan_reassignments(rng, held, today, staff.supervisor_ids, staff.ids)
    _insert(connection, CaseAssignment, rows)
    for row in rows:
        connection.execute(
            update(Person)
            .where(col(Person.id) == row["person_id"])
            .values(assigned_to_id=row["to_user_id"])
        )


def check_sizes(persons: int, items: int | None, parcels: int | None) -> None:
    """Raise ValidationError unless the register asked for can be built."""
    if not 1 <= persons <= MAX_PERSONS:
        raise ValidationError("", {"persons": f"a number from 1 to {MAX_PERSONS:,}"})
    if items is not None and not 0 <= items <= MAX_ITEMS:
        raise ValidationError("", {"items": f"a number from 0 to {MAX_ITEMS:,}"})
    if parcels is not None and not 0 <= parcels <= MAX_ITEMS:
        raise ValidationError("", {"parcels": f"a number from 0 to {MAX_ITEMS:,}"})


def build_demo(
    db: Database,
    *,
    persons: int = 2500,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
    items: int | None = None,
    parcels: int | None = None,
) -> DemoSummary:
    """Fill an empty database with ``persons`` synthetic cases (all or nothing).

    ``items``: about this many correspondence items in all (with their events), the last
    months' mail as usual and the rest older mail (``demo/archive.py``); ``parcels`` then
    about this many parcels (default: one for every two persons). Without ``items`` the
    mail is the last months' only. Neither is ever fewer than the last months' mail.
    """
    check_sizes(persons, items, parcels)
    today = today or date.today()
    rng = random.Random(seed)
    office_rng = random.Random(seed * 7_919 + 17)  # operations, shipments, reviews
    cases = sorted(
        (plan_case(rng, i, today) for i in range(persons)),
        key=lambda c: (c.registered_on, c.index),
    )
    counters: dict[tuple[Category, int], int] = {}
    for number, case in enumerate(cases, start=1):
        key = (case.category, case.registered_on.year)
        counters[key] = case.case_seq = counters.get(key, 0) + 1
        case.person_id = number
    builder = User(id=None, username="demo-builder", full_name="Demo builder", role=Role.ADMIN)
    totals = dict.fromkeys(("contacts", "events", "notes", "blocked", "finished"), 0)
    mail_totals = dict.fromkeys(("items", "parcels", "mail_events"), 0)
    with unit_of_work(db, builder) as session:
        if has_staff(session):
            # Demo data marks the file a demo, whose staff sign in without a password.
            raise ValidationError(
                f"{db.display_name} has staff who sign in with passwords: demo data is built "
                "only into a new, empty database, never into a real one."
            )
        existing = session.execute(select(func.count()).select_from(Person)).scalar_one()
        if existing:
            raise ValidationError(
                f"This database already holds {existing:,} persons. Demo data is built only "
                "into a new, empty database, never mixed into a real register."
            )
        staff = _create_staff(session, rng)
        store_setting(session, OFFICE_NAME, DEMO_OFFICE_NAME)
        store_setting(session, DEMO_DATABASE, "yes")  # signs its demo supervisor in
        # Keys are made below by the current rules (persons.search_keys_of).
        mark_keys_current(session)
        connection = session.connection()
        # Operations, shipments and acknowledgements need no person: an empty register may
        # already hold some, so demo ids and references go after theirs.
        operation_id = _next_id(connection, Operation)
        exchange = plan_completed_exchange(
            office_rng, cases, today, operation_id, staff.supervisor_ids[0]
        )
        if exchange is not None:
            _insert(connection, Operation, [exchange.row()])  # status rows point to it
        taken = {
            r.casefold() for r in connection.execute(select(col(Shipment.reference))).scalars()
        }
        mail = DemoMail(
            plan_shipments(office_rng, today, taken, staff.names, DEMO_OFFICE_NAME),
            today,
            importer_id=staff.supervisor_ids[0],
            keep_captives=items is not None or parcels is not None,
        )
        contact_ids = itertools.count(_next_id(connection, Contact))
        if progress:
            progress(0, persons)
        for start in range(0, persons, BATCH_SIZE):
            rows = CaseRows()
            for case in cases[start : start + BATCH_SIZE]:
                blocked, finished = case_rows(case, seed, today, staff, rows, contact_ids, mail)
                totals["blocked"] += blocked
                totals["finished"] += finished
            _insert(connection, Person, rows.persons)
            _insert(connection, PersonNameKey, rows.keys)
            _insert(connection, StatusEventRow, rows.events)
            _insert(connection, Contact, rows.contacts)
            _insert(connection, CaseNote, rows.notes)
            totals["contacts"] += len(rows.contacts)
            totals["events"] += len(rows.events)
            totals["notes"] += len(rows.notes)
            if progress and start + BATCH_SIZE < persons:  # the last tick once all is written
                progress(start + BATCH_SIZE, persons)
        # Written without the ORM: their stalled days are worked out in SQL, all at once.
        stalled_dates.refresh_all(session)
        if mail.captives is not None:
            plan_archive(
                random.Random(seed * 101 + 3),
                mail,
                items=len(mail.items) if items is None else items,
                parcels=persons // 2 if parcels is None else parcels,
                staff=staff.names,
                office=DEMO_OFFICE_NAME,
                taken=taken,
            )
        shipments = mail.number(office_rng, _next_id(connection, Shipment))
        _insert(connection, Shipment, shipment_rows(shipments))
        for parcel_rows, item_rows, event_rows in mail_rows(mail, random.Random(seed * 31 + 7)):
            _insert(connection, Parcel, parcel_rows)
            _insert(connection, CorrespondenceItem, item_rows)
            _insert(connection, MailEvent, event_rows)
            mail_totals["parcels"] += len(parcel_rows)
            mail_totals["items"] += len(item_rows)
            mail_totals["mail_events"] += len(event_rows)
        ack = acknowledgement(mail, office_rng, _next_id(connection, Acknowledgement))
        if ack is not None:
            _insert(connection, Acknowledgement, [ack[0]])
            _insert(connection, AcknowledgementLine, ack[1])
        campaigns = campaign_rows(mail)
        _insert(connection, Campaign, campaigns)
        operations = [exchange] if exchange is not None else []
        operations += plan_planned_operations(
            office_rng, cases, today, _next_id(connection, Operation)
        )
        _insert(connection, Operation, [o.row() for o in operations[1 if exchange else 0 :]])
        members = [m for o in operations for m in o.member_rows()]
        _insert(connection, OperationMember, members)
        reviews = plan_reviews(office_rng, cases, today, staff.supervisor_ids, staff.ids)
        _insert(connection, CaseReview, reviews)
        stalled_dates.refresh_deferred_until(session)
        _reassign_some(connection, random.Random(seed * 13 + 5), today, staff)
        if connection.dialect.name == "postgresql":
            # Ids were given explicitly; the next record must not collide with them.
            for table in _EXPLICIT_IDS:
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) "
                        f"FROM {table} HAVING MAX(id) IS NOT NULL"
                    )
                )
        if progress:
            progress(persons, persons)
    if db.path is not None and not db.read_only:
        # The planner's statistics over what was just written (person_name_key's among them:
        # a register built without them was searched with the key index's worth guessed).
        keep_statistics(db.engine)
    captives = sum(1 for c in cases if c.category is Category.CAPTIVE)
    return DemoSummary(
        persons=persons,
        captives=captives,
        evacuees=persons - captives,
        users=len(staff.ids) + 1,
        contacts=totals["contacts"],
        status_events=totals["events"],
        notes=totals["notes"],
        blocked=totals["blocked"],
        finished=totals["finished"],
        items=mail_totals["items"],
        parcels=mail_totals["parcels"],
        shipments=len(shipments),
        mail_events=mail_totals["mail_events"],
        acknowledgement_lines=len(ack[1]) if ack else 0,
        campaigns=len(campaigns),
        operations=len(operations),
        operation_members=len(members),
        reviews=len(reviews),
    )
