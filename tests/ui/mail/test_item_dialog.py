"""Logging items on a case from the keyboard ("save and next"), and screening them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.mail.correspondence import list_items
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.item_dialog import ItemDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.mail_helpers import family, log
from tests.ui.helpers import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def case(window: MainWindow, db: Database, caseworker: User, today: date) -> tuple[Person, Contact]:
    person, wife = family(db, caseworker, today)
    window.on_refresh_triggered()
    assert window.table.select_person(person.id)
    return person, wife


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until ``target`` has the focus, as a person would."""
    for _ in range(20):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_three_letters_in_a_row_with_save_and_next_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database, case: tuple[Person, Contact]
) -> None:
    person, wife = case
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = window.findChild(ItemDialog)
    assert isinstance(dialog, ItemDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    assert dialog.author.currentData() == str(wife.id)  # the first contact is offered first

    date_edit = dialog.lines["received_on"].edit
    tab_to(qtbot, date_edit)
    date_edit.selectAll()
    type_text(qtbot, date_edit, "20.11.2026")
    tab_to(qtbot, dialog.lines["language"].edit)
    type_text(qtbot, focused(), "Ukrainian")
    tab_to(qtbot, dialog.lines["pages"].edit)
    type_text(qtbot, focused(), "2")
    tab_to(qtbot, dialog.lines["description"].edit)
    type_text(qtbot, focused(), "Лист від дружини")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.logged == 1)
    assert dialog.isVisible() and focused() is dialog.kind
    assert dialog.counter.text() == "1 item logged"
    assert dialog.lines["description"].text() == "" and dialog.lines["pages"].text() == ""
    assert date_edit.text() == "20.11.2026"

    tab_to(qtbot, dialog.lines["description"].edit)
    type_text(qtbot, focused(), "Ще один лист")
    qtbot.keyClick(focused(), Qt.Key.Key_Enter, CTRL)
    qtbot.waitUntil(lambda: dialog.logged == 2)
    tab_to(qtbot, dialog.lines["description"].edit)
    type_text(qtbot, focused(), "Третій лист, від дітей")
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.logged == 3)
    assert dialog.counter.text() == "3 items logged"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing new typed: closes at once
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with db.reading() as session:
        items = list_items(session, person.id)
    assert len(items) == 3
    assert {i.author_contact_id for i in items} == {wife.id}
    assert {i.author_name for i in items} == {"Ковальчук Олена Ігорівна"}
    assert {i.received_on for i in items} == {date(2026, 11, 20)}
    assert {i.language for i in items} == {"Ukrainian"}
    assert sorted(i.description or "" for i in items) == sorted(
        ["Лист від дружини", "Ще один лист", "Третій лист, від дітей"]
    )
    feature = window.findChild(MailFeature)
    assert feature is not None
    qtbot.waitUntil(lambda: feature.mail_tab.items.rowCount() == 3)


def test_a_typed_author_and_a_bad_date_are_checked_in_place(
    qtbot: QtBot, window: MainWindow, db: Database, case: tuple[Person, Contact]
) -> None:
    person, _wife = case
    feature = window.findChild(MailFeature)
    assert feature is not None
    dialog = feature.mail_tab.log_items()
    assert dialog is not None
    dialog.author.setCurrentIndex(dialog.author.findData("other"))
    assert dialog.lines["author_name"].isEnabled()
    dialog.lines["received_on"].edit.setText("31.12.2030")
    dialog.save_button.click()
    assert dialog.lines["author_name"].problem.startswith("Pick one of the person's contacts")
    assert dialog.lines["received_on"].problem == "Is in the future"
    assert dialog.isVisible()
    type_text(qtbot, dialog.lines["author_name"].edit, "Пʼятницька Ганна")
    dialog.lines["received_on"].edit.setText("25.11.2026")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.reading() as session:
        (item,) = list_items(session, person.id)
    assert (item.author_name, item.author_contact_id) == ("Пʼятницька Ганна", None)


def test_withholding_needs_a_reason_and_passing_screens(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _wife = case
    for n in range(3):
        log(db, caseworker, person.id, today, description=f"Лист {n}")
    window.notify_changed()
    feature = window.findChild(MailFeature)
    assert feature is not None
    tab = feature.mail_tab
    window.case_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.items.rowCount() == 3)
    tab.items_view.selectRow(0)
    tab.items_view.selectionModel().select(
        tab.items.index(1, 0),
        tab.items_view.selectionModel().SelectionFlag.Select
        | tab.items_view.selectionModel().SelectionFlag.Rows,
    )
    assert len(tab.selected_item_ids()) == 2
    dialog = tab.on_withhold_clicked()
    assert isinstance(dialog, ReasonDialog)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Reason is required"

    def statuses() -> list[ItemStatus]:
        with db.reading() as session:
            return sorted(i.status for i in list_items(session, person.id))

    assert statuses() == [ItemStatus.LOGGED] * 3  # nothing changed
    type_text(qtbot, dialog.reason.lineEdit(), "Містить дані про розташування")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert statuses() == [ItemStatus.LOGGED, ItemStatus.WITHHELD, ItemStatus.WITHHELD]
    with db.reading() as session:
        reasons = {i.withheld_reason for i in list_items(session, person.id)}
    assert "Містить дані про розташування" in reasons

    qtbot.waitUntil(lambda: tab.items.rowCount() == 3)
    logged = [r for r in range(3) if tab.items.row_at(r).status is ItemStatus.LOGGED]  # type: ignore[union-attr]
    tab.items_view.selectRow(logged[0])
    tab.pass_button.click()
    qtbot.waitUntil(lambda: ItemStatus.SCREENED in statuses())
    assert QApplication.activeModalWidget() is None
