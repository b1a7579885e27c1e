"""Manifest and label data: every parcel of a shipment with totals and the handover, or the
labels of chosen parcels, with where each recipient is held."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.office_settings import OFFICE_NAME, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels
from ombuds_desk.services.printing import label_data, manifest_data
from ombuds_desk.services.printing.counterpart_manifest import counterpart_manifest_data
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.reports.builders import DETENTION, SHIPMENT, CaseFile
from tests.services.helpers import id_of, ids, register
from tests.services.mail_helpers import handed_over, packed, screened


def test_manifest_and_labels_data(db: Database, case_file: CaseFile, today: date) -> None:
    with db.reading() as session:
        manifest = manifest_data(session, SHIPMENT, today=today)
        by_ids = label_data(session, today=today, parcel_ids=case_file.parcel_ids[1:])
        with pytest.raises(NotFoundError):
            manifest_data(session, "NO-SUCH", today=today)
        with pytest.raises(ValueError):
            label_data(session, today=today)
    assert manifest.total_count == 3 and manifest.total_weight_grams == 4150
    assert manifest.unweighed == 1
    assert manifest.parcels[0].items == "3 letters"
    assert [e.parcel_number for e in by_ids.labels] == list(case_file.parcel_numbers[1:])


def test_the_manifest_names_the_handover_and_every_parcel(
    db: Database, case_file: CaseFile, supervisor: User, today: date
) -> None:
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, OFFICE_NAME, "Офіс Уповноваженого")
    with db.reading() as session:
        manifest = manifest_data(session, f"  {SHIPMENT} ", today=today)
    assert (manifest.office.name, manifest.office.paper_size, manifest.today) == (
        "Офіс Уповноваженого",
        "A4",
        today,
    )
    assert (manifest.reference, manifest.channel, manifest.status) == (
        SHIPMENT,
        "ICRC",
        "Handed over",
    )
    assert (manifest.handover_on, manifest.handed_over_by, manifest.received_org) == (
        today - timedelta(days=3),
        "Світлана Мельник",
        "ICRC",
    )
    first, second, third = manifest.parcels
    assert [p.parcel_number for p in manifest.parcels] == list(case_file.parcel_numbers)
    assert (first.case_number, first.recipient, first.place) == (
        case_file.captive_case,
        "Пʼятницька Євгенія Їжаківна",
        DETENTION,
    )
    assert (first.seal_number, first.status, first.weight_grams) == ("S-88121", "Dispatched", 2350)
    assert (second.recipient, second.recipient_latin) == (
        "Воробьёв Илья Сергеевич",
        "Vorobev Ilia Sergeevich",
    )
    assert (second.items, third.items, third.seal_number) == ("", "", "")


def test_labels_count_what_is_inside_and_say_where_an_evacuee_is(
    db: Database, caseworker: User, today: date
) -> None:
    evacuee = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Їжакевич",
        given_name="Ганна",
        current_location="ПТР, Пенза",
    )
    pid = id_of(evacuee)
    items = [
        *screened(db, caseworker, pid, today, 1, kind="drawing"),
        *screened(db, caseworker, pid, today, 2, kind="photo"),
        *screened(db, caseworker, pid, today, 1, kind="other"),
    ]
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, pid, today=today, contents="Ліки")
        parcels.add_items_to_parcel(session, caseworker, id_of(parcel), ids(items), today=today)
    with db.reading() as session:
        (label,) = label_data(session, today=today, parcel_ids=[id_of(parcel)]).labels
    assert label.items == "1 drawing, 2 photos, 1 other item"
    assert (label.place, label.contents, label.status) == ("ПТР, Пенза", "Ліки", "Assembling")


def test_labels_of_a_shipment_are_in_parcel_number_order(
    db: Database, caseworker: User, today: date
) -> None:
    person = register(db, caseworker, today)
    sent = [packed(db, caseworker, id_of(person), today) for _ in range(3)]
    handed_over(db, caseworker, list(reversed(sent)), today, today, ref="CO-2026-07")
    with db.reading() as session:
        sheet = label_data(session, today=today, shipment_reference="CO-2026-07")
        with pytest.raises(ValueError, match="either a shipment reference or parcel ids"):
            label_data(session, today=today, shipment_reference="CO-2026-07", parcel_ids=[1])
    assert sheet.title == "Shipment CO-2026-07"
    assert [e.parcel_number for e in sheet.labels] == sorted(p.parcel_number for p in sent)
    assert {e.items for e in sheet.labels} == {"2 letters"}


def test_labels_of_parcels_that_are_gone_are_left_out(
    db: Database, case_file: CaseFile, today: date
) -> None:
    with db.reading() as session:
        sheet = label_data(session, today=today, parcel_ids=[99999, case_file.parcel_ids[0]])
    assert sheet.title == "Selected parcels"
    assert [e.parcel_id for e in sheet.labels] == [case_file.parcel_ids[0]]


def test_an_unknown_shipment_is_said_in_the_readers_language(db: Database, today: date) -> None:
    """`print manifest`, `print labels` and the counterpart's manifest refused an unknown
    reference in English in a Ukrainian or Russian window and command line."""
    with db.reading() as session, i18n.using(catalogue(Language.UK)):
        for make in (manifest_data, counterpart_manifest_data):
            with pytest.raises(NotFoundError) as refused:
                make(session, "NO-SUCH", today=today)
            assert refused.value.message == "Партії з номером «NO-SUCH» немає."
        with pytest.raises(NotFoundError) as refused:
            label_data(session, today=today, shipment_reference="NO-SUCH")
        assert refused.value.message == "Партії з номером «NO-SUCH» немає."
