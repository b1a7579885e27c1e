"""The whole role table, walked through the services.

For every action and every role, a real service call on a real SQLite register: allowed
(the change is saved) or refused (PermissionDeniedError, and not one row of the database
differs, the audit trail included). A deactivated admin and an actor who never signed in
are refused everything. An action whose service lives elsewhere is named in
``EXERCISED_ELSEWHERE`` with the test module that walks it, so a new action cannot go
untested.

And the other way round, read from the source: every write function of the feature
services checks, as its first statement, the action ``SERVICE_ACTIONS`` names for it; the
helpers that check nothing are reachable from inside the services only.
"""

from __future__ import annotations

import ast
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from sqlmodel import Session, col, func, select

import ombuds_desk
from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import (
    AuditAction,
    CaseStatus,
    ItemStatus,
    OperationKind,
    OperationStatus,
    ParcelStatus,
    ReviewDecision,
    Role,
    ShipmentStatus,
    StatusEventKind,
)
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.domain.mail import Acknowledgement, Campaign, CorrespondenceItem, Parcel
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import (
    BlockReason,
    CaseNote,
    CaseReview,
    Contact,
    Person,
    StatusEvent,
)
from ombuds_desk.services.cases import block_reasons, case_status, contacts, notes, persons
from ombuds_desk.services.core import auth, disclosures, users
from ombuds_desk.services.core.office_settings import (
    IDLE_LOCK_MINUTES,
    STALLED_AFTER_DAYS,
    get_setting,
    set_setting,
)
from ombuds_desk.services.core.permissions import PERMISSIONS, Action, allowed
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import merging
from ombuds_desk.services.lists.person_import import plan_import, run_import
from ombuds_desk.services.lists.tabular_files import SourceRow, Table
from ombuds_desk.services.mail import (
    acknowledgements,
    campaigns,
    correspondence,
    deliveries,
    parcels,
    shipments,
)
from ombuds_desk.services.printing.case_sheet import case_sheet_data
from ombuds_desk.services.workflow import operations, review_queue
from ombuds_desk.store.database import Database, open_database
from tests.conftest import PASSWORDS, TODAY
from tests.services.helpers import everything, id_of, register
from tests.services.mail_helpers import family, handed_over, log, packed

# --- the register every test starts from ---------------------------------------------


@dataclass(frozen=True)
class Register:
    """The template's staff and records, by id (the same in every copy of it)."""

    admin: int
    supervisor: int
    caseworker: int
    former_admin: int  # deactivated
    captive: int  # the caseworker's case: a captive with his wife, in the planned exchange
    duplicate: int  # the same man registered twice
    logged_item: int
    assembling_parcel: int
    ready_shipment: int  # being prepared, with one packed parcel
    sent_shipment: int  # handed over ten days ago, two parcels still on their way
    sent_parcels: tuple[int, int]
    sent_numbers: tuple[str, str]
    operation: int


def _build(db: Database) -> Register:
    admin = users.create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
    with unit_of_work(db, admin) as session:
        staff = {
            name: users.create_user(session, admin, name, full, role, PASSWORDS.get(name))
            for name, full, role in (
                ("s.melnyk", "Світлана Мельник", Role.SUPERVISOR),
                ("o.bondar", "Олег Бондар", Role.CASEWORKER),
                ("r.koval", "Роман Коваль", Role.ADMIN),
            )
        }
    with unit_of_work(db, admin) as session:
        users.deactivate(session, admin, id_of(staff["r.koval"]))
    worker = staff["o.bondar"]
    person, _wife = family(db, admin, TODAY, assigned_to_id=worker.id)
    twin = register(db, admin, TODAY, status_since=TODAY - timedelta(days=100))
    captive = id_of(person)
    item = log(db, admin, captive, TODAY, description="Лист від матері")
    sent_on = TODAY - timedelta(days=10)
    sent = [packed(db, admin, captive, sent_on) for _ in range(2)]
    sent_shipment = handed_over(db, admin, sent, sent_on, TODAY, ref="ICRC-7")
    ready = packed(db, admin, captive, TODAY)
    with unit_of_work(db, admin) as session:
        assembling = parcels.create_parcel(
            session, admin, captive, today=TODAY, contents="Теплі шкарпетки"
        )
        shipment = shipments.create_shipment(session, admin, "ОМБ-2026-12", "counterpart_ombudsman")
        shipments.add_parcels_to_shipment(session, admin, id_of(shipment), [id_of(ready)])
        operation = operations.create_operation(
            session,
            admin,
            name="Обмін 12 грудня",
            kind=OperationKind.EXCHANGE,
            planned_on=TODAY + timedelta(days=16),
        )
        operations.add_persons(session, admin, id_of(operation), person_ids=[captive])
    first, second = sent
    return Register(
        admin=id_of(admin),
        supervisor=id_of(staff["s.melnyk"]),
        caseworker=id_of(worker),
        former_admin=id_of(staff["r.koval"]),
        captive=captive,
        duplicate=id_of(twin),
        logged_item=id_of(item),
        assembling_parcel=id_of(assembling),
        ready_shipment=id_of(shipment),
        sent_shipment=id_of(sent_shipment),
        sent_parcels=(id_of(first), id_of(second)),
        sent_numbers=(first.parcel_number, second.parcel_number),
        operation=id_of(operation),
    )


