"""The office's list of block reasons: a supervisor ticks the reasons the counterpart may
read and adds the office's own; a caseworker sees the list and cannot change it; the block
dialog says, before saving, whether the chosen reason will reach the counterpart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.block_reasons import STANDARD_REASONS, reason_rows
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.block_dialog import BlockDialog
from ombuds_desk.ui.cases.block_reasons_dialog import BlockReasonsDialog
from ombuds_desk.ui.common.changes import Change
from tests.services.helpers import id_of, register
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost

OWN = "Чекає на рішення суду"


def _rows(db: Database) -> dict[str, bool]:
    with db.reading() as session:
        return {r.text: r.shareable for r in reason_rows(session)}


def _item(dialog: BlockReasonsDialog, text: str) -> int:
    for n in range(dialog.reasons.count()):
        if dialog.reasons.item(n).data(Qt.ItemDataRole.UserRole) == text:
            return n
    raise AssertionError(f"{text} is not listed")


def test_a_supervisor_marks_reasons_shareable_and_adds_one(
    qtbot: QtBot, supervisor_host: BareHost, db: Database
) -> None:
    assert not any(_rows(db).values())  # internal until the office says otherwise
    dialog = BlockReasonsDialog(supervisor_host, supervisor_host)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.reasons.count() == len(STANDARD_REASONS)
    first = dialog.reasons.item(_item(dialog, STANDARD_REASONS[0]))
    assert first.text() == f"{STANDARD_REASONS[0]}  (standard)"
    first.setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.new_reason, OWN)
    qtbot.keyClick(dialog.new_reason, Qt.Key.Key_Return)
    added = dialog.reasons.item(_item(dialog, OWN))
    assert added.checkState() == Qt.CheckState.Unchecked
    added.setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.new_reason, STANDARD_REASONS[1].lower())
    dialog.add_button.click()
    assert dialog.problem.isVisible() and "already on the list" in dialog.problem.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert supervisor_host.changes == [Change.SETTINGS]
    rows = _rows(db)
    assert rows[STANDARD_REASONS[0]] and rows[OWN]
    assert not any(rows[r] for r in STANDARD_REASONS[1:])


def test_a_caseworker_sees_the_list_but_cannot_change_it(
    qtbot: QtBot, host: BareHost, db: Database
) -> None:
    dialog = BlockReasonsDialog(host, host)
    dialog.open()
    qtbot.waitExposed(dialog)
    item = dialog.reasons.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.save_button.isEnabled() and not dialog.new_reason.isEnabled()
    dialog.reject()


def test_the_block_dialog_says_whether_the_reason_reaches_the_counterpart(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    today: date,
) -> None:
    pid = id_of(register(db, supervisor, today, family_name="Ґава", given_name="Остап"))
    details = supervisor_host.select_case(pid)
    assert details is not None
    dialog = BlockDialog(supervisor_host, details, supervisor_host)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.reason.setCurrentText(STANDARD_REASONS[0])
    assert dialog.sharing.text().startswith("Internal:")
    dialog.reason.setCurrentText("Брат просить нічого не передавати")
    assert dialog.sharing.text().startswith("Not on the office's list, so internal")
    assert "never printed for the counterpart" in dialog.note.placeholderText()
    dialog.reasons_button.click()
    reasons = dialog.reasons_dialog
    qtbot.waitExposed(reasons)
    reasons.reasons.item(_item(reasons, STANDARD_REASONS[0])).setCheckState(Qt.CheckState.Checked)
    reasons.save_button.click()
    qtbot.waitUntil(lambda: not reasons.isVisible())
    assert dialog.reason.currentText() == "Брат просить нічого не передавати"  # kept
    dialog.reason.setCurrentText(STANDARD_REASONS[0])
    assert dialog.sharing.text().startswith("Shareable:")
    dialog.reject()
