"""What the Case menu opens: one dialog at a time; an edit read from the database when it
opens; a saved register or edit, or an existing case chosen instead, opened through the host."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.case_view import CaseDetails, person_form
from ombuds_desk.services.cases.persons import get_person, update_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.block_dialog import BlockDialog
from ombuds_desk.ui.cases.case_controller import CaseController
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from tests.services.helpers import id_of, register
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost


@pytest.fixture
def controller(host: BareHost) -> CaseController:
    return CaseController(host, host)


def _shown(host: BareHost, person_id: int) -> CaseDetails:
    details = host.select_case(person_id)
    assert details is not None
    return details


def _person_dialog(controller: CaseController) -> PersonDialog:
    dialog = controller.dialog
    assert isinstance(dialog, PersonDialog)
    return dialog


def _person(db: Database, person_id: int) -> Person:
    with db.reading() as session:
        return get_person(session, person_id)


def test_one_dialog_at_a_time(
    qtbot: QtBot,
    host: BareHost,
    controller: CaseController,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    details = _shown(host, id_of(register(db, caseworker, today, family_name="Ґудзь")))
    controller.change_status(details)
    first = controller.dialog
    assert isinstance(first, StatusDialog) and first.isVisible()
    assert first.parent() is host  # the window is the dialogs' parent
    assert first.isModal()  # window-modal (open()), the window stays responsive
    controller.toggle_block(details)
    second = controller.dialog
    assert isinstance(second, BlockDialog) and second.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(first)  # the earlier dialog is gone, not left behind
    assert shiboken6.isValid(second)


def test_status_opens_in_correcting_mode_when_asked(
    supervisor_host: BareHost, db: Database, supervisor: User, today: date
) -> None:
    controller = CaseController(supervisor_host, supervisor_host)
    details = _shown(supervisor_host, id_of(register(db, supervisor, today)))
    controller.change_status(details, correcting=True)
    dialog = controller.dialog
    assert isinstance(dialog, StatusDialog) and dialog.correct.isChecked()


def test_an_edit_starts_from_the_case_as_saved_now(
    host: BareHost,
    controller: CaseController,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    _shown(host, person_id)
    with db.reading() as session:
        form = person_form(session, person_id)
    with unit_of_work(db, supervisor) as session:  # after the case view read it
        update_person(
            session,
            supervisor,
            person_id,
            {**form.values, "rank": "сержант", "unit": "3-тя бригада"},
            expected_version=form.version,
            today=today,
        )
    controller.edit_case(person_id)
    dialog = _person_dialog(controller)
    assert dialog.isVisible()
    assert dialog.windowTitle() == f"Edit case {form.case_number}"
    assert dialog.lines["family_name"].text() == "Пʼятницький"
    assert dialog.lines["rank"].text() == "сержант"
    assert dialog.lines["unit"].text() == "3-тя бригада"


def test_an_edit_of_a_case_that_is_gone_opens_nothing(
    qtbot: QtBot, controller: CaseController
) -> None:
    controller.edit_case(4242)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Not found"
    box.accept()
    assert controller.dialog is None


def test_a_saved_register_opens_the_new_case(
    qtbot: QtBot, host: BareHost, controller: CaseController, db: Database
) -> None:
    controller.new_case(Category.EVACUEE)
    dialog = _person_dialog(controller)
    assert dialog.current_category() is Category.EVACUEE
    type_text(qtbot, dialog.lines["family_name"].edit, "Завʼялова")
    type_text(qtbot, dialog.lines["given_name"].edit, "Євгенія")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_id is not None
    assert host.opened == [dialog.saved_id]
    saved = _person(db, dialog.saved_id)
    assert (saved.family_name, saved.category) == ("Завʼялова", Category.EVACUEE)


def test_a_saved_edit_opens_the_case_again(
    qtbot: QtBot,
    host: BareHost,
    controller: CaseController,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Коваленко"))
    controller.edit_case(person_id)
    dialog = _person_dialog(controller)
    type_text(qtbot, dialog.lines["rank"].edit, "солдат")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.opened == [person_id]
    assert _person(db, person_id).rank == "солдат"


def test_a_register_called_off_opens_nothing(
    qtbot: QtBot, host: BareHost, controller: CaseController
) -> None:
    controller.new_case()
    dialog = _person_dialog(controller)
    assert dialog.current_category() is Category.CAPTIVE  # the default
    dialog.reject()  # nothing typed: it closes without asking
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.opened == []


def test_choosing_the_existing_case_opens_it_instead(
    qtbot: QtBot,
    host: BareHost,
    controller: CaseController,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    existing = id_of(
        register(
            db,
            caseworker,
            today,
            family_name="Пʼятницька",
            given_name="Євгенія",
            date_of_birth="1990",
        )
    )
    controller.new_case()
    dialog = _person_dialog(controller)
    for field, text in (
        ("family_name", "Pyatnytska"),
        ("given_name", "Yevheniia"),
        ("date_of_birth", "1990"),
    ):
        type_text(qtbot, dialog.lines[field].edit, text)
    dialog.save_button.click()
    warning = dialog.duplicate_warning
    assert warning is not None and warning.isVisible()
    warning.open_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_id is None
    assert host.opened == [existing]