@dataclass(frozen=True)
class Template:
    path: Path
    register: Register


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    """Built once: every test works on its own copy of the file."""
    path = tmp_path_factory.mktemp("role-table") / "office.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        register_ = _build(db)
    finally:
        db.dispose()
    yield Template(path, register_)


@pytest.fixture
def office(template: Template, tmp_path: Path) -> Iterator[tuple[Database, Register]]:
    for part in template.path.parent.glob(f"{template.path.name}*"):
        shutil.copy(part, tmp_path / part.name)
    db = open_database(f"sqlite:///{tmp_path / template.path.name}")
    yield db, template.register
    db.dispose()


# --- one real service call per action, and how to see that it was saved -----------------

Do = Callable[[Database, User, Register], object]
Saved = Callable[[Session, User, Register], bool]


@dataclass(frozen=True)
class Exercise:
    do: Do
    saved: Saved


def _unit(work: Callable[[Session, User, Register], object]) -> Do:
    """``work`` in one unit of work of the acting user."""

    def do(db: Database, actor: User, r: Register) -> object:
        with unit_of_work(db, actor) as session:
            return work(session, actor, r)

    return do


def _person(session: Session, person_id: int) -> Person:
    found = session.get(Person, person_id)
    assert found is not None
    return found


def _parcel(session: Session, parcel_id: int) -> Parcel:
    found = session.get(Parcel, parcel_id)
    assert found is not None
    return found


def _exists(session: Session, query: object) -> bool:
    return session.exec(query).first() is not None  # type: ignore[call-overload]


def _entries(session: Session, actor: User, action: AuditAction) -> int:
    return session.exec(
        select(func.count())
        .select_from(AuditEntry)
        .where(col(AuditEntry.action) == action.value, col(AuditEntry.user_id) == actor.id)
    ).one()


def _import(db: Database, actor: User, r: Register) -> object:
    table = Table(
        name="список МКЧХ.csv",
        kind="csv",
        headers=["family_name", "given_name", "category"],
        header_line=1,
        rows=[SourceRow(2, ("Імпортенко", "Ілля", "captive"))],
    )
    with db.reading() as session:
        plan = plan_import(session, actor, table, today=TODAY)
    return run_import(db, actor, plan, today=TODAY)


def _sheet_printed(session: Session, actor: User, r: Register) -> int:
    sheet = case_sheet_data(session, r.captive, today=TODAY)
    return disclosures.record_disclosure(
        session,
        actor,
        Action.PRINT_DOCUMENTS,
        AuditAction.PRINT,
        "person",
        [r.captive],
        {"document": "case sheet", "version": "internal", "case": sheet.case_number},
    )


def _own_change_undone(db: Database, actor: User, r: Register) -> object:
    """One's own status change undone: whoever may change a status changes it first."""
    if _may(actor, Action.CHANGE_STATUS):
        with unit_of_work(db, actor) as session:
            case_status.change_status(
                session, actor, r.captive, CaseStatus.CONFIRMED, effective_on=TODAY, today=TODAY
            )
    with unit_of_work(db, actor) as session:
        return case_status.undo_status_change(session, actor, r.captive, today=TODAY)


