"""One parcel's dialog: taking items out, its history, saving contents, reopening a sealed
parcel with a reason, and a parcel that cannot be read."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import ConflictDialog
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog, open_parcel_dialog
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, packed, reload_items, reload_parcel, screened
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal


def _open(host: BareHost, parcel_id: int) -> ParcelDialog:
    dialog = open_parcel_dialog(host, parcel_id)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_item_taken_out_is_offered_again_and_the_history_says_what_happened(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    letters = screened(db, caseworker, id_of(person), today, 2, description="Лист")
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, id_of(person), today=today)
        parcels.add_items_to_parcel(
            session, caseworker, parcel.id or 0, [i.id or 0 for i in letters], today=today
        )
    dialog = _open(host, parcel.id or 0)
    assert dialog.inside.count() == 2 and dialog.available.count() == 0
    assert dialog.inside.currentRow() == 0
    assert dialog.history.item(0).text() == (
        f"{today:%d.%m.%Y} · Assembling — Parcel created · Олег Бондар"
    )
    assert dialog.windowTitle() == f"Parcel {parcel.parcel_number}"
    dialog.take_out_button.click()
    assert host.changes == [Change.PARCELS | Change.ITEMS]
    assert len(reload_items(db, parcel.id or 0)) == 1
    wait_idle(qtbot, host)
    assert dialog.inside.count() == 1 and dialog.available.count() == 1
    assert dialog.available.item(0).text().startswith("Letter · ")


def test_contents_are_saved_and_a_bad_weight_is_said_under_its_field(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    parcel = packed(db, caseworker, id_of(person), today, items=1)
    dialog = _open(host, parcel.id or 0)
    assert not dialog.add_button.isEnabled() and dialog.reopen_button.isVisibleTo(dialog)
    dialog.weight.edit.setText("1,5 кг")
    dialog.save_contents_button.click()
    assert dialog.weight.problem == "Must be a whole number of grams"
    assert host.changes == []
    dialog.weight.edit.setText("900")
    dialog.contents.setPlainText("Чай, мило")
    dialog.save_contents_button.click()
    assert host.changes == [Change.PARCELS | Change.ITEMS]
    stored = reload_parcel(db, parcel.id or 0)
    assert (stored.contents, stored.weight_grams) == ("Чай, мило", 900)
    wait_idle(qtbot, host)
    assert dialog.weight.problem == ""
    dialog.contents.setPlainText("Чай")
    dialog.save_contents_button.click()  # with the version read after the first save
    assert reload_parcel(db, parcel.id or 0).contents == "Чай"
    wait_idle(qtbot, host)


def test_reopening_a_sealed_parcel_needs_a_reason(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    parcel = packed(db, caseworker, id_of(person), today, items=1, seal="SL-9")
    dialog = _open(host, parcel.id or 0)
    reason = dialog.on_reopen_clicked()
    reason.ok_button.click()
    assert reason.problem.text() == "Reason is required"
    assert reload_parcel(db, parcel.id or 0).status is ParcelStatus.PACKED
    reason.reason.setCurrentIndex(1)  # "Seal damaged"
    reason.ok_button.click()
    assert not reason.isVisible()
    stored = reload_parcel(db, parcel.id or 0)
    assert (stored.status, stored.seal_number) == (ParcelStatus.ASSEMBLING, None)
    assert {i.status for i in reload_items(db, parcel.id or 0)} == {ItemStatus.PACKED}
    wait_idle(qtbot, host)
    assert "Assembling" in dialog.title.text() and dialog.add_button.isEnabled()
    assert not dialog.reopen_button.isVisibleTo(dialog)
    assert "Seal SL-9 broken: Seal damaged" in dialog.history.item(0).text()


def test_a_parcel_that_cannot_be_read_opens_no_dialog(qtbot: QtBot, host: BareHost) -> None:
    assert open_parcel_dialog(host, 4242) is None
    box = modal(qtbot)
    assert isinstance(box, QMessageBox) and "4242" in box.text()
    assert host.findChild(ParcelDialog) is None


def test_contents_saved_meanwhile_are_shown_and_kept_where_untouched(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, id_of(person), today=today)
    dialog = _open(host, id_of(parcel))
    with unit_of_work(db, supervisor) as session:
        parcels.set_parcel_contents(
            session,
            supervisor,
            id_of(parcel),
            contents="Чай, мило",
            weight_grams=700,
            expected_version=1,
        )
    dialog.contents.setPlainText("Теплі шкарпетки")
    dialog.save_contents_button.click()
    conflict = modal(qtbot)
    assert isinstance(conflict, ConflictDialog) and conflict is dialog.conflict_dialog
    assert [(r.label, r.theirs, r.yours, r.yours_changed) for r in conflict.rows] == [
        ("Other contents", "Чай, мило", "Теплі шкарпетки", True),
        ("Weight (g)", "700", "—", False),
    ]
    assert reload_parcel(db, id_of(parcel)).contents == "Чай, мило"  # not overwritten
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert dialog.contents.toPlainText() == "Теплі шкарпетки"
    assert dialog.weight.text() == "700"  # theirs, which the user had not touched
    assert dialog.notice.isVisible()
    dialog.save_contents_button.click()
    stored = reload_parcel(db, id_of(parcel))
    assert (stored.contents, stored.weight_grams, stored.version) == ("Теплі шкарпетки", 700, 3)
    wait_idle(qtbot, host)
