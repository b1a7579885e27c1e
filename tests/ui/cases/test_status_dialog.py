"""The status dialog: only the statuses the rules allow next, a date neither before the current
status nor after today, a supervisor's correction (any other status, a reason required), a
refusal shown without closing the form, and one STATUS change announced when it is saved.
A final status is never chosen for the user, needs a reason and a Yes to a question naming
the person; the status bar undoes one's own change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.domain.status_rules import is_final
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import qdate
from tests.services.helpers import id_of, register
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost

OpenDialog = Callable[..., StatusDialog]
CAPTIVE_NEXT = ["Confirmed", "Released", "Resettled", "Deceased", "Closed"]


@pytest.fixture
def open_dialog(qtbot: QtBot) -> OpenDialog:
    """Opens the dialog on the case as the host shows it now."""

    def make(host: BareHost, person_id: int, correcting: bool = False) -> StatusDialog:
        details = host.select_case(person_id)
        assert details is not None
        dialog = StatusDialog(host, details, host, correcting=correcting)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _offered(dialog: StatusDialog) -> list[str]:
    combo = dialog.new_status
    return [combo.itemText(i) for i in range(combo.count())]


def _status(host: BareHost, person_id: int) -> CaseStatus:
    details = host.select_case(person_id)
    assert details is not None
    return details.status


def _set_status(db: Database, actor: User, person_id: int, status: CaseStatus, on: date) -> None:
    reason = "Повідомлення МКЧХ" if is_final(status) else None  # a final status needs one
    with unit_of_work(db, actor) as session:
        change_status(session, actor, person_id, status, effective_on=on, today=on, reason=reason)


def test_only_the_next_statuses_are_offered(
    host: BareHost, db: Database, caseworker: User, today: date, open_dialog: OpenDialog
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    dialog = open_dialog(host, person_id)
    assert dialog.windowTitle().startswith("Change status — CAP-")
    assert _offered(dialog) == CAPTIVE_NEXT  # the step forward first, then the endings
    assert dialog.chosen_status() is CaseStatus.CONFIRMED
    assert dialog.save_button.isEnabled()


def test_an_evacuee_awaiting_acceptance_may_also_go_back_a_step(
    host: BareHost, db: Database, caseworker: User, today: date, open_dialog: OpenDialog
) -> None:
    since = today - timedelta(days=10)
    person_id = id_of(register(db, caseworker, since, category="evacuee", family_name="Їжакевич"))
    _set_status(db, caseworker, person_id, CaseStatus.RETURN_REQUESTED, since)
    _set_status(db, caseworker, person_id, CaseStatus.AWAITING_ACCEPTANCE, since)
    dialog = open_dialog(host, person_id)
    assert _offered(dialog) == [
        "Returned",
        "Return requested",
        "Released",
        "Resettled",
        "Deceased",
        "Closed",
    ]


def test_a_closed_case_offers_nothing_to_a_caseworker(
    host: BareHost, db: Database, caseworker: User, today: date, open_dialog: OpenDialog
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Завʼялов"))
    _set_status(db, caseworker, person_id, CaseStatus.DECEASED, today)
    dialog = open_dialog(host, person_id)
    assert _offered(dialog) == []
    assert not dialog.save_button.isEnabled()
    assert not dialog.correct.isVisible()  # correcting is for supervisors


def test_the_date_is_never_before_the_current_status_nor_after_today(
    host: BareHost, db: Database, caseworker: User, today: date, open_dialog: OpenDialog
) -> None:
    since = today - timedelta(days=12)
    person_id = id_of(register(db, caseworker, today, status_since=since))
    dialog = open_dialog(host, person_id)
    edit = dialog.effective_on
    assert edit.date() == qdate(today)  # today, unless said otherwise
    assert edit.minimumDate() == qdate(since)
    assert edit.maximumDate() == qdate(today)
    edit.setDate(qdate(since - timedelta(days=1)))
    assert edit.date() == qdate(since)
    edit.setDate(qdate(today + timedelta(days=1)))
    assert edit.date() == qdate(today)


def test_a_saved_change_announces_status_and_closes(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    since = today - timedelta(days=20)
    person_id = id_of(register(db, caseworker, today, status_since=since))
    dialog = open_dialog(host, person_id)
    type_text(qtbot, dialog.reason, "Підтверджено МКЧХ")
    dialog.effective_on.setDate(qdate(since + timedelta(days=5)))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == StatusDialog.DialogCode.Accepted
    assert host.changes == [Change.STATUS]
    details = host.select_case(person_id)
    assert details is not None
    assert details.status is CaseStatus.CONFIRMED
    assert details.status_since == since + timedelta(days=5)
    latest = details.history[0]
    assert latest.kind is StatusEventKind.CHANGE
    assert latest.reason == "Підтверджено МКЧХ"
    assert latest.recorded_by == "Олег Бондар"


def test_caseworkers_cannot_correct(
    host: BareHost, db: Database, caseworker: User, today: date, open_dialog: OpenDialog
) -> None:
    person_id = id_of(register(db, caseworker, today))
    dialog = open_dialog(host, person_id, correcting=True)
    assert not dialog.correct.isVisible() and not dialog.correct.isChecked()
    assert _offered(dialog) == CAPTIVE_NEXT
    assert dialog.save_button.text() == "&Change status"


def test_a_supervisors_correction_offers_every_other_status(
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    since = today - timedelta(days=3)
    person_id = id_of(register(db, supervisor, since, family_name="Ґудзь"))
    _set_status(db, supervisor, person_id, CaseStatus.CONFIRMED, since)
    dialog = open_dialog(supervisor_host, person_id)
    assert dialog.correct.isVisible() and not dialog.correct.isChecked()
    assert _offered(dialog) == [
        "Listed for exchange",
        "Released",
        "Resettled",
        "Deceased",
        "Closed",
    ]

    dialog.correct.setChecked(True)
    assert _offered(dialog) == [
        "Registered",
        "Listed for exchange",
        "Repatriated",
        "Released",
        "Resettled",
        "Deceased",
        "Closed",
    ]
    assert dialog.save_button.text() == "C&orrect status"
    assert dialog.effective_on.minimumDate() == QDate(1900, 1, 1)  # a mistake may be old
    assert "required" in dialog.reason.placeholderText()

    dialog.correct.setChecked(False)
    assert _offered(dialog) == [
        "Listed for exchange",
        "Released",
        "Resettled",
        "Deceased",
        "Closed",
    ]
    assert dialog.save_button.text() == "&Change status"
    assert dialog.effective_on.minimumDate() == qdate(since)


def test_a_correction_without_a_reason_is_refused_under_the_form(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, supervisor, today, family_name="Коваленко"))
    _set_status(db, supervisor, person_id, CaseStatus.CONFIRMED, today)
    dialog = open_dialog(supervisor_host, person_id, correcting=True)
    assert dialog.correct.isChecked()
    dialog.new_status.set_current(CaseStatus.REGISTERED)
    dialog.save_button.click()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "A correction needs a reason"
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog  # said under the form, not in a box
    assert supervisor_host.changes == []
    assert _status(supervisor_host, person_id) is CaseStatus.CONFIRMED

    dialog.correct.setChecked(False)  # another mode: the old problem goes
    assert not dialog.problem.isVisible()


def test_a_correction_may_date_back_before_the_current_status(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, supervisor, today, family_name="Соловйова"))
    _set_status(db, supervisor, person_id, CaseStatus.CONFIRMED, today)
    dialog = open_dialog(supervisor_host, person_id, correcting=True)
    dialog.new_status.set_current(CaseStatus.LISTED_FOR_EXCHANGE)
    dialog.effective_on.setDate(qdate(today - timedelta(days=60)))
    type_text(qtbot, dialog.reason, "Список обміну від 27.09, внесено пізно")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert supervisor_host.changes == [Change.STATUS]
    details = supervisor_host.select_case(person_id)
    assert details is not None
    assert details.status is CaseStatus.LISTED_FOR_EXCHANGE
    assert details.status_since == today - timedelta(days=60)
    # The history is in date order, so the correction sits below the change it corrects.
    assert [(h.kind, h.effective_on) for h in details.history][-1] == (
        StatusEventKind.CORRECTION,
        today - timedelta(days=60),
    )
    assert details.history[-1].reason == "Список обміну від 27.09, внесено пізно"


def test_a_change_someone_made_meanwhile_is_refused_and_the_form_stays(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Мельник"))
    dialog = open_dialog(host, person_id)
    _set_status(db, supervisor, person_id, CaseStatus.CONFIRMED, today)  # behind its back
    dialog.save_button.click()  # Registered → Confirmed, once more
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Status change not allowed"
    assert "already “Confirmed”" in box.text()
    box.accept()
    assert dialog.isVisible()
    assert host.changes == []
    details = host.select_case(person_id)
    assert details is not None and len(details.history) == 2  # registered, and theirs only


def test_a_final_step_forward_is_not_chosen_for_the_user(
    host: BareHost, db: Database, caseworker: User, today: date, open_dialog: OpenDialog
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь"))
    _set_status(db, caseworker, person_id, CaseStatus.CONFIRMED, today)
    _set_status(db, caseworker, person_id, CaseStatus.LISTED_FOR_EXCHANGE, today)
    dialog = open_dialog(host, person_id)
    assert _offered(dialog)[:2] == ["Repatriated", "Confirmed"]
    assert dialog.chosen_status() is CaseStatus.CONFIRMED  # the first that is not final
    # Were only final statuses left, none would be chosen and nothing could be saved.
    dialog.new_status.set_members([CaseStatus.DECEASED, CaseStatus.CLOSED])
    dialog.preselect()
    assert dialog.chosen_status() is None and dialog.new_status.currentIndex() == -1
    assert not dialog.save_button.isEnabled()
    assert dialog.new_status.placeholderText() == "Choose the new status"


def test_a_final_status_needs_a_reason_and_a_yes_naming_the_person(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person = register(db, caseworker, today, family_name="Пʼятницький", given_name="Юрій")
    person_id = id_of(person)
    dialog = open_dialog(host, person_id)
    dialog.new_status.set_current(CaseStatus.DECEASED)
    assert dialog.reason.placeholderText().startswith("Required: this ends the case.")
    dialog.save_button.click()
    assert dialog.problem.text() == "A final status ends the case: say why, and on whose word"
    assert dialog.question is None and host.changes == []

    type_text(qtbot, dialog.reason, "Повідомлення МКЧХ від 28.11")
    dialog.save_button.click()
    question = dialog.question
    assert question is not None and question.isVisible()
    assert question.text() == (
        f"Mark Пʼятницький Юрій, {person.case_number}, as deceased? This ends the case."
    )
    assert question.button(QMessageBox.StandardButton.Yes).text() == "Mark as deceased"
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default: go back, nothing saved
    assert dialog.isVisible() and host.changes == []
    assert _status(host, person_id) is CaseStatus.REGISTERED

    dialog.save_button.click()
    question = dialog.question
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.changes == [Change.STATUS]
    details = host.select_case(person_id)
    assert details is not None and details.status is CaseStatus.DECEASED
    assert details.history[0].reason == "Повідомлення МКЧХ від 28.11"


def test_a_supervisors_correction_to_a_final_status_asks_too(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person = register(db, supervisor, today, family_name="Коваленко", given_name="Ірина")
    dialog = open_dialog(supervisor_host, id_of(person), correcting=True)
    assert dialog.chosen_status() is CaseStatus.CONFIRMED
    dialog.new_status.set_current(CaseStatus.REPATRIATED)
    type_text(qtbot, dialog.reason, "Обмін 14 внесено без неї")
    dialog.save_button.click()
    question = dialog.question
    assert question is not None
    assert question.text() == (
        f"Mark Коваленко Ірина, {person.case_number}, as repatriated? This ends the case."
    )
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _status(supervisor_host, id_of(person)) is CaseStatus.REPATRIATED


def test_the_status_bar_undoes_ones_own_change(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    since = today - timedelta(days=20)
    person_id = id_of(register(db, caseworker, today, status_since=since))
    dialog = open_dialog(host, person_id)
    dialog.save_button.click()  # Registered → Confirmed, by mistake
    qtbot.waitUntil(lambda: not dialog.isVisible())
    number = dialog.windowTitle().split(" — ")[1]
    assert host.statusBar().currentMessage() == f"{number}: Registered → Confirmed."
    assert host.undo.button.isVisible()
    qtbot.mouseClick(host.undo.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(host.changes) == 2)
    assert host.changes == [Change.STATUS, Change.STATUS]
    assert host.messages[-1] == f"{number}: back to Registered (your change undone)."
    details = host.select_case(person_id)
    assert details is not None
    assert (details.status, details.status_since) == (CaseStatus.REGISTERED, since)
    top = details.history[0]
    assert (top.kind, top.from_status, top.to_status) == (
        StatusEventKind.CORRECTION,
        CaseStatus.CONFIRMED,
        CaseStatus.REGISTERED,
    )
    assert top.reason == "Undone by Олег Бондар: Confirmed was a mistake"


@pytest.mark.parametrize("language", ["ukrainian", "russian"])
def test_the_correction_box_is_read_whole(
    request: pytest.FixtureRequest,
    language: str,
    supervisor_host: BareHost,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    """Its Ukrainian and Russian words are longer than the English: the dialog is as wide as
    they need, not cut off at the right."""
    request.getfixturevalue(language)
    person = id_of(register(supervisor_host.db, supervisor, today))
    dialog = open_dialog(supervisor_host, person)
    box = dialog.correct
    assert box.isVisible()
    assert box.width() >= box.sizeHint().width(), box.text()
    assert box.geometry().right() < dialog.width()