EXERCISED: dict[Action, Exercise] = {
    Action.REGISTER_PERSON: Exercise(
        _unit(
            lambda s, a, r: persons.register_person(
                s, a, {"category": "evacuee", "family_name": "Ткаченко", "given_name": "Ганна"},
                today=TODAY,
            )
        ),
        lambda s, a, r: _exists(s, select(Person.id).where(Person.family_name == "Ткаченко")),
    ),
    Action.EDIT_PERSON: Exercise(
        _unit(
            lambda s, a, r: persons.update_person(
                s, a, r.captive,
                {"family_name": "Іваненко", "given_name": "Петро", "citizenship": "Україна"},
                expected_version=None, today=TODAY,
            )
        ),
        lambda s, a, r: _person(s, r.captive).citizenship == "Україна",
    ),
    Action.ASSIGN_CASE: Exercise(
        _unit(lambda s, a, r: persons.assign_person(s, a, r.captive, r.supervisor)),
        lambda s, a, r: _person(s, r.captive).assigned_to_id == r.supervisor,
    ),
    Action.CHANGE_STATUS: Exercise(
        _unit(
            lambda s, a, r: case_status.change_status(
                s, a, r.captive, CaseStatus.CONFIRMED, effective_on=TODAY, today=TODAY
            )
        ),
        lambda s, a, r: _person(s, r.captive).status is CaseStatus.CONFIRMED,
    ),
    Action.CORRECT_STATUS: Exercise(
        _unit(
            lambda s, a, r: case_status.correct_status(
                s, a, r.captive, CaseStatus.LISTED_FOR_EXCHANGE, effective_on=TODAY,
                today=TODAY, reason="Список обміну від 20.11 не внесли",
            )
        ),
        lambda s, a, r: _person(s, r.captive).status is CaseStatus.LISTED_FOR_EXCHANGE,
    ),
    Action.UNDO_OWN_STATUS_CHANGE: Exercise(
        _own_change_undone,
        lambda s, a, r: _person(s, r.captive).status is CaseStatus.REGISTERED
        and _exists(s, select(StatusEvent.id).where(
            StatusEvent.kind == StatusEventKind.CORRECTION, StatusEvent.recorded_by_id == a.id
        )),
    ),
    Action.BLOCK_CASE: Exercise(
        _unit(lambda s, a, r: case_status.block_case(s, a, r.captive, "Whereabouts unknown", today=TODAY)),
        lambda s, a, r: _person(s, r.captive).blocked,
    ),
    Action.ADD_BLOCK_REASON: Exercise(
        _unit(lambda s, a, r: block_reasons.add_block_reason(s, a, "Чекає на рішення суду")),
        lambda s, a, r: _exists(s, select(BlockReason.id).where(BlockReason.text == "Чекає на рішення суду")),
    ),
    Action.EDIT_CONTACTS: Exercise(
        _unit(
            lambda s, a, r: contacts.add_contact(
                s, a, r.captive,
                {"family_name": "Іваненко", "given_name": "Ганна", "relationship": "mother"},
            )
        ),
        lambda s, a, r: _exists(s, select(Contact.id).where(Contact.given_name == "Ганна")),
    ),
    Action.ADD_NOTE: Exercise(
        _unit(lambda s, a, r: notes.add_note(s, a, r.captive, "Дружина телефонувала.")),
        lambda s, a, r: _exists(s, select(CaseNote.id).where(CaseNote.text == "Дружина телефонувала.")),
    ),
    Action.VIEW_CASE: Exercise(
        _unit(lambda s, a, r: disclosures.record_case_viewed(s, a, r.captive)),
        lambda s, a, r: _entries(s, a, AuditAction.VIEW) == 1,
    ),
    Action.LOG_ITEMS: Exercise(
        _unit(
            lambda s, a, r: correspondence.log_item(
                s, a, r.captive,
                {"kind": "drawing", "direction": "to_person", "author_name": "Софійка"},
                today=TODAY,
            )
        ),
        lambda s, a, r: _exists(s, select(CorrespondenceItem.id).where(CorrespondenceItem.author_name == "Софійка")),
    ),
    Action.SCREEN_ITEMS: Exercise(
        _unit(lambda s, a, r: correspondence.screen_item(s, a, r.logged_item, passed=True, today=TODAY)),
        lambda s, a, r: correspondence.get_item(s, r.logged_item).status is ItemStatus.SCREENED,
    ),
    Action.PACK_PARCELS: Exercise(
        _unit(
            lambda s, a, r: parcels.pack_parcel(
                s, a, r.assembling_parcel, seal_number="SEAL-ROLE-1", today=TODAY
            )
        ),
        lambda s, a, r: _parcel(s, r.assembling_parcel).status is ParcelStatus.PACKED,
    ),
    Action.SHIP_PARCELS: Exercise(
        _unit(
            lambda s, a, r: shipments.hand_over_shipment(
                s, a, r.ready_shipment, handed_over_by="Олег Бондар", received_by="Jean Dupont",
                on=TODAY, today=TODAY,
            )
        ),
        lambda s, a, r: shipments.get_shipment(s, r.ready_shipment).status
        is ShipmentStatus.HANDED_OVER,
    ),
    Action.CONFIRM_DELIVERY: Exercise(
        _unit(
            lambda s, a, r: deliveries.confirm_delivery(
                s, a, [r.sent_numbers[0]], on=TODAY, today=TODAY
            )
        ),
        lambda s, a, r: _parcel(s, r.sent_parcels[0]).status is ParcelStatus.DELIVERED,
    ),
    Action.CONFIRM_ALL_DELIVERIES: Exercise(
        _unit(
            lambda s, a, r: deliveries.confirm_shipment_delivery(
                s, a, r.sent_shipment, on=TODAY, today=TODAY
            )
        ),
        lambda s, a, r: all(
            _parcel(s, p).status is ParcelStatus.DELIVERED for p in r.sent_parcels
        ),
    ),
    Action.RECORD_RETURN_OR_LOSS: Exercise(
        _unit(
            lambda s, a, r: deliveries.mark_lost(
                s, a, r.sent_parcels[1], reason="Не дійшла до табору", on=TODAY, today=TODAY
            )
        ),
        lambda s, a, r: _parcel(s, r.sent_parcels[1]).status is ParcelStatus.LOST,
    ),
    Action.RECONCILE_ACKNOWLEDGEMENT: Exercise(
        _unit(
            lambda s, a, r: acknowledgements.reconcile_acknowledgement(
                s, a, "МКЧХ", "підтвердження.csv", [(r.sent_numbers[0], TODAY)], today=TODAY
            )
        ),
        lambda s, a, r: _exists(s, select(Acknowledgement.id))
        and _parcel(s, r.sent_parcels[0]).status is ParcelStatus.DELIVERED,
    ),
    Action.MANAGE_CAMPAIGNS: Exercise(
        _unit(
            lambda s, a, r: campaigns.create_campaign(
                s, a, "Новорічні посилки", 2000, TODAY + timedelta(days=35)
            )
        ),
        lambda s, a, r: _exists(s, select(Campaign.id)),
    ),
    Action.REVIEW_CASES: Exercise(
        _unit(
            lambda s, a, r: review_queue.review_case(
                s, a, r.captive, ReviewDecision.KEEP_WAITING, today=TODAY
            )
        ),
        lambda s, a, r: _exists(s, select(CaseReview.id)),
    ),
    Action.PLAN_OPERATIONS: Exercise(
        _unit(
            lambda s, a, r: operations.create_operation(
                s, a, name="Повернення 20 грудня", kind=OperationKind.GROUP_RETURN,
                planned_on=TODAY + timedelta(days=24),
            )
        ),
        lambda s, a, r: _exists(s, select(Operation.id).where(Operation.name == "Повернення 20 грудня")),
    ),
    Action.COMPLETE_OPERATION: Exercise(
        _unit(
            lambda s, a, r: operations.complete_operation(
                s, a, r.operation, completed_on=TODAY, today=TODAY
            )
        ),
        lambda s, a, r: operations.get_operation(s, r.operation).status
        is OperationStatus.COMPLETED
        and _person(s, r.captive).status is CaseStatus.REPATRIATED,
    ),
    Action.CANCEL_OPERATION: Exercise(
        _unit(lambda s, a, r: operations.cancel_operation(s, a, r.operation)),
        lambda s, a, r: operations.get_operation(s, r.operation).status
        is OperationStatus.CANCELLED,
    ),
    Action.IMPORT_LISTS: Exercise(
        _import,
        lambda s, a, r: _exists(s, select(Person.id).where(Person.family_name == "Імпортенко")),
    ),
    Action.MERGE_CASES: Exercise(
        _unit(lambda s, a, r: merging.merge_persons(s, a, r.captive, r.duplicate, today=TODAY)),
        lambda s, a, r: s.get(Person, r.duplicate) is None,
    ),
    Action.EXPORT_PERSONAL_DATA: Exercise(
        _unit(
            lambda s, a, r: disclosures.record_disclosure(
                s, a, Action.EXPORT_PERSONAL_DATA, AuditAction.EXPORT, "person",
                [r.captive, r.duplicate], {"export": "persons", "file": "list.xlsx", "rows": 2},
            )
        ),
        lambda s, a, r: _entries(s, a, AuditAction.EXPORT) == 2,
    ),
    Action.PRINT_DOCUMENTS: Exercise(
        _unit(_sheet_printed), lambda s, a, r: _entries(s, a, AuditAction.PRINT) == 1
    ),
    Action.CHANGE_SETTINGS: Exercise(
        _unit(lambda s, a, r: set_setting(s, a, STALLED_AFTER_DAYS, "45")),
        lambda s, a, r: get_setting(s, STALLED_AFTER_DAYS) == "45",
    ),
    Action.CHANGE_SECURITY_SETTINGS: Exercise(
        _unit(lambda s, a, r: set_setting(s, a, IDLE_LOCK_MINUTES, "5")),
        lambda s, a, r: get_setting(s, IDLE_LOCK_MINUTES) == "5",
    ),
    Action.MANAGE_STAFF: Exercise(
        _unit(
            lambda s, a, r: users.create_user(
                s, a, "t.hnatiuk", "Тарас Гнатюк", Role.CASEWORKER, "тимчасовий-пароль-7"
            )
        ),
        lambda s, a, r: users.find_user(s, "t.hnatiuk") is not None,
    ),
}  # fmt: skip

