"""The import dialog (its problems, possible duplicates and warnings shown), the duplicates
page and the merge dialog say every word through a translator (the pseudo-language marks
each ⟦…⟧; ``untranslated_texts`` finds any English left), and read in Ukrainian."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.store.database import Database
from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.lists.export_actions import ExportChoiceDialog
from ombuds_desk.ui.lists.import_dialog import ImportDialog
from tests.services.helpers import register
from tests.services.table_files import write_csv
from tests.ui.hosting import BareHost
from tests.ui.lists.test_import_dialog import check, open_import
from tests.ui.lists.test_merge_dialog import open_merge
from tests.ui.others_words import OTHERS_WORDS
from tests.ui.untranslated import untranslated_texts

# Data, not interface: case numbers' prefixes.
DATA = ("CAP-", "EVA-")
HEAD = ["Прізвище", "Імʼя", "Категорія", "Дата народження", "Номер справи", "Статус"]
HEAD += ["Відповідальний", "Примітки", "Невідомий стовпець"]
ROWS = [
    HEAD,
    # may be the case already registered (same name, same birth year)
    ["Іваненко", "Петро", "полонений", "1985", "", "", "", "", ""],
    # no such case number, and a status nobody knows
    ["Шевчук", "Марко", "полонений", "1979", "АБВ", "невідомо-що", "", "", ""],
    # a letter lost to an encoding, and a caseworker not on the staff here
    ["Коваль", "Іван", "евакуйований", "1990", "", "", "Невідома Працівниця", "з Куп?янська", ""],
    # the same case number again
    ["Бондар", "Олег", "полонений", "1981", "АБВ", "", "", "", ""],
]


@pytest.fixture
def registered(db: Database, caseworker: User, today: date) -> Person:
    return register(db, caseworker, today, date_of_birth="1985")


def _checked(qtbot: QtBot, host: BareHost, tmp_path: Path) -> ImportDialog:
    path = write_csv(tmp_path / "список.csv", ROWS, "utf-8", ";")
    dialog = open_import(qtbot, host, path)
    check(qtbot, dialog)
    assert dialog.plan is not None
    return dialog


@pytest.mark.usefixtures("pseudo_language", "registered")
def test_the_import_dialog_with_its_problems_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost, tmp_path: Path
) -> None:
    dialog = _checked(qtbot, supervisor_host, tmp_path)
    # The header's, the number (unknown, then again), the status, the letter lost.
    assert dialog.problems.rowCount() == 5
    assert dialog.warnings.rowCount() == 1 and dialog.duplicates.rowCount() == 1
    for tab in range(dialog.tabs.count()):  # each table shown (its columns fitted)
        dialog.tabs.setCurrentIndex(tab)
    assert all("⟦" in row[2] for row in dialog.problems.rows())
    assert "⟦" in dialog.duplicates.rows()[0][3]  # why: "same name, both born 1985"
    assert untranslated_texts(dialog, allow=(*DATA, *OTHERS_WORDS)) == []
    dialog.valid_only.click()  # "Ready to import …, … invalid rows will be skipped"
    assert untranslated_texts(dialog, allow=(*DATA, *OTHERS_WORDS)) == []


def test_the_import_dialog_reads_in_ukrainian(
    qtbot: QtBot, supervisor_host: BareHost, tmp_path: Path, registered: Person, ukrainian: None
) -> None:
    dialog = _checked(qtbot, supervisor_host, tmp_path)
    assert dialog.windowTitle() == "Імпорт осіб із список.csv"
    assert dialog.tabs.tabText(1) == "Помилки (5)"
    assert dialog.counts.text().startswith("додати: 1, оновити: 0, без змін: 0, з помилками: 3")
    problems = {(line, column): text for line, column, text in dialog.problems.rows()}
    assert problems[(1, "Невідомий стовпець")] == "невідомий стовпець"
    assert problems[(3, "Статус")] == "«невідомо-що» — не статус"
    assert problems[(5, "Номер справи")] == "АБВ трапляється повторно (уперше в рядку 3)"
    (warning,) = dialog.warnings.rows()
    assert warning[2] == (
        "«Невідома Працівниця» немає серед працівників цієї установи, тому справа залишається "
        "без працівника; призначте після імпорту"
    )
    (duplicate,) = dialog.duplicates.rows()
    assert duplicate[3] == "те саме ім’я, обидва народилися 1985 р."
    assert problems[(4, "Примітки")].startswith("«з Куп?янська»: знак ? замість літери")
    assert dialog.message.text().startswith("5 помилок у 3 рядках.")


@pytest.fixture
def pair(db: Database, caseworker: User, today: date) -> tuple[Person, Person]:
    """One woman registered twice, both spellings Cyrillic."""
    since = today - timedelta(days=10)
    first = register(
        db, caseworker, today, family_name="Гончаренко", given_name="Ірина", date_of_birth="1975"
    )
    second = register(
        db,
        caseworker,
        today,
        family_name="Гончаренко",
        given_name="Ірина",
        date_of_birth="03.02.1975",
        status_since=since,
    )
    return first, second


@pytest.mark.usefixtures("pseudo_language", "pair")
def test_the_duplicates_page_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost
) -> None:
    page = DuplicatesPage(supervisor_host)
    supervisor_host.add_page(page, "Дублікати")
    supervisor_host.show_page(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.job is None and page.model.rowCount() == 1, timeout=30_000)
    page.view.select_row(0)
    assert "⟦" in page.summary.text()
    assert untranslated_texts(page, allow=(*DATA, *OTHERS_WORDS)) == []


@pytest.mark.usefixtures("pseudo_language")
def test_the_merge_dialog_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost, pair: tuple[Person, Person]
) -> None:
    dialog = open_merge(supervisor_host, *pair)
    qtbot.addWidget(dialog)
    dialog.keep_second.click()
    assert "⟦" in dialog.explanation.text()
    # The columns are headed by the two case numbers, and the Latin name is derived: data.
    latin = dialog.first.latin_name
    assert untranslated_texts(dialog, allow=(*DATA, latin, *OTHERS_WORDS)) == []


def test_the_merge_dialog_reads_in_russian(
    qtbot: QtBot, supervisor_host: BareHost, pair: tuple[Person, Person], russian: None
) -> None:
    dialog = open_merge(supervisor_host, *pair)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Объединить два дела"
    assert dialog.merge_button.text() == "&Объединить"
    first = dialog.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert first == "Имя"


@pytest.mark.usefixtures("pseudo_language")
def test_the_export_choice_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost
) -> None:
    dialog = ExportChoiceDialog(12, "CAP-2026-00001", {"МКЧХ-7": 1}, supervisor_host)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "⟦" in dialog.persons.text() and "⟦" in dialog.items.text()
    # The password box is the desk's (ui/common/archive_password.py), OK is Qt's own word.
    dialog.archive.hide()
    found = untranslated_texts(dialog, allow=(*DATA, "OK", *OTHERS_WORDS), visible_only=True)
    assert found == []
