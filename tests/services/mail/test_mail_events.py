"""Every status move of an item or a parcel leaves exactly one history row — from, to, when,
why and who — and a refused move leaves none and changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, col, func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import EditConflictError, TransitionError, ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent, Parcel
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence, parcels
from ombuds_desk.services.mail.mail_events import (
    add_with_first_event,
    case_mail_history,
    check_date,
    clean_reason,
    item_history,
    item_title,
    move_item,
    move_parcel,
    parcel_history,
    verify_version,
)
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log, snapshot


def _events(session: Session, **where: int) -> list[MailEvent]:
    query = select(MailEvent).order_by(col(MailEvent.id))
    for column, value in where.items():
        query = query.where(getattr(MailEvent, column) == value)
    return list(session.exec(query))


def test_an_item_move_leaves_one_row_with_from_to_and_who(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item = log(db, caseworker, id_of(person), today - timedelta(days=2))
    item_id = id_of(item)
    on = today - timedelta(days=1)
    with unit_of_work(db, caseworker) as session:
        loaded = correspondence.get_item(session, item_id)
        before = len(_events(session, item_id=item_id))
        move_item(session, caseworker, loaded, ItemStatus.SCREENED, on, "Перевірено")
        session.flush()
        rows = _events(session, item_id=item_id)
        assert len(rows) == before + 1
        last = rows[-1]
        assert (last.from_status, last.to_status, last.effective_on, last.reason) == (
            "logged",
            "screened",
            on,
            "Перевірено",
        )
        assert (last.recorded_by_id, last.parcel_id) == (caseworker.id, None)
    with db.reading() as session:
        saved = session.get(CorrespondenceItem, item_id)
        assert saved is not None
        assert (saved.status, saved.status_on, saved.version) == (ItemStatus.SCREENED, on, 2)


def test_a_refused_item_move_adds_no_row_and_changes_nothing(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item_id = id_of(log(db, caseworker, id_of(person), today, kind="drawing"))
    before = snapshot(db)
    with pytest.raises(TransitionError) as raised, unit_of_work(db, caseworker) as session:
        move_item(
            session, caseworker, correspondence.get_item(session, item_id), ItemStatus.PACKED, today
        )
    assert raised.value.message == (
        f"Drawing #{item_id}: a logged item cannot become “Packed”; "
        "it can become “Screened”, “Withheld”."
    )
    assert snapshot(db) == before


def test_a_parcel_move_leaves_one_row_and_leaves_its_items_alone(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(
            session, caseworker, id_of(person), today=today, contents="Шкарпетки"
        )
    parcel_id = id_of(parcel)
    with unit_of_work(db, caseworker) as session:
        loaded = parcels.get_parcel(session, parcel_id)
        move_parcel(session, caseworker, loaded, ParcelStatus.PACKED, today, "Seal SL-1")
        session.flush()
        rows = parcel_history(session, parcel_id)
    assert [(r.from_status, r.to_status, r.reason, r.recorded_by) for r in rows] == [
        ("assembling", "packed", "Seal SL-1", "Олег Бондар"),
        (None, "assembling", "Parcel created", "Олег Бондар"),
    ]
    with db.reading() as session:
        saved = session.get(Parcel, parcel_id)
        assert saved is not None
        assert (saved.status, saved.version) == (ParcelStatus.PACKED, 2)
        assert saved.packed_on is None  # dates are the caller's business
    before = snapshot(db)
    with pytest.raises(TransitionError, match=r"Parcel PCL-2026-000001: .*cannot become “Lost”"):
        with unit_of_work(db, caseworker) as session:
            move_parcel(
                session,
                caseworker,
                parcels.get_parcel(session, parcel_id),
                ParcelStatus.LOST,
                today,
            )
    assert snapshot(db) == before


def test_a_new_record_gets_its_id_and_its_first_row(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        item = CorrespondenceItem(
            person_id=id_of(person),
            kind=ItemKind.PHOTO,
            direction=Direction.TO_PERSON,
            author_name="Ковальчук Олена",
            status_on=today,
            logged_by_id=caseworker.id,
        )
        add_with_first_event(session, caseworker, item, on=today, reason="Logged")
        assert item.id is not None
        parcel = Parcel(parcel_number="PCL-2026-000777", person_id=id_of(person))
        add_with_first_event(session, caseworker, parcel, on=today, reason="Parcel created")
        assert parcel.id is not None
        item_rows = _events(session, item_id=item.id)
        parcel_rows = _events(session, parcel_id=parcel.id)
    assert [(r.from_status, r.to_status, r.reason, r.parcel_id) for r in item_rows] == [
        (None, "logged", "Logged", None)
    ]
    assert [(r.from_status, r.to_status, r.reason, r.item_id) for r in parcel_rows] == [
        (None, "assembling", "Parcel created", None)
    ]


def test_histories_are_newest_first_and_name_who_recorded_each_step(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item_id = id_of(log(db, caseworker, id_of(person), today - timedelta(days=5)))
    with unit_of_work(db, supervisor) as session:
        correspondence.screen_item(
            session, supervisor, item_id, passed=False, reason="Номер частини", today=today
        )
    with db.reading() as session:
        history = item_history(session, item_id)
    assert [(h.to_status, h.recorded_by, h.reason) for h in history] == [
        ("withheld", "Світлана Мельник", "Номер частини"),
        ("logged", "Олег Бондар", "Logged"),
    ]
    assert history[0].from_status == "logged" and history[0].item_id == item_id


def test_a_case_history_gathers_its_items_and_parcels_only(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    other, _ = family(db, caseworker, today, family_name="Їжакевич", given_name="Остап")
    letter = log(db, caseworker, id_of(person), today - timedelta(days=3))
    log(db, caseworker, id_of(other), today)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, id_of(person), today=today)
    with db.reading() as session:
        history = case_mail_history(session, id_of(person))
        everything = session.exec(select(func.count()).select_from(MailEvent)).one()
    assert [(h.item_id, h.parcel_id, h.effective_on) for h in history] == [
        (None, parcel.id, today),
        (letter.id, None, today - timedelta(days=3)),
    ]
    assert everything == 3  # the other person's letter is not in this case's history


@pytest.mark.parametrize(
    ("on", "previous", "problem"),
    [
        (date(2026, 11, 27), None, "is in the future"),
        (date(2026, 11, 20), date(2026, 11, 21), "is before the previous step (21.11.2026)"),
    ],
)
def test_a_step_date_may_be_neither_ahead_nor_before_the_last(
    today: date, on: date, previous: date | None, problem: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        check_date("delivered_on", on, previous, today)
    assert raised.value.fields == {"delivered_on": problem}
    check_date("delivered_on", today, today, today)  # the same day is fine


def test_a_stale_form_is_refused_without_counting_a_change() -> None:
    parcel = Parcel(parcel_number="PCL-2026-000001", person_id=1, version=4)
    verify_version(parcel, 4, "Parcel PCL-2026-000001")
    verify_version(parcel, None, "Parcel PCL-2026-000001")
    assert parcel.version == 4  # the move that follows counts it
    with pytest.raises(EditConflictError, match="Parcel PCL-2026-000001 was changed"):
        verify_version(parcel, 3, "Parcel PCL-2026-000001")
    assert parcel.version == 4


def test_reasons_are_trimmed_and_required_where_asked() -> None:
    assert clean_reason("  Адресата переведено ") == "Адресата переведено"
    assert clean_reason("   ") is None and clean_reason(None) is None
    with pytest.raises(ValidationError) as raised:
        clean_reason(" ", "source", required=True)
    assert raised.value.fields == {"source": "is required"}


def test_an_item_is_called_by_its_kind_and_number() -> None:
    item = CorrespondenceItem(
        id=12, person_id=1, kind=ItemKind.POSTCARD, direction=Direction.TO_PERSON
    )
    assert item_title(item) == "Postcard #12"
