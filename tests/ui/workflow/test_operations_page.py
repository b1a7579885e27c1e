"""The Operations page: record an exchange, add persons by pasted case numbers, complete it
(everyone repatriated at once), and a refusal that names the final case and changes nothing;
cancel and reopen (a supervisor's; Undo in the status bar does the opposite); the operations
are read off the GUI thread, when shown and on the changes they display."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, OperationKind, OperationStatus
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import operations
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.operations import LoadingBadge
from ombuds_desk.ui.workflow.operation_dialog import CompleteDialog, OperationDialog
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from tests.services.helpers import register
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost


def _listed(db: Database, actor: User, today: date, family: str) -> Person:
    """A captive listed for exchange five days ago."""
    person = register(db, actor, today, family_name=family, status_since=today - timedelta(20))
    assert person.id is not None
    with unit_of_work(db, actor) as session:
        for status, days in ((CaseStatus.CONFIRMED, 10), (CaseStatus.LISTED_FOR_EXCHANGE, 5)):
            change_status(
                session,
                actor,
                person.id,
                status,
                effective_on=today - timedelta(days),
                today=today,
            )
    return person


@pytest.fixture
def captives(db: Database, supervisor: User, today: date) -> list[Person]:
    return [_listed(db, supervisor, today, name) for name in ("Ґудзь", "Пʼятницький", "Müller")]


def _statuses(db: Database, people: list[Person]) -> list[CaseStatus]:
    def statuses(session: Session) -> list[CaseStatus]:
        found = [session.get(Person, p.id) for p in people]
        return [p.status for p in found if p is not None]

    return read(db, statuses)


@pytest.fixture
def page(qtbot: QtBot, supervisor_host: BareHost, captives: list[Person]) -> OperationsPage:
    """The page alone in a supervisor's host, shown (so it has read the operations)."""
    found = OperationsPage(supervisor_host)
    supervisor_host.add_page(found, "Operations")
    supervisor_host.show_page(found)
    wait_idle(qtbot, supervisor_host)
    return found


def _host(page: OperationsPage) -> BareHost:
    host = page.host
    assert isinstance(host, BareHost)
    return host


def _new_operation(qtbot: QtBot, page: OperationsPage, name: str) -> None:
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, OperationDialog)
    type_text(qtbot, dialog.name, name)
    dialog.kind.set_current(OperationKind.EXCHANGE)
    dialog.facilitated_by.setCurrentText("ICRC")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, _host(page))
    selected = page.selected()
    assert selected is not None and selected.id == dialog.created_id  # the new one, selected


def _modal_text(qtbot: QtBot) -> str:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    text = box.text()
    box.close()
    return text


def test_create_add_pasted_numbers_and_complete(
    qtbot: QtBot, page: OperationsPage, db: Database, captives: list[Person], today: date
) -> None:
    _new_operation(qtbot, page, "Обмін 26 листопада")
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in range(6)] == [
        "Обмін 26 листопада",
        "Exchange",
        today.strftime("%d.%m.%Y"),
        "ICRC",
        "Planned",
        "0",
    ]
    assert not page.complete_button.isEnabled()  # nobody in it yet

    numbers = [p.case_number for p in captives]
    pasted = (
        f"scanned: {numbers[0].lower()}\n{numbers[1]}; {numbers[2]},CAP-2026-09999 {numbers[0]}"
    )
    page.pasted.setPlainText(pasted)
    page.add_button.click()
    wait_idle(qtbot, _host(page))
    assert page.outcome.text() == "Added 3. Not found: CAP-2026-09999."
    assert page.pasted.toPlainText() == "CAP-2026-09999"  # what is left to check
    assert page.members_model.rowCount() == 3
    assert page.model.index(0, 5).data() == "3"
    assert page.complete_button.isEnabled()

    page.complete_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CompleteDialog)
    assert dialog.completed_on.date().toPython() == today
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _host(page).changes[-1] == Change.OPERATIONS | Change.STATUS
    wait_idle(qtbot, _host(page))
    assert _statuses(db, captives) == [CaseStatus.REPATRIATED] * 3
    assert page.model.index(0, 4).data() == "Completed"
    assert {page.members_model.index(r, 3).data() for r in range(3)} == {"Repatriated"}
    assert not page.complete_button.isEnabled() and not page.add_button.isEnabled()


