"""The Cases page, the window's case desk: opening a case (clearing a filter that hides it,
finding one registered elsewhere), the filters and their count, Down and Enter in the search
box, the case shown read again when a change touches it, and the layout kept in settings."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, CaseStatus, Category
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import id_of, register
from tests.ui.helpers import cases_page, refresh, register_people, type_text, wait_idle
from tests.ui.hosting import BareHost


class FollowingTab(QLabel):
    """A feature's case-view tab that keeps the cases it was shown."""

    def __init__(self) -> None:
        super().__init__("Пошта")
        self.shown: list[CaseDetails | None] = []

    def show_case(self, details: CaseDetails | None) -> None:
        self.shown.append(details)


def _new_page(qtbot: QtBot, host: BareHost) -> CasesPage:
    page = CasesPage(host)
    host.add_page(page, "Справи")
    host.show_page(page)
    wait_idle(qtbot, host)
    return page


@pytest.fixture
def page(qtbot: QtBot, host: BareHost) -> CasesPage:
    """The Cases page alone in the small host, its first read done."""
    return _new_page(qtbot, host)


def _shown(page: CasesPage) -> CaseDetails:
    details = page.details
    assert details is not None
    return details


def _list_share(page: CasesPage) -> float:
    """How much of the splitter the person list takes."""
    list_width, case_width = page.splitter.sizes()
    return list_width / (list_width + case_width)


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    page = cases_page(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.filter_panel.search, text)


# -- opening a case ------------------------------------------------------------------------


