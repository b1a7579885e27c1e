"""Correcting mistakes: removing an item logged in error (with a reason, audited) and putting
it back, deleting an empty parcel (its number never given again) and putting it back, and
the office's screening setting."""

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import (
    EditConflictError,
    NotFoundError,
    TransitionError,
    ValidationError,
)
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.services.core.audit_trail import case_history
from ombuds_desk.services.core.office_settings import set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence, parcels
from ombuds_desk.services.mail.mail_events import item_history, parcel_history
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, log, packed, screened, snapshot


def _remove(
    db: Database, actor: User, item_id: int, reason: str | None = "Logged twice"
) -> correspondence.RemovedItem:
    with unit_of_work(db, actor) as session:
        return correspondence.remove_item(session, actor, item_id, reason=reason)


def _history_lines(db: Database, person_id: int) -> list[str]:
    with db.reading() as session:
        return [row.what for row in case_history(session, person_id)]


def test_a_screened_item_is_removed_with_its_reason_in_the_case_history(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item = screened(db, caseworker, id_of(person), today, description="Лист від Ґалі")[0]
    removed = _remove(db, caseworker, id_of(item), "Записано двічі")
    assert removed.title == f"Letter #{item.id}"
    with db.reading() as session:
        assert session.get(CorrespondenceItem, id_of(item)) is None
        assert item_history(session, id_of(item)) == []
    lines = _history_lines(db, id_of(person))
    assert any(line.endswith("removed — Записано двічі") for line in lines), lines


def test_a_removal_needs_a_reason_and_changes_nothing_without_one(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item = log(db, caseworker, id_of(person), today)
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        _remove(db, caseworker, id_of(item), "  ")
    assert caught.value.fields == {"reason": "is required"}
    assert snapshot(db) == before


def test_a_stale_removal_is_refused(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    item = log(db, caseworker, id_of(person), today)
    with unit_of_work(db, caseworker) as session:
        correspondence.update_item(
            session,
            caseworker,
            id_of(item),
            {"kind": "postcard", "direction": "to_person", "author_name": "Мати"},
            expected_version=1,
            today=today,
        )
    with pytest.raises(EditConflictError):
        with unit_of_work(db, caseworker) as session:
            correspondence.remove_item(
                session, caseworker, id_of(item), reason="Двічі", expected_version=1
            )


def test_a_packed_item_cannot_be_removed_and_the_message_says_what_to_do(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    parcel = packed(db, caseworker, id_of(person), today, items=1)
    with db.reading() as session:
        inside = parcels.parcel_items(session, id_of(parcel))[0]
    before = snapshot(db)
    with pytest.raises(TransitionError) as caught:
        _remove(db, caseworker, id_of(inside))
    message = str(caught.value)
    assert f"is packed in parcel {parcel.parcel_number}" in message
    assert "cannot be removed, only withheld or returned" in message
    assert "Take it out of the parcel first" in message
    assert snapshot(db) == before


def test_a_dispatched_item_cannot_be_removed(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    parcel = packed(db, caseworker, id_of(person), today, items=1)
    handed_over(db, caseworker, [parcel], today, today)
    with db.reading() as session:
        inside = parcels.parcel_items(session, id_of(parcel))[0]
    assert inside.status is ItemStatus.DISPATCHED
    with pytest.raises(TransitionError, match="dispatched; a packed or dispatched item cannot"):
        _remove(db, caseworker, id_of(inside))


def test_restoring_a_removed_item_puts_it_back_with_its_history(
    db: Database, caseworker: User, today: date
) -> None:
    person, wife = family(db, caseworker, today)
    item = screened(db, caseworker, id_of(person), today, author_contact_id=wife.id)[0]
    removed = _remove(db, caseworker, id_of(item))
    with unit_of_work(db, caseworker) as session:
        back = correspondence.restore_item(session, caseworker, removed)
    with db.reading() as session:
        again = correspondence.get_item(session, id_of(back))
        steps = [(h.from_status, h.to_status) for h in item_history(session, id_of(back))]
    assert (again.status, again.author_contact_id, again.author_name) == (
        ItemStatus.SCREENED,
        wife.id,
        item.author_name,
    )
    assert steps == [("logged", "screened"), (None, "logged")]


def test_removing_an_item_gone_meanwhile_says_so(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item = log(db, caseworker, id_of(person), today)
    _remove(db, caseworker, id_of(item))
    with pytest.raises(NotFoundError, match="may have been removed"):
        _remove(db, caseworker, id_of(item))


# -- parcels ------------------------------------------------------------------------------


def _create(db: Database, actor: User, person_id: int, today: date) -> Parcel:
    with unit_of_work(db, actor) as session:
        return parcels.create_parcel(session, actor, person_id, today=today)


def _delete(db: Database, actor: User, parcel_id: int) -> parcels.RemovedParcel:
    with unit_of_work(db, actor) as session:
        return parcels.delete_parcel(session, actor, parcel_id)


def test_an_empty_parcel_is_deleted_and_its_number_never_given_again(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    first = _create(db, caseworker, id_of(person), today)
    second = _create(db, caseworker, id_of(person), today)
    removed = _delete(db, caseworker, id_of(second))
    assert removed.number == second.parcel_number
    with db.reading() as session:
        assert session.get(Parcel, id_of(second)) is None
        assert parcel_history(session, id_of(second)) == []
    third = _create(db, caseworker, id_of(person), today)
    assert third.parcel_number not in (first.parcel_number, second.parcel_number)
    assert third.parcel_number.endswith("-000003")
    lines = _history_lines(db, id_of(person))
    assert f"Parcel removed: {second.parcel_number} — Empty, created by mistake" in lines


def test_numbers_stay_used_whichever_parcel_is_deleted(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    made = [_create(db, caseworker, id_of(person), today) for _ in range(3)]
    _delete(db, caseworker, id_of(made[2]))
    _delete(db, caseworker, id_of(made[0]))  # a lower number does not lower the mark
    _delete(db, caseworker, id_of(made[1]))
    again = _create(db, caseworker, id_of(person), today)
    assert again.parcel_number.endswith("-000004")
    with db.reading() as session:
        assert parcels.next_parcel_seq(session, today.year) == 5
        assert parcels.next_parcel_seq(session, today.year + 1) == 1  # each year anew


def test_a_parcel_with_items_or_once_sealed_is_kept(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    filled = _create(db, caseworker, id_of(person), today)
    letter = screened(db, caseworker, id_of(person), today)[0]
    with unit_of_work(db, caseworker) as session:
        parcels.add_items_to_parcel(
            session, caseworker, id_of(filled), [id_of(letter)], today=today
        )
    before = snapshot(db)
    with pytest.raises(TransitionError, match="holds 1 item; take them out first"):
        _delete(db, caseworker, id_of(filled))
    assert snapshot(db) == before
    sealed = packed(db, caseworker, id_of(person), today, items=1)
    with pytest.raises(TransitionError, match="is packed; only a parcel still being assembled"):
        _delete(db, caseworker, id_of(sealed))
    with unit_of_work(db, caseworker) as session:
        parcels.reopen_parcel(session, caseworker, id_of(sealed), reason="Печатка", today=today)
        for item in parcels.parcel_items(session, id_of(sealed)):
            parcels.remove_item_from_parcel(
                session, caseworker, id_of(sealed), id_of(item), today=today
            )
    with pytest.raises(TransitionError, match="was sealed once"):
        _delete(db, caseworker, id_of(sealed))
    with db.reading() as session:
        assert session.get(Parcel, id_of(filled)) is not None
        assert session.get(Parcel, id_of(sealed)) is not None


def test_restoring_a_deleted_parcel_brings_back_its_number(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    parcel = _create(db, caseworker, id_of(person), today)
    removed = _delete(db, caseworker, id_of(parcel))
    with unit_of_work(db, caseworker) as session:
        back = parcels.restore_parcel(session, caseworker, removed)
    assert back.parcel_number == parcel.parcel_number
    assert back.status is ParcelStatus.ASSEMBLING
    with db.reading() as session:
        assert [h.to_status for h in parcel_history(session, id_of(back))] == ["assembling"]
    with pytest.raises(TransitionError, match="is back already"):
        with unit_of_work(db, caseworker) as session:
            parcels.restore_parcel(session, caseworker, removed)


# -- the screening setting ----------------------------------------------------------------


def test_items_wait_for_screening_by_default(db: Database, caseworker: User, today: date) -> None:
    person, _ = family(db, caseworker, today)
    assert log(db, caseworker, id_of(person), today).status is ItemStatus.LOGGED


def test_without_screening_a_logged_item_is_screened_at_once_and_says_so(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, "screening_required", "no")
    person, _ = family(db, caseworker, today)
    item = log(db, caseworker, id_of(person), today)
    assert item.status is ItemStatus.SCREENED
    with db.reading() as session:
        steps = [(h.to_status, h.reason) for h in item_history(session, id_of(item))]
    assert steps == [("screened", correspondence.SCREENED_AT_ONCE), ("logged", "Logged")]
    with pytest.raises(ValidationError):
        with unit_of_work(db, admin) as session:
            set_setting(session, admin, "screening_required", "maybe")


def test_a_screened_item_not_yet_packed_can_still_be_withheld(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item = screened(db, caseworker, id_of(person), today)[0]
    with unit_of_work(db, caseworker) as session:
        kept = correspondence.screen_item(
            session, caseworker, id_of(item), passed=False, reason="Фото з позиціями", today=today
        )
    assert (kept.status, kept.withheld_reason) == (ItemStatus.WITHHELD, "Фото з позиціями")
    parcel = packed(db, caseworker, id_of(person), today, items=1)
    with db.reading() as session:
        inside = parcels.parcel_items(session, id_of(parcel))[0]
    with pytest.raises(TransitionError, match="a packed item cannot become “Withheld”"):
        with unit_of_work(db, caseworker) as session:
            correspondence.screen_item(
                session, caseworker, id_of(inside), passed=False, reason="Ні", today=today
            )