# Actions whose services are another module's, and the test module that walks them.
EXERCISED_ELSEWHERE: dict[Action, str] = {
    Action.UNDO_DELIVERY: "tests/services/mail/test_delivery_undo.py",
    Action.VIEW_TEAM_WORK: "tests/services/work/test_my_work.py",
    Action.VIEW_AUDIT_TRAIL: "tests/services/core/test_audit_trail.py",
    Action.VERIFY_AUDIT_TRAIL: "tests/services/core/test_audit_trail.py",
    Action.MAKE_BACKUP: "tests/services/core/test_backups.py",
    Action.RESTORE_BACKUP: "tests/services/core/test_backups.py",
    Action.COPY_REGISTER: "tests/services/core/test_register_copy.py",
    Action.ENCRYPT_DATABASE: "tests/services/core/test_encryption.py",
    Action.APPLY_RETENTION: "tests/services/cases/test_retention.py",
}

# The module-scoped fixture (the role table's register) is built once, on one
# xdist worker, not once on each (scripts/test.sh runs the tests with --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_role_table")

# Who acts: each role, an admin since deactivated, and the app itself (never signed in).
ACTORS = ("admin", "supervisor", "caseworker", "deactivated admin", "never signed in")


def _actor(db: Database, r: Register, who: str) -> User:
    if who == "never signed in":
        return auth.SYSTEM
    user_id = {
        "admin": r.admin,
        "supervisor": r.supervisor,
        "caseworker": r.caseworker,
        "deactivated admin": r.former_admin,
    }[who]
    with db.reading() as session:
        user = session.get(User, user_id)
    assert user is not None and user.active is (who != "deactivated admin")
    return user


