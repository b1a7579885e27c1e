"""``ombuds-desk import`` prints an import's problems in the language of ``--lang``: the
same words the import dialog shows, each on its line, in Ukrainian or Russian."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.commands.helpers import run_on
from tests.services.helpers import register
from tests.services.table_files import write_csv

ROWS = [
    ["Прізвище", "Імʼя", "Категорія", "Номер справи", "Статус"],
    ["Шевчук", "Марко", "полонений", "АБВ", ""],
    ["Коваль", "Іван", "полонений", "", "невідомо-що"],
]


@pytest.mark.usefixtures("caseworker")  # the register, with the user signing in
@pytest.mark.parametrize(
    ("language", "wanted"),
    [
        (
            "uk",
            [
                "рядок 2: Номер справи: справи з номером АБВ немає; для нової справи залиште "
                "поле порожнім",
                "рядок 3: Статус: «невідомо-що» — не статус",
            ],
        ),
        (
            "ru",
            [
                "строка 2: Номер справи: дела с номером АБВ нет; для нового дела оставьте поле "
                "пустым",
                "строка 3: Статус: «невідомо-що» — не статус",
            ],
        ),
    ],
)
def test_import_problems_are_printed_in_the_language_asked_for(
    tmp_path: Path, db_path: Path, language: str, wanted: list[str]
) -> None:
    path = write_csv(tmp_path / "список.csv", ROWS, "utf-8", ";")
    result = run_on(db_path, "--lang", language, "import", "persons", str(path), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines()[:2] == wanted


@pytest.mark.parametrize(
    ("language", "wanted"), [("uk", "Записано 1 особу до"), ("ru", "Записан 1 человек в")]
)
def test_an_export_says_what_it_wrote_in_the_language_asked_for(
    tmp_path: Path,
    db_path: Path,
    db: Database,
    supervisor: User,
    today: date,
    language: str,
    wanted: str,
) -> None:
    """It said "Записано 1 (persons) до …": the command's English word in brackets."""
    register(db, supervisor, today)
    path = tmp_path / "особи.csv"
    result = run_on(
        db_path,
        "--lang",
        language,
        "export",
        "persons",
        str(path),
        cwd=tmp_path,
        user="s.melnyk",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"{wanted} {path}")
