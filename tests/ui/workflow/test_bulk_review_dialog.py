"""Many cases selected in the queue, one decision: the dialog asks with the count ("Keep 2
cases waiting until …?") and saves a review for each in one go; Cancel saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.services.workflow.review_queue import reviews_of
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.date_fields import qdate
from ombuds_desk.ui.workflow.bulk_review_dialog import BulkReviewDialog
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.helpers import id_of, register
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def _page_with_three(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> tuple[ReviewQueuePage, list[int]]:
    ids = [
        id_of(
            register(db, caseworker, today, family_name=name, status_since=today - timedelta(days))
        )
        for name, days in (("Ґудзь", 90), ("Їжак", 60), ("Шевчук", 30))
    ]
    page = ReviewQueuePage(host)
    host.add_page(page, "Review queue")
    host.show_page(page)
    wait_idle(qtbot, host)
    return page, ids


def _select(page: ReviewQueuePage, rows: list[int]) -> None:
    page.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_keep_two_selected_cases_waiting_after_the_question(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    page, ids = _page_with_three(qtbot, supervisor_host, db, caseworker, today)
    page.table.select_row(0)
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        page.table.visualRect(page.model.index(2, 0)).center(),
    )
    assert page.selected_ids() == [ids[0], ids[2]]
    assert page.review_button.text() == "&Review 2 cases…"
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BulkReviewDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Review 2 cases"
    until = today + timedelta(days=14)
    dialog.next_review.setDate(qdate(until))
    dialog.note.setText("Чекаємо на списки")

    box = dialog.on_save_clicked()  # Cancel first: nothing saved
    assert box.text() == f"Keep 2 cases waiting until {until.strftime('%d.%m.%Y')}?"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and supervisor_host.changes == []

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    asked = dialog.confirm
    assert asked is not None and asked.isVisible()
    asked.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert supervisor_host.changes == [Change.REVIEWS]  # one unit of work, one notification
    assert supervisor_host.messages[-1] == "2 cases reviewed."
    wait_idle(qtbot, supervisor_host)
    assert page.case_ids() == [ids[1]]
    assert page.counts.text() == "1 stalled case in the queue · 2 deferred by review"
    with db.reading() as session:
        for person_id in (ids[0], ids[2]):
            ((review, _who),) = reviews_of(session, person_id)
            assert (review.decision, review.next_review_on, review.note) == (
                ReviewDecision.KEEP_WAITING,
                until,
                "Чекаємо на списки",
            )


def test_closing_many_needs_a_reason(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    page, _ids = _page_with_three(qtbot, supervisor_host, db, caseworker, today)
    _select(page, [0, 1, 2])
    page.on_review_clicked()
    dialog = page.dialog
    assert isinstance(dialog, BulkReviewDialog)
    dialog.decision_combo.set_current(ReviewDecision.CLOSE)
    assert not dialog.next_review.isEnabled()
    box = dialog.on_save_clicked()
    assert box.text().startswith("Close 3 cases?")
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Note: say why the case is closed"
    assert supervisor_host.changes == []