def _may(actor: User, action: Action) -> bool:
    return actor.id is not None and actor.active and allowed(actor.role, action)


@pytest.mark.parametrize("who", ACTORS)
@pytest.mark.parametrize("action", sorted(EXERCISED), ids=lambda a: a.name)
def test_every_action_is_allowed_or_refused_as_the_table_says(
    office: tuple[Database, Register], action: Action, who: str
) -> None:
    db, r = office
    actor = _actor(db, r, who)
    exercise = EXERCISED[action]
    with db.reading() as session:
        assert not exercise.saved(session, actor, r), "the template already holds the change"
    before = everything(db)
    if _may(actor, action):
        exercise.do(db, actor, r)
        with db.reading() as session:
            assert exercise.saved(session, actor, r)
        assert everything(db) != before
        return
    with pytest.raises(PermissionDeniedError) as refused:
        exercise.do(db, actor, r)
    if actor.id is None or not actor.active:
        assert refused.value.message == f"Sign in first to {action.value}."
    else:
        assert refused.value.message.startswith("Only ")
        assert f" can {action.value}; you are signed in as a {actor.role.label.lower()}." in (
            refused.value.message
        )
    assert everything(db) == before


def test_the_walk_refuses_and_allows_in_every_role() -> None:
    """The table is not walked by refusals alone: each role is allowed some exercised
    action and refused another (the admin is refused nothing)."""
    for role in Role:
        granted = {a for a in EXERCISED if role in PERMISSIONS[a]}
        assert granted
        assert (granted == set(EXERCISED)) is (role is Role.ADMIN)


