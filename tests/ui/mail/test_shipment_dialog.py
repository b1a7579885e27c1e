"""One shipment's panel: a scan that cannot be added says why, parcels taken out, a parcel
returned with a reason, delivery of the selected parcels only (picked with Ctrl and Shift),
confirming every parcel on its way only after a question that counts them (a supervisor's),
and a supervisor undoing a delivery with a reason or from the status bar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.mail import Parcel, Shipment
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries, shipments
from ombuds_desk.services.mail.mail_events import parcel_history
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.shipment_dialog import ShipmentPanel
from tests.services.helpers import id_of
from tests.services.mail_helpers import (
    family,
    handed_over,
    packed,
    reload_items,
    reload_parcel,
)
from tests.ui.conftest import HostFactory
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
    assert not panel.buttons["deliver"].isEnabled() and not panel.scan.isEnabled()
    assert panel.on_date.date().toPython() == today
    panel.on_date.setDate(panel.on_date.date().addDays(-1))
    delivered_id = panel.model.id_at(1)
    panel.view.selectRow(1)
    assert panel.buttons["deliver"].isEnabled()
    panel.buttons["deliver"].click()
    assert host.changes == [Change.SHIPMENTS | Change.PARCELS | Change.ITEMS]
    statuses = {p.id: reload_parcel(db, p.id or 0).status for p in parcels}
    assert statuses[delivered_id] is ParcelStatus.DELIVERED
    assert sorted(statuses.values()) == sorted(
        [ParcelStatus.DELIVERED, ParcelStatus.DISPATCHED, ParcelStatus.DISPATCHED]
    )
    assert reload_parcel(db, delivered_id or 0).delivered_on == today - timedelta(days=1)
    wait_idle(qtbot, host)


@pytest.fixture
def five_sent(db: Database, caseworker: User, today: date) -> tuple[list[Parcel], Shipment]:
    """Five parcels handed over two days ago, still on their way."""
    person, _ = family(db, caseworker, today)
    on = today - timedelta(days=6)
    made = [packed(db, caseworker, id_of(person), today, items=1, on=on) for _ in range(5)]
    return made, handed_over(db, caseworker, made, today - timedelta(days=2), today, ref="МКЧХ-5")


def _click_row(qtbot: QtBot, panel: ShipmentPanel, row: int, key: Qt.KeyboardModifier) -> None:
    """A mouse click on a row of the parcel list, with Ctrl or Shift held or not."""
    rect = panel.view.visualRect(panel.model.index(row, 1))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, key, QPoint(rect.center()))
    # The key is let go, as a hand would: the application forgets it was held.
    qtbot.keyRelease(panel.view, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def _statuses(db: Database, made: list[Parcel]) -> dict[int, ParcelStatus]:
    return {id_of(p): reload_parcel(db, id_of(p)).status for p in made}


def test_two_of_five_picked_with_ctrl_and_exactly_those_are_delivered(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    five_sent: tuple[list[Parcel], Shipment],
) -> None:
    made, shipment = five_sent
    panel = _panel(qtbot, host, feature, shipment)
    assert panel.model.rowCount() == 5
    assert not panel.buttons["deliver"].isEnabled()
    # A caseworker has no whole-shipment button, and no undo of deliveries.
    assert panel.buttons["deliver_all"].isHidden() and panel.buttons["undo_delivery"].isHidden()
    _click_row(qtbot, panel, 1, Qt.KeyboardModifier.NoModifier)
    _click_row(qtbot, panel, 3, Qt.KeyboardModifier.ControlModifier)
    chosen = [panel.model.id_at(1) or 0, panel.model.id_at(3) or 0]
    assert panel.view.selected_rows() == [1, 3]
    assert panel.buttons["deliver"].text() == "Confirm &delivery of 2 selected"
    panel.buttons["deliver"].click()
    wait_idle(qtbot, host)
    statuses = _statuses(db, made)
    assert [i for i, s in statuses.items() if s is ParcelStatus.DELIVERED] == sorted(chosen)
    assert sum(s is ParcelStatus.DISPATCHED for s in statuses.values()) == 3
    for parcel_id in chosen:
        assert {i.status for i in reload_items(db, parcel_id)} == {ItemStatus.DELIVERED}
    assert host.messages[-1] == "2 parcels of МКЧХ-5 confirmed delivered."
    assert not host.undo.button.isVisible()  # undoing a delivery is a supervisor's


def test_shift_selects_a_range_of_parcels(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    five_sent: tuple[list[Parcel], Shipment],
) -> None:
    made, shipment = five_sent
    panel = _panel(qtbot, host, feature, shipment)
    _click_row(qtbot, panel, 2, Qt.KeyboardModifier.NoModifier)
    _click_row(qtbot, panel, 4, Qt.KeyboardModifier.ShiftModifier)
    chosen = sorted(panel.model.id_at(r) or 0 for r in (2, 3, 4))
    panel.buttons["deliver"].click()
    wait_idle(qtbot, host)
    statuses = _statuses(db, made)
    assert [i for i, s in statuses.items() if s is ParcelStatus.DELIVERED] == chosen


def _supervisor_panel(
    qtbot: QtBot, make_host: HostFactory, supervisor: User, shipment: Shipment
) -> tuple[BareHost, ShipmentPanel]:
    boss = make_host(supervisor)
    installed = MailFeature(boss)
    wait_idle(qtbot, boss)
    return boss, _panel(qtbot, boss, installed, shipment)


def test_confirm_all_states_the_count_and_no_is_the_default(
    qtbot: QtBot,
    make_host: HostFactory,
    supervisor: User,
    caseworker: User,
    db: Database,
    today: date,
    five_sent: tuple[list[Parcel], Shipment],
) -> None:
    made, shipment = five_sent
    with unit_of_work(db, caseworker) as session:
        deliveries.mark_returned(
            session, caseworker, id_of(made[0]), reason="Адресата переведено", on=today, today=today
        )
    boss, panel = _supervisor_panel(qtbot, make_host, supervisor, shipment)
    every = panel.buttons["deliver_all"]
    assert every.isVisible() and every.isEnabled()
    assert every.text() == "Confirm &all 4 parcels delivered…"
    # Asked and refused: nothing changes.
    question = panel.on_deliver_all_clicked()
    assert question is not None and question.isVisible()
    assert question.text() == (
        "Confirm that all 4 parcels of shipment МКЧХ-5 still on their way were delivered on "
        f"{today:%d.%m.%Y}?"
    )
    assert question.informativeText().startswith("Their letters and items become delivered too.")
    assert question.button(QMessageBox.StandardButton.Yes).text() == "Confirm 4 delivered"
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter takes the default: No
    wait_idle(qtbot, boss)
    assert boss.changes == []
    assert sum(s is ParcelStatus.DISPATCHED for s in _statuses(db, made).values()) == 4
    # Asked again and confirmed: the four, and the shipment closes.
    question = panel.on_deliver_all_clicked()
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, boss)
    statuses = _statuses(db, made)
    assert statuses.pop(id_of(made[0])) is ParcelStatus.RETURNED
    assert set(statuses.values()) == {ParcelStatus.DELIVERED}
    with db.reading() as session:
        assert shipments.get_shipment(session, id_of(shipment)).status is ShipmentStatus.CLOSED
    assert not every.isEnabled()


def test_a_supervisor_undoes_a_delivery_with_a_reason(
    qtbot: QtBot,
    make_host: HostFactory,
    supervisor: User,
    caseworker: User,
    db: Database,
    today: date,
    five_sent: tuple[list[Parcel], Shipment],
) -> None:
    made, shipment = five_sent
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [id_of(made[2])], on=today, today=today)
    boss, panel = _supervisor_panel(qtbot, make_host, supervisor, shipment)
    undo = panel.buttons["undo_delivery"]
    assert undo.isVisible() and not undo.isEnabled()
    row = panel.model.row_of(id_of(made[2]))
    assert row is not None
    panel.view.selectRow((row + 1) % 5)  # a parcel still on its way: nothing to undo
    assert not undo.isEnabled()
    panel.view.selectRow(row)
    assert undo.isEnabled()
    dialog = panel.on_undo_delivery_clicked()
    assert dialog is not None and dialog.windowTitle() == "Undo delivery"
    assert f"Undo the delivery of parcel {made[2].parcel_number}? It goes back" in (
        dialog.findChildren(QLabel)[0].text()
    )
    dialog.ok_button.click()
    assert dialog.problem.text() == "Reason is required"
    assert reload_parcel(db, id_of(made[2])).status is ParcelStatus.DELIVERED
    dialog.reason.setEditText("МКЧХ підтвердив помилково")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    wait_idle(qtbot, boss)
    back = reload_parcel(db, id_of(made[2]))
    assert back.status is ParcelStatus.DISPATCHED and back.delivered_on is None
    assert boss.messages[-1] == f"Delivery of {made[2].parcel_number} undone."
    with db.reading() as session:
        newest = parcel_history(session, id_of(made[2]))[0]
    assert newest.reason == "Delivery undone: МКЧХ підтвердив помилково"
    assert newest.recorded_by == supervisor.full_name


def test_the_status_bar_undoes_a_supervisors_confirmation(
    qtbot: QtBot,
    make_host: HostFactory,
    supervisor: User,
    db: Database,
    five_sent: tuple[list[Parcel], Shipment],
) -> None:
    made, shipment = five_sent
    boss, panel = _supervisor_panel(qtbot, make_host, supervisor, shipment)
    panel.view.selectRow(0)
    chosen = panel.model.id_at(0) or 0
    panel.buttons["deliver"].click()
    wait_idle(qtbot, boss)
    assert reload_parcel(db, chosen).status is ParcelStatus.DELIVERED
    number = reload_parcel(db, chosen).parcel_number
    assert boss.statusBar().currentMessage() == f"Parcel {number} of МКЧХ-5 confirmed delivered."
    assert boss.undo.button.isVisible()
    qtbot.mouseClick(boss.undo.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, boss)
    assert set(_statuses(db, made).values()) == {ParcelStatus.DISPATCHED}
    assert boss.messages[-1] == f"Delivery of {number} undone."
    with db.reading() as session:
        newest = parcel_history(session, chosen)[0]
    assert newest.reason == (
        f"Delivery undone: undone by {supervisor.full_name} right after confirming it"
    )
