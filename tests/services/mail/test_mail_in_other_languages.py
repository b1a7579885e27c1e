"""The mail services' messages in the reader's language: a refusal read inside
``i18n.using(catalogue(…))`` (as the window's translator would answer it) is Ukrainian or
Russian, with its numbers and names in place."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import TransitionError, ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels, shipments
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, screened


def test_a_parcel_that_holds_an_item_is_not_deleted_said_in_ukrainian(
    db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    items = screened(db, caseworker, id_of(person), today, 1)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, id_of(person), today=today)
        parcels.add_items_to_parcel(
            session, caseworker, parcel.id or 0, [items[0].id or 0], today=today
        )
        number = parcel.parcel_number
    with i18n.using(catalogue(Language.UK)), pytest.raises(TransitionError) as refused:
        with unit_of_work(db, caseworker) as session:
            parcels.delete_parcel(session, caseworker, parcel.id or 0)
    assert refused.value.message == (
        f"Посилка {number} містить 1 відправлення: спершу вийміть його, потім видаліть "
        "порожню посилку."
    )


def test_a_missing_shipment_reference_is_said_in_ukrainian_and_russian(
    db: Database, caseworker: User
) -> None:
    for language, said in ((Language.UK, "обов’язкове поле"), (Language.RU, "обязательное поле")):
        with i18n.using(catalogue(language)), pytest.raises(ValidationError) as refused:
            with unit_of_work(db, caseworker) as session:
                shipments.create_shipment(session, caseworker, " ", "icrc")
        assert refused.value.fields == {"reference": said}
    with pytest.raises(ValidationError) as english:
        with unit_of_work(db, caseworker) as session:
            shipments.create_shipment(session, caseworker, " ", "icrc")
    assert english.value.fields == {"reference": "is required"}
