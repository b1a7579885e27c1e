"""The Review queue page: a supervisor reviews the top stalled case with the keyboard and the
queue and the dashboard follow; a caseworker sees only their own cases needing action.
Also the workflow's Case menu entry: a supervisor corrects a closed case's status."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, ReviewDecision, StatusEventKind
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.review_dialog import ReviewDialog
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.helpers import register
from tests.ui.helpers import type_text


@pytest.fixture
def cases(db: Database, caseworker: User, supervisor: User, today: date) -> dict[str, int]:
    """Three stalled cases (120 and 45 days unchanged, one blocked) and one fresh case."""
    old = register(db, caseworker, today, family_name="Ґудзь", status_since=today - timedelta(120))
    mid = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Їжакевич",
        status_since=today - timedelta(45),
    )
    held = register(db, supervisor, today, family_name="Novák", status_since=today - timedelta(5))
    register(db, caseworker, today, family_name="Свіжий", status_since=today - timedelta(10))
    with unit_of_work(db, supervisor) as session:
        assert held.id is not None
        block_case(session, supervisor, held.id, "Whereabouts unknown", today=today)
    return {"old": old.id or 0, "mid": mid.id or 0, "held": held.id or 0}


def _window(
    qtbot: QtBot, db: Database, actor: User, today: date, settings: QSettings
) -> MainWindow:
    main = MainWindow(db, actor, today_fn=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture
def boss(
    qtbot: QtBot,
    db: Database,
    supervisor: User,
    today: date,
    ui_settings: QSettings,
    cases: dict[str, int],
) -> Iterator[MainWindow]:
    main = _window(qtbot, db, supervisor, today, ui_settings)
    yield main
    main.close()


def _page(window: MainWindow) -> ReviewQueuePage:
    page = window.findChild(ReviewQueuePage)
    assert page is not None
    return page


def _column(page: ReviewQueuePage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_supervisor_escalates_the_top_case_and_queue_and_dashboard_follow(
    qtbot: QtBot, boss: MainWindow, cases: dict[str, int], today: date
) -> None:
    dashboard = boss.findChild(DashboardPage)
    assert dashboard is not None
    qtbot.keyClick(boss, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert boss.pages.currentWidget() is dashboard
    assert dashboard.figures["queue"].value() == 3
    assert dashboard.figures["stalled"].value() == 3

    qtbot.keyClick(boss, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page(boss)
    assert boss.pages.currentWidget() is page
    assert page.counts.text() == "3 stalled cases in the queue · 0 deferred by review"
    # Longest first; the blocked case shows its reason and the days since its status.
    assert page.case_ids() == [cases["old"], cases["mid"], cases["held"]]
    assert _column(page, 4) == [
        "No change for more than 30 days",
        "No change for more than 30 days",
        "Whereabouts unknown",
    ]
    assert _column(page, 5) == ["120", "45", "5"]
    assert _column(page, 6)[0] == "Олег Бондар"
    assert page.selected_case() is not None and page.selected_case().person_id == cases["old"]

    page.table.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.table, Qt.Key.Key_R, ctrl_shift)  # Review…
    qtbot.waitUntil(lambda: isinstance(page.dialog, ReviewDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitUntil(dialog.decision_combo.hasFocus)
    qtbot.keyClick(dialog.decision_combo, Qt.Key.Key_Down)
    assert dialog.chosen() is ReviewDecision.ESCALATE
    assert dialog.next_review.date().toPython() == today + timedelta(days=7)
    assert not dialog.caseworker.isVisible()
    type_text(qtbot, dialog.note, "Передано керівнику")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The case leaves the queue until its next review; the next one is selected.
    assert page.counts.text() == "2 stalled cases in the queue · 1 deferred by review"
    assert page.case_ids() == [cases["mid"], cases["held"]]
    assert page.selected_case() is not None and page.selected_case().person_id == cases["mid"]
    page.show_deferred.setChecked(True)
    assert page.case_ids() == [cases["old"], cases["mid"], cases["held"]]
    assert _column(page, 7)[0].endswith("Escalate")
    assert _column(page, 8)[0] == (today + timedelta(days=7)).strftime("%d.%m.%Y")

    # ... and stays stalled in the figures, out of the review queue.
    boss.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(boss.isActiveWindow)
    qtbot.keyClick(boss, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert boss.pages.currentWidget() is dashboard
    assert dashboard.figures["queue"].value() == 2
    assert dashboard.figures["stalled"].value() == 3
    assert dashboard.reason_panel.table.values()["Stalled in all"] == [3]


def test_the_queue_model_reads_rows_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester, boss: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    for n in range(7):
        register(
            db,
            caseworker,
            today,
            family_name=f"Черга{'аб'[n % 2]}",
            status_since=today - timedelta(days=200 + n),
        )
    qtbot.keyClick(boss, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page(boss)
    model = page.model
    qtmodeltester.check(model)
    model.PAGE = 3
    model.refresh()
    assert model.rowCount() == 10 and model.cached_rows <= 3  # ids, and the rows in view
    before = model.cached_rows
    assert model.index(7, 0).data() and model.cached_rows == before + 3  # rows 6 to 8
    assert _column(page, 5)[:2] == ["206", "205"]  # longest first; now all fetched
    assert model.cached_rows == 10
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Reason"
    held = model.row_of(page.case_ids()[-1])
    assert held is not None
    assert model.index(held, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # blocked
    # A refresh keeps the selected case selected, wherever its row is now.
    page.table.select_row(8)
    chosen = page.selected_case()
    assert chosen is not None
    register(db, caseworker, today, family_name="Найдовший", status_since=today - timedelta(500))
    page.refresh()
    assert page.case_ids()[0] != chosen.person_id
    assert page.selected_case() is not None and page.selected_case().person_id == chosen.person_id
    assert page.counts.text() == "11 stalled cases in the queue · 0 deferred by review"


def test_reassign_needs_a_caseworker_and_moves_the_case(
    qtbot: QtBot, boss: MainWindow, cases: dict[str, int], supervisor: User
) -> None:
    qtbot.keyClick(boss, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page(boss)
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.decision_combo.set_current(ReviewDecision.REASSIGN)
    assert dialog.caseworker.isVisible()
    index = dialog.caseworker.findData(supervisor.id)
    assert index >= 0  # the current caseworker (Олег Бондар) is not offered
    dialog.caseworker.setCurrentIndex(index)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.counts.text().startswith("2 stalled cases in the queue")
    page.show_deferred.setChecked(True)
    assert _column(page, 6)[0] == "Світлана Мельник"


def test_closing_without_a_note_is_refused_in_the_dialog(
    qtbot: QtBot, boss: MainWindow, cases: dict[str, int]
) -> None:
    qtbot.keyClick(boss, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page(boss)
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.decision_combo.set_current(ReviewDecision.CLOSE)
    assert not dialog.next_review.isEnabled()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Note: say why the case is closed"
    assert page.counts.text().startswith("3 stalled cases")


def test_caseworker_sees_my_cases_needing_action_and_opens_one(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    supervisor: User,
    cases: dict[str, int],
    today: date,
) -> None:
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, cases["mid"], ReviewDecision.KEEP_WAITING, today=today)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page(window)
    assert window.pages.currentWidget() is page
    # Only the caseworker's own case not deferred by a review; no supervisor actions.
    assert page.counts.text() == "My cases needing action: 1"
    assert page.case_ids() == [cases["old"]]
    assert not page.review_button.isVisible()
    assert not page.show_deferred.isVisible()
    page.on_review_clicked()
    assert page.dialog is None
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.cases_page
    assert window.details is not None and window.details.id == cases["old"]


def test_supervisor_corrects_a_closed_case_from_the_case_menu(
    qtbot: QtBot, boss: MainWindow, db: Database, supervisor: User, today: date
) -> None:
    person = register(db, supervisor, today, family_name="Завʼялов")
    assert person.id is not None
    with unit_of_work(db, supervisor) as session:
        change_status(
            session, supervisor, person.id, CaseStatus.DECEASED, effective_on=today, today=today
        )
    boss.open_case(person.id)
    assert not boss.actions_.change_status.isEnabled()  # a final case cannot move on
    action = boss.findChild(QAction, "correctStatus")
    assert action is not None
    action.trigger()
    dialog = next(d for d in boss.findChildren(StatusDialog) if d.isVisible())
    assert dialog.correct.isChecked()
    assert CaseStatus.DECEASED.label not in [
        dialog.new_status.itemText(i) for i in range(dialog.new_status.count())
    ]
    dialog.new_status.set_current(CaseStatus.CONFIRMED)
    dialog.save_button.click()
    assert dialog.problem.text() == "A correction needs a reason"
    type_text(qtbot, dialog.reason, "Помилка: підтверджено МКЧХ")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: boss.details is not None and boss.details.status is CaseStatus.CONFIRMED
    )
    assert boss.details is not None
    assert boss.details.history[0].kind is StatusEventKind.CORRECTION