def test_a_final_member_refuses_completion_and_nothing_changes(
    qtbot: QtBot,
    page: OperationsPage,
    db: Database,
    captives: list[Person],
    supervisor: User,
    today: date,
) -> None:
    _new_operation(qtbot, page, "Exchange of 30 November")
    page.pasted.setPlainText(" ".join(p.case_number for p in captives))
    page.add_button.click()
    wait_idle(qtbot, _host(page))
    gone = captives[1]
    with unit_of_work(db, supervisor) as session:
        assert gone.id is not None
        change_status(
            session,
            supervisor,
            gone.id,
            CaseStatus.DECEASED,
            effective_on=today,
            today=today,
            reason="Повідомлення МКЧХ",
        )
    page.refresh()
    wait_idle(qtbot, _host(page))
    tinted = [
        page.members_model.index(r, 0).data()
        for r in range(page.members_model.rowCount())
        if page.members_model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert tinted == [gone.case_number]  # it stands out before anyone tries to complete

    page.complete_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CompleteDialog)
    dialog.save_button.click()
    message = dialog.problem.text()  # the service's message, in the dialog that stays open
    assert f"{gone.case_number} is already deceased" in message
    assert "nothing changed" in message
    assert dialog.isVisible() and dialog.problem.isVisible()
    dialog.reject()
    assert _statuses(db, captives) == [
        CaseStatus.LISTED_FOR_EXCHANGE,
        CaseStatus.DECEASED,
        CaseStatus.LISTED_FOR_EXCHANGE,
    ]
    (operation,) = read(db, operations.list_operations)
    assert operation.status is OperationStatus.PLANNED
    assert Change.STATUS not in _host(page).changes[-1]  # the refusal notified nothing new

    # Remove the deceased person, then cancel the operation after all.
    row = next(
        r
        for r in range(page.members_model.rowCount())
        if page.members_model.index(r, 0).data() == gone.case_number
    )
    page.members.select_row(row)
    page.remove_button.click()
    assert page.outcome.text() == f"Removed {gone.case_number}."
    wait_idle(qtbot, _host(page))
    assert page.members_model.rowCount() == 2
    page.cancel_button.click()
    assert page.question is not None
    question = page.question.button(QMessageBox.StandardButton.Yes)
    assert question is not None
    question.click()
    qtbot.waitUntil(lambda: page.model.index(0, 4).data() == "Cancelled")
    assert _statuses(db, captives)[0] is CaseStatus.LISTED_FOR_EXCHANGE


def test_an_evacuee_cannot_join_an_exchange(
    qtbot: QtBot, page: OperationsPage, db: Database, supervisor: User, today: date
) -> None:
    evacuee = register(db, supervisor, today, category="evacuee", family_name="Їжакевич")
    _new_operation(qtbot, page, "Exchange of 1 December")
    page.pasted.setPlainText(evacuee.case_number)
    changes = len(_host(page).changes)
    page.add_button.click()
    assert "Nobody was added" in _modal_text(qtbot)
    assert len(_host(page).changes) == changes  # refused: no change notified
    assert page.members_model.rowCount() == 0


def test_add_the_case_open_on_the_cases_page(
    qtbot: QtBot, page: OperationsPage, captives: list[Person]
) -> None:
    _new_operation(qtbot, page, "Exchange of 2 December")
    assert not page.add_current_button.isEnabled()  # no case shown on the Cases page
    assert page.add_current_button.text() == "Add the case open on Cases"
    assert captives[2].id is not None
    _host(page).select_case(captives[2].id)  # the button follows the case shown
    assert page.add_current_button.isEnabled()
    assert page.add_current_button.text() == f"Add {captives[2].case_number} (open on Cases)"
    page.add_current_button.click()
    assert page.outcome.text() == "Added 1."
    wait_idle(qtbot, _host(page))
    assert page.members_model.index(0, 0).data() == captives[2].case_number


def test_enter_on_a_person_opens_the_case(
    qtbot: QtBot, page: OperationsPage, captives: list[Person]
) -> None:
    _new_operation(qtbot, page, "Exchange of 3 December")
    page.pasted.setPlainText(captives[0].case_number)
    page.add_button.click()
    wait_idle(qtbot, _host(page))
    page.members.select_row(0)
    page.members.setFocus()
    qtbot.keyClick(page.members, Qt.Key.Key_Return)
    assert _host(page).opened == [captives[0].id]


def test_reads_when_shown_and_on_the_changes_it_displays(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, supervisor: User, today: date
) -> None:
    page = OperationsPage(supervisor_host)
    supervisor_host.add_page(page, "Operations")
    assert page.findChild(LoadingBadge) is not None
    with unit_of_work(db, supervisor) as session:
        operations.create_operation(
            session, supervisor, name="Обмін", kind=OperationKind.EXCHANGE, planned_on=today
        )
    supervisor_host.notify(Change.OPERATIONS)  # not shown: nothing is read
    assert supervisor_host.tasks.pending == 0 and page.model.rowCount() == 0

    supervisor_host.show_page(page)
    assert page.loader.loading
    wait_idle(qtbot, supervisor_host)
    assert page.model.rowCount() == 1 and page.selected() is not None
    assert page.members_box.title() == "Persons in “Обмін” (planned): 0"

    supervisor_host.notify(Change.ITEMS | Change.NOTES)  # nothing the page shows
    assert supervisor_host.tasks.pending == 0
    for shown in (Change.OPERATIONS, Change.STATUS, Change.CASES):
        supervisor_host.notify(shown)
        assert supervisor_host.tasks.pending == 1, shown
        wait_idle(qtbot, supervisor_host)
    supervisor_host.pages.setCurrentIndex(0)
    supervisor_host.notify(Change.OPERATIONS)
    assert supervisor_host.tasks.pending == 0


