"""The Cases feature's actions: enabled by the case shown, and "Correct status…" (Ctrl+Shift+K)
for supervisors only, which also moves a closed case."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import register
from tests.ui.helpers import action, type_text, wait_idle


def test_supervisor_corrects_a_closed_case_from_the_case_menu(
    qtbot: QtBot, supervisor_window: MainWindow, db: Database, supervisor: User, today: date
) -> None:
    window = supervisor_window
    person = register(db, supervisor, today, family_name="Завʼялов")
    assert person.id is not None
    with unit_of_work(db, supervisor) as session:
        change_status(
            session,
            supervisor,
            person.id,
            CaseStatus.DECEASED,
            effective_on=today,
            today=today,
            reason="Death notice from the ICRC",
        )
    window.open_case(person.id)
    wait_idle(qtbot, window)
    details = window.current_case()
    assert details is not None and details.id == person.id
    assert not action(window, "changeStatus").isEnabled()  # a final case cannot move on
    action(window, "correctStatus").trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, StatusDialog) and w.isVisible()
    )
    assert dialog.correct.isChecked()
    assert CaseStatus.DECEASED.label not in [
        dialog.new_status.itemText(i) for i in range(dialog.new_status.count())
    ]
    dialog.new_status.set_current(CaseStatus.CONFIRMED)
    dialog.save_button.click()
    assert dialog.problem.text() == "A correction needs a reason"
    type_text(qtbot, dialog.reason, "Помилка: підтверджено МКЧХ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, window)
    shown = window.current_case()
    assert shown is not None and shown.status is CaseStatus.CONFIRMED
    assert shown.history[0].kind is StatusEventKind.CORRECTION


def test_case_actions_follow_the_case_shown_and_caseworkers_cannot_correct(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    assert window.findChild(QAction, "correctStatus") is None
    assert not action(window, "editCase").isEnabled()
    person = register(db, caseworker, today, family_name="Ґудзь", given_name="Євген")
    assert person.id is not None
    window.open_case(person.id)
    wait_idle(qtbot, window)
    assert action(window, "editCase").isEnabled() and action(window, "changeStatus").isEnabled()
    assert action(window, "block").text() == "&Block…"
