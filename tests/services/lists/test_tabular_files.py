"""Reading CSV in every encoding and delimiter Excel writes, XLSX with date cells, ODS and
old XLS as LibreOffice saves them; what reading finds wrong in one row stays that row's."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.lists.tabular_files import (
    Table,
    cell_text,
    match_headers,
    normalise_header,
    read_table,
)
from tests.services.lists.office_lists import FILES, UKRAINIAN
from tests.services.table_files import write_csv, write_xlsx

ROWS = [
    ["Прізвище", "Ім'я", "Дата народження", "Примітки"],
    ["П’ятницька", "Євгенія", "14.03.1985", "дочка, 7 років"],
    ["Харченко", "Юрій", "1990", "ґанок; «лист»"],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_any_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = tmp_path / "list.csv"
    write_csv(path, ROWS, encoding, delimiter)
    table = read_table(path)
    assert table.encoding == encoding
    assert table.delimiter == delimiter
    assert table.headers == ROWS[0]
    assert [r.line for r in table.rows] == [2, 3]
    assert [list(r.cells) for r in table.rows] == ROWS[1:]


def test_cp1251_with_only_a_few_cyrillic_letters(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("family_name;given_name\nIvanenko;Юрій\n".encode("cp1251"))
    table = read_table(path)
    assert table.encoding == "cp1251"
    assert table.rows[0].cells == ("Ivanenko", "Юрій")


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "nobom.csv"
    path.write_bytes("a\tb\nІван\tПетро\n".encode("utf-16-le"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16-le", "\t")
    assert table.rows[0].cells == ("Іван", "Петро")


def test_overrides_win_and_a_wrong_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    write_csv(path, ROWS, "cp1251", ";")
    table = read_table(path, encoding="cp1251", delimiter=",")
    assert table.delimiter == "," and len(table.headers) == 1
    with pytest.raises(ValidationError, match="cannot be read as utf-8"):
        read_table(path, encoding="utf-8")


def test_line_numbers_count_blank_lines_and_quoted_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text('\nname,notes\nA,"two\nlines"\n\n;,\nB,x\n', encoding="utf-8")
    table = read_table(path)
    assert table.header_line == 2
    assert [(r.line, r.cells[0]) for r in table.rows] == [(3, "A"), (6, ";"), (7, "B")]
    assert table.rows[0].cells[1] == "two\nlines"


def test_a_row_numbering_the_columns_under_the_header_is_no_row(tmp_path: Path) -> None:
    """Official forms number their columns under the header ("1 2 3 4"), in a CSV and in a
    workbook (whole numbers there); the same numbers further down are a row like any other."""
    rows = [["№ п/п", "ФИО", "Дата рождения", "Пол"], ["1", "2", "3", "4"]]
    rows += [["1", "Иванов Иван", "1990", "м"], ["1", "2", "3", "4"]]
    for path in (
        write_csv(tmp_path / "list.csv", rows, "cp1251", ";"),
        write_xlsx(tmp_path / "list.xlsx", [rows[0], [1, 2, 3, 4], *rows[2:]]),
    ):
        table = read_table(path)
        assert [r.line for r in table.rows] == [3, 4], path.name
    table = read_table(write_csv(tmp_path / "two.csv", [rows[0], ["1", "", "", "м"]]))
    assert [r.line for r in table.rows] == [2]


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no header row"):
        read_table(path)


def test_xlsx_keeps_date_cells_and_numbers(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["family_name", "date_of_birth", "pages", "service_number"])
    sheet.append(["Іваненко", date(1985, 3, 14), 3, "ZS-1"])
    sheet.append([None, None, None, None])
    sheet.append(["Харченко", datetime(1990, 1, 2), 2.0, 12345])
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("xlsx", None, None)
    assert [r.line for r in table.rows] == [2, 4]
    assert [cell_text(c) for c in table.rows[0].cells] == ["Іваненко", "1985-03-14", "3", "ZS-1"]
    assert [cell_text(c) for c in table.rows[1].cells] == ["Харченко", "1990-01-02", "2", "12345"]


def test_a_file_that_is_not_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"\x00\x01\x02not a workbook\x03" * 20)  # no archive, nor text
    with pytest.raises(ValidationError, match="not a readable XLSX"):
        read_table(path)


def test_headers_match_in_any_case_and_language() -> None:
    assert normalise_header(" Family-Name ") == "family_name"
    assert normalise_header("Ім’я") == normalise_header("ім'я") == "імя"
    table = Table("t.csv", "csv", ["CATEGORY", "Прізвище", "colour", "Category"], 1)
    columns, problems = match_headers(
        table, ["category", "family_name"], {"прізвище": "family_name"}
    )
    assert columns == {"category": 0, "family_name": 1}
    assert [str(p) for p in problems] == [
        "line 1: colour: unknown column",
        "line 1: Category: repeats the column for category",
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02\x9d\x8f\x81",
        bytes(range(1, 32)) * 50,  # no NUL, but control bytes no text has
    ],
    ids=["png", "pdf", "controls"],
)
def test_a_binary_file_renamed_csv_is_called_what_it_is(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "scan.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert str(caught.value) == (
        "scan.csv is not a text (CSV) file, an Excel workbook (.xlsx, .xls) or an "
        "OpenDocument spreadsheet (.ods)."
    )


def test_a_binary_file_is_named_so_also_with_an_encoding_chosen_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x81\x8d\x8f\x90\x9d" * 10)
    with pytest.raises(ValidationError, match=r"^photo.csv is not a text \(CSV\) file"):
        read_table(path, encoding="cp1252")


def test_a_workbook_renamed_csv_is_read_as_the_workbook(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["family_name", "given_name"])
    sheet.append(["Іваненко", "Петро"])
    book.save(tmp_path / "list.xlsx")
    path = (tmp_path / "list.xlsx").rename(tmp_path / "list.csv")
    table = read_table(path)
    assert (table.kind, table.headers) == ("xlsx", ["family_name", "given_name"])
    assert table.rows[0].cells == ("Іваненко", "Петро")
    other = tmp_path / "notes.csv"
    other.write_bytes(b"PK\x03\x04" + b"\x14\x00" * 20)  # a ZIP archive of something else
    with pytest.raises(ValidationError, match=r"^notes.csv is not a text \(CSV\) file"):
        read_table(other)


def test_utf16_and_text_with_a_stray_control_byte_are_still_text(tmp_path: Path) -> None:
    path = tmp_path / "stray.csv"
    path.write_bytes(b"a;b\n" + b"x\x07;y\n" + b"plain;text\n" * 20)
    assert read_table(path).rows[0].cells == ("x\x07", "y")
    path.write_bytes("a\tb\nІван\tПетро\n".encode("utf-16"))
    assert read_table(path).rows[0].cells == ("Іван", "Петро")


def test_a_control_character_is_its_rows_problem_not_the_files(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    rows = [["family_name", "notes"], ["Іваненко", "лист"], ["Коваль", "x\x00y"], ["Бойко", ""]]
    path.write_bytes("\r\n".join(";".join(r) for r in rows).encode("cp1251"))
    table = read_table(path)
    assert [r.cells[0] for r in table.rows] == ["Іваненко", "Коваль", "Бойко"]
    assert [str(p) for ps in table.line_problems.values() for p in ps] == [
        "line 3: notes: holds a control character (U+0000), which a list should not: the file "
        "may be damaged; correct the cell"
    ]


def test_an_xlsx_formula_without_its_result_is_reported_on_its_line(tmp_path: Path) -> None:
    """What a script (openpyxl, here) writes: the formula and no saved result; a formula
    whose result was saved reads as that result."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["family_name", "given_name", "date_of_birth"])
    sheet.append(["Іваненко", "Петро", '=TEXT(DATE(1985,3,14),"DD.MM.YYYY")'])
    sheet.append(["Коваль", "Ганна", "1990"])
    sheet.append([None, None, "=C3"])  # a row of formulas only is no blank row
    path = tmp_path / "script.xlsx"
    book.save(path)
    table = read_table(path)
    assert [r.line for r in table.rows] == [2, 3, 4]
    assert table.rows[0].cells[2] is None
    problems = {line: [str(p) for p in found] for line, found in table.line_problems.items()}
    assert list(problems) == [2, 4]
    assert problems[2] == [
        'line 2: date_of_birth: the formula =TEXT(DATE(1985,3,14),"DD.MM.YYYY") has no saved '
        "result (the program that wrote the file did not calculate it): open the file in "
        "Excel or LibreOffice Calc and save it again, or type the value"
    ]


