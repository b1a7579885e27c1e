"""Chain of custody: the handover form, a reason asked for a step, and the signed receipt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.mail import Shipment
from ombuds_desk.services.core.office_settings import OFFICE_NAME, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence, shipments
from ombuds_desk.services.mail.shipments import get_receipt
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.mail.handover_dialog import (
    HandoverDialog,
    ReasonDialog,
    attach_receipt_file,
    handover_facts,
    save_receipt_file,
)
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log, packed, reload_items, reload_parcel
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal


@pytest.fixture
def shipment(db: Database, caseworker: User, supervisor: User, today: date) -> Shipment:
    """A shipment for the ICRC, planned for yesterday, with two packed parcels."""
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, OFFICE_NAME, "Офіс Уповноваженого")
    person, _ = family(db, caseworker, today)
    parcels = [
        packed(db, caseworker, id_of(person), today, items=1, on=today - timedelta(days=3))
        for _ in range(2)
    ]
    with unit_of_work(db, caseworker) as session:
        made = shipments.create_shipment(
            session, caseworker, "ICRC-7", "icrc", handover_on=today - timedelta(days=1)
        )
        shipments.add_parcels_to_shipment(
            session, caseworker, made.id or 0, [p.id or 0 for p in parcels]
        )
        return made


def _dialog(qtbot: QtBot, host: BareHost, shipment: Shipment) -> HandoverDialog:
    with host.db.reading() as session:
        facts = handover_facts(session, shipment.id or 0)
    dialog = HandoverDialog(host, facts, host)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_the_form_starts_from_who_hands_over_and_the_planned_date(
    qtbot: QtBot, host: BareHost, shipment: Shipment, caseworker: User, today: date
) -> None:
    dialog = _dialog(qtbot, host, shipment)
    assert dialog.windowTitle() == "Hand over shipment ICRC-7"
    names = {name: line.text() for name, line in dialog.lines.items()}
    assert names == {
        "handed_over_by": caseworker.full_name,
        "handed_over_org": "Офіс Уповноваженого",
        "received_by": "",
        "received_org": "ICRC",
    }
    assert dialog.on.date().toPython() == today - timedelta(days=1)  # as planned
    assert dialog.on.maximumDate().toPython() == today


def test_handing_over_needs_a_receiver_then_dispatches_everything(
    qtbot: QtBot, host: BareHost, db: Database, shipment: Shipment, today: date
) -> None:
    dialog = _dialog(qtbot, host, shipment)
    dialog.ok_button.click()
    assert dialog.lines["received_by"].problem == "Is required for the chain of custody"
    assert dialog.isVisible() and host.changes == []
    type_text(qtbot, dialog.lines["received_by"].edit, "Jean Dupont")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert host.changes == [Change.SHIPMENTS | Change.PARCELS | Change.ITEMS]
    with db.reading() as session:
        stored = shipments.get_shipment(session, shipment.id or 0)
        parcel_ids = [p.id or 0 for p in shipments.shipment_parcels(session, shipment.id or 0)]
    assert (stored.received_by, stored.received_org) == ("Jean Dupont", "ICRC")
    assert stored.handover_on == today - timedelta(days=1)
    for parcel_id in parcel_ids:
        assert reload_parcel(db, parcel_id).status is ParcelStatus.DISPATCHED
        assert {i.status for i in reload_items(db, parcel_id)} == {ItemStatus.DISPATCHED}


def test_a_reason_is_required_and_the_change_made_with_it(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    item = log(db, caseworker, id_of(person), today)
    asked: list[str] = []

    def withhold(reason: str) -> Callable[[Session], object]:
        asked.append(reason)
        return lambda session: correspondence.screen_item(
            session, caseworker, item.id or 0, passed=False, reason=reason, today=today
        )

    dialog = ReasonDialog(
        host, "Withhold", "Why?", "&Withhold", withhold, Change.ITEMS, ("Небезпечно", "Інше"), host
    )
    qtbot.addWidget(dialog)
    dialog.open()
    assert [dialog.reason.itemText(i) for i in range(dialog.reason.count())] == [
        "Небезпечно",
        "Інше",
    ]
    assert dialog.reason.currentText() == ""  # nothing chosen for the user
    dialog.ok_button.click()
    assert dialog.problem.text() == "Reason is required" and dialog.isVisible()
    assert host.changes == []
    dialog.reason.setCurrentIndex(0)
    dialog.ok_button.click()
    assert not dialog.isVisible() and asked == ["", "Небезпечно"]
    assert host.changes == [Change.ITEMS]
    with db.reading() as session:
        stored = correspondence.get_item(session, item.id or 0)
    assert (stored.status, stored.withheld_reason) == (ItemStatus.WITHHELD, "Небезпечно")


def test_a_receipt_is_attached_and_saved_back(
    qtbot: QtBot, host: BareHost, db: Database, shipment: Shipment, tmp_path: Path
) -> None:
    scan = tmp_path / "розписка.jpg"
    scan.write_bytes(b"\xff\xd8 signed")
    attached: list[bool] = []
    assert attach_receipt_file(
        host, host, shipment.id or 0, str(scan), lambda: attached.append(True)
    )
    assert attached == [True] and host.changes == [Change.SHIPMENTS]
    with db.reading() as session:
        assert get_receipt(session, shipment.id or 0) == ("розписка.jpg", b"\xff\xd8 signed")
    saved: list[str] = []
    copy = tmp_path / "copy.jpg"
    save_receipt_file(host, host, shipment.id or 0, str(copy), saved.append)
    assert not copy.exists()  # read off the GUI thread first
    wait_idle(qtbot, host)
    assert copy.read_bytes() == b"\xff\xd8 signed" and saved == [str(copy)]


def test_a_missing_or_empty_receipt_file_is_refused(
    qtbot: QtBot, host: BareHost, db: Database, shipment: Shipment, tmp_path: Path
) -> None:
    assert not attach_receipt_file(host, host, shipment.id or 0, str(tmp_path / "немає.pdf"))
    box = modal(qtbot)
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Receipt not attached"
    box.close()
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert not attach_receipt_file(host, host, shipment.id or 0, str(empty))
    box = modal(qtbot)
    assert isinstance(box, QMessageBox) and "the file is empty" in box.text()
    box.close()
    assert host.changes == []
    with db.reading() as session:
        assert get_receipt(session, shipment.id or 0) is None
