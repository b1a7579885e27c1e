"""File → Export… and Save import template…: what is chosen, the file, in the background."""

from __future__ import annotations

import codecs
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog

from ombuds_desk.domain.enums import Category
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.lists.import_columns import ITEM_COLUMNS, PERSON_COLUMNS
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.ui.lists.export_actions import ExportActions, ExportChoiceDialog
from tests.services.mail_helpers import family, log
from tests.ui.helpers import register_people


def exports_of(window) -> ExportActions:
    found = window.findChild(QObject, "exportActions")
    assert isinstance(found, ExportActions)
    return found


def visible(kind: type, name: str) -> list:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and w.objectName() == name
    ]


def wait_done(qtbot, exports: ExportActions) -> None:
    qtbot.waitUntil(lambda: exports.job is None, timeout=60_000)


def test_export_the_filtered_list_from_the_menu(
    qtbot, window, db, caseworker, today, tmp_path
) -> None:
    register_people(db, caseworker, 12, today)
    window.model.set_filter(PersonFilter(category=Category.EVACUEE))
    evacuees = window.model.rowCount()
    assert 0 < evacuees < 12
    exports = exports_of(window)
    window.findChild(QObject, "lists").export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    assert f"({evacuees} cases)" in choice.persons.text()
    assert not choice.items.isEnabled() and not choice.parcels.isEnabled()  # no case, no shipment
    choice.accept()
    (files,) = visible(QFileDialog, "exportFile")
    target = tmp_path / "evacuees.csv"
    files.selectFile(str(target))
    files.accept()
    wait_done(qtbot, exports)
    assert target.read_bytes().startswith(codecs.BOM_UTF8)  # Excel shows the Cyrillic
    table = read_table(target)
    assert table.headers == list(PERSON_COLUMNS)
    assert len(table.rows) == evacuees
    assert {r.cells[1] for r in table.rows} == {"evacuee"}
    assert f"Exported {evacuees} persons" in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_export_the_items_of_the_selected_case_to_xlsx(
    qtbot, window, db, caseworker, today, tmp_path
) -> None:
    person, _wife = family(db, caseworker, today)
    log(db, caseworker, person.id, today, received_on=date(2026, 11, 2))
    log(db, caseworker, person.id, today, kind="drawing", author_name="Софія")
    window.on_refresh_triggered()
    window.open_case(person.id)
    window.findChild(QObject, "lists").export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    assert person.case_number in choice.items.text()
    choice.items.setChecked(True)
    choice.accept()
    (files,) = visible(QFileDialog, "exportFile")
    target = tmp_path / "items.xlsx"
    files.selectFile(str(target))
    files.accept()
    wait_done(qtbot, exports_of(window))
    table = read_table(target)
    assert table.headers[: len(ITEM_COLUMNS)] == list(ITEM_COLUMNS)
    assert [(r.cells[1], r.cells[3]) for r in table.rows] == [
        ("letter", "Мати"),
        ("drawing", "Софія"),
    ]
    assert table.rows[0].cells[5].date() == date(2026, 11, 2)  # a real date cell


def test_save_the_import_template(window, tmp_path) -> None:
    target = tmp_path / "template.csv"
    exports_of(window).save_template(target)
    table = read_table(target)
    assert table.headers == list(PERSON_COLUMNS) and table.rows == []
    assert "Template saved" in window.statusBar().currentMessage()
