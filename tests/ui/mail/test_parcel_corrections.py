"""The parcel dialog hides no step: items waiting for screening are shown and screened there,
empty lists say why, an item taken out comes back with Undo, and a parcel created by mistake
is deleted (and comes back with Undo, under its own number)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.services.core.office_settings import set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence, parcels
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.mail.item_dialog import OTHER, ItemDialog
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog, open_parcel_dialog
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log, packed, reload_items, screened
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal


def _parcel(db: Database, actor: User, person_id: int, today: date) -> Parcel:
    with unit_of_work(db, actor) as session:
        return parcels.create_parcel(session, actor, person_id, today=today)


def _open(qtbot: QtBot, host: BareHost, parcel_id: int) -> ParcelDialog:
    dialog = open_parcel_dialog(host, parcel_id)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_items_waiting_for_screening_are_shown_and_screened_in_the_dialog(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    for _ in range(3):
        log(db, caseworker, id_of(person), today, description="Лист від Ґалі")
    log(db, caseworker, id_of(person), today, kind="drawing", description="Їжак")
    log(db, caseworker, id_of(person), today, direction="from_person", author_name=None)
    parcel = _parcel(db, caseworker, id_of(person), today)
    dialog = _open(qtbot, host, id_of(parcel))
    assert dialog.available.count() == 0
    assert dialog.waiting.count() == 4  # the item from the person is not sent to them
    assert dialog.waiting_title.text() == ("<b>3 letters and 1 drawing wait for screening</b>")
    assert dialog.screen_button.isVisible()
    assert dialog.available_note.isVisible()
    assert dialog.available_note.reason().startswith(
        "No screened items for this person: 3 letters and 1 drawing wait for screening — "
    )
    assert "Nothing in this parcel yet" in dialog.inside_note.reason()
    assert dialog.inside_note.isVisible()
    dialog.screen_button.click()
    assert host.changes == [Change.ITEMS]
    wait_idle(qtbot, host)
    assert dialog.available.count() == 4 and dialog.waiting.count() == 0
    assert not dialog.screen_button.isVisible() and not dialog.available_note.isVisible()
    with db.reading() as session:
        statuses = {i.status for i in correspondence.list_items(session, id_of(person))}
    assert statuses == {ItemStatus.SCREENED, ItemStatus.LOGGED}  # the one from the person


def test_the_link_in_the_empty_list_screens_too(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    log(db, caseworker, id_of(person), today)
    dialog = _open(qtbot, host, id_of(_parcel(db, caseworker, id_of(person), today)))
    dialog.available_note.linkActivated.emit("screen")
    wait_idle(qtbot, host)
    assert dialog.available.count() == 1 and dialog.waiting.count() == 0


def test_nothing_to_pack_says_why(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    dialog = _open(qtbot, host, id_of(_parcel(db, caseworker, id_of(person), today)))
    assert not dialog.waiting.isVisible()
    assert dialog.available_note.isVisible()
    assert "every item to them is in a parcel, withheld or not logged yet" in (
        dialog.available_note.text()
    )
    sealed = packed(db, caseworker, id_of(person), today, items=1)
    other = _open(qtbot, host, id_of(sealed))
    assert other.available_note.reason() == "The parcel is sealed: reopen it to add items."
    assert not other.delete_button.isVisible()


def test_an_item_taken_out_goes_back_with_undo(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    letter = screened(db, caseworker, id_of(person), today, description="Лист")[0]
    parcel = _parcel(db, caseworker, id_of(person), today)
    with unit_of_work(db, caseworker) as session:
        parcels.add_items_to_parcel(
            session, caseworker, id_of(parcel), [id_of(letter)], today=today
        )
    dialog = _open(qtbot, host, id_of(parcel))
    dialog.take_out_button.click()
    assert reload_items(db, id_of(parcel)) == []
    assert host.undo.button.isVisible()
    assert (
        host.statusBar()
        .currentMessage()
        .startswith(f"Taken out of parcel {parcel.parcel_number}: Letter · ")
    )
    wait_idle(qtbot, host)
    assert dialog.inside.count() == 0 and dialog.delete_button.isEnabled()
    host.undo.button.click()
    assert [i.id for i in reload_items(db, id_of(parcel))] == [letter.id]
    wait_idle(qtbot, host)
    assert dialog.inside.count() == 1 and not dialog.delete_button.isEnabled()


def test_an_empty_parcel_is_deleted_from_its_dialog_and_undo_brings_it_back(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    parcel = _parcel(db, caseworker, id_of(person), today)
    dialog = _open(qtbot, host, id_of(parcel))
    assert dialog.delete_button.isVisible() and dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    assert not dialog.isVisible()
    assert host.changes == [Change.PARCELS]
    with db.reading() as session:
        assert parcels.find_parcel_by_number(session, parcel.parcel_number) is None
    assert host.statusBar().currentMessage() == (
        f"Parcel {parcel.parcel_number} deleted; its number is not given to another parcel."
    )
    host.undo.button.click()
    with db.reading() as session:
        back = parcels.find_parcel_by_number(session, parcel.parcel_number)
    assert back is not None and back.person_id == person.id


def test_a_parcel_once_sealed_is_not_deleted_and_the_message_says_why(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    sealed = packed(db, caseworker, id_of(person), today, items=1)
    with unit_of_work(db, caseworker) as session:
        parcels.reopen_parcel(session, caseworker, id_of(sealed), reason="Печатка", today=today)
        for item in parcels.parcel_items(session, id_of(sealed)):
            parcels.remove_item_from_parcel(
                session, caseworker, id_of(sealed), id_of(item), today=today
            )
    dialog = _open(qtbot, host, id_of(sealed))
    assert dialog.delete_button.isEnabled()  # empty and assembling: the service decides
    dialog.delete_button.click()
    box = modal(qtbot)
    assert isinstance(box, QMessageBox) and "was sealed once" in box.text()
    box.close()
    assert dialog.isVisible() and host.changes == []


def test_without_screening_a_logged_item_is_ready_to_pack_at_once(
    qtbot: QtBot, host: BareHost, db: Database, admin: User, caseworker: User, today: date
) -> None:
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, "screening_required", "no")
    person, _ = family(db, caseworker, today)
    form = ItemDialog(host, id_of(person), "Ковальчук Андрій", [], host)
    form.open()
    form.author.setCurrentIndex(form.author.findData(OTHER))
    form.lines["author_name"].edit.setText("Ґудзь Ївга")
    form.save_button.click()
    assert not form.isVisible()
    dialog = _open(qtbot, host, id_of(_parcel(db, caseworker, id_of(person), today)))
    assert dialog.available.count() == 1 and dialog.waiting.count() == 0
    assert not dialog.screen_button.isVisible()
