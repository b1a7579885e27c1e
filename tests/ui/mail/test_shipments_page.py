"""The Shipments page: create, add by scanning and by picking many, hand over, receipt,
delivery, and importing an acknowledgement; the list's columns whole in every language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Channel, ItemStatus, ParcelStatus, ShipmentStatus
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.shipments import create_shipment, find_shipment, get_receipt
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.translators import install_translators
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.shipments_page import ShipmentsPage
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, packed, reload_items, reload_parcel
from tests.ui.conftest import HostFactory
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost
from tests.ui.screens import cut_columns, shots_folder


@pytest.fixture
def page(qtbot: QtBot, host: BareHost, feature: MailFeature) -> ShipmentsPage:
    shown = feature.shipments_page
    host.show_page(shown)
    wait_idle(qtbot, host)
    return shown


@pytest.fixture
def parcels(db: Database, caseworker: User, today: date) -> list[Parcel]:
    person, _ = family(db, caseworker, today)
    made = [packed(db, caseworker, id_of(person), today, items=2) for _ in range(4)]
    return made


def test_hand_over_a_shipment_and_see_its_parcels_dispatched(
    qtbot: QtBot,
    host: BareHost,
    page: ShipmentsPage,
    db: Database,
    parcels: list[Parcel],
    today: date,
    tmp_path: Path,
    make_host: HostFactory,
    supervisor: User,
) -> None:
    dialog = page.on_new_clicked()
    type_text(qtbot, dialog.reference.edit, "МКЧХ-2026-12")
    qtbot.keyClick(dialog.reference.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert host.changes == [Change.SHIPMENTS]
    wait_idle(qtbot, host)
    panel = page.panel
    assert host.focusWidget() is panel.scan  # ready for the scanner
    assert panel.shipment is not None and panel.shipment.reference == "МКЧХ-2026-12"
    assert page.model.rowCount() == 1

    # Scan two parcels; a bad number is explained under the box and changes nothing.
    for parcel in parcels[:2]:
        type_text(qtbot, panel.scan, parcel.parcel_number.lower())
        qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
        assert panel.scan_result.text() == f"Added {parcel.parcel_number}."
        wait_idle(qtbot, host)
        assert panel.scan_result.text() == f"Added {parcel.parcel_number}."  # stays, read again
    type_text(qtbot, panel.scan, "PCL-2026-777777")
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert panel.scan_result.text() == "No parcel numbered “PCL-2026-777777”."
    assert panel.scan.text() == "PCL-2026-777777"  # selected, for the next scan to replace
    # ...and pick the other two from the list of packed parcels.
    picker = panel.on_pick_clicked()
    wait_idle(qtbot, host)
    assert picker.model.rowCount() == 2
    assert picker.count.text().startswith("2 packed parcels wait for a shipment.")
    picker.view.selectAll()
    picker.add_button.click()
    assert not picker.isVisible()
    wait_idle(qtbot, host)
    assert panel.model.rowCount() == 4
    assert "4 parcels" in panel.title.text()

    handover = panel.on_hand_over_clicked()
    assert handover is not None
    handover.ok_button.click()
    assert handover.lines["received_by"].problem == "Is required for the chain of custody"
    assert reload_parcel(db, parcels[0].id or 0).status is ParcelStatus.PACKED
    type_text(qtbot, handover.lines["received_by"].edit, "Jean Dupont")
    handover.on.setDate(handover.on.date().addDays(-1))  # before the parcels were packed
    handover.ok_button.click()
    assert handover.problem.text() == "The date is before the previous step (26.11.2026)"
    handover.on.setDate(handover.on.date().addDays(1))
    handover.ok_button.click()
    assert not handover.isVisible()
    wait_idle(qtbot, host)

    for parcel in parcels:
        stored = reload_parcel(db, parcel.id or 0)
        assert stored.status is ParcelStatus.DISPATCHED
        assert stored.dispatched_on == today
        assert {i.status for i in reload_items(db, parcel.id or 0)} == {ItemStatus.DISPATCHED}
    statuses = {panel.model.index(r, 3).data() for r in range(panel.model.rowCount())}
    assert statuses == {"Dispatched"}
    assert "Handed over" in panel.title.text()
    assert "to Jean Dupont — ICRC" in panel.custody.text()
    assert not panel.scan.isEnabled()
    # Confirming delivery acts on a selection: with none, there is nothing to confirm.
    assert not panel.buttons["deliver"].isEnabled()

    receipt = tmp_path / "квитанція.pdf"
    receipt.write_bytes(b"%PDF-1.4 signed")
    assert panel.attach_receipt(str(receipt))
    wait_idle(qtbot, host)
    assert "Receipt: квитанція.pdf" in panel.custody.text()
    with db.reading() as session:
        shipment = find_shipment(session, "мкчх-2026-12")
        assert shipment is not None
        assert get_receipt(session, shipment.id or 0) == ("квитанція.pdf", b"%PDF-1.4 signed")
    panel.save_receipt(str(tmp_path / "copy.pdf"))
    wait_idle(qtbot, host)
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.4 signed"

    panel.view.selectRow(0)
    lost_id = panel.model.id_at(0)
    lost = panel.ask_reason(returned=False)
    assert lost is not None
    lost.ok_button.click()
    assert lost.problem.text() == "Reason is required"
    lost.reason.setEditText("Посилку втрачено в дорозі")
    lost.ok_button.click()
    assert not lost.isVisible()
    wait_idle(qtbot, host)

    # The caseworker confirms the one parcel selected; confirming the whole shipment is not
    # theirs to do (the button is not there), and they are offered no undo (a supervisor's).
    assert panel.buttons["deliver_all"].isHidden()
    assert panel.buttons["undo_delivery"].isHidden()
    panel.view.selectRow(1)
    delivered_id = panel.model.id_at(1)
    assert panel.buttons["deliver"].isEnabled()
    panel.buttons["deliver"].click()
    wait_idle(qtbot, host)
    number = next(p.parcel_number for p in parcels if p.id == delivered_id)
    assert host.messages[-1] == f"Parcel {number} of МКЧХ-2026-12 confirmed delivered."
    assert not host.undo.button.isVisible()
    by_id = {p.id: reload_parcel(db, p.id or 0).status for p in parcels}
    assert by_id.pop(lost_id) is ParcelStatus.LOST
    assert by_id.pop(delivered_id) is ParcelStatus.DELIVERED
    assert list(by_id.values()) == [ParcelStatus.DISPATCHED] * 2  # the rest, untouched
    with db.reading() as session:
        shipment = find_shipment(session, "МКЧХ-2026-12")
        assert shipment is not None and shipment.status is ShipmentStatus.HANDED_OVER

    # A supervisor confirms the two still on their way, after a question that counts them.
    boss = make_host(supervisor)
    boss_page = MailFeature(boss).shipments_page
    boss.show_page(boss_page)
    boss_page.select_shipment(shipment.id or 0)
    wait_idle(qtbot, boss)
    every = boss_page.panel.buttons["deliver_all"]
    assert every.isVisible() and every.text() == "Confirm &all 2 parcels delivered…"
    question = boss_page.panel.on_deliver_all_clicked()
    assert question is not None
    assert question.text() == (
        "Confirm that all 2 parcels of shipment МКЧХ-2026-12 still on their way were "
        f"delivered on {today:%d.%m.%Y}?"
    )
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, boss)
    finished = [reload_parcel(db, p.id or 0) for p in parcels]
    assert sorted(p.status for p in finished) == [ParcelStatus.DELIVERED] * 3 + [ParcelStatus.LOST]
    with db.reading() as session:
        shipment = find_shipment(session, "МКЧХ-2026-12")
        assert shipment is not None and shipment.status is ShipmentStatus.CLOSED
    assert boss.statusBar().currentMessage() == "2 parcels of МКЧХ-2026-12 confirmed delivered."
    assert boss.undo.button.isVisible()  # a supervisor may take it back at once
    assert boss_page.model.index(0, 2).data() == "Closed"
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.model.index(0, 2).data() == "Closed"


def test_import_an_acknowledgement_shows_counts_and_gaps(
    qtbot: QtBot,
    host: BareHost,
    page: ShipmentsPage,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    person, _ = family(db, caseworker, today)
    long_ago = today - timedelta(days=45)
    parcels = [packed(db, caseworker, id_of(person), today, items=1, on=long_ago) for _ in range(4)]
    handed_over(db, caseworker, parcels, today - timedelta(days=40), today)
    ack = tmp_path / "ack.csv"
    ack.write_text(
        "Номер посилки;Дата доставки\n"
        f"{parcels[0].parcel_number};20.11.2026\nPCL-2026-555555;21.11.2026\n",
        encoding="cp1251",
    )
    dialog = page.import_file(str(ack))
    assert dialog is not None
    assert "2 parcel numbers in column “Номер посилки”" in dialog.summary.text()
    assert dialog.unacknowledged.rowCount() == 4  # nothing changed yet
    dialog.import_button.click()
    assert dialog.problem.text() == "Source is required"
    type_text(qtbot, dialog.source, "МКЧХ")
    dialog.import_button.click()
    wait_idle(qtbot, host)
    assert dialog.outcome is not None and dialog.outcome.delivered == 1
    assert dialog.summary.text().startswith(
        "2 numbers on the list · 1 now delivered · 0 delivered already"
    )
    assert "Unknown to this office: 1 — PCL-2026-555555" in dialog.summary.text()
    assert dialog.unacknowledged.rowCount() == 3
    assert dialog.unknown.rowCount() == 1
    assert dialog.unknown.index(0, 0).data() == "PCL-2026-555555"
    assert reload_parcel(db, parcels[0].id or 0).status is ParcelStatus.DELIVERED


@pytest.fixture(params=["en", "uk", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, Language(request.param))
    yield str(request.param)
    install_translators(qapp, Language.EN)


def test_the_list_shows_every_column_whole_on_a_small_screen(
    qtbot: QtBot,
    language: str,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    """The channel, the list's last column, "Омбудсмен другой стороны" in Russian, is not
    cut while the shipment's panel beside it has room to spare."""
    with unit_of_work(db, caseworker) as session:
        for number, channel in enumerate(Channel, start=10):
            reference = f"ICRC-2026-{number}"
            create_shipment(session, caseworker, reference, channel, handover_on=today)
    host.resize(1280, 720)
    page = MailFeature(host).shipments_page
    host.show_page(page)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(Channel))
    wait_idle(qtbot, host)
    host.grab().save(str(shots_folder(tmp_path) / f"shipments-{language}.png"))
    assert cut_columns(page.view, range(page.model.columnCount()), cells=True) == []
