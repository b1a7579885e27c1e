"""Adding, editing and removing a case's contacts: one dialog at a time; a removal asked
first (No keeps the contact, Yes removes it and offers Undo, Undo puts it back), each change
announced as CONTACTS."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Relationship
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.cases.contacts import add_contact, list_contacts, remove_contact
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.contact_controller import ContactController
from ombuds_desk.ui.cases.contact_dialog import ContactDialog
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import id_of, register
from tests.ui.helpers import cases_page, refresh
from tests.ui.hosting import BareHost

OLHA = {
    "family_name": "Ґава",
    "given_name": "Ольга",
    "relationship": "wife",
    "phone": "+380 67 000 11 22",
    "address": "Київ, вул. Їжакевича 5",
    "consent": "given",
}


@pytest.fixture
def controller(host: BareHost) -> ContactController:
    return ContactController(host, host)


@pytest.fixture
def case(host: BareHost, db: Database, caseworker: User, today: date) -> CaseDetails:
    """Їжакевич Олексій with one contact, his wife Ґава Ольга, as the host shows him."""
    person_id = id_of(register(db, caseworker, today, family_name="Їжакевич", given_name="Олексій"))
    with unit_of_work(db, caseworker) as session:
        add_contact(session, caseworker, person_id, OLHA)
    details = host.select_case(person_id)
    assert details is not None
    return details


def _contacts(db: Database, person_id: int) -> list[tuple[str, str]]:
    with db.reading() as session:
        return [(c.given_name, c.relationship.value) for c in list_contacts(session, person_id)]


def _modal(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_removal_can_be_called_off(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, person_id: int
) -> None:
    page = cases_page(window)
    with unit_of_work(db, caseworker) as session:
        add_contact(
            session,
            caseworker,
            person_id,
            {"family_name": "Ґава", "given_name": "Ольга", "relationship": "wife"},
        )
    refresh(qtbot, window)
    page.case_panel.contacts_view.selectRow(0)
    page.case_panel.contact_remove_button.click()
    _modal(qtbot).button(QMessageBox.StandardButton.No).click()
    assert _contacts(db, person_id) == [("Ольга", "wife")]


def test_remove_asks_first(
    host: BareHost, controller: ContactController, db: Database, case: CaseDetails
) -> None:
    box = controller.remove(case, case.contacts[0].id)
    assert box is not None and box.isVisible()
    assert box.objectName() == "removeContactQuestion"
    assert box.windowTitle() == "Remove contact"
    assert box.text() == "Remove Ґава Ольга (Wife) from the contacts of Їжакевич Олексій?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Remove"
    assert _contacts(db, case.id) == [("Ольга", "wife")]  # nothing removed before the answer
    assert host.changes == []


def test_no_keeps_the_contact(
    qtbot: QtBot,
    host: BareHost,
    controller: ContactController,
    db: Database,
    case: CaseDetails,
) -> None:
    box = controller.remove(case, case.contacts[0].id)
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert _contacts(db, case.id) == [("Ольга", "wife")]
    assert host.changes == [] and not host.undo.button.isVisible()


def test_yes_removes_and_undo_puts_the_contact_back(
    qtbot: QtBot,
    host: BareHost,
    controller: ContactController,
    db: Database,
    case: CaseDetails,
) -> None:
    box = controller.remove(case, case.contacts[0].id)
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _contacts(db, case.id) == [])
    assert host.changes == [Change.CONTACTS]
    assert host.undo.button.isVisible()
    assert host.statusBar().currentMessage() == "Contact Ґава Ольга removed."

    host.undo.button.click()
    assert host.changes == [Change.CONTACTS, Change.CONTACTS]
    assert not host.undo.button.isVisible()
    with db.reading() as session:
        [back] = list_contacts(session, case.id)
    assert back.model_dump(include=set(OLHA)) == {
        **OLHA,
        "relationship": Relationship.WIFE,
        "consent": "given",
    }


def test_a_contact_removed_meanwhile_is_not_found(
    qtbot: QtBot,
    host: BareHost,
    controller: ContactController,
    db: Database,
    supervisor: User,
    case: CaseDetails,
) -> None:
    box = controller.remove(case, case.contacts[0].id)
    assert box is not None
    with unit_of_work(db, supervisor) as session:  # while the question is open
        remove_contact(session, supervisor, case.contacts[0].id)
    box.button(QMessageBox.StandardButton.Yes).click()
    message = _modal(qtbot)
    assert message.windowTitle() == "Not found"
    message.accept()
    assert host.changes == [] and not host.undo.button.isVisible()


def test_an_unlisted_contact_is_not_asked_about(
    controller: ContactController, case: CaseDetails
) -> None:
    assert controller.remove(case, 999_999) is None
    assert QApplication.activeModalWidget() is None


def test_add_and_edit_open_the_contact_dialog_one_at_a_time(
    host: BareHost, controller: ContactController, case: CaseDetails
) -> None:
    controller.add(case.id)
    adding = controller.dialog
    assert isinstance(adding, ContactDialog) and adding.isVisible()
    assert adding.windowTitle() == "Add a contact" and adding.parent() is host
    controller.edit(case, case.contacts[0].id)
    editing = controller.dialog
    assert isinstance(editing, ContactDialog) and editing is not adding
    assert editing.windowTitle() == "Edit contact"
    assert editing.lines["given_name"].text() == "Ольга"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(adding)

    controller.edit(case, 999_999)  # not one of this case's contacts: nothing opens
    assert controller.dialog is editing
