"""In the whole window: the review in force heads the case view (and goes once it is
over); a supervisor selects several cases in the list and reassigns them at once with
Case → Reassign…; the caseworker then finds them on My work."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision
from ombuds_desk.domain.people import CaseReview, Person
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.work.my_work import WorkKind, my_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.reassign_dialog import ReassignDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from tests.services.helpers import id_of, recorded_on, register
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import action, cases_page, refresh, type_text, wait_idle


def test_the_review_in_force_heads_the_case_view(
    qtbot: QtBot,
    make_window: WindowFactory,
    db: Database,
    admin: User,
    supervisor: User,
    caseworker: User,
    today: date,
) -> None:
    person = id_of(register(db, admin, today, status_since=today - timedelta(days=60)))
    with unit_of_work(db, supervisor) as session:
        review_case(
            session, supervisor, person, ReviewDecision.ESCALATE, today=today,
            note="ask the ICRC delegate", escalate_to_id=caseworker.id,
        )  # fmt: skip
    recorded_on(db, CaseReview.reviewed_at, today)
    window = make_window(caseworker)
    page = cases_page(window)
    window.open_case(person)
    wait_idle(qtbot, window)
    line = page.case_panel.review_line
    assert line.isVisible()
    assert line.text() == (
        f"Escalated to Олег Бондар by Світлана Мельник on {today:%d.%m.%Y}: “ask the ICRC delegate” — "
        f"next review {today + timedelta(days=7):%d.%m.%Y}"
    )
    window.resize(1280, 720)
    window.grab().save("/work/shots/12b/test_case_view_review_line.png")
    with unit_of_work(db, supervisor) as session:
        review_case(session, supervisor, person, ReviewDecision.CLOSE, today=today, note="Вдома")
    refresh(qtbot, window)
    assert not line.isVisible()


def test_a_supervisor_reassigns_the_cases_selected_in_the_list(
    qtbot: QtBot,
    supervisor_window: MainWindow,
    db: Database,
    supervisor: User,
    caseworker: User,
    today: date,
) -> None:
    ids = [id_of(register(db, supervisor, today, family_name=n)) for n in ("Ґонта", "Їжак")]
    refresh(qtbot, supervisor_window)
    page = cases_page(supervisor_window)
    view = page.table
    selection = view.selectionModel()
    for person_id in ids:
        row = page.model.row_of(person_id)
        assert row is not None
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(view.selected_person_ids()) == sorted(ids)
    action(supervisor_window, "reassign").trigger()
    dialog = supervisor_window.findChild(ReassignDialog)
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Reassign 2 cases"
    dialog.to_user.setCurrentIndex(dialog.to_user.findData(caseworker.id))
    type_text(qtbot, dialog.reason, "Світлана у відрядженні")
    dialog.save_button.click()
    wait_idle(qtbot, supervisor_window)
    held = read(db, lambda s: [s.get(Person, i).assigned_to_id for i in ids])  # type: ignore[union-attr]
    assert held == [caseworker.id, caseworker.id]
    lines = read(db, lambda s: my_work(s, caseworker, today=today)).lines
    reassigned = [x for x in lines if x.kind is WorkKind.REASSIGNED]
    assert sorted(x.person_id or 0 for x in reassigned) == sorted(ids)
    assert all("“Світлана у відрядженні”" in x.what for x in reassigned)
    # The supervisor's My work lists the team: Олег's lines now hold the two cases.
    next(a for a in supervisor_window.go_menu.actions() if a.text() == "My work").trigger()
    wait_idle(qtbot, supervisor_window)
    my_page = supervisor_window.findChild(MyWorkPage)
    assert my_page is not None and my_page.read is not None and my_page.read.team is not None
    assert {x.person_id for x in my_page.read.team.of(caseworker.id)} >= set(ids)
