"""The Lists feature in a window: its File and Case menu entries in their places, the
Duplicates page at Alt+8, the file dialog that opens an import, what the window is told
after an import, and the flows across pages (a pair opened in the Cases page, the person
list exported as that page filters it).

The window tests use ``window`` (Cases and Lists only) until the whole window can be
built; then they move to the ``window`` fixture."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.lists.export_actions import ExportChoiceDialog
from ombuds_desk.ui.lists.feature import ListsFeature, install
from ombuds_desk.ui.lists.import_dialog import ImportKind
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import register
from tests.services.table_files import write_csv
from tests.ui.helpers import cases_page, register_people, wait_idle
from tests.ui.hosting import BareHost

ROWS = [["family_name", "given_name", "category"], ["Іваненко", "Петро", "captive"]]


def feature_of(window: QObject) -> ListsFeature:
    feature = window.findChild(QObject, "lists")
    assert isinstance(feature, ListsFeature)
    return feature


def entries(menu: QMenu) -> list[str]:
    """The menu's entries as shown: texts, and "-" for a separator."""
    return ["-" if a.isSeparator() else a.text() for a in menu.actions() if a.isVisible()]


def visible_file_dialog() -> QFileDialog:
    (found,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QFileDialog) and w.isVisible() and w.objectName() == "importFile"
    ]
    return found


def test_file_menu_entries_come_before_quit(supervisor_window: MainWindow) -> None:
    window = supervisor_window
    file_menu = window.menus[MenuKey.FILE]
    assert entries(file_menu) == [
        "&New case…",
        "-",
        "&Import persons…",
        "Import &letters and items…",
        "Save import &template…",
        "E&xport…",
        "-",
        "Se&ttings…",
        "&Retention of closed cases…",  # a supervisor's (ui/admin/feature.py)
        "-",
        "&Back up now",
        "&Check the database for damage",
        "-",
        "&Quit",
    ]
    feature = feature_of(window)
    assert feature.import_persons.shortcut().toString() == "Ctrl+I"
    assert feature.export.shortcut().toString() == "Ctrl+E"
    # Shortcuts belong to the window, so they work on every page.
    assert feature.import_persons in window.actions()
    assert feature.export in window.actions()


def test_case_menu_and_the_duplicates_page(qtbot: QtBot, window: MainWindow) -> None:
    case_menu = window.menus[MenuKey.CASE]
    assert entries(case_menu)[-2:] == ["-", "Possible &duplicates…"]
    assert window.findChild(DuplicatesPage) is None  # made when first opened
    feature_of(window).find_duplicates.trigger()
    page = window.pages.currentWidget()
    assert isinstance(page, DuplicatesPage) and page.objectName() == "duplicatesPage"
    index = window.pages.indexOf(page)
    assert window.pages.tabText(index) == "Duplicates"
    go = window.page_actions[page]
    assert go.shortcut().toString() == "Alt+8" and go.text() == "Duplicates"
    assert go.isChecked()
    qtbot.waitUntil(lambda: page.job is None and not page.stale, timeout=60_000)
    assert page.summary.text() == "No possible duplicates in the register."


def test_file_menu_opens_the_import(qtbot: QtBot, host: BareHost, tmp_path: Path) -> None:
    install(host)
    feature = feature_of(host)
    assert feature.import_persons in host.menu(MenuKey.FILE).actions()
    path = write_csv(tmp_path / "list.csv", ROWS)
    feature.import_persons.trigger()
    files = visible_file_dialog()
    assert files.windowTitle() == "Import persons" and files.parent() is host
    files.selectFile(str(path))
    files.accept()
    dialog = feature.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind is ImportKind.PERSONS
    assert dialog.windowTitle() == "Import persons from list.csv"
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    dialog.reject()
    assert not dialog.isVisible()


def test_the_items_entry_opens_an_items_import(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    install(host)
    feature = feature_of(host)
    feature.import_items.trigger()
    files = visible_file_dialog()
    assert files.windowTitle() == "Import letters and items"
    files.selectFile(str(write_csv(tmp_path / "letters.csv", ROWS)))
    files.accept()
    dialog = feature.import_dialog
    assert dialog is not None and dialog.kind is ImportKind.ITEMS
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    dialog.reject()


def test_an_import_tells_the_window_once(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The person list shows the imported cases: the feature's one notification did it."""
    told: list[Change] = []
    window.signals.changed.connect(told.append)
    feature = feature_of(window)
    dialog = feature.open_import(ImportKind.PERSONS, write_csv(tmp_path / "list.csv", ROWS))
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.import_button.isEnabled(), timeout=60_000)
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_button.click()
    assert told == [Change.CASES | Change.STATUS]
    wait_idle(qtbot, window)
    assert cases_page(window).model.rowCount() == 1
    message = window.statusBar().currentMessage()
    assert message == "Imported: 1 added, 0 updated, 0 unchanged, 0 skipped."


def test_actions_are_named_for_the_window(window: MainWindow) -> None:
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"importPersons", "importItems", "importTemplate", "export"} <= names
    assert "possibleDuplicates" in names


def test_a_pair_opens_in_the_cases_page(
    qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date
) -> None:
    register(db, caseworker, today, family_name="Мельник", given_name="Іван", date_of_birth="1970")
    second = register(
        db, caseworker, today, family_name="Melnyk", given_name="Ivan", date_of_birth="1970"
    )
    feature_of(window).find_duplicates.trigger()
    page = feature_of(window).duplicates
    qtbot.waitUntil(lambda: page.job is None and not page.stale, timeout=60_000)
    page.view.selectRow(0)
    page.open_second.click()
    wait_idle(qtbot, window)
    cases = cases_page(window)
    assert window.pages.currentWidget() is cases
    assert cases.details is not None and cases.details.id == second.id


def test_export_the_person_list_as_the_cases_page_filters_it(
    qtbot: QtBot,
    supervisor_window: MainWindow,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    window = supervisor_window
    register_people(db, caseworker, 12, today)
    cases = cases_page(window)
    cases.model.set_filter(PersonFilter(category=Category.EVACUEE))
    wait_idle(qtbot, window)
    evacuees = cases.model.rowCount()
    assert 0 < evacuees < 12
    feature = feature_of(window)
    feature.export.trigger()
    (choice,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ExportChoiceDialog) and w.isVisible()
    ]
    assert f"({evacuees} cases)" in choice.persons.text()
    choice.accept()
    (files,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QFileDialog) and w.isVisible() and w.objectName() == "exportFile"
    ]
    target = tmp_path / "evacuees.xlsx"
    files.selectFile(str(target))
    files.accept()
    qtbot.waitUntil(lambda: feature.exports.job is None, timeout=60_000)
    table = read_table(target)
    assert len(table.rows) == evacuees and {r.cells[1] for r in table.rows} == {"evacuee"}
    message = window.statusBar().currentMessage()
    assert message == f"Exported {evacuees} persons to {target}."