def test_every_action_is_exercised_here_or_elsewhere() -> None:
    assert not set(EXERCISED) & set(EXERCISED_ELSEWHERE)
    assert set(EXERCISED) | set(EXERCISED_ELSEWHERE) == set(Action)


ROOT = Path(ombuds_desk.__file__).parent.parent


@pytest.mark.parametrize(
    ("action", "module"), sorted(EXERCISED_ELSEWHERE.items()), ids=lambda x: str(x)
)
def test_an_action_exercised_elsewhere_is_walked_there(action: Action, module: str) -> None:
    path = ROOT / module
    assert path.name.startswith("test_") and path.suffix == ".py"
    if not path.exists():
        pytest.skip(f"{module} is not written yet: it is to walk Action.{action.name}")
    assert "PermissionDeniedError" in path.read_text(encoding="utf-8"), "no refusal tested"


# --- read from the source: each write checks its action first ----------------------------

SERVICES = ROOT / "ombuds_desk" / "services"
# The feature services (and this workstream's disclosures) are held to the list below; the
# core's own (staff, settings, sign-in) check themselves and are tested with them.
FEATURES = ("cases", "mail", "workflow", "lists", "printing", "work")
SCANNED = [
    *sorted(path for feature in FEATURES for path in (SERVICES / feature).rglob("*.py")),
    SERVICES / "core" / "disclosures.py",
]

