"""The block dialog: the office's reasons offered (any other may be typed), an empty reason
refused under the form, unblocking a blocked case with a note, a closed case refused, one
STATUS change announced when it is saved, and Undo in the status bar doing the opposite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, StatusEventKind
from ombuds_desk.services.cases.block_reasons import STANDARD_REASONS, add_block_reason
from ombuds_desk.services.cases.case_status import block_case, change_status, unblock_case
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.block_dialog import BlockDialog
from ombuds_desk.ui.common.changes import Change
from tests.services.helpers import id_of, register
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost

OpenDialog = Callable[[BareHost, int], BlockDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot) -> OpenDialog:
    """Opens the dialog on the case as the host shows it now."""

    def make(host: BareHost, person_id: int) -> BlockDialog:
        dialog = BlockDialog(host, _shown(host, person_id), host)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _shown(host: BareHost, person_id: int) -> CaseDetails:
    details = host.select_case(person_id)
    assert details is not None
    return details


def _reasons(dialog: BlockDialog) -> list[str]:
    return [dialog.reason.itemText(i) for i in range(dialog.reason.count())]


def test_the_offices_reasons_are_offered_and_none_is_chosen(
    host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    with unit_of_work(db, supervisor) as session:
        add_block_reason(session, supervisor, "Чекає висновку СБУ")
    person_id = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    dialog = open_dialog(host, person_id)
    assert dialog.windowTitle().startswith("Block case CAP-")
    assert not dialog.unblocking
    assert _reasons(dialog) == [*STANDARD_REASONS, "Чекає висновку СБУ"]
    assert dialog.reason.currentText() == ""  # a reason is chosen, never assumed
    assert dialog.reason.isEditable()
    assert dialog.save_button.text() == "&Block"


def test_a_blank_reason_is_refused_under_the_form(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today))
    dialog = open_dialog(host, person_id)
    type_text(qtbot, dialog.reason, "   ")
    dialog.save_button.click()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Say why the case is blocked"
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog  # under the form, no box
    assert host.changes == []
    assert not _shown(host, person_id).blocked


def test_a_typed_reason_blocks_the_case_and_announces_status(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь"))
    dialog = open_dialog(host, person_id)
    type_text(qtbot, dialog.reason, "Країна громадянства не приймає")
    type_text(qtbot, dialog.note, "Лист МЗС від 12.11")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == BlockDialog.DialogCode.Accepted
    assert host.changes == [Change.STATUS]
    details = _shown(host, person_id)
    assert details.blocked
    assert details.blocked_reason == "Країна громадянства не приймає"
    assert details.blocked_note == "Лист МЗС від 12.11"
    assert details.history[0].kind is StatusEventKind.BLOCKED


def test_a_blocked_case_opens_to_be_unblocked(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Їжакевич"))
    with unit_of_work(db, caseworker) as session:
        block_case(session, caseworker, person_id, "Whereabouts unknown", today=today)
    dialog = open_dialog(host, person_id)
    assert dialog.unblocking
    assert dialog.windowTitle().startswith("Unblock case CAP-")
    assert not dialog.reason.isVisible()  # nothing to choose: the block's reason is shown
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Whereabouts unknown" in shown
    assert dialog.save_button.text() == "&Unblock"
    type_text(qtbot, dialog.note, "Знайшовся: табір під Ростовом")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.changes == [Change.STATUS]
    details = _shown(host, person_id)
    assert not details.blocked and details.blocked_reason is None
    assert details.history[0].kind is StatusEventKind.UNBLOCKED
    assert details.history[0].reason == "Знайшовся: табір під Ростовом"


def test_a_closed_case_cannot_be_blocked(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Завʼялов"))
    dialog = open_dialog(host, person_id)
    with unit_of_work(db, caseworker) as session:  # closed meanwhile, elsewhere
        change_status(
            session,
            caseworker,
            person_id,
            CaseStatus.CLOSED,
            effective_on=today,
            today=today,
            reason="Виїхав до третьої країни",
        )
    dialog.reason.setCurrentIndex(0)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Status change not allowed"
    assert "is closed; it cannot be blocked" in box.text()
    box.accept()
    assert dialog.isVisible()
    assert host.changes == []
    assert not _shown(host, person_id).blocked


def test_the_status_bar_undoes_a_block(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    dialog = open_dialog(host, person_id)
    number = _shown(host, person_id).case_number
    type_text(qtbot, dialog.reason, "Whereabouts unknown")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.statusBar().currentMessage() == f"Case {number} blocked: Whereabouts unknown."
    qtbot.mouseClick(host.undo.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(host.changes) == 2)
    assert host.messages[-1] == f"Case {number} unblocked again (block undone)."
    details = _shown(host, person_id)
    assert not details.blocked and details.blocked_reason is None
    top = details.history[0]
    assert (top.kind, top.blocked_reason) == (StatusEventKind.UNBLOCKED, "Whereabouts unknown")
    assert top.reason == "Block undone by Олег Бондар: it was a mistake"


def test_the_status_bar_undoes_an_unblock(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    open_dialog: OpenDialog,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь"))
    with unit_of_work(db, caseworker) as session:
        block_case(
            session,
            caseworker,
            person_id,
            "Країна громадянства не приймає",
            today=today,
            note="Лист МЗС від 12.11",
        )
    dialog = open_dialog(host, person_id)
    number = _shown(host, person_id).case_number
    dialog.save_button.click()  # unblocked by mistake
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not _shown(host, person_id).blocked
    assert host.statusBar().currentMessage() == f"Case {number} unblocked."
    qtbot.mouseClick(host.undo.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(host.changes) == 2)
    assert host.messages[-1] == f"Case {number} blocked again (unblocking undone)."
    details = _shown(host, person_id)  # as it was: the same reason and note
    assert (details.blocked, details.blocked_reason, details.blocked_note) == (
        True,
        "Країна громадянства не приймає",
        "Лист МЗС від 12.11",
    )
    assert [h.kind for h in details.history[:2]] == [
        StatusEventKind.BLOCKED,
        StatusEventKind.UNBLOCKED,
    ]


def test_an_undo_after_someone_else_changed_the_case_is_refused(
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
    type_text(qtbot, dialog.reason, "Whereabouts unknown")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with unit_of_work(db, supervisor) as session:  # a supervisor unblocks it meanwhile
        unblock_case(session, supervisor, person_id, today=today, note="Знайшовся")
    qtbot.mouseClick(host.undo.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.accept()
    assert host.changes == [Change.STATUS]  # the undo saved nothing
    details = _shown(host, person_id)
    assert details.history[0].reason == "Знайшовся"
