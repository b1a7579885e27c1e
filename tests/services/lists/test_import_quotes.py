"""A quotation mark opened and never closed in a CSV file is refused, naming its line, in
the reader's language, instead of the rest of the file imported as one cell (one person
where the list named seven); quoted cells over several lines and stray marks in a name still
read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.translations import catalogue

HEAD = "category,family_name,given_name,notes\n"
REST = "".join(f"captive,Прізвище{n},Імʼя,ok\n" for n in range(6))


def test_a_quote_never_closed_is_refused_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "список.csv"
    path.write_text(HEAD + 'captive,Шевченко,Тарас,"незакрита лапка\n' + REST, "utf-8")
    with pytest.raises(ValidationError) as refused:
        read_table(path)
    assert refused.value.message.startswith(
        "список.csv: the quotation mark that opens a cell on line 2 is never closed"
    )
    with i18n.using(catalogue(Language.UK)), pytest.raises(ValidationError) as refused:
        read_table(path)
    assert refused.value.message.startswith("список.csv: лапки, що відкривають клітинку в рядку 2")


def test_a_cell_past_the_readers_limit_is_said_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "список.csv"
    path.write_text(
        HEAD + REST + 'captive,Шевченко,Тарас,"' + "я" * 70_000 + "\n" + REST * 20_000, "utf-8"
    )
    with i18n.using(catalogue(Language.RU)), pytest.raises(ValidationError) as refused:
        read_table(path)
    assert refused.value.message.startswith("список.csv: ячейка, начинающаяся в строке 8, длиннее")


def test_quoted_line_breaks_and_stray_marks_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "список.csv"
    text = (
        HEAD
        + 'captive,Шевченко,Іван "Малий",ok\n'
        + 'captive,Бойко,Ганна,"лист\nна два рядки, ""з лапками"""\n'
        + REST
    )
    path.write_text(text, "utf-8")
    table = read_table(path)
    assert [r.line for r in table.rows][:3] == [2, 3, 5]
    assert table.rows[0].cells[2] == 'Іван "Малий"'
    assert table.rows[1].cells[3] == 'лист\nна два рядки, "з лапками"'
    assert len(table.rows) == 8
