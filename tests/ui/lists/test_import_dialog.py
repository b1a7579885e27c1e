"""File → Import: read (encoding and delimiter shown, overridable), check (problems table,
counts), import the valid rows or nothing, cancel (nothing written), items too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import func, select

from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Person
from ombuds_desk.ui.lists.feature import ListsFeature
from ombuds_desk.ui.lists.import_dialog import ImportDialog, ImportKind
from tests.services.helpers import register
from tests.services.table_files import write_csv, write_xlsx
from tests.ui.helpers import ALL_NAMES

HEAD = ["family_name", "given_name", "category", "date_of_birth"]
WITH_ERRORS = [
    HEAD,
    ["Іваненко", "Петро", "captive", "1985"],
    ["", "Олег", "captive", "1990"],
    ["Петренко", "Олег", "captive", "31.02.1990"],
    ["Коваль", "Ганна", "evacuee", "14.03.1985"],
    ["Бойко", "Іван", "prisoner", "1970"],
]
PROBLEMS = [
    (3, "family_name", "is required"),
    (4, "date_of_birth", "31.02.1990 does not exist"),
    (6, "category", "must be captive or evacuee"),
]


def feature_of(window) -> ListsFeature:
    feature = window.findChild(QObject, "lists")
    assert isinstance(feature, ListsFeature)
    return feature


def idle(qtbot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    return dialog


def open_import(qtbot, window, path: Path, kind=ImportKind.PERSONS) -> ImportDialog:
    return idle(qtbot, feature_of(window).open_import(kind, path))


def check(qtbot, dialog: ImportDialog) -> None:
    assert dialog.check_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)


def table_rows(model) -> list[tuple]:
    return [model.row_values(r) for r in range(model.rowCount())]


def persons(db) -> list[str]:
    with db.reading() as session:
        return sorted(session.execute(select(Person.family_name)).scalars())


def test_import_the_valid_rows_of_a_file_with_errors(
    qtbot, qtmodeltester, window, db, tmp_path
) -> None:
    path = write_csv(tmp_path / "shelter list.csv", WITH_ERRORS, "cp1251", ";")
    dialog = open_import(qtbot, window, path)
    assert dialog.isVisible()
    assert (dialog.encoding.currentData(), dialog.delimiter.currentData()) == ("cp1251", ";")
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.row_values(0) == (2, "Іваненко", "Петро", "captive", "1985")
    assert not dialog.import_button.isEnabled()  # check first

    check(qtbot, dialog)
    assert table_rows(dialog.problems) == PROBLEMS
    assert dialog.tabs.currentWidget() is dialog.problems_view
    assert dialog.tabs.tabText(1) == "Problems (3)"
    assert dialog.counts.text() == "2 to add, 0 to update, 0 unchanged, 3 invalid"
    assert not dialog.import_button.isEnabled()
    assert "Nothing will be imported" in dialog.message.text()
    qtmodeltester.check(dialog.problems)
    dialog.problems_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by message
    assert [r[0] for r in table_rows(dialog.problems)] == [4, 3, 6]

    dialog.valid_only.click()
    assert dialog.valid_only.isChecked() and dialog.import_button.isEnabled()
    assert "3 invalid row(s) will be skipped" in dialog.message.text()
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    assert str(done.args[0]) == "2 added, 0 updated, 0 unchanged, 3 skipped"
    assert persons(db) == ["Іваненко", "Коваль"]
    assert "2 added" in dialog.message.text()
    assert not dialog.import_button.isEnabled()  # imported once
    assert window.model.rowCount() == 2  # the list shows them


def test_default_mode_writes_nothing_when_a_row_is_invalid(qtbot, window, db, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", WITH_ERRORS[:3])
    dialog = open_import(qtbot, window, path)
    check(qtbot, dialog)
    assert table_rows(dialog.problems) == [PROBLEMS[0]]
    assert not dialog.valid_only.isChecked() and not dialog.import_button.isEnabled()
    message = dialog.message.text()
    assert "Nothing will be imported while any row is invalid" in message
    assert "Import only the valid rows" in message
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: no effect
    assert dialog.job is None and persons(db) == []


def test_encoding_override_reads_the_file_again(qtbot, window, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", WITH_ERRORS[:2], "cp1251", ";")
    dialog = open_import(qtbot, window, path)
    utf8 = dialog.encoding.findData("utf-8")
    dialog.encoding.setCurrentIndex(utf8)
    dialog.encoding.activated.emit(utf8)
    idle(qtbot, dialog)
    assert "cannot be read as utf-8" in dialog.message.text()
    assert dialog.preview.rowCount() == 0 and not dialog.check_button.isEnabled()
    cp1251 = dialog.encoding.findData("cp1251")
    dialog.encoding.setCurrentIndex(cp1251)
    dialog.encoding.activated.emit(cp1251)
    idle(qtbot, dialog)
    assert dialog.preview.row_values(0)[1] == "Іваненко"
    tab = dialog.delimiter.findData("\t")
    dialog.delimiter.setCurrentIndex(tab)
    dialog.delimiter.activated.emit(tab)
    idle(qtbot, dialog)
    assert dialog.preview.columnCount() == 2  # the whole line is one column now


def test_cancel_during_a_larger_import_writes_nothing(qtbot, window, db, tmp_path) -> None:
    names = [(f, g) for f, g, _ in ALL_NAMES]
    rows = [HEAD, *([*names[i % len(names)], "captive", str(1950 + i % 50)] for i in range(1500))]
    dialog = open_import(qtbot, window, write_csv(tmp_path / "big.csv", rows))
    check(qtbot, dialog)
    assert dialog.counts.text() == "1500 to add, 0 to update, 0 unchanged, 0 invalid"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None
    job.progressed.connect(lambda *_: job.cancel())  # at the first batch written
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        pass
    idle(qtbot, dialog)
    assert persons(db) == []
    assert dialog.message.text() == "Cancelled. Nothing was imported."
    assert dialog.import_button.isEnabled()  # the plan still stands: try again


def test_import_items_from_a_workbook(qtbot, window, db, caseworker, today, tmp_path) -> None:
    case = register(db, caseworker, today).case_number
    path = write_xlsx(
        tmp_path / "letters.xlsx",
        [
            ["case_number", "kind", "direction", "author", "date_received"],
            [case, "letter", "to_person", "Мати", today],
            [case, "лист", "from", "Петро", today],
            ["CAP-2026-09999", "letter", "to_person", "Мати", today],
        ],
    )
    dialog = open_import(qtbot, window, path, ImportKind.ITEMS)
    assert not dialog.encoding.isEnabled() and not dialog.delimiter.isEnabled()
    check(qtbot, dialog)
    assert table_rows(dialog.problems) == [(4, "case_number", "no case numbered CAP-2026-09999")]
    assert dialog.counts.text() == "2 to add, 1 invalid"
    dialog.valid_only.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert str(done.args[0]) == "2 added, 1 skipped"
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(CorrespondenceItem)).scalar() == 2


def test_file_menu_opens_the_import(qtbot, window, tmp_path) -> None:
    feature = feature_of(window)
    assert feature.import_persons.shortcut().toString() == "Ctrl+I"
    file_menu = window.menuBar().actions()[0].menu()
    assert feature.import_persons in file_menu.actions() and feature.export in file_menu.actions()
    path = write_csv(tmp_path / "list.csv", WITH_ERRORS[:2])
    feature.import_persons.trigger()
    (files,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QFileDialog) and w.isVisible() and w.objectName() == "importFile"
    ]
    files.selectFile(str(path))
    files.accept()
    dialog = feature.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Import persons from list.csv"
    idle(qtbot, dialog)
    dialog.reject()
    assert not dialog.isVisible()
