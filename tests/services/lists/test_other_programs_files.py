"""Lists as other programs leave them: a NUL or a no-break space in a UTF-8 file, characters
that show as nothing from a copy-paste, a title above the header, a hidden first sheet, a
date cell with a time, a CSV (or a web page) under a workbook's name."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.lists.tabular_files import (
    cell_text,
    is_workbook,
    match_headers,
    read_table,
)
from tests.services.lists.office_lists import FILES, UKRAINIAN
from tests.services.table_files import write_csv

HEAD = ["family_name", "given_name", "date_of_birth"]


def texts(path: Path) -> list[list[str | None]]:
    return [[cell_text(c) for c in row.cells] for row in read_table(path).rows]


def test_a_nul_in_a_cyrillic_cell_is_its_rows_problem_not_the_encodings(tmp_path: Path) -> None:
    """One damaged cell of a short UTF-8 list was taken for a wrong encoding, and the file
    refused naming UTF-8: the file is UTF-8, the cell is damaged."""
    path = tmp_path / "list.csv"
    path.write_bytes("family_name,given_name\r\nІваненко\x00,Петро\r\n".encode())
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert [str(p) for p in table.line_problems[2]] == [
        "line 2: family_name: holds a control character (U+0000), which a list should not: "
        "the file may be damaged; correct the cell"
    ]


def test_no_break_spaces_pasted_around_names_in_utf8_are_no_wrong_encoding(
    tmp_path: Path,
) -> None:
    """Names pasted from a web page or Word keep their no-break spaces and quotes: in UTF-8
    they are what was typed (in a 1251 list read as Mac Cyrillic, a capital letter)."""
    path = write_csv(
        tmp_path / "list.csv",
        [HEAD, ["\xa0Шевченко\xa0", "\xa0Петро", "1990"], ["“Коваль", "—Ганна", "1985"]],
    )
    assert texts(path) == [["Шевченко", "Петро", "1990"], ["“Коваль", "—Ганна", "1985"]]


INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u2060\ufeff"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_characters_that_show_as_nothing_are_left_out(tmp_path: Path, suffix: str) -> None:
    """A soft hyphen, zero-width spaces and joiners, a direction mark, a BOM inside a cell:
    "Шевченко" with one looked right and failed "letters only" (nor would it be found)."""
    cells = [[f"Шев{c}ченко", f"Пет{c}ро{c}", f"{c}1990"] for c in INVISIBLE]
    rows = [HEAD, *cells]
    path = tmp_path / f"list{suffix}"
    if suffix == ".csv":
        write_csv(path, rows)
    else:
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    assert texts(path) == [["Шевченко", "Петро", "1990"]] * len(INVISIBLE)


def test_a_title_row_above_the_header_is_no_header(tmp_path: Path) -> None:
    """An office's list opens with its title, merged across the columns (or "Список;;;"
    in CSV): the header is the row below it, and the line numbers stay the file's."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Список військовополонених станом на 01.02.2024", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append([None, None, None])
    sheet.append(HEAD)
    sheet.append(["Іваненко", "Петро", "1990"])
    book.save(tmp_path / "list.xlsx")
    csv = write_csv(
        tmp_path / "list.csv",
        [["Список", "", ""], ["станом на", "", ""], *[HEAD], ["Коваль", "Ганна", "1985"]],
    )
    for path, line in ((tmp_path / "list.xlsx", 3), (csv, 3)):
        table = read_table(path)
        assert (table.headers, table.header_line) == (HEAD, line)
        assert [r.line for r in table.rows] == [line + 1]


def test_a_list_of_one_column_keeps_its_first_row_as_the_header(tmp_path: Path) -> None:
    book = Workbook()
    for row in (["family_name", None], ["Іваненко", None], ["Коваль", None]):
        book.active.append(row)
    book.save(tmp_path / "one.xlsx")
    path = write_csv(tmp_path / "one.csv", [["family_name"], ["Іваненко"], ["Коваль"]])
    for each in (tmp_path / "one.xlsx", path):
        table = read_table(each)
        assert table.headers == ["family_name"] and [r.line for r in table.rows] == [2, 3]
    many = write_csv(
        tmp_path / "many.csv", [["family_name", ""]] + [[f"Ім{n}", ""] for n in range(8)]
    )
    table = read_table(many)
    assert table.header_line == 1 and [r.line for r in table.rows] == list(range(2, 10))