SERVICE_ACTIONS: dict[str, Action] = {
    "cases/block_reasons.py:add_block_reason": Action.ADD_BLOCK_REASON,
    "cases/block_reasons.py:mark_block_reason": Action.ADD_BLOCK_REASON,
    "cases/case_status.py:change_status": Action.CHANGE_STATUS,
    "cases/case_status.py:correct_status": Action.CORRECT_STATUS,
    "cases/case_status.py:undo_status_change": Action.UNDO_OWN_STATUS_CHANGE,
    "cases/case_status.py:block_case": Action.BLOCK_CASE,
    "cases/case_status.py:unblock_case": Action.BLOCK_CASE,
    "cases/contacts.py:add_contact": Action.EDIT_CONTACTS,
    "cases/contacts.py:update_contact": Action.EDIT_CONTACTS,
    "cases/contacts.py:remove_contact": Action.EDIT_CONTACTS,
    "cases/contacts.py:restore_contact": Action.EDIT_CONTACTS,
    "cases/notes.py:add_note": Action.ADD_NOTE,
    "cases/persons.py:register_person": Action.REGISTER_PERSON,
    "cases/persons.py:update_person": Action.EDIT_PERSON,
    "cases/persons.py:assign_person": Action.ASSIGN_CASE,
    "cases/reassignment.py:reassign_cases": Action.ASSIGN_CASE,
    "cases/reassignment.py:undo_reassignment": Action.ASSIGN_CASE,
    "cases/retention.py:due_cases": Action.APPLY_RETENTION,
    "cases/retention.py:anonymise_cases": Action.APPLY_RETENTION,
    "cases/retention.py:anonymise_and_compact": Action.APPLY_RETENTION,
    "core/disclosures.py:record_case_viewed": Action.VIEW_CASE,
    "lists/trail_export.py:write_trail": Action.VIEW_AUDIT_TRAIL,
    "lists/trail_export.py:record_trail_export": Action.VIEW_AUDIT_TRAIL,
    "lists/item_import.py:run_item_import": Action.IMPORT_LISTS,
    "lists/merging.py:merge_persons": Action.MERGE_CASES,
    "lists/person_import.py:run_import": Action.IMPORT_LISTS,
    "lists/retention_archive.py:export_due_cases": Action.APPLY_RETENTION,
    "lists/retention_archive.py:archive_due_cases": Action.APPLY_RETENTION,
    "lists/person_import_updates.py:update_fields": Action.EDIT_PERSON,
    "mail/acknowledgements.py:reconcile_acknowledgement": Action.RECONCILE_ACKNOWLEDGEMENT,
    "mail/campaigns.py:create_campaign": Action.MANAGE_CAMPAIGNS,
    "mail/campaigns.py:update_campaign": Action.MANAGE_CAMPAIGNS,
    "mail/campaigns.py:delete_campaign": Action.MANAGE_CAMPAIGNS,
    "mail/correspondence.py:log_item": Action.LOG_ITEMS,
    "mail/correspondence.py:update_item": Action.LOG_ITEMS,
    "mail/correspondence.py:remove_item": Action.LOG_ITEMS,
    "mail/correspondence.py:restore_item": Action.LOG_ITEMS,
    "mail/correspondence.py:screen_item": Action.SCREEN_ITEMS,
    "mail/correspondence.py:screen_items": Action.SCREEN_ITEMS,
    "mail/deliveries.py:confirm_delivery": Action.CONFIRM_DELIVERY,
    "mail/deliveries.py:confirm_shipment_delivery": Action.CONFIRM_ALL_DELIVERIES,
    "mail/deliveries.py:mark_returned": Action.RECORD_RETURN_OR_LOSS,
    "mail/deliveries.py:mark_lost": Action.RECORD_RETURN_OR_LOSS,
    "mail/deliveries.py:undo_delivery": Action.UNDO_DELIVERY,
    "mail/parcels.py:create_parcel": Action.PACK_PARCELS,
    "mail/parcels.py:add_items_to_parcel": Action.PACK_PARCELS,
    "mail/parcels.py:remove_item_from_parcel": Action.PACK_PARCELS,
    "mail/parcels.py:set_parcel_contents": Action.PACK_PARCELS,
    "mail/parcels.py:pack_parcel": Action.PACK_PARCELS,
    "mail/parcels.py:reopen_parcel": Action.PACK_PARCELS,
    "mail/parcels.py:delete_parcel": Action.PACK_PARCELS,
    "mail/parcels.py:restore_parcel": Action.PACK_PARCELS,
    "mail/shipments.py:create_shipment": Action.SHIP_PARCELS,
    "mail/shipments.py:add_parcels_to_shipment": Action.SHIP_PARCELS,
    "mail/shipments.py:remove_parcel_from_shipment": Action.SHIP_PARCELS,
    "mail/shipments.py:hand_over_shipment": Action.SHIP_PARCELS,
    "mail/shipments.py:attach_receipt": Action.SHIP_PARCELS,
    "workflow/operations.py:create_operation": Action.PLAN_OPERATIONS,
    "workflow/operations.py:add_persons": Action.PLAN_OPERATIONS,
    "workflow/operations.py:remove_person": Action.PLAN_OPERATIONS,
    "workflow/operations.py:complete_operation": Action.COMPLETE_OPERATION,
    "workflow/operations.py:cancel_operation": Action.CANCEL_OPERATION,
    "workflow/operations.py:reopen_operation": Action.CANCEL_OPERATION,
    "workflow/review_queue.py:review_case": Action.REVIEW_CASES,
    "workflow/bulk_review.py:review_cases": Action.REVIEW_CASES,
    "printing/counterpart_export.py:export_for_counterpart": Action.EXPORT_PERSONAL_DATA,
    "work/my_work.py:team_work": Action.VIEW_TEAM_WORK,
    "work/workload.py:workloads": Action.VIEW_TEAM_WORK,
    "work/workload.py:held_case_ids": Action.VIEW_TEAM_WORK,
}
# Checks the action its caller names (PRINT_DOCUMENTS, EXPORT_PERSONAL_DATA).
CHECKS_THE_ACTION_GIVEN = {
    "core/disclosures.py:record_disclosure",
    "core/disclosures.py:check_allowed",
}
# Run a function above in a unit of work of their own (after a worker thread's reading).
IN_A_UNIT_OF_THEIR_OWN = {
    "core/disclosures.py:log_disclosure": "record_disclosure",
    "core/disclosures.py:log_case_viewed": "record_case_viewed",
}
# Begin by calling a function above, which checks.
CHECKED_BY_THEIR_FIRST_CALL = {
    "lists/trail_export.py:export_trail": "write_trail",
}
# Steps of the services above, run after their check: never called from outside services/.
HELPERS = {
    "cases/case_status.py:complete_by_operation",  # complete_operation's
    "lists/person_import_writer.py:write_rows",  # run_import's
    "mail/deliveries.py:advance_parcel",  # deliveries', handovers' and reconciliations'
    "mail/mail_events.py:move_item",
    "mail/mail_events.py:move_parcel",
    "mail/mail_events.py:record_first_event",
    "mail/mail_events.py:add_with_first_event",
    "cases/reassignment.py:hand_over",  # reassign_cases' and review_case's
    "cases/reviews.py:check_recipient",  # review_case's: whom an escalation may go to
}
# Take the actor to read for them, and write nothing.
READS = {
    "lists/person_import.py:plan_import",  # the dry run; run_import checks
    "workflow/review_queue.py:my_cases_needing_action",
    "work/my_work.py:my_work",  # the actor's own lines only
    "work/my_work.py:own_work",  # the actor's own lines out of a team read (no session)
}


