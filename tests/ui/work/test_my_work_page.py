"""The My work page on real widgets and a real register: its counts (tab and lists) agree
with the services', each line opens the place to act, a supervisor sees the team by person
and the workloads, and reassigns from there or from the lines selected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.work.my_work import WorkKind, my_work, team_work
from ombuds_desk.services.work.workload import workloads
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.reassign_dialog import ReassignDialog
from ombuds_desk.ui.work import work_in_process
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from tests.services.work.office import Office, build_office
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost

# The page reads in a worker process on a register file: the first worker starts the fork
# server (its imports take seconds on a busy machine).
WORKER_MS = 60_000


@pytest.fixture
def office(db: Database, admin: User, caseworker: User, supervisor: User, today: date) -> Office:
    return build_office(db, admin, caseworker, supervisor, today)


def _page(qtbot: QtBot, host: BareHost) -> MyWorkPage:
    page = MyWorkPage(host)
    host.add_page(page, "My work")
    host.show_page(page)
    host.resize(1280, 720)
    host.show()
    qtbot.waitExposed(host)
    wait_idle(qtbot, host, WORKER_MS)
    assert page.read is not None
    return page


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = [item.child(i) for i in range(item.childCount())]
    return [child for child in found if child is not None]


def _top(page: MyWorkPage) -> list[QTreeWidgetItem]:
    found = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    return [item for item in found if item is not None]


def _holders(db: Database, ids: tuple[int, ...]) -> list[int | None]:
    def holders(session: Session) -> list[int | None]:
        found = [session.get(Person, i) for i in ids]
        return [p.assigned_to_id if p is not None else None for p in found]

    return read(db, holders)


def test_a_caseworker_s_counts_agree_with_the_service(
    qtbot: QtBot, host: BareHost, office: Office, db: Database, today: date
) -> None:
    page = _page(qtbot, host)
    work = read(db, lambda s: my_work(s, office.caseworker, today=today))
    tab = host.pages.tabText(host.pages.indexOf(page))
    assert tab == f"My work ({work.count})" == "My work (8)"
    sections = _top(page)
    assert [s.text(0) for s in sections] == [
        f"{kind.heading} ({n})" for kind, n in work.counts().items() if n
    ]
    assert sum(s.childCount() for s in sections) == work.count
    assert page.title.text() == f"What needs you today, {today:%d.%m.%Y}: 8"
    assert not page.scope.isVisible() and not page.reassign_button.isVisible()
    host.resize(1280, 720)
    host.grab().save("/work/shots/12b/test_my_work_caseworker.png")


def test_enter_opens_the_case_or_the_page_to_act_on(
    qtbot: QtBot, host: BareHost, office: Office
) -> None:
    shipments = QLabel("Shipments")
    shipments.setObjectName("shipmentsPage")
    host.add_page(shipments, "Shipments")
    page = _page(qtbot, host)
    escalated = next(s for s in _top(page) if s.text(0).startswith("Escalated to you"))
    line = _children(escalated)[0]
    page.tree.setCurrentItem(line)
    page.tree.setFocus()
    assert page.open_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert host.opened == [office.escalated]
    unacknowledged = next(s for s in _top(page) if s.text(0).startswith("Shipments not"))
    page.tree.setCurrentItem(_children(unacknowledged)[0])
    assert page.hint.text().startswith("Opens the Shipments page")
    page.open_button.click()
    assert host.pages.currentWidget() is shipments
    assert host.opened == [office.escalated]


def test_the_count_follows_a_change(
    qtbot: QtBot, host: BareHost, office: Office, db: Database, supervisor: User, today: date
) -> None:
    page = _page(qtbot, host)
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, office.escalated, ReviewDecision.KEEP_WAITING, today=today)
    host.notify(Change.REVIEWS)
    wait_idle(qtbot, host, WORKER_MS)
    tab = host.pages.tabText(host.pages.indexOf(page))
    assert tab == "My work (7)"
    assert not any(s.text(0).startswith("Escalated") for s in _top(page))


def test_a_supervisor_sees_the_team_by_person_and_the_workloads(
    qtbot: QtBot, supervisor_host: BareHost, office: Office, db: Database, today: date
) -> None:
    page = _page(qtbot, supervisor_host)
    team = read(db, lambda s: team_work(s, office.supervisor, today=today))
    loads = read(db, lambda s: workloads(s, office.supervisor, today=today))
    people = _top(page)
    assert [p.text(0) for p in people] == [
        f"{team.names[o or 0]} ({len(team.of(o))})" for o in team.owners()
    ]
    assert sum(s.childCount() for p in people for s in _children(p)) == team.count
    assert page.title.text().endswith(f": {team.count}")
    tab = supervisor_host.pages.tabText(supervisor_host.pages.indexOf(page))
    assert tab == "My work"  # nothing of her own
    assert page.workload is not None
    assert page.workload.model.rows() == loads
    bondar = people[1]
    assert "Escalated to them (1)" in [s.text(0) for s in _children(bondar)]
    supervisor_host.grab().save("/work/shots/12b/test_my_work_team.png")


def test_a_supervisor_reassigns_a_caseworker_s_stalled_cases_from_the_workload(
    qtbot: QtBot, supervisor_host: BareHost, office: Office, db: Database, today: date
) -> None:
    page = _page(qtbot, supervisor_host)
    panel = page.workload
    assert panel is not None
    row = next(i for i, w in enumerate(panel.model.rows()) if w.user_id == office.caseworker.id)
    panel.table.select_row(row)
    assert panel.reassign_button.isEnabled()
    panel.reassign_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitExposed(dialog)
    stalled = loads_of(db, office, today)
    assert dialog.save_button.text() == f"&Reassign {stalled} cases"
    dialog.save_button.click()  # no reason yet
    assert dialog.isVisible() and dialog.problem.text().startswith("Reason: say why")
    index = dialog.to_user.findData(office.colleague.id)
    dialog.to_user.setCurrentIndex(index)
    type_text(qtbot, dialog.reason, "Олег у відпустці")
    dialog.save_button.click()
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    assert not dialog.isVisible()
    assert Change.CASES | Change.REVIEWS in supervisor_host.changes
    held = _holders(db, (office.escalated, office.due, office.silent))
    assert held == [office.colleague.id] * 3
    assert supervisor_host.statusBar().currentMessage() == (
        f"{stalled} cases reassigned to Анна Петрова."
    )
    supervisor_host.undo.button.click()  # Undo from the status bar: all back with Олег
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    back = _holders(db, (office.escalated, office.due, office.silent))
    assert back == [office.caseworker.id] * 3


def loads_of(db: Database, office: Office, today: date) -> int:
    loads = read(db, lambda s: workloads(s, office.supervisor, today=today))
    return next(w.stalled for w in loads if w.user_id == office.caseworker.id)


def test_lines_selected_are_reassigned_together(
    qtbot: QtBot, supervisor_host: BareHost, office: Office, db: Database
) -> None:
    page = _page(qtbot, supervisor_host)
    page.scope.setCurrentIndex(0)  # her own: nothing
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    assert page.empty.isVisible() and not page.tree.isVisible()
    page.scope.setCurrentIndex(1)
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    bondar = _top(page)[1]
    bondar.setExpanded(True)
    wanted = {WorkKind.ESCALATED.heading, WorkKind.REVIEW_DUE.heading}
    for section in _children(bondar):
        if any(section.text(0).startswith(w.replace("you", "them")) for w in wanted):
            section.setExpanded(True)
            for line in _children(section):
                line.setSelected(True)
    assert page.reassign_button.text() == "&Reassign 2 cases…"
    page.reassign_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitExposed(dialog)
    dialog.to_user.setCurrentIndex(dialog.to_user.findData(office.colleague.id))
    type_text(qtbot, dialog.reason, "Розподіл")
    dialog.save_button.click()
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    moved = _holders(db, (office.escalated, office.due))
    assert moved == [office.colleague.id] * 2


def test_the_same_lines_read_again_keep_their_tree(
    qtbot: QtBot,
    supervisor_host: BareHost,
    office: Office,
    db: Database,
    supervisor: User,
    today: date,
) -> None:
    """Shown again with nothing changed, the team's lines are not laid out again (at 100,000
    persons that froze the window for a second); a change lays them out anew."""
    page = _page(qtbot, supervisor_host)
    first = _top(page)[0]
    first.setExpanded(not first.isExpanded())
    folded = first.isExpanded()
    read_before = page.read
    page.refresh()
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    assert page.read is read_before and _top(page)[0] is first  # the same tree, as folded
    assert first.isExpanded() == folded
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, office.escalated, ReviewDecision.KEEP_WAITING, today=today)
    supervisor_host.notify(Change.REVIEWS)
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    assert page.read is not read_before
    team = read(db, lambda s: team_work(s, office.supervisor, today=today))
    assert sum(s.childCount() for p in _top(page) for s in _children(p)) == team.count


def test_the_team_is_read_in_a_worker_process_and_shown_again_without_a_new_layout(
    qtbot: QtBot,
    supervisor_host: BareHost,
    office: Office,
    db: Database,
    today: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a register file the window never reads the team itself (seconds of Python holding
    the interpreter lock); showing the page again with nothing changed keeps the very read
    and the tree laid out (no lines sent back, none compared or laid out again)."""

    def not_here(*_args: object) -> None:
        raise AssertionError("read on the window's thread")

    monkeypatch.setattr(work_in_process, "read_work", not_here)
    page = _page(qtbot, supervisor_host)
    assert page.read is not None and page.read_digest is not None
    expected = read(db, lambda s: team_work(s, office.supervisor, today=today))
    assert page.read.team == expected
    first_item = page.tree.topLevelItem(0)
    shown, laid_out = page.read, page.laid_out
    assert laid_out is not None and laid_out[0] is shown

    page.refresh()  # as the window does each time the page is shown
    wait_idle(qtbot, supervisor_host, WORKER_MS)
    assert page.read is shown and page.laid_out == laid_out
    assert page.tree.topLevelItem(0) is first_item  # the same tree: folds and selection kept