def test_a_hidden_first_sheet_is_passed_over(tmp_path: Path) -> None:
    """Instructions or lookup lists on a hidden first sheet, the list on the next."""
    book = Workbook()
    book.active.append(["Заповніть аркуш «Список»"])
    book.active.sheet_state = "hidden"
    listed = book.create_sheet("Список")
    listed.append(HEAD)
    listed.append(["Іваненко", "Петро", "1990"])
    book.active = 1
    book.save(tmp_path / "list.xlsx")
    assert read_table(tmp_path / "list.xlsx").headers == HEAD
    ods = tmp_path / "list.ods"
    with (
        zipfile.ZipFile(FILES / "persons_libreoffice.ods") as source,
        zipfile.ZipFile(ods, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "content.xml":
                data = _with_hidden_first_sheet(data.decode()).encode()
            target.writestr(item, data)
    table = read_table(ods)
    assert table.headers == UKRAINIAN[0] and len(table.rows) == 4


def _with_hidden_first_sheet(content: str) -> str:
    style = (
        '<style:style style:name="taHidden" style:family="table">'
        '<style:table-properties table:display="false"/></style:style>'
    )
    hidden = (
        '<table:table table:name="Довідник" table:style-name="taHidden"><table:table-column/>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>довідник</text:p>'
        "</table:table-cell></table:table-row></table:table>"
    )
    content = content.replace("</office:automatic-styles>", style + "</office:automatic-styles>")
    first = re.search(r"<table:table ", content)
    assert first is not None
    return content[: first.start()] + hidden + content[first.start() :]


def test_a_date_cell_with_a_time_reads_as_its_date(tmp_path: Path) -> None:
    """A system's export writes 01.02.1990 10:30 in a date cell: "1990-02-01T10:30:00" was
    refused as no date at all."""
    book = Workbook()
    book.active.append(HEAD)
    book.active.append(["Іваненко", "Петро", datetime(1990, 2, 1, 10, 30)])
    book.save(tmp_path / "list.xlsx")
    assert texts(tmp_path / "list.xlsx") == [["Іваненко", "Петро", "1990-02-01"]]


@pytest.mark.parametrize("suffix", [".xls", ".xlsx", ".ods"])
def test_a_text_list_under_a_workbooks_name_is_read_as_text(tmp_path: Path, suffix: str) -> None:
    """Web systems save CSV or tab-separated text as "list.xls": read as the text it is
    (it was refused in the reader's English: "File is not a zip file")."""
    path = write_csv(tmp_path / f"list{suffix}", UKRAINIAN, "cp1251", delimiter="\t")
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("csv", "cp1251", "\t")
    assert table.headers == UKRAINIAN[0] and not is_workbook(path)
    assert is_workbook(FILES / "persons_libreoffice.xls")


def test_a_web_page_under_a_workbooks_name_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "list.xls"
    path.write_bytes(b"\xef\xbb\xbf\r\n<html><body><table><tr><td>family_name</td></tr>")
    with pytest.raises(ValidationError, match=r"^list.xls is a web page \(HTML\) or an XML"):
        read_table(path)
    assert is_workbook(path)


def test_a_sheet_that_declares_itself_one_cell_is_read_whole(tmp_path: Path) -> None:
    """Some programs write the sheet's size as "A1" whatever it holds: every row after the
    header was read as none, and the import said "would add 0" without a word."""
    book = Workbook()
    for row in ([*HEAD, None], ["Іваненко", "Петро", "1990"], [None], ["Коваль", "Ганна", "1985"]):
        book.active.append(row)
    book.save(tmp_path / "full.xlsx")
    path = tmp_path / "one-cell.xlsx"
    with zipfile.ZipFile(tmp_path / "full.xlsx") as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(
                    rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1"/>', data
                )
                assert count == 1
            target.writestr(item, data)
    table = read_table(path)
    assert table.headers == HEAD
    assert [(r.line, [cell_text(c) for c in r.cells]) for r in table.rows] == [
        (2, ["Іваненко", "Петро", "1990"]),
        (4, ["Коваль", "Ганна", "1985"]),
    ]


def test_a_list_on_another_sheet_is_said_so(tmp_path: Path) -> None:
    """Notes on the first sheet, the list on the second: each column of the notes was
    "unknown", with no word of the sheets."""
    book = Workbook()
    book.active.title = "Пояснення"
    book.active.append(["Список надіслано 01.11.2026"])
    book.create_sheet("Список").append(HEAD)
    book.save(tmp_path / "list.xlsx")
    table = read_table(tmp_path / "list.xlsx")
    assert (table.sheet, table.sheets) == ("Пояснення", 2)
    columns, problems = match_headers(table, HEAD, {})
    assert columns == {}
    assert str(problems[-1]) == (
        "line 1: Пояснення: none of the columns of this sheet is one of the list's: the import "
        "reads the first sheet shown, “Пояснення”, of the 2 in the file; move the list to the "
        "first sheet (or delete the others) and import again"
    )
    assert [
        str(p) for p in match_headers(read_table(FILES / "persons_libreoffice.ods"), HEAD, {})[1]
    ] == [
        f"line 1: {h}: unknown column" for h in UKRAINIAN[0]
    ]  # one sheet: its columns are unknown, nothing more


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_excels_sep_line_is_no_header(tmp_path: Path, delimiter: str) -> None:
    """Excel writes and reads "sep=;" as the file's first line."""
    path = tmp_path / "list.csv"
    body = "\r\n".join(delimiter.join(r) for r in (HEAD, ["Іваненко", "Петро", "1990"]))
    path.write_text(f"sep={delimiter}\r\n{body}\r\n", encoding="utf-8-sig")
    table = read_table(path)
    assert (table.headers, table.header_line, table.delimiter) == (HEAD, 2, delimiter)
    assert [r.line for r in table.rows] == [3]


def test_excels_text_formula_reads_as_its_text(tmp_path: Path) -> None:
    """Systems write ="00123" so Excel keeps the leading zeros: it was saved as ="00123"."""
    path = tmp_path / "list.csv"
    path.write_text(
        "family_name,service_number,icrc_number,notes\r\n"
        'Іваненко,="00123",="0045",="він сказав ""так"""\r\n'
        "Коваль,=A1+1,'+380501234567,\r\n",
        encoding="utf-8",
    )
    assert texts(path) == [
        ["Іваненко", "00123", "0045", 'він сказав "так"'],
        ["Коваль", "=A1+1", "+380501234567", None],  # a formula stays as written
    ]


def test_a_formulas_error_is_its_rows_problem(tmp_path: Path) -> None:
    """A lookup that found nothing shows #N/A, which Excel saves as the cell's value (and
    writes into a CSV): it imported as a unit named "#N/A"."""
    book = Workbook()
    book.active.append([*HEAD, "unit"])
    book.active.append(["Іваненко", "Петро", "1990", "=VLOOKUP(A2,Z:Z,2,0)"])
    book.active.append(["Коваль", "Ганна", "1985", "№ 5 #1"])
    book.save(tmp_path / "formula.xlsx")
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(tmp_path / "formula.xlsx") as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":  # the result Excel saved
                data, count = re.subn(
                    rb'<c r="D2"[^>]*><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>',
                    rb'<c r="D2" t="e"><f>\1</f><v>#N/A</v></c>',
                    data,
                )
                assert count == 1
            target.writestr(item, data)
    csv = write_csv(
        tmp_path / "list.csv",
        [
            [*HEAD, "unit"],
            ["Іваненко", "Петро", "1990", "Err:502"],
            ["Коваль", "Ганна", "1985", "#REF!"],
        ],
    )
    for each, shown in ((path, {2: "#N/A"}), (csv, {2: "Err:502", 3: "#REF!"})):
        table = read_table(each)
        assert {line: [str(p) for p in ps] for line, ps in table.line_problems.items()} == {
            line: [
                f"line {line}: unit: shows {error}, the error of a formula in the program that "
                "made the file (a lookup that found nothing, a cell deleted): correct it there "
                "and save the file again, or type the value"
            ]
            for line, error in shown.items()
        }


@pytest.mark.parametrize("chosen", [None, "utf-8"])
def test_lists_in_two_encodings_pasted_together_are_named_so(
    tmp_path: Path, chosen: str | None
) -> None:
    """A UTF-8 list with lines pasted from a 1251 one: it was refused as "does not read
    as text in Windows-1251 … choose the encoding", or with UTF-8 chosen as "cannot be read
    as utf-8", where no encoding reads it all."""
    path = tmp_path / "list.csv"
    utf8 = "".join(f"Іваненко,Петро,19{50 + n}\r\n" for n in range(20))
    path.write_bytes(
        ("family_name,given_name,date_of_birth\r\n" + utf8).encode()
        + "Коваль,Ганна,1985\r\nБойко,Ілля,1986\r\n".encode("cp1251")
    )
    with pytest.raises(ValidationError) as refused:
        read_table(path, encoding=chosen)
    assert refused.value.message.startswith(
        "list.csv is in two encodings at once: most of it is UTF-8, but 2 lines (22, 23) are "
        "not, most likely lists put together from files saved differently"
    )
    path.write_bytes(utf8.encode("cp1251") * 5)  # one code page throughout: read as it is
    assert read_table(path).encoding == "cp1251"


def test_values_in_a_column_without_a_header_are_not_left_out_in_silence(
    tmp_path: Path,
) -> None:
    """Remarks typed in the column after the list's last were not imported, nor said so."""
    path = write_csv(
        tmp_path / "list.csv",
        [HEAD, ["Іваненко", "Петро", "1990"], ["Коваль", "Ганна", "1985", "", "примітка"]],
    )
    table = read_table(path)
    assert table.unheaded == {4: 3}
    assert [str(p) for p in match_headers(table, HEAD, {})[1]] == [
        "line 1: column 5: has values (the first on line 3) but no header, so they would not "
        "be imported: give the column one of the list's headers, or delete it"
    ]