def test_open_case_clears_a_filter_that_hides_the_case(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    ids = register_people(db, caseworker, 30, today)  # Смирнова is the second
    page.model.refresh()
    panel = page.filter_panel
    type_text(qtbot, panel.search, "Ковал")
    panel.apply_search_now()
    panel.blocked_only.setChecked(True)
    wait_idle(qtbot, host)
    assert ids[1] not in page.model.ids()
    host.pages.setCurrentIndex(0)  # another page in front

    page.open_case(ids[1])
    wait_idle(qtbot, host)
    assert host.is_shown(page)
    assert panel.search.text() == "" and not panel.blocked_only.isChecked()
    assert page.model.rowCount() == 30
    assert panel.count_label.text() == "30 cases"
    assert _shown(page).id == ids[1] and _shown(page).name.startswith("Смирнова")
    assert page.table.current_person_id() == ids[1]


def test_open_case_keeps_a_filter_that_shows_the_case(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    ids = register_people(db, caseworker, 9, today)  # every third an evacuee
    page.filter_panel.category.set_current(Category.CAPTIVE)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 6
    page.open_case(ids[4])
    wait_idle(qtbot, host)
    assert page.filter_panel.category.current() is Category.CAPTIVE
    assert page.model.rowCount() == 6
    assert page.table.current_person_id() == ids[4]


def test_a_case_registered_behind_the_windows_back_is_found(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    register_people(db, caseworker, 5, today)
    page.model.refresh()
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 5
    newcomer = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))
    page.open_case(newcomer)  # e.g. from a review or an import, before any refresh
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 6
    assert _shown(page).id == newcomer
    assert page.case_panel.name.text() == "Ґудзь Євген"
    assert page.table.current_person_id() == newcomer


def test_selecting_a_row_shows_its_case_and_says_so(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    ids = register_people(db, caseworker, 3, today)
    page.model.refresh()
    wait_idle(qtbot, host)
    assert page.details is None and host.current_case() is None
    row = page.model.row_of(ids[2])
    assert row is not None
    with qtbot.waitSignal(host.signals.case_shown) as shown:
        page.table.selectRow(row)
    assert isinstance(shown.args[0], CaseDetails) and shown.args[0].id == ids[2]
    assert page.current_case() is page.details and _shown(page).id == ids[2]


def test_opening_a_case_is_in_the_access_log_once_a_visit(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    """Who opened which case, as an office must be able to trace; arrowing back and forth
    within ten minutes is one visit."""
    ids = register_people(db, caseworker, 3, today)
    page.model.refresh()
    wait_idle(qtbot, host)
    for person_id in (ids[0], ids[1], ids[0]):
        row = page.model.row_of(person_id)
        assert row is not None
        page.table.selectRow(row)
        wait_idle(qtbot, host)  # the entry is written on a worker thread
    with db.reading() as session:
        views = session.exec(
            select(AuditEntry.entity_id, AuditEntry.user_id).where(
                col(AuditEntry.action) == AuditAction.VIEW.value
            )
        ).all()
    assert sorted(views) == sorted([(ids[0], caseworker.id), (ids[1], caseworker.id)])


# -- the filters and the search box ---------------------------------------------------------


def test_filters_narrow_the_list_and_count_it(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, admin: User, today: date
) -> None:
    page = cases_page(window)
    register_people(db, caseworker, 60, today)
    register_people(db, admin, 15, today)
    refresh(qtbot, window)
    panel = page.filter_panel
    assert panel.count_label.text() == "75 cases"

    with qtbot.waitSignal(page.model.count_changed):
        panel.category.set_current(Category.EVACUEE)
    assert page.model.rowCount() == 25
    assert CaseStatus.LISTED_FOR_EXCHANGE.label not in [
        panel.status.itemText(i) for i in range(panel.status.count())
    ]
    with qtbot.waitSignal(page.model.count_changed):
        panel.blocked_only.setChecked(True)
    blocked = page.model.rowCount()
    assert 0 < blocked < 25
    panel.blocked_only.setChecked(False)
    panel.category.set_current(None)
    with qtbot.waitSignal(page.model.count_changed):
        panel.assigned_to_me.setChecked(True)
    assert panel.count_label.text() == "60 cases"
    with qtbot.waitSignal(page.model.count_changed):
        panel.stalled_only.setChecked(True)
    assert 0 < page.model.rowCount() < 60


def test_a_filter_keeps_the_case_shown_selected_and_empties_the_view_when_it_hides_it(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    ids = register_people(db, caseworker, 9, today)
    page.model.refresh()
    page.open_case(ids[4])  # a captive
    wait_idle(qtbot, host)
    page.filter_panel.category.set_current(Category.CAPTIVE)
    wait_idle(qtbot, host)
    assert page.table.current_person_id() == ids[4]
    page.filter_panel.category.set_current(Category.EVACUEE)  # hides it
    wait_idle(qtbot, host)
    assert page.table.current_person_id() != ids[4]
    # The case view follows the list (issue 12): a case no longer listed is not shown.
    assert page.details is None
    assert page.case_panel.details is None
    assert page.table.selectionModel().selectedRows() == []
    page.filter_panel.category.set_current(None)  # listed again: nothing opens by itself
    wait_idle(qtbot, host)
    assert page.details is None
    page.table.select_person(ids[4])
    wait_idle(qtbot, host)
    assert _shown(page).id == ids[4]


def test_down_in_the_search_box_moves_into_the_list_on_its_first_row(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    register_people(db, caseworker, 24, today)
    refresh(qtbot, window)
    _search(qtbot, window, "Ковал")  # typed fast: Down does not wait for the pause
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Down)
    wait_idle(qtbot, window)  # Down waits for the results of what was typed
    assert QApplication.focusWidget() is page.table
    assert page.model.rowCount() == 2  # Коваленко, twice in 24
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [0]
    assert page.details is not None and page.details.id == cases_page(window).model.id_at(0)
    assert page.details.name.startswith("Коваленко")
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # and on down the list, as usual
    assert page.details.id == page.model.id_at(1)


def test_enter_shows_the_only_match_and_leaves_several_alone(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    page = cases_page(window)
    register_people(db, caseworker, 12, today)
    refresh(qtbot, window)
    _search(qtbot, window, "Ковал")
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 1
    assert QApplication.focusWidget() is page.table
    assert page.details is not None and page.details.name.startswith("Коваленко")
    assert QApplication.activeModalWidget() is None  # shown, not opened for editing

    _search(qtbot, window, "Ів")  # Иванов and Іваненко… more than one
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.model.rowCount() > 1
    assert QApplication.focusWidget() is page.filter_panel.search


def test_enter_hands_what_was_typed_to_whoever_listens(
    qtbot: QtBot, host: BareHost, page: CasesPage
) -> None:
    """A scanned parcel number arrives so at the Mail feature."""
    type_text(qtbot, page.filter_panel.search, "Пʼятни")
    with qtbot.waitSignal(host.signals.search_entered) as entered:
        qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Return)
    assert entered.args == ["Пʼятни"]
    assert page.search_text() == "Пʼятни"
    page.clear_search()
    assert page.search_text() == ""


def test_down_in_an_empty_list_stays_in_the_search_box(
    qtbot: QtBot, host: BareHost, page: CasesPage
) -> None:
    page.focus_search()
    qtbot.waitUntil(page.filter_panel.search.hasFocus)
    type_text(qtbot, page.filter_panel.search, "Ніхто")
    qtbot.keyClick(page.filter_panel.search, Qt.Key.Key_Down)
    wait_idle(qtbot, host)
    assert page.model.rowCount() == 0
    assert QApplication.focusWidget() is page.filter_panel.search


# -- following changes ----------------------------------------------------------------------


def test_the_case_shown_follows_a_change_notification(
    qtbot: QtBot,
    host: BareHost,
    page: CasesPage,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    register_people(db, caseworker, 4, today)
    person_id = id_of(register(db, caseworker, today, family_name="Завʼялов"))
    page.open_case(person_id)
    wait_idle(qtbot, host)
    with unit_of_work(db, supervisor) as session:
        change_status(
            session, supervisor, person_id, CaseStatus.CONFIRMED, effective_on=today, today=today
        )
    assert _shown(page).status is CaseStatus.REGISTERED  # nobody said anything changed

    with qtbot.waitSignal(host.signals.case_shown) as shown:
        host.notify(Change.STATUS)
    wait_idle(qtbot, host)
    assert shown.args[0].status is CaseStatus.CONFIRMED
    assert _shown(page).status is CaseStatus.CONFIRMED
    assert page.case_panel.status_line.text().startswith("<b>Confirmed</b>")
    assert page.table.current_person_id() == person_id  # the list read again, the row kept

    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, person_id, "Whereabouts unknown", today=today)
    host.notify(Change.SHIPMENTS)  # nothing the case view shows
    wait_idle(qtbot, host)
    assert not _shown(page).blocked


# -- what it opens --------------------------------------------------------------------------


def test_enter_on_a_row_opens_the_case_for_editing(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Соловйов", given_name="Федір"))
    page.open_case(person_id)
    wait_idle(qtbot, host)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.cases.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.lines["given_name"].text() == "Федір"


def test_a_closed_case_opens_no_status_dialog(
    qtbot: QtBot, host: BareHost, page: CasesPage, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today))
    with unit_of_work(db, caseworker) as session:
        change_status(
            session,
            caseworker,
            person_id,
            CaseStatus.CLOSED,
            effective_on=today,
            today=today,
            reason="Родина повідомила про повернення",
        )
    page.open_case(person_id)
    wait_idle(qtbot, host)
    page.on_status_requested()  # Ctrl+Shift+S on a closed case
    assert page.cases.dialog is None


def test_a_new_case_takes_the_category_filtered(
    qtbot: QtBot, host: BareHost, page: CasesPage
) -> None:
    page.new_case()
    first = page.cases.dialog
    assert isinstance(first, PersonDialog) and first.current_category() is Category.CAPTIVE
    first.reject()
    page.filter_panel.category.set_current(Category.EVACUEE)
    wait_idle(qtbot, host)
    page.new_case()
    dialog = page.cases.dialog
    assert isinstance(dialog, PersonDialog) and dialog.current_category() is Category.EVACUEE


def test_a_features_tab_is_shown_on_request(qtbot: QtBot, host: BareHost, page: CasesPage) -> None:
    tab = FollowingTab()
    page.add_case_tab(tab, "Пошта")
    host.pages.setCurrentIndex(0)
    page.show_case_tab(tab)
    assert host.is_shown(page)
    assert page.case_panel.tabs.currentWidget() is tab
    page.show_case(None)
    assert tab.shown == [None]  # it follows the case shown from now on


# -- layout --------------------------------------------------------------------------------


def test_the_splitter_and_the_columns_come_back_from_the_settings(
    qtbot: QtBot, host: BareHost, page: CasesPage, ui_settings: QSettings
) -> None:
    page.splitter.setSizes([400, 700])
    share = _list_share(page)
    assert share < 0.45  # the list narrower than it starts (3 : 2)
    page.table.setColumnWidth(1, 333)
    page.save_settings(ui_settings)
    assert ui_settings.contains("main/splitter") and ui_settings.contains("main/header")

    again = _new_page(qtbot, host)
    assert again.table.columnWidth(1) == 333
    assert abs(_list_share(again) - share) < 0.02  # the same split, whatever the width now
