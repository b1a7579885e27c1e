"""The demo register: realistic, consistent with the services' rules, and never mixed in.

The mail, operations and reviews are checked twice: every page has something to show, and
everything follows the rules the services enforce.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import inspect, select
from sqlmodel import Session, SQLModel, col

from ombuds_desk.demo.builder import DEMO_OFFICE_NAME, DemoSummary, build_demo
from ombuds_desk.demo.mail import MAIL_DAYS
from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Channel,
    Direction,
    ItemKind,
    ItemStatus,
    OperationKind,
    OperationStatus,
    ParcelStatus,
    ReviewDecision,
    Role,
    ShipmentStatus,
    StatusEventKind,
)
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
from ombuds_desk.domain.mail_rules import (
    IN_TRANSIT,
    ITEM_STATUS_FOR_PARCEL,
    format_parcel_number,
    item_transition_problem,
    parcel_transition_problem,
    parse_parcel_number,
)
from ombuds_desk.domain.operations import Operation, OperationMember
from ombuds_desk.domain.people import (
    CaseNote,
    CaseReview,
    Contact,
    Person,
    PersonNameKey,
    StatusEvent,
)
from ombuds_desk.domain.status_rules import is_final, is_stalled, transition_problem
from ombuds_desk.domain.transliteration import has_cyrillic
from ombuds_desk.services.cases import persons as person_service
from ombuds_desk.services.cases.block_reasons import STANDARD_REASONS
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.acknowledgements import reconciliation_gaps
from ombuds_desk.services.mail.campaigns import campaign_progress
from ombuds_desk.services.mail.correspondence import clean_item
from ombuds_desk.services.mail.news_clock import no_news_list
from ombuds_desk.services.workflow.review_queue import stalled_cases
from ombuds_desk.services.workflow.statistics import office_stats
from ombuds_desk.store.database import Database, open_database
from tests.services.helpers import id_of

# The module-scoped fixture (two demo registers of 1,000 persons) is built once, on one
# xdist worker, not once on each (scripts/test.sh runs the tests with --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_builder")

TODAY = date(2026, 11, 26)
Row = TypeVar("Row", bound=SQLModel)
PERSONS = 1000  # enough for a parcel in every status


def _build(path: Path, seed: int = 2026, items: int | None = None) -> tuple[Database, DemoSummary]:
    db = open_database(f"sqlite:///{path}", demo=True)
    return db, build_demo(db, persons=PERSONS, seed=seed, today=TODAY, items=items)


# The last months' mail only, and a national register's share of older mail besides
# (ten items a person, a parcel for every two): every check holds for both.
@pytest.fixture(scope="module", params=[None, PERSONS * 10], ids=["recent-mail", "older-mail"])
def demo(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[Database, DemoSummary]]:
    items: int | None = request.param
    db, summary = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3", items=items)
    yield db, summary
    db.dispose()


def _all(db: Database, model: type[Row]) -> list[Row]:
    with db.reading() as session:
        return list(session.scalars(select(model)))


def _table(db: Database, model: type[SQLModel], *skip: str) -> list[tuple[Any, ...]]:
    """Every row of a table as plain tuples, in id order, without the ``skip`` columns."""
    table = inspect(model).local_table
    columns = [c for c in table.columns if c.name not in skip]
    with db.reading() as session:
        return [tuple(r) for r in session.execute(select(*columns).order_by(*table.primary_key))]


def test_register_has_both_categories_and_every_script(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    people = _all(db, Person)
    assert len(people) == summary.persons == PERSONS
    categories = {p.category for p in people}
    assert categories == {Category.CAPTIVE, Category.EVACUEE}
    captives = sum(p.category is Category.CAPTIVE for p in people)
    assert 0.5 < captives / PERSONS < 0.7 and captives == summary.captives
    names = " ".join(f"{p.family_name} {p.given_name} {p.patronymic or ''}" for p in people)
    for letter in "іїєґʼ":  # Ukrainian
        assert letter in names.lower(), letter
    assert re.search("[ыэё]", names.lower())  # Russian
    latin = [p for p in people if not has_cyrillic(p.family_name)]
    assert latin and all(p.family_name_latin == p.family_name for p in latin)
    cyrillic = [p for p in people if has_cyrillic(p.family_name)]
    assert not any("'" in p.family_name for p in cyrillic)  # typed ' became the Ukrainian ʼ
    assert all(p.family_name_latin and p.family_name_latin.isascii() for p in cyrillic)
    assert any(p.date_of_birth and len(p.date_of_birth) == 4 for p in people)  # year only
    assert any(p.date_of_birth and len(p.date_of_birth) == 10 for p in people)


def test_captives_and_evacuees_have_their_details(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    people = _all(db, Person)
    captives = [p for p in people if p.category is Category.CAPTIVE]
    evacuees = [p for p in people if p.category is Category.EVACUEE]
    assert all(p.service_number and p.rank and p.unit and p.holding_party for p in captives)
    assert all(p.captured_on and p.evacuated_from is None for p in captives)
    assert any(p.icrc_number for p in captives) and not all(p.icrc_number for p in captives)
    assert any(p.detention_place == "СІЗО-2, Таганрог" for p in captives)
    assert all(p.evacuated_from and p.current_location and p.evacuated_by for p in evacuees)
    assert all(p.service_number is None for p in evacuees)


def test_derived_columns_are_the_services_own(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    keys: dict[int, set[str]] = defaultdict(set)
    for row in _all(db, PersonNameKey):
        keys[row.person_id].add(row.key)
    for person in _all(db, Person):
        values = person.model_dump()
        assert person.sort_name == person_service.derived_fields(values)["sort_name"]
        assert person.birth_year == person_service.derived_fields(values)["birth_year"]
        assert keys[id_of(person)] == person_service.search_keys_of(person)
    with db.reading() as session:
        rule = stalled_after_days(session)
    # The stalled days were worked out with the office's thresholds, as a save would.
    assert rule.stored
    deferred: dict[int, date] = {}
    for review in _all(db, CaseReview):
        if review.next_review_on is not None:
            deferred[review.person_id] = max(
                review.next_review_on, deferred.get(review.person_id, review.next_review_on)
            )
    for person in _all(db, Person):
        assert person.stalled_on == rule.stalled_on(
            person.category, person.status, person.status_since, person.blocked
        )
        assert person.deferred_until == deferred.get(id_of(person))


def test_case_numbers_are_unique_and_well_formed(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    people = _all(db, Person)
    numbers = [p.case_number for p in people]
    assert len(set(numbers)) == len(numbers)
    seqs: dict[tuple[Category, int], list[int]] = defaultdict(list)
    for p in people:
        assert re.fullmatch(r"(CAP|EVA)-\d{4}-\d{5}", p.case_number)
        assert p.case_number == person_service.format_case_number(
            p.category, p.case_year, p.case_seq
        )
        seqs[(p.category, p.case_year)].append(p.case_seq)
        assert p.created_at.date().year == p.case_year  # numbered in the year registered
    for found in seqs.values():
        assert sorted(found) == list(range(1, len(found) + 1))
    assert len({year for _, year in seqs}) >= 2  # about two years of cases


def test_status_histories_follow_the_rules(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    events: dict[int, list[StatusEvent]] = defaultdict(list)
    for event in sorted(_all(db, StatusEvent), key=lambda e: (e.effective_on, e.id)):
        events[event.person_id].append(event)
    assert summary.status_events == sum(len(e) for e in events.values())
    people = _all(db, Person)
    for person in people:
        history = events[id_of(person)]
        assert history[0].kind is StatusEventKind.REGISTERED
        assert history[0].to_status is CaseStatus.REGISTERED
        status = CaseStatus.REGISTERED
        for event in history[1:]:
            assert event.effective_on <= TODAY
            if event.kind is StatusEventKind.CHANGE:
                assert event.from_status is status
                assert transition_problem(person.category, status, event.to_status) is None
                status = event.to_status
                assert event.reason
            else:
                assert event.kind in (StatusEventKind.BLOCKED, StatusEventKind.UNBLOCKED)
                assert event.blocked_reason in STANDARD_REASONS
        assert person.status is status
        assert person.status_since == max(
            e.effective_on
            for e in history
            if e.kind in (StatusEventKind.REGISTERED, StatusEventKind.CHANGE)
        )
    assert sum(len(h) >= 3 for h in events.values()) > PERSONS // 5


def test_register_has_blocked_stalled_and_finished_cases(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, summary = demo
    people = _all(db, Person)
    blocked = [p for p in people if p.blocked]
    assert 2 <= len(blocked) <= PERSONS // 10 and len(blocked) == summary.blocked
    assert all(p.blocked_reason in STANDARD_REASONS and not is_final(p.status) for p in blocked)
    days = [(TODAY - p.status_since).days for p in people if not is_final(p.status)]
    assert any(d < 30 for d in days)
    assert any(30 < d <= 90 for d in days)
    assert any(d >= 200 for d in days)
    assert any(is_stalled(p.status, False, p.status_since, TODAY) for p in people)
    finished = [p for p in people if is_final(p.status)]
    assert {CaseStatus.REPATRIATED, CaseStatus.RETURNED} <= {p.status for p in finished}
    assert len(finished) == summary.finished < PERSONS // 2


def test_contacts_notes_staff_and_office(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    contacts = _all(db, Contact)
    assert len(contacts) == summary.contacts
    per_person: dict[int, int] = defaultdict(int)
    for contact in contacts:
        per_person[contact.person_id] += 1
    assert max(per_person.values()) <= 4 and len(per_person) < PERSONS  # some have none
    assert any(c.phone for c in contacts) and {c.consent.value for c in contacts} >= {"given"}
    assert len(_all(db, CaseNote)) == summary.notes > 0
    staff = _all(db, User)
    assert 8 <= len(staff) <= 12 and summary.users == len(staff)
    roles = [u.role for u in staff]
    assert roles.count(Role.SUPERVISOR) == 2 and roles.count(Role.CASEWORKER) >= 5
    me = next(u for u in staff if u.username == "n.rudenko")  # the demo signs in as her
    assert me.role is Role.SUPERVISOR and not any(u.password_hash for u in staff)
    with db.reading() as session:
        mine = person_ids(
            session, PersonFilter(assigned_to_id=me.id), today=TODAY, threshold_days=30
        )
        assert mine
        setting = session.get(OfficeSetting, "office_name")
        assert setting is not None and setting.value == DEMO_OFFICE_NAME


def test_latin_spelling_finds_a_cyrillic_name(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    people = _all(db, Person)
    # ICAO gives "G" for Г; Ukrainian passports write "H": search by the other spelling.
    person = next(
        p for p in people if "Г" in p.family_name and (p.family_name_latin or "").startswith("G")
    )
    assert person.family_name_latin is not None
    spelling = "H" + person.family_name_latin[1:]
    with db.reading() as session:
        found = person_ids(session, PersonFilter(text=spelling), today=TODAY, threshold_days=30)
    assert person.id in found


def test_building_into_a_register_with_persons_is_refused(tmp_path: Path) -> None:
    db, summary = _build(tmp_path / "twice.sqlite3")
    try:
        with pytest.raises(ValidationError, match="already holds 1,000 persons"):
            build_demo(db, persons=10, today=TODAY)
        with Session(db.engine) as session:
            assert len(session.scalars(select(col(Person.id))).all()) == summary.persons
    finally:
        db.dispose()


def test_building_into_a_real_register_is_refused(db: Database, admin: User, today: date) -> None:
    with unit_of_work(db, admin) as session:
        raw = {"category": "evacuee", "family_name": "Ґалаґан", "given_name": "Олег"}
        person_service.register_person(session, admin, raw, today=today)
    with pytest.raises(ValidationError, match="has staff who sign in with passwords"):
        build_demo(db, persons=5, today=today)
    with unit_of_work(db, admin) as session:  # nobody signs in any more: the persons stop it
        session.get_one(User, admin.id).password_hash = None
    with pytest.raises(ValidationError, match="never mixed"):
        build_demo(db, persons=5, today=today)
    assert len(_all(db, Person)) == 1


def test_same_seed_gives_the_same_data(
    tmp_path: Path, demo: tuple[Database, DemoSummary], request: pytest.FixtureRequest
) -> None:
    first, _ = demo
    items = request.node.callspec.params["demo"]  # the same build as the fixture's
    second, _ = _build(tmp_path / "again.sqlite3", items=items)
    # Another seed gives other persons: checked once, beside the register without older
    # mail (the persons are drawn before any mail), not with a third register of 1,000
    # persons and 10,000 items built for this one check.
    other = None if items else _build(tmp_path / "other.sqlite3", seed=7)[0]
    try:
        for model in (
            Person,
            PersonNameKey,
            StatusEvent,
            Contact,
            CaseNote,
            CorrespondenceItem,
            Parcel,
            Shipment,
            MailEvent,
            Acknowledgement,
            AcknowledgementLine,
            Campaign,
            Operation,
            OperationMember,
            CaseReview,
        ):
            assert _table(first, model) == _table(second, model), model.__name__
        assert _table(first, User, "created_at") == _table(second, User, "created_at")
        if other is not None:
            assert _table(first, Person) != _table(other, Person)
    finally:
        second.dispose()
        if other is not None:
            other.dispose()


def test_persons_must_be_a_sensible_number(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'zero.sqlite3'}")
    try:
        with pytest.raises(ValidationError):
            build_demo(db, persons=0, today=TODAY)
    finally:
        db.dispose()


# --- mail, operations, campaigns and reviews --------------------------------------------


def _events(db: Database) -> tuple[dict[int, list[MailEvent]], dict[int, list[MailEvent]]]:
    """Each item's and each parcel's history, in the order it happened."""
    by_item: dict[int, list[MailEvent]] = defaultdict(list)
    by_parcel: dict[int, list[MailEvent]] = defaultdict(list)
    for event in sorted(_all(db, MailEvent), key=lambda e: (e.effective_on, e.id)):
        if event.item_id is not None:
            by_item[event.item_id].append(event)
        else:
            assert event.parcel_id is not None
            by_parcel[event.parcel_id].append(event)
    return by_item, by_parcel


def test_every_mail_page_has_something_to_show(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    items, parcels = _all(db, CorrespondenceItem), _all(db, Parcel)
    shipments = _all(db, Shipment)
    assert len(items) == summary.items and len(parcels) == summary.parcels
    assert len(shipments) == summary.shipments
    # The last months' shipments; older ones (a national register's) are all closed.
    cutoff = TODAY - timedelta(days=MAIL_DAYS)
    handovers = {id_of(s): s.handover_on or TODAY for s in shipments}  # all planned: dated
    assert 3 <= sum(on >= cutoff for on in handovers.values()) <= 6
    assert all(s.status is ShipmentStatus.CLOSED for s in shipments if handovers[id_of(s)] < cutoff)
    assert len(_all(db, MailEvent)) == summary.mail_events
    to_person = [i for i in items if i.direction is Direction.TO_PERSON]
    assert {ItemKind.LETTER, ItemKind.POSTCARD, ItemKind.DRAWING, ItemKind.PHOTO} <= {
        i.kind for i in to_person
    }
    assert any(i.direction is Direction.FROM_PERSON for i in items)
    assert {i.status for i in items} == set(ItemStatus)
    assert {p.status for p in parcels} == set(ParcelStatus)
    withheld = [i for i in items if i.status is ItemStatus.WITHHELD]
    assert all(i.withheld_reason for i in withheld)
    assert {p.contents for p in parcels} & {"Теплі шкарпетки, листи, ліки"}
    assert all(p.weight_grams for p in parcels if p.status is not ParcelStatus.ASSEMBLING)
    persons = {id_of(p): p for p in _all(db, Person)}
    mail_captives = {i.person_id for i in items} | {p.person_id for p in parcels}
    captives = sum(p.category is Category.CAPTIVE for p in persons.values())
    assert all(persons[pid].category is Category.CAPTIVE for pid in mail_captives)
    recent = {i.person_id for i in items if i.logged_at.date() >= cutoff} | {
        p.person_id for p in parcels if p.created_at.date() >= cutoff
    }
    assert 0.25 < len(recent) / captives < 0.5
    assert {s.channel for s in shipments} == {Channel.ICRC, Channel.COUNTERPART_OMBUDSMAN}
    assert [s.status for s in shipments].count(ShipmentStatus.PREPARING) == 1
    handed = [s for s in shipments if s.status is not ShipmentStatus.PREPARING]
    assert len(handed) >= 3
    assert all(
        s.handed_over_by
        and s.handed_over_org
        and s.received_by
        and s.received_org
        and re.fullmatch(r"(ICRC|CO)-\d{4}-\d{2}", s.reference)
        for s in handed
    )
    statuses = {p.status for p in parcels if p.shipment_id in {s.id for s in handed}}
    assert {ParcelStatus.DISPATCHED, ParcelStatus.DELIVERED} <= statuses
    with db.reading() as session:
        gaps = reconciliation_gaps(session, today=TODAY)
        assert gaps.unacknowledged and len(gaps.unknown) == 1
        stats = office_stats(session, today=TODAY, threshold_days=30)
        assert set(stats.parcels_by_status) == set(ParcelStatus)
        silent = no_news_list(session, today=TODAY, threshold_days=60)
        assert any(row.last_news is not None for row in silent)  # they wrote, then fell silent
    acknowledgement = _all(db, Acknowledgement)
    lines = _all(db, AcknowledgementLine)
    assert len(acknowledgement) == 1 and len(lines) == summary.acknowledgement_lines
    assert sum(line.parcel_id is None for line in lines) == 1


def test_items_and_parcels_follow_the_mail_rules(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    items, parcels = _all(db, CorrespondenceItem), {p.id: p for p in _all(db, Parcel)}
    shipments = {s.id: s for s in _all(db, Shipment)}
    contacts = {c.id: c for c in _all(db, Contact)}
    by_item, by_parcel = _events(db)
    with db.reading() as session:  # the logging form's own rule for a contact's name
        authors = {
            i.id: clean_item(session, i.person_id, _form(i), TODAY)["author_name"]
            for i in items
            if i.author_contact_id is not None
        }
    for item in items:
        history = by_item[id_of(item)]
        assert history[0].from_status is None and history[0].to_status == ItemStatus.LOGGED
        for before, after in itertools.pairwise(history):
            assert after.from_status == before.to_status
            assert (
                item_transition_problem(ItemStatus(before.to_status), ItemStatus(after.to_status))
                is None
            )
        assert history[-1].to_status == item.status and history[-1].effective_on == item.status_on
        assert item.received_on is not None
        assert item.received_on <= history[0].effective_on <= TODAY
        assert item.version == len(history)
        if item.direction is Direction.TO_PERSON:
            assert item.author_contact_id is not None
            contact = contacts[item.author_contact_id]
            assert contact.person_id == item.person_id
            assert (item.author_name, item.author_relationship) == (
                authors[item.id],
                contact.relationship,
            )
        else:
            assert item.author_contact_id is None and item.author_name is None
        if item.parcel_id is None:
            assert item.status in (ItemStatus.LOGGED, ItemStatus.SCREENED, ItemStatus.WITHHELD)
            continue
        parcel = parcels[item.parcel_id]  # an item in a parcel: the person's own, sent to them
        assert parcel.person_id == item.person_id and item.direction is Direction.TO_PERSON
        expected = ITEM_STATUS_FOR_PARCEL.get(parcel.status, ItemStatus.PACKED)
        if parcel.status is ParcelStatus.LOST:
            expected = ItemStatus.DISPATCHED
        assert item.status is expected
    seals = [p.seal_number for p in parcels.values() if p.seal_number]
    assert len(seals) == len(set(seals))
    numbers: dict[int, list[int]] = defaultdict(list)
    for parcel in parcels.values():
        history = by_parcel[id_of(parcel)]
        assert history[0].from_status is None and history[0].to_status == ParcelStatus.ASSEMBLING
        assert history[0].effective_on == parcel.created_at.date()
        for before, after in itertools.pairwise(history):
            assert after.from_status == before.to_status
            assert (
                parcel_transition_problem(
                    ParcelStatus(before.to_status), ParcelStatus(after.to_status)
                )
                is None
            )
        assert history[-1].to_status == parcel.status
        parsed = parse_parcel_number(parcel.parcel_number)
        assert parsed is not None
        year, seq = parsed
        assert parcel.parcel_number == format_parcel_number(year, seq)
        assert year == parcel.created_at.year
        numbers[year].append(seq)
        if parcel.status is ParcelStatus.ASSEMBLING:
            assert parcel.seal_number is None and parcel.shipment_id is None
            continue
        assert parcel.seal_number and parcel.packed_on
        assert parcel.contents or any(i.parcel_id == parcel.id for i in items)
        if parcel.status is ParcelStatus.PACKED:
            assert parcel.dispatched_on is None
            shipment = shipments.get(parcel.shipment_id)
            assert shipment is None or shipment.status is ShipmentStatus.PREPARING
            continue
        shipment = shipments[parcel.shipment_id]  # left the office only in a handover
        assert shipment.status is not ShipmentStatus.PREPARING
        assert parcel.dispatched_on is not None
        assert parcel.packed_on <= parcel.dispatched_on == shipment.handover_on
        if parcel.status is ParcelStatus.DELIVERED:
            assert parcel.delivered_on is not None
            assert parcel.dispatched_on <= parcel.delivered_on == history[-1].effective_on
        if parcel.status in (ParcelStatus.RETURNED, ParcelStatus.LOST):
            assert parcel.status_reason == history[-1].reason
    for seqs in numbers.values():  # numbered like parcels.create_parcel: 1, 2, 3… a year
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    for shipment in shipments.values():
        moving = [
            p for p in parcels.values() if p.shipment_id == shipment.id and p.status in IN_TRANSIT
        ]
        if shipment.status is not ShipmentStatus.PREPARING:
            assert (shipment.status is ShipmentStatus.HANDED_OVER) == bool(moving)


def _form(item: CorrespondenceItem) -> dict[str, object]:
    return {
        "kind": item.kind.value,
        "direction": item.direction.value,
        "author_contact_id": item.author_contact_id,
    }


def test_nothing_is_dated_after_today(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    days: list[date | None] = [
        d
        for i in _all(db, CorrespondenceItem)
        for d in (i.received_on, i.status_on, i.logged_at.date())
    ]
    days += [
        d
        for p in _all(db, Parcel)
        for d in (p.created_at.date(), p.packed_on, p.dispatched_on, p.delivered_on)
        if d is not None
    ]
    days += [d for e in _all(db, MailEvent) for d in (e.effective_on, e.recorded_at.date())]
    days += [s.handover_on for s in _all(db, Shipment) if s.status is not ShipmentStatus.PREPARING]
    days += [line.delivered_on for line in _all(db, AcknowledgementLine)]
    days += [r.reviewed_at.date() for r in _all(db, CaseReview)]
    days += [m.added_at.date() for m in _all(db, OperationMember)]
    days += [o.completed_at.date() for o in _all(db, Operation) if o.completed_at]
    assert days and None not in days
    assert max(d for d in days if d is not None) <= TODAY


def test_campaigns_show_progress(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert len(_all(db, Campaign)) == summary.campaigns == 2
    with db.reading() as session:
        progress = {p.name: p for p in campaign_progress(session, today=TODAY)}
    winter = progress["Зимові посилки 2026 / Winter parcels 2026"]
    assert (winter.target, winter.deadline, winter.days_left) == (2000, date(2026, 12, 31), 35)
    assert winter.delivered and winter.dispatched and winter.packed
    past = next(p for p in progress.values() if p is not winter)
    assert past.days_left < 0 and past.category is Category.CAPTIVE
    assert 0.8 * past.target < past.delivered < past.target  # fell a little short


def test_a_completed_exchange_repatriated_its_members(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    operations = _all(db, Operation)
    assert len(operations) == summary.operations == 3
    members: dict[int, list[int]] = defaultdict(list)
    for member in _all(db, OperationMember):
        members[member.operation_id].append(member.person_id)
    assert sum(len(m) for m in members.values()) == summary.operation_members
    persons = {id_of(p): p for p in _all(db, Person)}
    done = next(o for o in operations if o.status is OperationStatus.COMPLETED)
    assert done.completed_at is not None
    assert done.kind is OperationKind.EXCHANGE and done.completed_at.date() == done.planned_on
    events: dict[int, list[StatusEvent]] = defaultdict(list)
    for event in _all(db, StatusEvent):
        events[event.person_id].append(event)
    assert len(members[id_of(done)]) >= 5
    supervisors = {u.id for u in _all(db, User) if u.role is Role.SUPERVISOR}
    for person_id in members[id_of(done)]:
        person = persons[person_id]
        assert (person.status, person.status_since) == (CaseStatus.REPATRIATED, done.planned_on)
        last = max(events[person_id], key=lambda e: (e.effective_on, e.id))
        assert (last.kind, last.from_status, last.to_status) == (
            StatusEventKind.CHANGE,
            CaseStatus.LISTED_FOR_EXCHANGE,
            CaseStatus.REPATRIATED,
        )
        assert last.operation_id == done.id and last.effective_on == done.planned_on
        assert last.reason == f"Operation “{done.name}”" and last.recorded_by_id in supervisors
    pointing = {e.person_id for evs in events.values() for e in evs if e.operation_id == done.id}
    assert pointing == set(members[id_of(done)])


def test_planned_operations_line_up_open_cases(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    persons = {id_of(p): p for p in _all(db, Person)}
    members: dict[int, list[int]] = defaultdict(list)
    for member in _all(db, OperationMember):
        members[member.operation_id].append(member.person_id)
    planned = {o.kind: o for o in _all(db, Operation) if o.status is OperationStatus.PLANNED}
    assert set(planned) == {OperationKind.EXCHANGE, OperationKind.GROUP_RETURN}
    for kind, status, category in (
        (OperationKind.EXCHANGE, CaseStatus.LISTED_FOR_EXCHANGE, Category.CAPTIVE),
        (OperationKind.GROUP_RETURN, CaseStatus.AWAITING_ACCEPTANCE, Category.EVACUEE),
    ):
        operation = planned[kind]
        assert operation.planned_on > TODAY and operation.facilitated_by
        people = [persons[i] for i in members[id_of(operation)]]
        assert 10 <= len(people) <= 124
        assert all(p.category is category and p.status is status and not p.blocked for p in people)
    assert (
        len(members[id_of(planned[OperationKind.EXCHANGE])]) == 12
    )  # 1,000 persons // 125, at least 12


def test_supervisors_reviewed_stalled_cases(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    reviews = _all(db, CaseReview)
    assert len(reviews) == summary.reviews >= 6
    persons = {id_of(p): p for p in _all(db, Person)}
    supervisors = {u.id for u in _all(db, User) if u.role is Role.SUPERVISOR}
    for review in reviews:
        person = persons[review.person_id]
        reviewed = review.reviewed_at.date()
        assert review.reviewed_by_id in supervisors
        assert is_stalled(person.status, False, person.status_since, reviewed)  # stalled by then
        assert review.next_review_on is not None and review.next_review_on > reviewed
    decisions = {r.decision for r in reviews}
    assert decisions == {ReviewDecision.KEEP_WAITING, ReviewDecision.ESCALATE}
    assert any(r.next_review_on and r.next_review_on > TODAY for r in reviews)
    with db.reading() as session:
        everyone = stalled_cases(session, today=TODAY, threshold_days=30)
        queue = stalled_cases(session, today=TODAY, threshold_days=30, queue_only=True)
    deferred = {c.person_id for c in everyone} - {c.person_id for c in queue}
    assert deferred and deferred <= {
        r.person_id for r in reviews if r.next_review_on and r.next_review_on > TODAY
    }


def test_a_built_register_has_the_planners_statistics(demo: tuple[Database, DemoSummary]) -> None:
    """Measured as it is built, search keys included (searched with their index's worth
    guessed until then), before any close."""
    db, _summary = demo
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        measured = {t for (t,) in connection.execute("SELECT DISTINCT tbl FROM sqlite_stat1")}
    assert {"person", "person_name_key", "status_event"} <= measured
