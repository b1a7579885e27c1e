"""File → Import: read (encoding and delimiter shown, overridable), check (problems table,
counts), import the valid rows or nothing, cancel (nothing written), items too."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.lists.feature import ListsFeature, install
from ombuds_desk.ui.lists.import_dialog import ImportDialog, ImportKind
from tests.services.helpers import register
from tests.services.table_files import write_csv, write_xlsx
from tests.ui.helpers import ALL_NAMES
from tests.ui.hosting import BareHost

HEAD = ["family_name", "given_name", "category", "date_of_birth"]
WITH_ERRORS = [
    HEAD,
    ["Іваненко", "Петро", "captive", "1985"],
    ["", "Олег", "captive", "1990"],
    ["Петренко", "Олег", "captive", "31.02.1990"],
    ["Коваль", "Ганна", "evacuee", "14.03.1985"],
    ["Бойко", "Іван", "tourist", "1970"],
]
PROBLEMS = [
    (3, "family_name", "is required"),
    (4, "date_of_birth", "31.02.1990 does not exist"),
    (6, "category", "must be captive or evacuee"),
]


def feature_of(host: BareHost) -> ListsFeature:
    """The Lists feature installed in ``host``."""
    install(host)
    feature = host.findChild(QObject, "lists")
    assert isinstance(feature, ListsFeature)
    return feature


def idle(qtbot: QtBot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    return dialog


def open_import(
    qtbot: QtBot, host: BareHost, path: Path, kind: ImportKind = ImportKind.PERSONS
) -> ImportDialog:
    return idle(qtbot, feature_of(host).open_import(kind, path))


def check(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.check_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)


def table_rows(model: RowsTableModel[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return model.rows()


def persons(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.execute(select(col(Person.family_name))).scalars())


def test_import_the_valid_rows_of_a_file_with_errors(
    qtbot: QtBot, qtmodeltester: ModelTester, host: BareHost, db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "shelter list.csv", WITH_ERRORS, "cp1251", ";")
    dialog = open_import(qtbot, host, path)
    assert dialog.isVisible() and dialog.parent() is host
    assert (dialog.encoding.currentData(), dialog.delimiter.currentData()) == ("cp1251", ";")
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.row_at(0) == (2, "Іваненко", "Петро", "captive", "1985")
    assert dialog.preview.headerData(1, Qt.Orientation.Horizontal) == "family_name"
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
    dialog.problems_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # lines as numbers
    assert [r[0] for r in table_rows(dialog.problems)] == [6, 4, 3]

    dialog.valid_only.click()
    assert dialog.valid_only.isChecked() and dialog.import_button.isEnabled()
    assert "3 invalid rows will be skipped" in dialog.message.text()
    assert host.changes == []  # nothing written yet
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    assert done.args is not None
    assert str(done.args[0]) == "2 added, 0 updated, 0 unchanged, 3 skipped"
    assert persons(db) == ["Іваненко", "Коваль"]
    assert "2 added" in dialog.message.text()
    assert not dialog.import_button.isEnabled()  # imported once
    # The window is told once: new cases, with their first status.
    assert host.changes == [Change.CASES | Change.STATUS]
    assert host.messages == ["Imported: 2 added, 0 updated, 0 unchanged, 3 skipped."]


def test_default_mode_writes_nothing_when_a_row_is_invalid(
    qtbot: QtBot, host: BareHost, db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "list.csv", WITH_ERRORS[:3])
    dialog = open_import(qtbot, host, path)
    check(qtbot, dialog)
    assert table_rows(dialog.problems) == [PROBLEMS[0]]
    assert not dialog.valid_only.isChecked() and not dialog.import_button.isEnabled()
    message = dialog.message.text()
    assert "Nothing will be imported while any row is invalid" in message
    assert "Import only the valid rows" in message
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: no effect
    assert dialog.job is None and persons(db) == []
    assert host.changes == []


def test_encoding_override_reads_the_file_again(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "list.csv", WITH_ERRORS[:2], "cp1251", ";")
    dialog = open_import(qtbot, host, path)
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
    first = dialog.preview.row_at(0)
    assert first is not None and first[1] == "Іваненко"
    tab = dialog.delimiter.findData("\t")
    dialog.delimiter.setCurrentIndex(tab)
    dialog.delimiter.activated.emit(tab)
    idle(qtbot, dialog)
    assert dialog.preview.columnCount() == 2  # the whole line is one column now


def test_cancel_during_a_larger_import_writes_nothing(
    qtbot: QtBot, host: BareHost, db: Database, tmp_path: Path
) -> None:
    names = [(f, g) for f, g, _ in ALL_NAMES]
    rows = [HEAD, *([*names[i % len(names)], "captive", str(1950 + i % 50)] for i in range(1500))]
    dialog = open_import(qtbot, host, write_csv(tmp_path / "big.csv", rows))
    check(qtbot, dialog)
    assert dialog.counts.text() == "1500 to add, 0 to update, 0 unchanged, 0 invalid"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None
    # Cancelled at the first batch written, in the worker's own thread, so the worker
    # process is told before it writes the next batch (a queued cancel from the GUI thread
    # can arrive after a quick import has finished, and then nothing is left to cancel).
    job._worker.progressed.connect(lambda *_: job._stop.set(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        pass
    idle(qtbot, dialog)
    assert persons(db) == []
    assert dialog.message.text() == "Cancelled. Nothing was imported."
    assert dialog.import_button.isEnabled()  # the plan still stands: try again
    assert host.changes == []  # nothing changed, nobody told


def test_import_refused_by_the_register_says_check_again(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    """The import checks every row again in its transaction: a case closed since the check
    cannot take the file's status, so (without "valid rows only") nothing is written."""
    person = register(db, caseworker, today, family_name="Бойко", given_name="Іван")
    assert person.id is not None
    path = write_csv(
        tmp_path / "list.csv",
        [["case_number", "status"], [person.case_number, "confirmed"]],
    )
    dialog = open_import(qtbot, host, path)
    check(qtbot, dialog)
    assert dialog.counts.text() == "0 to add, 1 to update, 0 unchanged, 0 invalid"
    with unit_of_work(db, caseworker) as session:
        change_status(
            session,
            caseworker,
            person.id,
            CaseStatus.CLOSED,
            effective_on=today,
            today=today,
            reason="Справу закрито за заявою родини",
        )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    with db.reading() as session:
        assert session.get_one(Person, person.id).status is CaseStatus.CLOSED
    assert "Nothing was imported." in dialog.message.text()
    assert dialog.message.text().endswith("Press Check to check the file again.")
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.check_button.isEnabled()
    assert host.changes == []


