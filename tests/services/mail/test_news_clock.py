"""The news clock of a captive and the list of captives with no news."""

from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Direction, ItemKind
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases import case_status
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries, parcels
from ombuds_desk.services.mail.news_clock import (
    GC3_ART71_MONTHLY,
    NewsClock,
    NoNewsRow,
    news_clock,
    no_news_held,
    no_news_ids,
    no_news_list,
    no_news_rows,
)
from ombuds_desk.store.database import Database
from tests.services.helpers import register
from tests.services.mail_helpers import handed_over, log, packed


def _from(
    db: Database, actor: User, person_id: int, today: date, days_ago: int, kind: str = "letter"
) -> CorrespondenceItem:
    return log(
        db,
        actor,
        person_id,
        today,
        direction="from_person",
        kind=kind,
        received_on=today - timedelta(days=days_ago),
    )


def _paged(session: Session, today: date, **kw: Any) -> list[NoNewsRow]:
    """The list as the no-news page reads it: ids in order, then rows by id."""
    ids = no_news_ids(session, today=today, **kw)
    direction = {"direction": kw["direction"]} if "direction" in kw else {}
    rows = no_news_rows(session, list(reversed(ids)), today=today, **direction)
    return [rows[i] for i in ids]


def _clock(db: Database, person_id: int, today: date) -> NewsClock:
    with db.reading() as session:
        return news_clock(session, person_id, today=today)


def test_nothing_yet_counts_from_registration(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today, status_since=today - timedelta(days=40))
    assert person.id is not None
    clock = _clock(db, person.id, today)
    assert (clock.last_to_person, clock.last_from_person) == (None, None)
    assert (clock.days_since_to_person, clock.days_since_from_person) == (40, 40)
    assert clock.registered_on == today - timedelta(days=40)
    assert clock.standard == {ItemKind.LETTER: 2, ItemKind.POSTCARD: 4} == GC3_ART71_MONTHLY
    assert clock.below_art71


def test_sent_counts_from_dispatch_and_received_from_receipt(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(
        db,
        caseworker,
        today,
        family_name="Ґрицай",
        given_name="Юрій",
        status_since=today - timedelta(days=200),
    )
    assert person.id is not None
    early = packed(db, caseworker, person.id, today, items=2, on=today - timedelta(days=40))
    assert early.id is not None
    handed_over(db, caseworker, [early], today - timedelta(days=35), today, ref="A")
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(
            session, caseworker, [early.id], on=today - timedelta(days=3), today=today
        )
    later = packed(db, caseworker, person.id, today, items=1, on=today - timedelta(days=20))
    handed_over(db, caseworker, [later], today - timedelta(days=12), today, ref="B")
    back = packed(db, caseworker, person.id, today, items=1, on=today - timedelta(days=9))
    assert back.id is not None
    handed_over(db, caseworker, [back], today - timedelta(days=8), today, ref="C")
    with unit_of_work(db, caseworker) as session:
        deliveries.mark_returned(
            session,
            caseworker,
            back.id,
            reason="Не прийняли",
            on=today - timedelta(days=1),
            today=today,
        )
    packed(db, caseworker, person.id, today, items=1)  # packed today, not sent yet
    log(db, caseworker, person.id, today)  # logged today, not sent
    _from(db, caseworker, person.id, today, 30)  # outside the 30 days
    _from(db, caseworker, person.id, today, 29)
    _from(db, caseworker, person.id, today, 6, kind="postcard")
    _from(db, caseworker, person.id, today, 5, kind="drawing")
    clock = _clock(db, person.id, today)
    assert clock.last_to_person == today - timedelta(days=12)
    assert clock.days_since_to_person == 12
    assert (clock.last_from_person, clock.days_since_from_person) == (today - timedelta(days=5), 5)
    got = clock.from_person_last_30_days
    assert (got.letters, got.cards, got.other) == (1, 1, 1)
    sent = clock.to_person_last_30_days
    assert (sent.letters, sent.cards, sent.other) == (1, 0, 0)
    assert clock.below_art71


def test_no_news_list_edges_and_order(db: Database, caseworker: User, today: date) -> None:
    def captive(name, days_registered):
        return register(
            db,
            caseworker,
            today,
            family_name=name,
            given_name="Євген",
            status_since=today - timedelta(days=days_registered),
        )

    silent = captive("Мовчан", 117)
    over = captive("Пʼятих", 90)
    _from(db, caseworker, over.id, today, 31)
    edge = captive("Рівно", 90)
    _from(db, caseworker, edge.id, today, 30)
    recent = captive("Свіжий", 10)  # registered 10 days ago, nothing yet
    freed = captive("Звільнений", 200)
    with unit_of_work(db, caseworker) as session:
        case_status.change_status(
            session,
            caseworker,
            freed.id,
            CaseStatus.RELEASED,
            effective_on=today,
            today=today,
            reason="Released in the exchange of 20.11, per the ICRC",
        )
    register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Біженка",
        given_name="Олена",
        status_since=today - timedelta(days=300),
    )
    sent = packed(db, caseworker, silent.id, today, items=1, on=today - timedelta(days=3))
    handed_over(db, caseworker, [sent], today - timedelta(days=2), today)
    with db.reading() as session:
        rows = no_news_list(session, today=today, threshold_days=30)
        either_way = no_news_list(session, today=today, threshold_days=30, direction=None)
        to_them = no_news_list(
            session, today=today, threshold_days=30, direction=Direction.TO_PERSON
        )
        for whole, kw in (
            (rows, {}),
            (either_way, {"direction": None}),
            (to_them, {"direction": Direction.TO_PERSON}),
        ):
            assert _paged(session, today, threshold_days=30, **kw) == whole
            # In one read with each case's caseworker (My work): the same rows.
            held = no_news_held(session, today=today, threshold_days=30, **kw)
            assert [row for _holder, row in held] == whole
            assert {holder for holder, _row in held} <= {caseworker.id}
    assert [(r.case_number, r.days, r.last_news) for r in rows] == [
        (silent.case_number, 117, None),
        (over.case_number, 31, today - timedelta(days=31)),
    ]
    assert rows[0].name == "Мовчан Євген" and rows[0].status is CaseStatus.REGISTERED
    assert recent.id not in {r.person_id for r in rows}
    assert [r.person_id for r in either_way] == [over.id]
    assert [r.person_id for r in to_them] == [over.id, edge.id]