@cache
def _functions_with_an_actor() -> dict[str, ast.FunctionDef]:
    found: dict[str, ast.FunctionDef] = {}
    for path in SCANNED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(SERVICES).as_posix()
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                params = [a.arg for a in (*node.args.args, *node.args.kwonlyargs)]
                if "actor" in params:
                    found[f"{where}:{node.name}"] = node
    return found


def _first_statement(function: ast.FunctionDef) -> ast.stmt:
    body = function.body
    has_docstring = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
    return body[1] if has_docstring else body[0]


def test_every_function_that_takes_an_actor_is_accounted_for() -> None:
    public = {name for name in _functions_with_an_actor() if not name.split(":")[1].startswith("_")}
    listed = [
        *SERVICE_ACTIONS,
        *CHECKS_THE_ACTION_GIVEN,
        *CHECKED_BY_THEIR_FIRST_CALL,
        *IN_A_UNIT_OF_THEIR_OWN,
        *HELPERS,
        *READS,
    ]
    assert len(listed) == len(set(listed)), "a function is listed twice"
    assert public - set(listed) == set(), "new: add it to SERVICE_ACTIONS with its action"
    # A module of another workstream not in this tree yet is not a function gone.
    gone = {n for n in set(listed) - public if (SERVICES / n.split(":")[0]).exists()}
    assert gone == set(), "gone or renamed: update the lists"


@pytest.mark.parametrize("name", sorted(SERVICE_ACTIONS))
def test_a_write_checks_its_action_before_anything_else(name: str) -> None:
    first = _first_statement(_functions_with_an_actor()[name])
    assert ast.unparse(first) == f"require(actor, Action.{SERVICE_ACTIONS[name].name})"


def test_a_disclosure_checks_the_action_it_is_given() -> None:
    for name in CHECKS_THE_ACTION_GIVEN:
        first = _first_statement(_functions_with_an_actor()[name])
        assert ast.unparse(first) == "require(actor, action)"


def test_a_composed_service_begins_with_a_checked_one() -> None:
    functions = _functions_with_an_actor()
    for name, callee in CHECKED_BY_THEIR_FIRST_CALL.items():
        module = name.split(":")[0]
        assert f"{module}:{callee}" in SERVICE_ACTIONS
        calls = [n for n in ast.walk(_first_statement(functions[name])) if isinstance(n, ast.Call)]
        assert calls and ast.unparse(calls[0].func) == callee


def test_a_unit_of_its_own_writes_only_through_a_checked_service() -> None:
    functions = _functions_with_an_actor()
    checked = {*SERVICE_ACTIONS, *CHECKS_THE_ACTION_GIVEN}
    for name, callee in IN_A_UNIT_OF_THEIR_OWN.items():
        module = name.split(":")[0]
        assert f"{module}:{callee}" in checked
        calls = {ast.unparse(n.func) for n in ast.walk(functions[name]) if isinstance(n, ast.Call)}
        assert callee in calls
        assert calls <= {callee, "unit_of_work"}, "it may do nothing else"


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _reached(path: Path) -> set[tuple[str, str]]:
    """The (module, function) pairs a file imports by name or reads as an attribute of a
    module it imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    reached: set[tuple[str, str]] = set()
    modules: dict[str, str] = {}  # local name → module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                reached.add((node.module, alias.name))
                modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                modules[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        name = (
            node.value.id
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            else None
        )
        if isinstance(node, ast.Attribute) and name in modules:
            reached.add((modules[name], node.attr))
    return reached


def test_what_checks_nothing_is_used_inside_the_services_only() -> None:
    """The helpers, and every private function that takes an actor."""
    unchecked = {
        (_module(SERVICES / name.split(":")[0]), name.split(":")[1])
        for name in _functions_with_an_actor()
        if name in HELPERS or name.split(":")[1].startswith("_")
    }
    assert len(unchecked) > len(HELPERS)
    outside = [
        p
        for p in (*(ROOT / "ombuds_desk").rglob("*.py"), *(ROOT / "scripts").glob("*.py"))
        if SERVICES not in p.parents
    ]
    assert len(outside) > 50
    reached = {p.relative_to(ROOT).as_posix(): _reached(p) & unchecked for p in outside}
    assert {path: pairs for path, pairs in reached.items() if pairs} == {}
