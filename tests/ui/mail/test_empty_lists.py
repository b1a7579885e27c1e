"""Every empty list of the mail pages says why it is empty: the Parcels page, the shipments,
a shipment's parcels and the picker of packed parcels; Delete on the Parcels page deletes an
empty parcel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels, shipments
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.feature import MailFeature
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, packed
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal


def test_the_parcels_page_says_why_it_is_empty(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    page = feature.parcels_page
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 0 and page.note.isVisible()
    assert page.note.reason().startswith("No parcels yet: select a case on the Cases page")
    person, _ = family(db, caseworker, today)
    packed(db, caseworker, id_of(person), today, items=1)
    page.refresh()
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 1 and not page.note.isVisible()
    page.status.set_current(ParcelStatus.ASSEMBLING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    wait_idle(qtbot, host)
    assert page.note.isVisible()
    assert page.note.reason().startswith("No parcel matches the search and filters above")


def test_a_shipment_and_the_picker_say_why_they_are_empty(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    page = feature.shipments_page
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.note.isVisible() and page.note.reason().startswith("No shipments yet")
    person, _ = family(db, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        shipment = shipments.create_shipment(session, caseworker, "ICRC-7", "icrc")
        for _ in range(2):
            parcels.create_parcel(session, caseworker, id_of(person), today=today)
    page.refresh(id_of(shipment))
    wait_idle(qtbot, host)
    panel = page.panel
    assert not page.note.isVisible()
    assert panel.model.rowCount() == 0 and panel.note.isVisible()
    assert panel.note.reason().startswith("No parcels in this shipment yet: scan or type")
    picker = panel.on_pick_clicked()
    wait_idle(qtbot, host)
    assert picker.model.rowCount() == 0 and picker.note.isVisible()
    assert picker.note.reason().startswith(
        "No packed parcels wait for a shipment: 2 parcels are still being assembled — "
    )
    picker.reject()
    packed(db, caseworker, id_of(person), today, items=1)
    picker = panel.on_pick_clicked()
    wait_idle(qtbot, host)
    assert picker.model.rowCount() == 1 and not picker.note.isVisible()
    picker.view.selectAll()
    picker.add_button.click()
    wait_idle(qtbot, host)
    assert panel.model.rowCount() == 1 and not panel.note.isVisible()
    picker = panel.on_pick_clicked()
    wait_idle(qtbot, host)
    assert picker.note.reason().startswith("No packed parcels wait for a shipment: 2 parcels")
    picker.reject()


def test_delete_on_the_parcels_page_deletes_an_empty_parcel_only(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    sealed = packed(db, caseworker, id_of(person), today, items=1)
    with unit_of_work(db, caseworker) as session:
        empty = parcels.create_parcel(session, caseworker, id_of(person), today=today)
    page = feature.parcels_page
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 2
    page.select_parcel(id_of(sealed))
    wait_idle(qtbot, host)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = modal(qtbot)
    assert isinstance(box, QMessageBox)
    assert "is packed; only a parcel still being assembled, never sealed" in box.text()
    box.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    page.select_parcel(id_of(empty))
    wait_idle(qtbot, host)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    with db.reading() as session:
        assert [p.id for p in parcels.list_parcels(session, id_of(person))] == [sealed.id]
    assert host.undo.button.isVisible()