def test_a_custom_threshold(db: Database, caseworker: User, today: date) -> None:
    person = register(db, caseworker, today, status_since=date(2026, 11, 1))
    with db.reading() as session:
        assert [r.person_id for r in no_news_list(session, today=today, threshold_days=7)] == [
            person.id
        ]
        assert no_news_list(session, today=today, threshold_days=25) == []


def test_a_parcel_of_goods_alone_counts_as_sent_as_the_parcel_table_shows(
    db: Database, caseworker: User, today: date
) -> None:
    """Issue 12: a parcel holding only goods (no logged item) was dispatched all the same;
    the news line said "no item dispatched yet" beside it in the parcel table."""
    person = register(
        db, caseworker, today, family_name="Їжак", status_since=today - timedelta(days=90)
    )
    assert person.id is not None
    with unit_of_work(db, caseworker) as session:
        goods = parcels.create_parcel(
            session, caseworker, person.id, today=today, contents="Теплі шкарпетки, чай"
        )
        assert goods.id is not None
        goods = parcels.pack_parcel(
            session, caseworker, goods.id, seal_number="G-1", today=today, on=today - timedelta(20)
        )
    assert _clock(db, person.id, today).last_to_person is None  # packed is not sent
    handed_over(db, caseworker, [goods], today - timedelta(days=15), today, ref="G")
    clock = _clock(db, person.id, today)
    assert (clock.last_to_person, clock.days_since_to_person) == (today - timedelta(15), 15)
    # A letter dispatched earlier does not hide the later parcel, nor a later one it.
    letters = packed(db, caseworker, person.id, today, items=1, on=today - timedelta(days=14))
    handed_over(db, caseworker, [letters], today - timedelta(days=10), today, ref="L")
    assert _clock(db, person.id, today).days_since_to_person == 10


def test_the_list_held_by_some_caseworkers(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    """``no_news_held``: each row with its caseworker; ``holders`` keeps their cases only."""
    mine = register(db, caseworker, today, family_name="Ґалаґан", status_since=date(2026, 9, 1))
    nobody = register(db, caseworker, today, family_name="Пʼєцух", status_since=date(2026, 8, 1))
    with unit_of_work(db, caseworker) as session:
        person = session.get(Person, nobody.id)
        assert person is not None
        person.assigned_to_id = None
    with db.reading() as session:
        whole = no_news_list(session, today=today, threshold_days=30)
        held = no_news_held(session, today=today, threshold_days=30)
        assert [row for _holder, row in held] == whole
        assert [(holder, row.person_id) for holder, row in held] == [
            (None, nobody.id),
            (caseworker.id, mine.id),
        ]
        assert no_news_held(session, today=today, holders=[caseworker.id or 0]) == held[1:]
        assert no_news_held(session, today=today, holders=[supervisor.id or 0]) == []