def _operation_status(db: Database) -> OperationStatus:
    (operation,) = read(db, operations.list_operations)
    return operation.status


def test_a_supervisor_reopens_a_cancelled_operation(
    qtbot: QtBot, page: OperationsPage, db: Database, captives: list[Person]
) -> None:
    host = _host(page)
    _new_operation(qtbot, page, "Обмін 4 грудня")
    page.pasted.setPlainText(captives[0].case_number)
    page.add_button.click()
    wait_idle(qtbot, host)
    assert page.cancel_button.isVisible() and page.reopen_button.isHidden()
    page.cancel_button.click()
    assert page.question is not None
    page.question.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, host)
    assert _operation_status(db) is OperationStatus.CANCELLED
    assert page.cancel_button.isHidden()
    assert page.reopen_button.isVisible() and page.reopen_button.isEnabled()
    assert page.reopen_button.text() == "Reope&n operation"

    page.reopen_button.click()
    wait_idle(qtbot, host)
    assert _operation_status(db) is OperationStatus.PLANNED
    assert host.statusBar().currentMessage() == "Operation “Обмін 4 грудня” reopened."
    assert page.members_model.rowCount() == 1  # its persons are still in it
    assert page.members_box.title() == "Persons in “Обмін 4 грудня” (planned): 1"
    assert page.cancel_button.isVisible() and page.cancel_button.isEnabled()
    assert page.add_button.isEnabled() and page.complete_button.isEnabled()


def test_the_status_bar_undoes_a_cancel_and_a_reopen(
    qtbot: QtBot, page: OperationsPage, db: Database, captives: list[Person]
) -> None:
    host = _host(page)
    _new_operation(qtbot, page, "Обмін 5 грудня")
    page.cancel_button.click()
    assert page.question is not None
    page.question.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, host)
    assert host.statusBar().currentMessage() == "Operation “Обмін 5 грудня” cancelled."
    qtbot.mouseClick(host.undo.button, Qt.MouseButton.LeftButton)  # cancelled by mistake
    wait_idle(qtbot, host)
    assert _operation_status(db) is OperationStatus.PLANNED
    assert host.statusBar().currentMessage() == "Operation “Обмін 5 грудня” reopened."
    qtbot.mouseClick(host.undo.button, Qt.MouseButton.LeftButton)  # and the undo undone
    wait_idle(qtbot, host)
    assert _operation_status(db) is OperationStatus.CANCELLED
    assert page.model.index(0, 4).data() == "Cancelled"


def test_a_caseworker_neither_completes_cancels_nor_reopens(
    qtbot: QtBot, host: BareHost, db: Database, supervisor: User, today: date
) -> None:
    with unit_of_work(db, supervisor) as session:
        cancelled = operations.create_operation(
            session, supervisor, name="Обмін 6", kind=OperationKind.EXCHANGE, planned_on=today
        )
        operations.cancel_operation(session, supervisor, cancelled.id or 0)
    found = OperationsPage(host)
    host.add_page(found, "Operations")
    host.show_page(found)
    wait_idle(qtbot, host)
    assert found.selected() is not None
    assert found.complete_button.isHidden()
    assert found.cancel_button.isHidden() and found.reopen_button.isHidden()
    assert found.new_button.isVisible()  # planning is everyone's


def test_a_read_fills_the_persons_once_for_the_operation_it_selects(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
    captives: list[Person],
) -> None:
    """Each read selects the operation kept and fills the persons below once (each fill
    fits the table's columns again), with that operation's persons."""
    with unit_of_work(db, supervisor) as session:
        for name in ("Обмін 1", "Обмін 2"):
            operation = operations.create_operation(
                session, supervisor, name=name, kind=OperationKind.EXCHANGE, planned_on=today
            )
            session.flush()
        assert operation.id is not None
        operations.add_persons(
            session, supervisor, operation.id, person_ids=[p.id or 0 for p in captives[:2]]
        )
    page = OperationsPage(supervisor_host)
    supervisor_host.add_page(page, "Operations")
    fills: list[int] = []
    page.members_model.modelReset.connect(lambda: fills.append(page.members_model.rowCount()))
    supervisor_host.show_page(page)
    wait_idle(qtbot, supervisor_host)
    assert len(fills) == 1
    names = [r.operation.name for r in page.model.rows()]
    page.table.select_row(names.index("Обмін 2"))
    assert page.members_model.rowCount() == 2
    fills.clear()
    supervisor_host.notify(Change.OPERATIONS)  # read again while shown: the same one kept
    wait_idle(qtbot, supervisor_host)
    selected = page.selected()
    assert selected is not None and selected.name == "Обмін 2"
    assert fills == [2]
    assert page.members_box.title() == "Persons in “Обмін 2” (planned): 2"
