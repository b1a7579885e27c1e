"""Logging items on a case from the keyboard ("save and next"), and screening them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemKind, ItemStatus, Relationship
from ombuds_desk.domain.people import Contact, Person
from ombuds_desk.services.mail.correspondence import list_items
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.item_dialog import ItemDialog, edit_item
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, log
from tests.ui.helpers import focused, type_text, wait_idle
from tests.ui.hosting import BareHost

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def case(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> tuple[Person, Contact]:
    person, wife = family(db, caseworker, today)
    assert host.select_case(id_of(person)) is not None
    wait_idle(qtbot, host)
    return person, wife


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until ``target`` has the focus, as a person would."""
    for _ in range(20):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_three_letters_in_a_row_with_save_and_next_from_the_keyboard(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    case: tuple[Person, Contact],
) -> None:
    person, wife = case
    qtbot.keyClick(host, Qt.Key.Key_L, CTRL)
    dialog = host.findChild(ItemDialog)
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
    assert dialog.logged == 1
    assert dialog.isVisible() and focused() is dialog.kind
    assert dialog.counter.text() == "1 item logged"
    assert dialog.lines["description"].text() == "" and dialog.lines["pages"].text() == ""
    assert date_edit.text() == "20.11.2026"

    tab_to(qtbot, dialog.lines["description"].edit)
    type_text(qtbot, focused(), "Ще один лист")
    qtbot.keyClick(focused(), Qt.Key.Key_Enter, CTRL)
    assert dialog.logged == 2
    tab_to(qtbot, dialog.lines["description"].edit)
    type_text(qtbot, focused(), "Третій лист, від дітей")
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.logged == 3)  # a mnemonic clicks after a short animation
    assert dialog.counter.text() == "3 items logged"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing new typed: closes at once
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with db.reading() as session:
        items = list_items(session, id_of(person))
    assert len(items) == 3
    assert {i.author_contact_id for i in items} == {wife.id}
    assert {i.author_name for i in items} == {"Ковальчук Олена Ігорівна"}
    assert {i.received_on for i in items} == {date(2026, 11, 20)}
    assert {i.language for i in items} == {"Ukrainian"}
    assert sorted(i.description or "" for i in items) == sorted(
        ["Лист від дружини", "Ще один лист", "Третій лист, від дітей"]
    )
    assert host.changes == [Change.ITEMS] * 3  # one notification a save
    wait_idle(qtbot, host)
    assert feature.mail_tab.items.rowCount() == 3


def test_a_typed_author_and_a_bad_date_are_checked_in_place(
    qtbot: QtBot, feature: MailFeature, db: Database, case: tuple[Person, Contact]
) -> None:
    person, _wife = case
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
        (item,) = list_items(session, id_of(person))
    assert (item.author_name, item.author_contact_id) == ("Пʼятницька Ганна", None)


def test_withholding_needs_a_reason_and_passing_screens(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    case: tuple[Person, Contact],
) -> None:
    person, _wife = case
    for n in range(3):
        log(db, caseworker, id_of(person), today, description=f"Лист {n}")
    tab = feature.mail_tab
    host.show_case_tab(tab)
    host.notify(Change.ITEMS)
    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 3
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
            return sorted(i.status for i in list_items(session, id_of(person)))

    assert statuses() == [ItemStatus.LOGGED] * 3  # nothing changed
    line = dialog.reason.lineEdit()
    assert line is not None
    type_text(qtbot, line, "Містить дані про розташування")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert statuses() == [ItemStatus.LOGGED, ItemStatus.WITHHELD, ItemStatus.WITHHELD]
    with db.reading() as session:
        reasons = {i.withheld_reason for i in list_items(session, id_of(person))}
    assert "Містить дані про розташування" in reasons

    wait_idle(qtbot, host)
    assert tab.items.rowCount() == 3
    rows = [tab.items.row_at(r) for r in range(3)]
    logged = [r for r, row in enumerate(rows) if row and row.status is ItemStatus.LOGGED]
    assert len(logged) == 1
    tab.items_view.selectRow(logged[0])
    tab.pass_button.click()
    assert statuses() == [ItemStatus.SCREENED, ItemStatus.WITHHELD, ItemStatus.WITHHELD]
    assert QApplication.activeModalWidget() is None
    wait_idle(qtbot, host)
    shown = {tab.items.index(r, 4).data() for r in range(3)}
    assert shown == {"Screened", "Withheld"}


def test_an_item_is_corrected_in_the_same_form(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, wife = family(db, caseworker, today)
    details = host.select_case(id_of(person))
    assert details is not None
    by_wife = log(db, caseworker, id_of(person), today, author_contact_id=str(wife.id))
    by_other = log(
        db,
        caseworker,
        id_of(person),
        today,
        author_name="Ґава Ольга",
        author_relationship="sister",
        pages="2",
        language="Ukrainian",
    )
    other = edit_item(host, id_of(by_other), details.name, details.contacts)
    assert other is not None and other.isVisible()
    assert other.windowTitle() == f"Edit item — {details.name}"
    assert other.author.currentData() == "other"
    assert other.lines["author_name"].text() == "Ґава Ольга"
    assert other.relationship.current() is Relationship.SISTER
    assert (other.lines["pages"].text(), other.lines["language"].text()) == ("2", "Ukrainian")
    assert not other.next_button.isVisible()
    assert not other.is_dirty()
    other.reject()

    dialog = edit_item(host, id_of(by_wife), details.name, details.contacts)
    assert dialog is not None
    assert dialog.author.currentData() == str(wife.id)
    assert dialog.lines["received_on"].text() == today.strftime("%d.%m.%Y")
    dialog.kind.set_current(ItemKind.DRAWING)
    type_text(qtbot, dialog.lines["description"].edit, "Малюнок доньки")
    qtbot.keyClick(dialog.lines["description"].edit, Qt.Key.Key_Return, CTRL)  # no "next" here
    assert dialog.isVisible() and dialog.logged == 0
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.changes == [Change.ITEMS] and dialog.saved_id == by_wife.id
    with db.reading() as session:
        saved = next(i for i in list_items(session, id_of(person)) if i.id == by_wife.id)
    assert (saved.kind, saved.description, saved.version) == (
        ItemKind.DRAWING,
        "Малюнок доньки",
        2,
    )
    assert saved.author_contact_id == wife.id and saved.status is ItemStatus.LOGGED
