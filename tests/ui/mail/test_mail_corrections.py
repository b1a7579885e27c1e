"""Correcting mistakes on the case's Mail tab: F2 edits the selected item, Delete removes
items logged in error (with a reason; Undo puts them back) or an empty parcel, a packed item
is refused with what to do, and the empty lists say why they are empty."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemKind
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.core.audit_trail import case_history
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import correspondence, parcels
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.item_dialog import ItemDialog
from ombuds_desk.ui.mail.mail_tab import MailTab
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log, packed, screened
from tests.ui.helpers import action, wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal, window_feature


@pytest.fixture
def case(
    qtbot: QtBot, host: BareHost, feature: MailFeature, db: Database, caseworker: User, today: date
) -> tuple[Person, Contact]:
    person, wife = family(db, caseworker, today, sex="male")
    assert host.select_case(id_of(person)) is not None
    wait_idle(qtbot, host)
    return person, wife


def _tab(qtbot: QtBot, host: BareHost, feature: MailFeature, rows: int) -> MailTab:
    host.show_case_tab(feature.mail_tab)
    host.notify(Change.ITEMS | Change.PARCELS)
    wait_idle(qtbot, host)
    assert feature.mail_tab.items.rowCount() == rows
    return feature.mail_tab


def _select(view: RowsView, row: int) -> None:
    """Select one row as a click would, whatever modifier keys an earlier test left down
    (a held Ctrl would toggle the row that ``selectRow`` selects)."""
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)


def _items(db: Database, person_id: int) -> list[str]:
    with db.reading() as session:
        return [i.description or "" for i in correspondence.list_items(session, person_id)]


def test_f2_on_the_items_corrects_the_selected_one(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _ = case
    log(db, caseworker, id_of(person), today, description="Лист від Ґалі")
    tab = _tab(qtbot, host, feature, 1)
    assert not tab.edit_button.isEnabled()  # nothing selected yet
    _select(tab.items_view, 0)
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()
    tab.items_view.setFocus()
    qtbot.keyClick(tab.items_view, Qt.Key.Key_F2)
    dialog = modal(qtbot)
    assert isinstance(dialog, ItemDialog) and dialog.windowTitle().startswith("Edit item — ")
    assert dialog.lines["description"].text() == "Лист від Ґалі"
    dialog.kind.set_current(ItemKind.DRAWING)
    dialog.lines["description"].edit.setText("Малюнок: їжак і ґава")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with db.reading() as session:
        item = correspondence.list_items(session, id_of(person))[0]
    assert (item.kind, item.description) == (ItemKind.DRAWING, "Малюнок: їжак і ґава")
    assert host.statusBar().currentMessage() == f"Drawing #{item.id} corrected."
    host.undo.button.click()
    with db.reading() as session:
        back = correspondence.list_items(session, id_of(person))[0]
    assert (back.kind, back.description, back.author_name) == (
        ItemKind.LETTER,
        "Лист від Ґалі",
        item.author_name,
    )


def test_a_packed_item_is_not_edited_nor_removed_and_the_message_says_what_to_do(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _ = case
    parcel = packed(db, caseworker, id_of(person), today, items=1)
    tab = _tab(qtbot, host, feature, 1)
    _select(tab.items_view, 0)
    tab.edit_button.click()
    box = modal(qtbot)
    assert isinstance(box, QMessageBox)
    assert "is packed; only logged or screened items can be edited. Take it out" in box.text()
    box.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    tab.items_view.setFocus()
    qtbot.keyClick(tab.items_view, Qt.Key.Key_Delete)
    box = modal(qtbot)
    assert isinstance(box, QMessageBox)
    assert f"is packed in parcel {parcel.parcel_number}; a packed or dispatched item " in (
        box.text()
    )
    assert "cannot be removed, only withheld or returned" in box.text()
    box.close()
    assert host.changes == [Change.ITEMS | Change.PARCELS]  # only the test's own notice


def test_delete_removes_the_selected_items_with_a_reason_and_undo_puts_them_back(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _ = case
    log(db, caseworker, id_of(person), today, description="Перший")
    screened(db, caseworker, id_of(person), today, description="Другий")
    tab = _tab(qtbot, host, feature, 2)
    tab.items_view.selectAll()
    tab.items_view.setFocus()
    qtbot.keyClick(tab.items_view, Qt.Key.Key_Delete)
    dialog = modal(qtbot)
    assert isinstance(dialog, ReasonDialog)
    assert "Remove 2 items logged in error?" in dialog.findChildren(type(tab.news))[0].text()
    dialog.ok_button.click()  # no reason yet
    assert dialog.isVisible() and dialog.problem.text() == "Reason is required"
    assert len(_items(db, id_of(person))) == 2
    dialog.reason.setCurrentText("Записано на чужу справу")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _items(db, id_of(person)) == []
    assert host.statusBar().currentMessage() == "2 items removed."
    with db.reading() as session:
        words = [r.what for r in case_history(session, id_of(person))]
    assert sum(w.endswith("removed — Записано на чужу справу") for w in words) == 2
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 0 and tab.items_note.isVisible()
    assert tab.items_note.reason().startswith("No letters or items are logged for this person")
    host.undo.button.click()
    assert sorted(_items(db, id_of(person))) == ["Другий", "Перший"]
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 2 and not tab.items_note.isVisible()


def test_delete_on_the_parcels_deletes_an_empty_one_and_undo_brings_it_back(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _ = case
    with unit_of_work(db, caseworker) as session:
        parcel = parcels.create_parcel(session, caseworker, id_of(person), today=today)
    tab = _tab(qtbot, host, feature, 0)
    assert tab.parcels.rowCount() == 1
    _select(tab.parcels_view, 0)
    tab.parcels_view.setFocus()
    qtbot.keyClick(tab.parcels_view, Qt.Key.Key_Delete)
    with db.reading() as session:
        assert parcels.list_parcels(session, id_of(person)) == []
    assert host.statusBar().currentMessage().startswith(f"Parcel {parcel.parcel_number} deleted")
    wait_idle(qtbot, host)
    assert tab.parcels.rowCount() == 0 and tab.parcels_note.isVisible()
    assert tab.parcels_note.reason() == (
        "No parcels for this person yet: log the items to send first."
    )
    host.undo.button.click()
    with db.reading() as session:
        assert [p.parcel_number for p in parcels.list_parcels(session, id_of(person))] == [
            parcel.parcel_number
        ]


def test_the_empty_parcels_list_says_what_waits(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _ = case
    for _ in range(3):
        log(db, caseworker, id_of(person), today)
    tab = _tab(qtbot, host, feature, 3)
    assert tab.parcels_note.isVisible()
    assert tab.parcels_note.reason().startswith(
        "No parcels yet, and no screened items to pack: 3 letters wait for screening — "
    )
    screened(db, caseworker, id_of(person), today, kind="photo")
    tab = _tab(qtbot, host, feature, 4)
    assert tab.parcels_note.reason().startswith("No parcels yet: 1 photo waits to be packed — ")
    tab.parcels_note.linkActivated.emit("parcel")
    assert host.changes[-1] == Change.PARCELS  # a new parcel, its dialog opened
    modal(qtbot).close()


def test_the_items_context_menu_offers_the_corrections(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _ = case
    log(db, caseworker, id_of(person), today)
    tab = _tab(qtbot, host, feature, 1)
    _select(tab.items_view, 0)
    menu = tab.on_items_menu_requested(QPoint(5, 5))
    entries = [(a.text(), a.isEnabled()) for a in menu.actions()]
    assert entries == [
        ("&Edit…\tF2", True),
        ("Re&move…\tDel", True),
        ("&Pass", True),
        ("&Withhold…", True),
    ]
    menu.close()
    menu = tab.on_parcels_menu_requested(QPoint(5, 5))
    assert [a.text() for a in menu.actions()] == ["&Open", "&Delete empty parcel\tDel"]
    assert not any(a.isEnabled() for a in menu.actions())  # no parcel selected
    menu.close()


def test_in_the_window_f2_on_the_items_edits_the_item_not_the_case(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    log(db, caseworker, id_of(person), today, description="Лист")
    window.open_case(id_of(person))
    wait_idle(qtbot, window)
    feature = window_feature(window)
    tab = feature.mail_tab
    window.show_case_tab(tab)
    wait_idle(qtbot, window)
    _select(tab.items_view, 0)
    tab.items_view.setFocus()
    qtbot.keyClick(tab.items_view, Qt.Key.Key_F2)
    dialog = modal(qtbot)
    assert isinstance(dialog, ItemDialog) and dialog.windowTitle().startswith("Edit item")
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    action(window, "removeItems").trigger()
    reason = modal(qtbot)
    assert isinstance(reason, ReasonDialog)
    reason.reject()