def test_import_items_from_a_workbook(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
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
    dialog = open_import(qtbot, host, path, ImportKind.ITEMS)
    assert dialog.windowTitle() == "Import letters and items from letters.xlsx"
    assert not dialog.encoding.isEnabled() and not dialog.delimiter.isEnabled()
    check(qtbot, dialog)
    assert table_rows(dialog.problems) == [(4, "case_number", "no case numbered CAP-2026-09999")]
    assert dialog.counts.text() == "2 to add, 1 invalid"
    dialog.valid_only.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args is not None and str(done.args[0]) == "2 added, 1 skipped"
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(CorrespondenceItem)).scalar() == 2
    assert host.changes == [Change.ITEMS]


def test_closing_during_a_check_cancels_it_first(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    names = [(f, g) for f, g, _ in ALL_NAMES]
    rows = [HEAD, *([*names[i % len(names)], "captive", str(1950 + i % 50)] for i in range(1500))]
    # On its own (the feature deletes a closed dialog): what it is after closing is checked.
    dialog = ImportDialog(host, ImportKind.PERSONS, write_csv(tmp_path / "big.csv", rows), host)
    dialog.open()
    idle(qtbot, dialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None
    with qtbot.waitSignal(dialog.rejected, timeout=60_000):
        dialog.reject()
        assert job.cancel_requested and dialog.isVisible()  # closes once the check stopped
    assert not dialog.isVisible() and dialog.job is None and dialog.plan is None
    assert dialog.message.text() == "Cancelled. Nothing was imported."