def test_a_saved_formula_result_reads_as_the_value(tmp_path: Path) -> None:
    """The same cell as Excel or LibreOffice saves it: <f> and its <v>."""
    path = tmp_path / "saved.xlsx"
    write_xlsx(path, [["family_name", "pages"], ["Іваненко", "=1+2"]])
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<v />", b"<v>3</v>").replace(b"<v/>", b"<v>3</v>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    table = read_table(path)
    assert table.rows[0].cells == ("Іваненко", 3) and table.line_problems == {}


@pytest.mark.parametrize("name", ["persons_libreoffice.ods", "persons_libreoffice.xls"])
def test_libreoffice_ods_and_old_xls_read_like_xlsx(tmp_path: Path, name: str) -> None:
    """Files LibreOffice saved (``office_lists.write_ukrainian_xlsx`` converted), read by
    their content even under another name."""
    for path in (FILES / name, tmp_path / "list.csv"):
        if path.parent == tmp_path:
            path.write_bytes((FILES / name).read_bytes())
        table = read_table(path)
        assert (table.kind, table.is_workbook, table.encoding) == (name[-3:], True, None)
        assert table.headers == UKRAINIAN[0]
        assert [r.line for r in table.rows] == [2, 3, 4, 5]
        assert table.rows[0].cells[3] == date(1984, 3, 9)  # a date cell stays a date
        assert [cell_text(c) for c in table.rows[2].cells] == [
            "Єрмоленко", "Ілля", None, "1979", "ЧОЛ", "Військовополонений", "звільнений", None
        ]  # fmt: skip


def test_a_damaged_ods_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "list.ods"
    path.write_bytes(b"PK\x03\x04" + b"\x14\x00" * 20)
    with pytest.raises(ValidationError, match=r"^list.ods is not a readable OpenDocument"):
        read_table(path)
