"""The case view's actions: contacts (add, edit, remove with Undo), block/unblock, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.enums import Relationship
from ombuds_desk.services.cases.contacts import list_contacts
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.block_dialog import BlockDialog
from ombuds_desk.ui.cases.contact_dialog import ContactDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import action, cases_page, type_text, wait_idle


def _contacts(db: Database, person_id: int) -> list[tuple[str, str]]:
    with db.reading() as session:
        return [(c.given_name, c.relationship.value) for c in list_contacts(session, person_id)]


def _modal(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_add_edit_remove_and_undo_a_contact(
    qtbot: QtBot, window: MainWindow, db: Database, person_id: int
) -> None:
    page = cases_page(window)
    action(window, "addContact").trigger()
    dialog = page.contacts.dialog
    assert isinstance(dialog, ContactDialog)
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.lines["family_name"].edit, "Їжакевич")
    type_text(qtbot, dialog.lines["given_name"].edit, "Ганна")
    dialog.relationship.set_current(Relationship.MOTHER)
    type_text(qtbot, dialog.lines["phone"].edit, "+380 44 123 45 67")
    type_text(qtbot, dialog.lines["email"].edit, "not-an-address")
    dialog.save_button.click()
    assert dialog.lines["email"].problem == "E-mail is not an e-mail address"
    dialog.lines["email"].edit.clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    panel = page.case_panel
    qtbot.waitUntil(lambda: panel.contacts_model.rowCount() == 1)
    assert panel.contacts_model.index(0, 0).data() == "Їжакевич Ганна"
    assert panel.tabs.tabText(1) == "Contacts (1)"

    panel.contacts_view.selectRow(0)
    panel.contact_edit_button.click()
    editor = page.contacts.dialog
    assert isinstance(editor, ContactDialog) and editor is not dialog
    assert editor.lines["given_name"].text() == "Ганна"
    editor.relationship.set_current(Relationship.SISTER)
    editor.save_button.click()
    qtbot.waitUntil(lambda: _contacts(db, person_id) == [("Ганна", "sister")])
    assert panel.contacts_model.index(0, 1).data() == "Sister"

    panel.contacts_view.selectRow(0)
    panel.contact_remove_button.click()
    question = _modal(qtbot)
    assert "Їжакевич Ганна" in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: panel.contacts_model.rowCount() == 0)
    assert _contacts(db, person_id) == []
    undo = window.undo.button
    assert undo.isVisible()
    assert "removed" in window.statusBar().currentMessage()
    undo.click()
    qtbot.waitUntil(lambda: panel.contacts_model.rowCount() == 1)
    assert _contacts(db, person_id) == [("Ганна", "sister")]
    assert not undo.isVisible()


def test_block_and_unblock_with_a_reason(qtbot: QtBot, window: MainWindow, person_id: int) -> None:
    page = cases_page(window)
    action(window, "block").trigger()
    dialog = page.cases.dialog
    assert isinstance(dialog, BlockDialog)
    # the office's list of block reasons (services/block_reasons.py)
    assert dialog.reason.itemText(2) == "No contact with family"
    assert dialog.reason.count() == 5
    dialog.save_button.click()
    assert dialog.problem.text() == "Say why the case is blocked"
    dialog.reason.setCurrentIndex(0)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.details is not None and page.details.blocked)
    wait_idle(qtbot, window)  # the list read again after the change
    panel = page.case_panel
    assert panel.warning_line.text() == "Blocked: Home country does not accept return"
    assert panel.block_button.text() == "Unbloc&k…"
    row = page.model.row_of(person_id)
    assert row is not None
    tooltip = page.model.index(row, 4).data(3)  # ToolTipRole
    assert tooltip == "Blocked: Home country does not accept return"
    assert panel.history_model.index(0, 1).data() == (
        "Blocked: Home country does not accept return"
    )

    action(window, "block").trigger()
    unblock = page.cases.dialog
    assert isinstance(unblock, BlockDialog) and unblock.unblocking
    type_text(qtbot, unblock.note, "Accepted after all")
    unblock.save_button.click()
    qtbot.waitUntil(lambda: page.details is not None and not page.details.blocked)
    assert not panel.warning_line.isVisible()
    assert panel.history_model.index(0, 1).data() == "Unblocked"


def test_add_a_note(qtbot: QtBot, window: MainWindow, person_id: int) -> None:
    page = cases_page(window)
    action(window, "addNote").trigger()
    panel = page.case_panel
    assert panel.tabs.currentIndex() == 3
    type_text(qtbot, panel.note_edit, "Мати телефонувала; чекає листа.")
    panel.note_button.click()
    qtbot.waitUntil(lambda: panel.tabs.tabText(3) == "Notes (1)")
    assert "Мати телефонувала" in panel.notes_list.item(0).text()
    assert panel.note_edit.toPlainText() == ""
