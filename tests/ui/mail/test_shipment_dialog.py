"""One shipment's panel: a scan that cannot be added says why, parcels taken out, a parcel
returned with a reason, and delivery of the selected parcels only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import shipments
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.shipment_dialog import ShipmentPanel
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, packed, reload_parcel
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def parcels(db: Database, caseworker: User, today: date) -> list[Parcel]:
    person, _ = family(db, caseworker, today)
    on = today - timedelta(days=6)
    return [packed(db, caseworker, id_of(person), today, items=1, on=on) for _ in range(3)]


def _panel(qtbot: QtBot, host: BareHost, feature: MailFeature, shipment: Shipment) -> ShipmentPanel:
    page = feature.shipments_page
    host.show_page(page)
    page.select_shipment(shipment.id or 0)
    wait_idle(qtbot, host)
    assert page.panel.shipment is not None and page.panel.shipment.id == shipment.id
    return page.panel


def test_a_parcel_in_another_shipment_is_refused_under_the_scan_box(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    parcels: list[Parcel],
) -> None:
    with unit_of_work(db, caseworker) as session:
        first = shipments.create_shipment(session, caseworker, "A-1", "icrc")
        shipments.add_parcels_to_shipment(session, caseworker, first.id or 0, [parcels[0].id or 0])
        second = shipments.create_shipment(session, caseworker, "B-2", "other")
    panel = _panel(qtbot, host, feature, second)
    assert panel.title.text().startswith("<b>B-2</b> · Other · Preparing")
    type_text(qtbot, panel.scan, parcels[0].parcel_number)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert "is already in another shipment" in panel.scan_result.text()
    assert panel.scan.selectedText() == parcels[0].parcel_number  # the next scan replaces it
    assert host.changes == []
    assert reload_parcel(db, parcels[0].id or 0).shipment_id == first.id


def test_parcels_are_taken_out_of_a_shipment_being_prepared(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    parcels: list[Parcel],
) -> None:
    with unit_of_work(db, caseworker) as session:
        made = shipments.create_shipment(session, caseworker, "A-1", "icrc")
        shipments.add_parcels_to_shipment(
            session, caseworker, made.id or 0, [p.id or 0 for p in parcels]
        )
    panel = _panel(qtbot, host, feature, made)
    assert panel.model.rowCount() == 3 and "3 parcels" in panel.title.text()
    panel.view.selectRow(0)
    panel.view.selectionModel().select(
        panel.model.index(1, 0),
        panel.view.selectionModel().SelectionFlag.Select
        | panel.view.selectionModel().SelectionFlag.Rows,
    )
    panel.buttons["remove"].click()
    assert host.changes == [Change.SHIPMENTS | Change.PARCELS]
    wait_idle(qtbot, host)
    assert panel.model.rowCount() == 1 and "1 parcel" in panel.title.text()
    assert feature.shipments_page.model.index(0, 3).data() == "1"
    assert sum(reload_parcel(db, p.id or 0).shipment_id is None for p in parcels) == 2


def test_a_returned_parcel_needs_one_selected_and_a_reason(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    parcels: list[Parcel],
) -> None:
    shipment = handed_over(db, caseworker, parcels, today - timedelta(days=2), today)
    panel = _panel(qtbot, host, feature, shipment)
    assert panel.ask_reason(returned=True) is None
    assert panel.scan_result.text() == "Select the one parcel that came back or was lost."
    returned_id = panel.model.id_at(0)
    panel.view.selectRow(0)
    dialog = panel.ask_reason(returned=True)
    assert dialog is not None and dialog.windowTitle() == "Parcel returned"
    dialog.reason.setEditText("Адресата переведено")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert reload_parcel(db, returned_id or 0).status is ParcelStatus.RETURNED
    wait_idle(qtbot, host)
    assert panel.scan_result.text() == ""
    row = panel.model.row_of(returned_id or 0)
    assert row is not None
    assert panel.model.index(row, 3).data() == "Returned"
    background = panel.model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == BLOCKED_BACKGROUND


def test_confirm_delivery_of_the_selected_parcels_only(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    parcels: list[Parcel],
) -> None:
    shipment = handed_over(db, caseworker, parcels, today - timedelta(days=2), today)
    panel = _panel(qtbot, host, feature, shipment)
    assert panel.buttons["deliver"].isEnabled() and not panel.scan.isEnabled()
    assert panel.on_date.date().toPython() == today
    panel.on_date.setDate(panel.on_date.date().addDays(-1))
    delivered_id = panel.model.id_at(1)
    panel.view.selectRow(1)
    panel.buttons["deliver"].click()
    assert host.changes == [Change.SHIPMENTS | Change.PARCELS | Change.ITEMS]
    statuses = {p.id: reload_parcel(db, p.id or 0).status for p in parcels}
    assert statuses[delivered_id] is ParcelStatus.DELIVERED
    assert sorted(statuses.values()) == sorted(
        [ParcelStatus.DELIVERED, ParcelStatus.DISPATCHED, ParcelStatus.DISPATCHED]
    )
    assert reload_parcel(db, delivered_id or 0).delivered_on == today - timedelta(days=1)
    wait_idle(qtbot, host)
