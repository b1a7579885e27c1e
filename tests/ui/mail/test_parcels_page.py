"""The Parcels page: a parcel started for the case shown, filled, sealed and labelled; filters;
labels of the selected parcels; a supervisor undoing deliveries of the selected parcels."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import id_of, ids
from tests.services.mail_helpers import (
    family,
    handed_over,
    packed,
    reload_items,
    reload_parcel,
    screened,
)
from tests.ui.conftest import HostFactory
from tests.ui.helpers import cases_page, refresh, type_text, wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal, window_feature


def test_new_parcel_fill_seal_and_label_it(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    feature = window_feature(window)
    person, _ = family(db, caseworker, today)
    letters = screened(db, caseworker, id_of(person), today, 3)
    refresh(qtbot, window)
    assert cases_page(window).table.select_person(id_of(person))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = feature.parcels_page
    assert window.pages.currentWidget() is page
    page.new_button.click()
    dialog = window.findChild(ParcelDialog)
    assert isinstance(dialog, ParcelDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.available.count() == 3
    for row in (0, 2):
        dialog.available.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.add_button.click()
    wait_idle(qtbot, window)
    assert dialog.inside.count() == 2 and dialog.available.count() == 1
    type_text(qtbot, dialog.contents, "Теплі шкарпетки, чай")
    dialog.weight.edit.setText("abc")
    dialog.pack_button.click()
    assert dialog.weight.problem == "Must be a whole number of grams"
    dialog.weight.edit.setText("1200")
    dialog.pack_button.click()
    assert dialog.seal.problem == "A packed parcel needs a seal number"
    assert reload_parcel(db, dialog.parcel_id).status is ParcelStatus.ASSEMBLING
    type_text(qtbot, dialog.seal.edit, "sl-0042")
    qtbot.keyClick(dialog.seal.edit, Qt.Key.Key_Return)
    parcel = reload_parcel(db, dialog.parcel_id)
    assert (parcel.status, parcel.seal_number, parcel.weight_grams) == (
        ParcelStatus.PACKED,
        "SL-0042",
        1200,
    )
    assert parcel.contents == "Теплі шкарпетки, чай"
    assert {i.id for i in reload_items(db, parcel.id or 0)} == {letters[0].id, letters[2].id}
    assert {i.status for i in reload_items(db, parcel.id or 0)} == {ItemStatus.PACKED}
    wait_idle(qtbot, window)
    assert "Packed" in dialog.title.text() and not dialog.add_button.isEnabled()
    dialog.save_label(str(tmp_path / "label.pdf"))
    wait_idle(qtbot, window)
    assert (tmp_path / "label.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "Packed"
    assert page.model.index(0, 6).data() == "SL-0042"
    assert page.current_id() == parcel.id  # the new parcel stays selected


def test_filters_narrow_the_page(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    first = packed(db, caseworker, id_of(person), today, items=1, seal="AA-1")
    packed(db, caseworker, id_of(person), today, items=1, seal="BB-2")
    page = feature.parcels_page
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 2
    assert page.count.text() == "2 parcels"
    type_text(qtbot, page.search, "aa-")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # after the typing pause
    assert page.model.index(0, 0).data() == first.parcel_number
    assert page.count.text() == "1 parcel"
    page.search.clear()
    page.status.set_current(ParcelStatus.ASSEMBLING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.select_parcel(first.id or 0)  # clears the filters that hide it
    wait_idle(qtbot, host)
    assert page.current_id() == first.id and page.model.rowCount() == 2
    assert page.status.current() is None and page.search.text() == ""


def test_the_shown_page_follows_changes_and_keeps_the_selection(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    first = packed(db, caseworker, id_of(person), today, items=1)
    page = feature.parcels_page
    host.show_page(page)
    wait_idle(qtbot, host)
    page.select_parcel(first.id or 0)
    wait_idle(qtbot, host)
    packed(db, caseworker, id_of(person), today, items=1)
    host.notify(Change.PARCELS)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 2
    assert page.current_id() == first.id
    host.show_page(host.case_tabs)
    packed(db, caseworker, id_of(person), today, items=1)
    host.notify(Change.PARCELS)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 2  # not shown: not read
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 3


def test_a_new_parcel_needs_a_case_and_opens_for_the_case_shown(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    page = feature.parcels_page
    host.show_page(page)
    page.new_button.click()
    box = modal(qtbot)
    assert isinstance(box, QMessageBox) and box.text() == (
        "Select the recipient's case on the Cases page first."
    )
    box.close()
    person, _ = family(db, caseworker, today)
    host.select_case(id_of(person))
    host.show_page(page)
    page.new_button.click()
    assert host.changes == [Change.PARCELS]
    dialog = modal(qtbot)
    assert isinstance(dialog, ParcelDialog)
    assert "Іваненко Петро" in dialog.recipient.text()
    wait_idle(qtbot, host)
    assert page.current_id() == dialog.parcel_id
    dialog.close()
    assert QApplication.activeModalWidget() is None


def test_labels_of_the_selected_parcels_are_saved_and_said_so(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    person, _ = family(db, caseworker, today)
    for _ in range(3):
        packed(db, caseworker, id_of(person), today, items=1)
    page = feature.parcels_page
    host.show_page(page)
    wait_idle(qtbot, host)
    page.view.selectAll()
    assert len(page.view.selected_rows()) == 3
    target = tmp_path / "етикетки.pdf"
    page.save_labels([page.model.id_at(r) or 0 for r in page.view.selected_rows()], str(target))
    wait_idle(qtbot, host)
    assert target.read_bytes().startswith(b"%PDF")
    assert host.messages == [f"Labels saved to {target}"]


def test_a_supervisor_undoes_deliveries_from_the_parcel_list(
    qtbot: QtBot,
    make_host: HostFactory,
    host: BareHost,
    feature: MailFeature,
    supervisor: User,
    caseworker: User,
    db: Database,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    sent_on = today - timedelta(days=5)
    made = [packed(db, caseworker, id_of(person), sent_on, items=1, on=sent_on) for _ in range(3)]
    handed_over(db, caseworker, made, sent_on, today)
    with unit_of_work(db, caseworker) as session:  # the other side's list, say
        deliveries.confirm_delivery(session, caseworker, ids(made[:2]), on=today, today=today)
    # A caseworker has no such button.
    host.show_page(feature.parcels_page)
    wait_idle(qtbot, host)
    assert feature.parcels_page.undo_button.isHidden()

    boss = make_host(supervisor)
    page = MailFeature(boss).parcels_page
    boss.show_page(page)
    wait_idle(qtbot, boss)
    assert page.undo_button.isVisible() and not page.undo_button.isEnabled()
    page.view.selectAll()  # two delivered, one still on its way: the two are undone
    assert sorted(page.delivered_selected()) == sorted(ids(made[:2]))
    assert page.undo_button.isEnabled()
    dialog = page.on_undo_clicked()
    assert dialog is not None
    about = dialog.findChild(QLabel)
    assert about is not None
    first, second = sorted(made[:2], key=lambda p: page.model.row_of(id_of(p)) or 0)
    assert about.text() == (
        f"Undo the delivery of 2 parcels ({first.parcel_number}, {second.parcel_number})? They "
        "go back to dispatched (or to lost, if recorded lost before), with their items. Why? "
        "The reason stays in their history."
    )
    dialog.reason.setEditText("Список МКЧХ від 28.11 був чужий")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    wait_idle(qtbot, boss)
    assert {reload_parcel(db, id_of(p)).status for p in made} == {ParcelStatus.DISPATCHED}
    assert boss.messages[-1] == "Delivery of 2 parcels undone."
    statuses = {page.model.index(r, 3).data() for r in range(page.model.rowCount())}
    assert statuses == {"Dispatched"}
    assert not page.undo_button.isEnabled()
