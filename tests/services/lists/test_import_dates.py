"""A list whose dates are written month first (Excel set to US English: ``03/09/1990`` for
9 March) is not read day first in silence: once one of its dates shows it (``12/31/1990``),
every slashed date of the file is reported on its line, in the reader's language. A list
written day first (the offices' ``31/12/1990``) reads as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.services.table_files import write_csv

HEAD = ["Категорія", "Прізвище", "Імʼя", "Дата народження"]


def _plan(db: Database, actor: User, path: Path, today: date) -> ImportPlan:
    with db.reading() as session:
        return plan_import(session, actor, read_table(path), today=today)


def test_a_month_first_file_has_each_slashed_date_reported(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    rows = [
        HEAD,
        ["полонений", "Андрієнко", "Олег", "03/09/1990"],
        ["полонений", "Бойко", "Петро", "12/31/1990"],
        ["полонений", "Гнатюк", "Ілля", "1990-03-09"],
    ]
    path = write_csv(tmp_path / "us.csv", rows, "utf-8", ",")
    plan = _plan(db, supervisor, path, today)
    month_first = [p for p in plan.problems if "month first" in str(p)]
    assert [(p.line, p.column) for p in month_first] == [
        (2, "Дата народження"),
        (3, "Дата народження"),
    ]
    assert str(month_first[0]).startswith(
        "line 2: Дата народження: “03/09/1990”: this file writes dates month first (such as "
        "12/31/1990)"
    )
    assert [r.line for r in plan.valid_rows] == [4]
    with i18n.using(catalogue(Language.UK)):
        assert str(month_first[0]).startswith(
            "рядок 2: Дата народження: «03/09/1990»: у цьому файлі дати записано місяцем наперед"
        )


def test_a_day_first_file_reads_as_before(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    rows = [
        HEAD,
        ["полонений", "Андрієнко", "Олег", "03/09/1990"],
        ["полонений", "Бойко", "Петро", "31/12/1990"],
    ]
    path = write_csv(tmp_path / "day-first.csv", rows, "utf-8", ";")
    plan = _plan(db, supervisor, path, today)
    assert plan.problems == []
    assert [r.values["date_of_birth"] for r in plan.valid_rows] == ["1990-09-03", "1990-12-31"]


def test_dates_with_a_time_or_a_month_in_words_read_as_their_date(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    """What databases and other systems export (a time after the date), Excel set to Japanese
    or Hungarian writes (the year first) and what people type (the month in words, in
    Ukrainian, Russian or English) are the dates they say."""
    rows = [
        [*HEAD, "Статус", "Дата статусу"],
        ["полонений", "Андрієнко", "Олег", "1990-02-01T00:00:00", "підтверджено",
         "2024-03-01 14:05:33"],
        ["полонений", "Бойко", "Петро", "1 лютого 1990 р.", "", ""],
        ["полонений", "Гнатюк", "Ілля", "1 февраля 1990", "", ""],
        ["полонений", "Дяченко", "Іван", "01.02.1990 10:30", "", ""],
        ["полонений", "Єрмак", "Юрій", "1 February 1990", "", ""],
        ["полонений", "Жук", "Олег", "1990/02/01", "", ""],
        ["полонений", "Зінченко", "Ілля", "1990.2.1.", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "system.csv", rows, "utf-8", ";")
    plan = _plan(db, supervisor, path, today)
    assert plan.problems == []
    assert [r.values["date_of_birth"] for r in plan.valid_rows] == ["1990-02-01"] * 7
    assert plan.valid_rows[0].status_date == date(2024, 3, 1)


def test_a_year_word_after_a_date_or_a_day_written_as_zeros_reads_as_the_date(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    """What Russian and Ukrainian lists write: "г.р." or "р." after the year, and a day and
    month not known as zeros."""
    rows = [
        HEAD,
        ["полонений", "Андрієнко", "Олег", "1985 г.р."],
        ["полонений", "Бойко", "Петро", "01.03.1990 г."],
        ["полонений", "Гнатюк", "Ілля", "1990 р."],
        ["полонений", "Дяченко", "Іван", "00.00.1979"],
        ["полонений", "Єрмак", "Юрій", "00.05.1979"],
        ["полонений", "Жук", "Олег", "12.05.1990 року"],
    ]
    path = write_csv(tmp_path / "list.csv", rows, "utf-8", ";")
    plan = _plan(db, supervisor, path, today)
    assert plan.problems == []
    assert [r.values["date_of_birth"] for r in plan.valid_rows] == [
        "1985",
        "1990-03-01",
        "1990",
        "1979",
        "1979-05",
        "1990-05-12",
    ]


def test_a_date_as_excels_number_of_days_or_with_a_two_digit_year_says_so(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    """Refused as "use YYYY, MM.YYYY…", which said nothing of why: a CSV saved from a column
    not formatted as dates holds 32874 for 01.01.1990; 01.02.90 may be 1990 or 2090."""
    rows = [
        HEAD,
        ["полонений", "Андрієнко", "Олег", "32874"],
        ["полонений", "Бойко", "Петро", "01.02.90"],
    ]
    path = write_csv(tmp_path / "excel.csv", rows, "utf-8", ";")
    plan = _plan(db, supervisor, path, today)
    assert [str(p) for p in plan.problems] == [
        "line 2: Дата народження: “32874” is a date written as a number of days, as Excel "
        "counts them (01.01.1990): the column was not formatted as dates when the file was "
        "saved; format it as dates in Excel or LibreOffice Calc and save the file again, or "
        "type the date as DD.MM.YYYY",
        "line 3: Дата народження: “01.02.90”: the year has two digits, so the century is "
        "unknown (01.02.1990?); write the year with all four digits",
    ]
    with i18n.using(catalogue(Language.RU)):
        assert str(plan.problems[1]) == (
            "строка 3: Дата народження: «01.02.90»: год записан двумя цифрами, поэтому век "
            "неизвестен (01.02.1990?); напишите год полностью, четырьмя цифрами"
        )
