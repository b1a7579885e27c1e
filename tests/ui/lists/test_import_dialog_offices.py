"""The Import dialog with lists as other offices write them: every encoding offered and
detected, garbled text refused asking for the encoding, the first 200 problems and the
count, warnings on a tab of their own, ODS and XLS read as workbooks."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.lists.import_dialog import ImportDialog
from tests.services.lists.office_lists import FILES, RUSSIAN, write_list
from tests.services.table_files import write_csv
from tests.ui.hosting import BareHost
from tests.ui.lists.test_import_dialog import check, idle, open_import, table_rows


def choose_encoding(qtbot: QtBot, dialog: ImportDialog, encoding: str) -> None:
    index = dialog.encoding.findData(encoding)
    assert index >= 0, encoding
    dialog.encoding.setCurrentIndex(index)
    dialog.encoding.activated.emit(index)
    idle(qtbot, dialog)


def test_every_encoding_is_offered_and_koi8_is_detected(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, host, write_list(tmp_path / "обмен.csv", RUSSIAN, "koi8-r"))
    offered = [dialog.encoding.itemText(i) for i in range(dialog.encoding.count())]
    for name in ("KOI8-R (Russian)", "KOI8-U (Ukrainian)", "DOS 866 (Cyrillic)", "Mac Cyrillic"):
        assert name in offered
    assert dialog.encoding.currentText() == "KOI8-R (Russian)"
    assert dialog.preview.row_at(0)[1:3] == ("Шевченко", "Тарас")  # type: ignore[index]


def test_garbled_text_is_refused_and_the_encoding_asked_for(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, host, write_list(tmp_path / "обмен.csv", RUSSIAN, "koi8-r"))
    choose_encoding(qtbot, dialog, "cp1251")
    message = dialog.message.text()
    assert "does not read as text in the encoding chosen, Windows-1251" in message
    assert message.endswith("Nothing was imported. Choose it under “Encoding” above.")
    assert dialog.preview.rowCount() == 0 and not dialog.check_button.isEnabled()
    assert dialog.encoding.isEnabled() and dialog.encoding.currentData() == "cp1251"
    choose_encoding(qtbot, dialog, "koi8-r")
    assert dialog.preview.row_at(0)[1] == "Шевченко"  # type: ignore[index]
    assert dialog.check_button.isEnabled()


def test_thousands_of_problems_list_the_first_200(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    rows = [["family_name", "given_name", "category"]]
    rows += [[f"Іваненко{n}", "Петро", "captive"] for n in range(1200)]
    dialog = open_import(qtbot, host, write_csv(tmp_path / "shifted.csv", rows))
    check(qtbot, dialog)
    assert dialog.problems.rowCount() == 200
    assert table_rows(dialog.problems)[0] == (2, "family_name", "must contain letters only")
    assert dialog.tabs.tabText(1) == "Problems (1200)"
    assert dialog.counts.text() == (
        "0 to add, 0 to update, 0 unchanged, 1200 invalid — the first 200 of 1200 problems "
        "are listed"
    )


def test_warnings_have_a_tab_and_do_not_stop_the_import(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    rows = [["family_name", "given_name", "category", "Відповідальний"]]
    rows += [["Іваненко", "Петро", "captive", "o.lytvyn"], ["Коваль", "Ганна", "evacuee", ""]]
    dialog = open_import(qtbot, host, write_csv(tmp_path / "register.csv", rows))
    check(qtbot, dialog)
    assert dialog.tabs.tabText(3) == "Warnings (1)"
    assert table_rows(dialog.warnings) == [
        (
            2,
            "Відповідальний",
            "“o.lytvyn” is not on the staff here, so the case is left unassigned; assign it "
            "after the import",
        )
    ]
    assert dialog.counts.text().endswith("— 1 warning: see Warnings")
    assert dialog.import_button.isEnabled()
    assert dialog.message.text() == "Ready to import 2 rows."


def test_libreoffice_files_read_as_workbooks(qtbot: QtBot, host: BareHost) -> None:
    for name, kind in (("persons_libreoffice.ods", "an OpenDocument spreadsheet"),
                       ("persons_libreoffice.xls", "an old Excel (.xls) workbook")):  # fmt: skip
        dialog = open_import(qtbot, host, FILES / name)
        assert dialog.file_note.text() == f"{name}: {kind}, 4 rows; dates are read as dates."
        assert not dialog.encoding.isEnabled() and not dialog.delimiter.isEnabled()
        check(qtbot, dialog)
        assert dialog.plan is not None and dialog.plan.problems == []
        assert dialog.import_button.isEnabled()
        dialog.reject()


def test_a_workbook_offers_no_encoding_or_delimiter_even_when_it_cannot_be_read(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    """A workbook has neither: the choices are not shown, nor enabled when its reading
    failed (a password on it); a CSV under a workbook's name (a web system's "list.xls")
    is text and has them."""
    for path in (FILES / "persons_libreoffice.ods", FILES / "persons_password.xlsx"):
        dialog = open_import(qtbot, host, path)
        assert (dialog.table is None) is (path.name == "persons_password.xlsx")
        for combo in (dialog.encoding, dialog.delimiter):
            assert not combo.isVisibleTo(dialog) and not combo.isEnabled()
        dialog.reject()
    text = write_csv(tmp_path / "list.xls", RUSSIAN, "cp1251", delimiter="\t")
    dialog = open_import(qtbot, host, text)
    assert dialog.table is not None and dialog.table.kind == "csv"
    assert dialog.encoding.isVisibleTo(dialog) and dialog.encoding.isEnabled()
    assert dialog.encoding.currentData() == "cp1251" and dialog.delimiter.currentData() == "\t"
    dialog.reject()


def test_the_note_names_the_sheet_read_when_a_workbook_has_several(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    book = Workbook()
    book.active.title = "Список"
    for row in RUSSIAN:
        book.active.append(row)
    book.create_sheet("Довідник").append(["категорії"])
    book.save(tmp_path / "list.xlsx")
    dialog = open_import(qtbot, host, tmp_path / "list.xlsx")
    assert dialog.file_note.text().endswith(
        "dates are read as dates. The sheet read is “Список”, the first shown of 2."
    )
    dialog.reject()


def test_row_numbers_and_full_names_are_read_and_a_lone_word_shown_on_its_line(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    rows = [
        ["Список военнопленных на обмен 12.11.2026", "", "", ""],
        ["№ п/п", "Ф.И.О.", "Дата рождения", "Категория"],
        ["1.", "Иванов Иван Петрович", "01.03.1990", "военнопленный"],
        ["2.", "Сидоров", "15.07.1985", "военнопленный"],
    ]
    dialog = open_import(qtbot, host, write_list(tmp_path / "обмен.csv", rows, "cp1251"))
    check(qtbot, dialog)
    assert table_rows(dialog.problems) == [
        (
            4,
            "Ф.И.О.",
            "“Сидоров” has one word only, so the given name is missing (read as family name, "
            "given name, patronymic)",
        )
    ]
    assert dialog.counts.text().startswith("1 to add, 0 to update, 0 unchanged, 1 invalid")
