"""Reading the other side's acknowledgement list as it comes: CSV in any usual encoding and
delimiter, or XLSX; the header found by name in English, Ukrainian or Russian; every bad
date reported with its line, and then nothing read."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.mail.acknowledgement_file import (
    MAX_REPORTED,
    date_column_score,
    guess_delimiter,
    lines_from_rows,
    number_column_score,
    parse_date_cell,
    read_acknowledgement,
    read_acknowledgement_path,
)


def _xlsx(*sheets: Sequence[Sequence[Any]]) -> bytes:
    book = openpyxl.Workbook()
    for n, rows in enumerate(sheets):
        sheet = book.active if n == 0 else book.create_sheet(f"Аркуш{n + 1}")
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Parcel number,Delivered on\nPCL-2026-000001,01.11.2026\n", "utf-8-sig"),
        ("Номер посылки\tДата доставки\nPCL-2026-000001\t2026-11-01\n", "utf-16"),
        ("Номер посилки\nPCL-2026-000001\n", "utf-8"),
    ],
)
def test_other_encodings_and_delimiters(text: str, encoding: str) -> None:
    ack = read_acknowledgement("list.csv", text.encode(encoding))
    assert ack.lines[0].parcel_number == "PCL-2026-000001"
    assert ack.lines[0].delivered_on in (date(2026, 11, 1), None)


def test_bad_rows_are_reported_with_line_numbers() -> None:
    text = "Parcel number;Delivery date\nPCL-1;01.11.2026\nPCL-2;31.11.2026\nPCL-3;soon\n"
    with pytest.raises(ValidationError) as raised:
        read_acknowledgement("x.csv", text.encode())
    assert "line 3: “31.11.2026” is not a date" in raised.value.message
    assert "line 4: “soon” is not a date" in raised.value.message
    assert raised.value.message.startswith("Nothing was imported")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Recipient;Date\nX;01.01.2026\n", "No parcel-number column"),
        (b"Parcel number\n\n", "no parcel numbers in it"),
        (b"   ", "The file is empty"),
        (b"\xd0\xcf\x11\xe0 old excel", "old Excel file"),
        (b"PK\x03\x04 broken", "cannot be read"),
    ],
)
def test_unusable_files_say_why(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_acknowledgement("list", data)


@pytest.mark.parametrize(
    ("header", "score"),
    [
        ("Parcel number", 3),
        ("PARCEL_NO", 3),
        ("Номер посилки", 3),
        ("№ посылки", 3),
        ("Посилка", 2),
        ("Parcel", 2),
        ("No.", 1),
        ("Штрих-код", 1),
        ("Recipient", 0),
        ("Notes", 0),  # "no" only as a word of its own
        (None, 0),
    ],
)
def test_the_parcel_number_column_is_known_by_its_name(header: str | None, score: int) -> None:
    assert number_column_score(header) == score


@pytest.mark.parametrize(
    ("header", "score"),
    [
        ("Delivery date", 3),
        ("Дата вручення", 3),
        ("Дата доставки", 3),
        ("Date", 2),
        ("Дата", 2),
        ("Delivered", 1),
        ("Отримано", 1),
        ("Delivered by", 0),
        ("Ким доставлено", 0),
        ("Recipient", 0),
        ("Получатель", 0),  # recipient: names, though it shares "получено"'s stem
        ("Отримувач", 0),
        ("Дата получения", 3),
    ],
)
def test_the_delivery_date_column_is_known_by_its_name(header: str, score: int) -> None:
    assert date_column_score(header) == score


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime(2026, 11, 23, 14, 5), date(2026, 11, 23)),
        (date(2026, 11, 24), date(2026, 11, 24)),
        ("2026-11-01", date(2026, 11, 1)),
        ("1.11.2026", date(2026, 11, 1)),
        ("01/11/2026", date(2026, 11, 1)),
        (" 2026-11-01 10:30 ", date(2026, 11, 1)),
        ("2026-11-01T10:30:15.250", date(2026, 11, 1)),
        ("", None),
        (None, None),
    ],
)
def test_a_date_cell_in_every_form_a_list_uses(cell: Any, expected: date | None) -> None:
    assert parse_date_cell(cell) == expected


@pytest.mark.parametrize("cell", ["31.11.2026", "11/31/2026", "soon", "2026.11.01"])
def test_what_is_no_date_is_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_date_cell(cell)


def test_the_header_is_looked_for_in_the_first_ten_rows_only() -> None:
    title = [["Список вручених посилок"]] * 9
    found = lines_from_rows([*title, ["Номер посилки"], ["PCL-2026-000001"]])
    assert [(ln.line, ln.parcel_number) for ln in found.lines] == [(11, "PCL-2026-000001")]
    with pytest.raises(ValidationError, match="No parcel-number column"):
        lines_from_rows([*title, ["—"], ["Номер посилки"], ["PCL-2026-000001"]])


def test_rows_without_a_number_are_skipped_and_numbers_kept_as_written() -> None:
    found = lines_from_rows(
        [
            ["Parcel number", "Date", "Comment"],
            ["PCL-2026-000001", "01.11.2026"],  # a short row
            [None, None, "вручено"],
            [4242.0, None, None],  # a spreadsheet number
            ["  pcl-2026-000002 ", "", ""],
            [None, None, "Total: 3"],
        ]
    )
    assert found.pairs() == [
        ("PCL-2026-000001", date(2026, 11, 1)),
        ("4242", None),
        ("pcl-2026-000002", None),
    ]
    assert (found.number_column, found.date_column, found.encoding) == (
        "Parcel number",
        "Date",
        None,
    )


def test_a_list_without_a_date_column_reads_numbers_only() -> None:
    found = lines_from_rows([["Номер посылки", "Лагерь"], ["PCL-2026-000009", "Оленовка"]])
    assert found.date_column is None and found.pairs() == [("PCL-2026-000009", None)]


def test_a_recipient_column_is_not_taken_for_delivery_dates() -> None:
    for header in ("Отримувач", "Получатель"):
        found = lines_from_rows([["Номер посилки", header], ["PCL-2026-000001", "Іваненко Петро"]])
        assert found.date_column is None
        assert found.pairs() == [("PCL-2026-000001", None)]


def test_many_bad_dates_are_counted_after_the_first_fifteen() -> None:
    rows: list[list[Any]] = [["Parcel number", "Delivery date"]]
    rows += [[f"PCL-2026-{n:06d}", "скоро"] for n in range(MAX_REPORTED + 5)]
    with pytest.raises(ValidationError) as raised:
        lines_from_rows(rows)
    message = raised.value.message
    assert message.count("is not a date") == MAX_REPORTED
    assert message.endswith("; and 5 more.")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Parcel number;Date\nPCL-1;01.11.2026\nPCL-2;02.11.2026\n", ";"),
        ("Parcel number\tDate\nPCL-1\t01.11.2026\n", "\t"),
        ("Parcel number|Date\nPCL-1|01.11.2026\nPCL-2|02.11.2026\n", "|"),
        ("Список МКЧХ\n\nНомер посилки;Дата\nPCL-1;01.11.2026\nPCL-2;02.11.2026\n", ";"),
        ("Parcel number\nPCL-1\nPCL-2\n", ","),
    ],
)
def test_the_delimiter_is_guessed(text: str, delimiter: str) -> None:
    assert guess_delimiter(text) == delimiter


def test_a_workbook_is_read_from_the_first_sheet_that_has_the_list() -> None:
    data = _xlsx(
        [["Зведення"], ["Усього вручено", 2]],
        [["Номер посилки", "Дата вручення"], ["PCL-2026-000001", datetime(2026, 11, 2)]],
    )
    found = read_acknowledgement("вручені.xlsx", data)
    assert found.pairs() == [("PCL-2026-000001", date(2026, 11, 2))]


def test_a_workbook_without_the_list_says_what_the_first_sheet_lacks() -> None:
    data = _xlsx([["Зведення"]], [["Номер посилки"]])
    with pytest.raises(ValidationError, match="No parcel-number column"):
        read_acknowledgement("ack.xlsx", data)


def test_an_xlsx_is_known_by_its_content_whatever_its_name() -> None:
    data = _xlsx([["Parcel number"], ["PCL-2026-000003"]])
    assert read_acknowledgement("ack.csv", data).pairs() == [("PCL-2026-000003", None)]


def test_a_list_is_read_from_its_path(tmp_path: Path) -> None:
    path = tmp_path / "Підтвердження МКЧХ.csv"
    path.write_bytes("Номер посилки;Дата\nPCL-2026-000004;03.11.2026\n".encode("cp1251"))
    found = read_acknowledgement_path(path)
    assert found.pairs() == [("PCL-2026-000004", date(2026, 11, 3))]
    assert found.encoding is not None and "1251" in found.encoding
    with pytest.raises(ValidationError, match=r"Cannot read .*missing\.csv"):
        read_acknowledgement_path(tmp_path / "missing.csv")
