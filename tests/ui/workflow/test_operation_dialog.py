"""The dialogs of the Operations page alone: recording an operation (refused input stays in
the form, typed input is not lost on Esc), completing one (a refusal stays in the dialog),
and the question before cancelling."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import OperationKind, OperationStatus
from ombuds_desk.domain.operations import Operation
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow import operations
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.workflow.operation_dialog import CompleteDialog, OperationDialog, ask_cancel
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost


def _opened(qtbot: QtBot, dialog: OperationDialog | CompleteDialog) -> None:
    dialog.open()
    qtbot.waitExposed(dialog)


def _modal(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


@pytest.fixture
def planned(db: Database, supervisor: User, today: date) -> Operation:
    with unit_of_work(db, supervisor) as session:
        return operations.create_operation(
            session,
            supervisor,
            name="Обмін 5 грудня",
            kind=OperationKind.EXCHANGE,
            planned_on=today + timedelta(days=3),
        )


def test_a_nameless_operation_is_refused_in_the_form(
    qtbot: QtBot, supervisor_host: BareHost
) -> None:
    dialog = OperationDialog(supervisor_host, supervisor_host)
    _opened(qtbot, dialog)
    assert dialog.planned_on.date().toPython() == supervisor_host.today()
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.created_id is None
    assert dialog.problem.isVisible() and dialog.problem.text().startswith("Name ")
    assert supervisor_host.changes == []


def test_recording_an_operation(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, today: date
) -> None:
    dialog = OperationDialog(supervisor_host, supervisor_host)
    _opened(qtbot, dialog)
    type_text(qtbot, dialog.name, "Повернення 124 мешканців")
    dialog.kind.set_current(OperationKind.GROUP_RETURN)
    dialog.facilitated_by.setCurrentText("ICRC")
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.created_id is not None
    assert supervisor_host.changes == [Change.OPERATIONS]
    (saved,) = read(db, operations.list_operations)
    assert (saved.id, saved.name, saved.kind, saved.facilitated_by, saved.planned_on) == (
        dialog.created_id,
        "Повернення 124 мешканців",
        OperationKind.GROUP_RETURN,
        "ICRC",
        today,
    )


def test_escape_after_typing_asks_before_discarding(
    qtbot: QtBot, supervisor_host: BareHost
) -> None:
    dialog = OperationDialog(supervisor_host, supervisor_host)
    _opened(qtbot, dialog)
    type_text(qtbot, dialog.name, "Обмін")
    dialog.reject()
    question = _modal(qtbot)
    assert question.objectName() == "discardQuestion"
    keep = question.button(QMessageBox.StandardButton.Cancel)
    assert keep is not None
    keep.click()
    assert dialog.isVisible() and dialog.name.text() == "Обмін"
    dialog.reject()
    discard = _modal(qtbot).button(QMessageBox.StandardButton.Discard)
    assert discard is not None
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_completing_an_empty_operation_is_refused_in_the_dialog(
    qtbot: QtBot, supervisor_host: BareHost, planned: Operation, db: Database
) -> None:
    dialog = CompleteDialog(supervisor_host, planned, 0, supervisor_host)
    _opened(qtbot, dialog)
    # Planned for later: the date offered is today, the latest allowed.
    assert dialog.completed_on.date().toPython() == supervisor_host.today()
    assert dialog.completed_on.maximumDate().toPython() == supervisor_host.today()
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == "Operation “Обмін 5 грудня” has nobody in it."
    assert supervisor_host.changes == []
    (operation,) = read(db, operations.list_operations)
    assert operation.status is OperationStatus.PLANNED


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_cancelling_asks_first(
    qtbot: QtBot, supervisor_host: BareHost, answer: QMessageBox.StandardButton
) -> None:
    said_yes: list[bool] = []
    box = ask_cancel(supervisor_host, "Обмін 5 грудня", lambda: said_yes.append(True))
    assert box is _modal(qtbot)
    assert box.text() == (
        "Cancel “Обмін 5 грудня”? Nobody's status changes; the operation stays listed as "
        "cancelled, with its persons, and a supervisor can reopen it."
    )
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    button = box.button(answer)
    assert button is not None
    button.click()
    assert said_yes == ([True] if answer is QMessageBox.StandardButton.Yes else [])
