"""The columns of the person and item files and their Russian and Ukrainian headers: every
header names one column only, and a file written with any of them is understood."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import pytest

from ombuds_desk.services.lists.import_columns import (
    ITEM_ALIASES,
    ITEM_COLUMNS,
    ITEM_EXTRA_COLUMNS,
    PERSON_ALIASES,
    PERSON_COLUMNS,
    PERSON_IMPORT_COLUMNS,
    ROW_NUMBER_HEADERS,
)
from ombuds_desk.services.lists.tabular_files import Table, match_headers, normalise_header

KINDS = [
    pytest.param(PERSON_IMPORT_COLUMNS, PERSON_ALIASES, id="persons"),
    pytest.param(ITEM_COLUMNS, ITEM_ALIASES, id="items"),
]
_CYRILLIC = re.compile(r"[а-яёіїєґ]")


@pytest.mark.parametrize(("columns", "aliases"), KINDS)
def test_every_header_names_one_known_column(
    columns: Sequence[str], aliases: Mapping[str, str]
) -> None:
    assert set(aliases.values()) <= set(columns)
    meanings: dict[str, set[str]] = defaultdict(set)
    for column in columns:
        meanings[normalise_header(column)].add(column)
    for alias, column in aliases.items():
        meanings[normalise_header(alias)].add(column)
    assert {header: found for header, found in meanings.items() if len(found) > 1} == {}


@pytest.mark.parametrize(("columns", "aliases"), KINDS)
def test_every_column_has_a_cyrillic_header(
    columns: Sequence[str], aliases: Mapping[str, str]
) -> None:
    named = {column for alias, column in aliases.items() if _CYRILLIC.search(alias)}
    assert set(columns) - named == set()


def test_row_number_headers_name_no_column() -> None:
    ignored = {normalise_header(h) for h in ROW_NUMBER_HEADERS}
    named = {normalise_header(h) for h in (*PERSON_IMPORT_COLUMNS, *PERSON_ALIASES)}
    assert ignored & named == set()


def test_columns_are_listed_once_and_extras_are_not_importable() -> None:
    assert len(set(PERSON_COLUMNS)) == len(PERSON_COLUMNS)
    assert len(set(ITEM_COLUMNS)) == len(ITEM_COLUMNS)
    assert set(ITEM_EXTRA_COLUMNS).isdisjoint(ITEM_COLUMNS)
    assert PERSON_COLUMNS[0] == ITEM_COLUMNS[0] == "case_number"  # the key of both files


def _table(headers: list[str]) -> Table:
    return Table(name="список.csv", kind="csv", headers=headers, header_line=1)


@pytest.mark.parametrize(
    "headers",
    [
        ["Номер справи", "Прізвище", "Імʼя", "По батькові", "Дата народження", "Стать"],
        ["Номер дела", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол"],
        ["CASE NO", "Last name", "First-name", "Middle name", "Birth date", "Gender"],
        ["case_number", "family_name", "given_name", "patronymic", "date_of_birth", "sex"],
    ],
)
def test_a_person_file_in_any_of_its_languages(headers: list[str]) -> None:
    columns, problems = match_headers(_table(headers), PERSON_COLUMNS, PERSON_ALIASES)
    assert problems == []
    assert columns == {
        "case_number": 0,
        "family_name": 1,
        "given_name": 2,
        "patronymic": 3,
        "date_of_birth": 4,
        "sex": 5,
    }


def test_an_item_file_knows_the_export_extras_without_reading_them() -> None:
    headers = ["Номер справи", "Вид", "Напрямок", "Від кого", "Ким доводиться", "status"]
    columns, problems = match_headers(
        _table([*headers, "parcel_number"]), ITEM_COLUMNS, ITEM_ALIASES, ITEM_EXTRA_COLUMNS
    )
    assert problems == []
    assert columns == {
        "case_number": 0,
        "kind": 1,
        "direction": 2,
        "author": 3,
        "relationship": 4,
    }
