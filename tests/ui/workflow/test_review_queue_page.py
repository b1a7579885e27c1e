"""The Review queue page: a supervisor reviews the top stalled case with the keyboard and the
queue and the dashboard follow; a caseworker sees only their own cases needing action; the
queue is read off the GUI thread, when shown and on the changes it displays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.services.cases.case_status import block_case
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.queue_filters import QueueFilter, QueueSort, queue_ids
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.operations import LoadingBadge
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.review_dialog import ReviewDialog
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.helpers import register
from tests.ui.helpers import cases_page, type_text, wait_idle
from tests.ui.hosting import BareHost


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


def _page_of(window: MainWindow) -> ReviewQueuePage:
    page = window.findChild(ReviewQueuePage)
    assert page is not None
    return page


def _shown(qtbot: QtBot, host: BareHost) -> ReviewQueuePage:
    """The page alone in a host, brought forward (which reads it)."""
    page = ReviewQueuePage(host)
    host.add_page(page, "Review queue")
    host.show_page(page)
    wait_idle(qtbot, host)
    return page


def _column(page: ReviewQueuePage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _selected_id(page: ReviewQueuePage) -> int | None:
    case = page.selected_case()
    return case.person_id if case is not None else None


def test_supervisor_escalates_the_top_case_and_queue_and_dashboard_follow(
    qtbot: QtBot, cases: dict[str, int], supervisor_window: MainWindow, today: date
) -> None:
    window = supervisor_window
    assert window.findChild(DashboardPage) is None  # made when first opened
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    dashboard = window.findChild(DashboardPage)
    assert dashboard is not None
    assert window.pages.currentWidget() is dashboard
    wait_idle(qtbot, window)
    assert dashboard.figures["queue"].value() == 3
    assert dashboard.figures["stalled"].value() == 3

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page_of(window)
    assert window.pages.currentWidget() is page
    wait_idle(qtbot, window)
    assert page.counts.text() == "3 stalled cases in the queue · 0 deferred by review"
    # Longest first; the blocked case shows its reason and the days since its status.
    assert page.case_ids() == [cases["old"], cases["mid"], cases["held"]]
    assert _column(page, 4) == [  # a registration's threshold: 14 days
        "No change for more than 14 days",
        "No change for more than 14 days",
        "Whereabouts unknown",
    ]
    assert _column(page, 5) == ["120", "45", "5"]
    assert _column(page, 6)[0] == "Олег Бондар"
    assert _selected_id(page) == cases["old"]

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
    wait_idle(qtbot, window)

    # The case leaves the queue until its next review; the next one is selected.
    assert page.counts.text() == "2 stalled cases in the queue · 1 deferred by review"
    assert page.case_ids() == [cases["mid"], cases["held"]]
    assert _selected_id(page) == cases["mid"]
    page.show_deferred.setChecked(True)
    wait_idle(qtbot, window)
    assert page.case_ids() == [cases["old"], cases["mid"], cases["held"]]
    assert _column(page, 7)[0].endswith("Escalate")
    assert _column(page, 8)[0] == (today + timedelta(days=7)).strftime("%d.%m.%Y")

    # ... and stays stalled in the figures, out of the review queue.
    window.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is dashboard
    wait_idle(qtbot, window)
    assert dashboard.figures["queue"].value() == 2
    assert dashboard.figures["stalled"].value() == 3
    assert dashboard.reason_panel.table.values()["Stalled in all"] == [3]


def test_the_queue_model_reads_rows_a_page_at_a_time(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    supervisor_host: BareHost,
    cases: dict[str, int],
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    for n in range(7):
        register(
            db,
            caseworker,
            today,
            family_name=f"Черга{'аб'[n % 2]}",
            status_since=today - timedelta(days=200 + n),
        )
    page = _shown(qtbot, supervisor_host)
    model = page.model
    qtmodeltester.check(model)
    model.PAGE = 3
    # Room for two rows: the view reads (and sizes its columns by) what it shows, and no more.
    table = page.table
    table.setFixedHeight(
        table.horizontalHeader().height() + 2 * table.verticalHeader().defaultSectionSize()
    )
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    qtbot.wait(50)  # let it paint: what it reads to paint is one page
    assert model.rowCount() == 10 and model.cached_rows <= 3  # ids, and the rows in view
    before = model.cached_rows
    assert model.index(7, 0).data() and model.cached_rows == before + 3  # rows 6 to 8
    assert _column(page, 5)[:2] == ["206", "205"]  # longest first; now all fetched
    assert model.cached_rows == 10
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Reason"
    held = model.row_of(cases["held"])
    assert held is not None
    assert model.index(held, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # blocked
    # A refresh keeps the selected case selected, wherever its row is now.
    page.table.select_row(8)
    chosen = _selected_id(page)
    assert chosen is not None
    register(db, caseworker, today, family_name="Найдовший", status_since=today - timedelta(500))
    page.refresh()
    wait_idle(qtbot, supervisor_host)
    assert page.case_ids()[0] != chosen
    assert _selected_id(page) == chosen
    assert page.counts.text() == "11 stalled cases in the queue · 0 deferred by review"


def test_a_new_sort_shows_its_first_page_before_the_whole_queue_extends_it(
    qtbot: QtBot,
    supervisor_host: BareHost,
    cases: dict[str, int],
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    """The first page (a LIMIT of the same query) is on screen while the counts and every id
    are still being read; they then add the rest below it, and the row chosen on the first
    page stays chosen."""
    for n in range(7):
        register(
            db,
            caseworker,
            today,
            family_name="Голова" + "абвгдеж"[n],
            status_since=today - timedelta(days=90 + n),
        )
    page = _shown(qtbot, supervisor_host)
    model = page.model
    model.PAGE = 3
    shown: list[int] = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: shown.append(model.rowCount()))
    chosen: list[int] = []

    def choose_on_the_first_page() -> None:  # the reader picks a row before the rest is read
        assert model.loading and page.counts.text().startswith("10 ")  # the counts of before
        assert model.index(2, 0).data()  # its rows are read as shown
        page.table.select_row(2)
        chosen.append(model.id_at(2) or 0)

    model.head_shown.connect(choose_on_the_first_page)
    with qtbot.waitSignal(model.loaded):
        page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, supervisor_host)
    with db.reading() as session:
        rule = stalled_after_days(session)
        expected = queue_ids(
            session,
            QueueFilter(),
            today=today,
            rule=rule,
            sort=QueueSort.CASE_NUMBER,
            descending=False,
        )
    assert shown == [3, 10]  # the first page, then the rest below it
    assert model.ids() == expected and model.extended
    assert chosen == expected[2:3]
    assert page.table.current_row() == 2 and _selected_id(page) == chosen[0]  # not moved
    assert page.counts.text() == "10 stalled cases in the queue · 0 deferred by review"
    # Read again with the same cases (the page shown again): no first page, no reset, the
    # rows renewed in place and the view stays put.
    shown.clear()
    page.refresh()
    wait_idle(qtbot, supervisor_host)
    assert shown == [] and model.unchanged and not model.extended
    assert page.table.current_row() == 2 and _selected_id(page) == chosen[0]
    # A refresh after a change of the cases replaces the list whole: no first page, the
    # view stays put.
    register(db, caseworker, today, family_name="Головаз", status_since=today - timedelta(days=99))
    page.refresh()
    wait_idle(qtbot, supervisor_host)
    assert shown == [11] and not model.extended and not model.unchanged
    assert _selected_id(page) == chosen[0]


def test_reassign_needs_a_caseworker_and_moves_the_case(
    qtbot: QtBot, supervisor_host: BareHost, cases: dict[str, int], supervisor: User
) -> None:
    page = _shown(qtbot, supervisor_host)
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
    assert supervisor_host.changes == [
        Change.REVIEWS | Change.CASES
    ]  # one notification, saying what
    wait_idle(qtbot, supervisor_host)
    assert page.counts.text().startswith("2 stalled cases in the queue")
    page.show_deferred.setChecked(True)
    wait_idle(qtbot, supervisor_host)
    assert _column(page, 6)[0] == "Світлана Мельник"


def test_closing_without_a_note_is_refused_in_the_dialog(
    qtbot: QtBot, supervisor_host: BareHost, cases: dict[str, int]
) -> None:
    page = _shown(qtbot, supervisor_host)
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.decision_combo.set_current(ReviewDecision.CLOSE)
    assert not dialog.next_review.isEnabled()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Note: say why the case is closed"
    assert supervisor_host.changes == []
    assert supervisor_host.tasks.pending == 0  # nothing was read again
    assert page.counts.text().startswith("3 stalled cases")


def test_caseworker_sees_my_cases_needing_action_and_opens_one(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    supervisor: User,
    cases: dict[str, int],
    today: date,
) -> None:
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, cases["mid"], ReviewDecision.KEEP_WAITING, today=today)
    page = _shown(qtbot, host)
    # Only the caseworker's own case not deferred by a review; no supervisor actions.
    assert page.counts.text() == "My cases needing action: 1"
    assert page.case_ids() == [cases["old"]]
    assert not page.review_button.isVisible()
    assert not page.show_deferred.isVisible()
    page.on_review_clicked()
    assert page.dialog is None
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert host.opened == [cases["old"]]


def test_enter_opens_the_case_on_the_cases_page(
    qtbot: QtBot, supervisor_window: MainWindow, cases: dict[str, int]
) -> None:
    window = supervisor_window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = _page_of(window)
    wait_idle(qtbot, window)
    page.table.select_row(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.pages.currentWidget() is cases_page(window)
    details = window.current_case()
    assert details is not None and details.id == cases["mid"]


def test_reads_when_shown_and_on_the_changes_it_displays(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    page = ReviewQueuePage(supervisor_host)
    supervisor_host.add_page(page, "Review queue")
    assert page.findChild(LoadingBadge) is not None
    supervisor_host.notify(Change.STATUS)  # not shown: nothing is read
    assert supervisor_host.tasks.pending == 0 and not page.model.loading
    assert page.model.rowCount() == 0 and page.counts.text() == ""

    register(db, caseworker, today, family_name="Ґудзь", status_since=today - timedelta(90))
    supervisor_host.show_page(page)
    assert page.model.loading  # off the GUI thread: the rows arrive later
    wait_idle(qtbot, supervisor_host)
    assert not page.model.loading
    assert page.model.rowCount() == 1
    assert page.counts.text() == "1 stalled case in the queue · 0 deferred by review"

    register(db, caseworker, today, family_name="Їжакевич", status_since=today - timedelta(60))
    supervisor_host.notify(Change.PARCELS)  # nothing the queue shows
    assert supervisor_host.tasks.pending == 0
    supervisor_host.notify(Change.CASES)
    assert supervisor_host.tasks.pending == 1
    wait_idle(qtbot, supervisor_host)
    assert page.model.rowCount() == 2

    supervisor_host.pages.setCurrentIndex(
        0
    )  # another page in front: changes wait until it is shown
    supervisor_host.notify(Change.CASES | Change.STATUS)
    assert supervisor_host.tasks.pending == 0
