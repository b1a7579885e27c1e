"""``ombuds-desk import`` prints an import's problems in the language of ``--lang``: the
same words the import dialog shows, each on its line, in Ukrainian or Russian."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.commands.helpers import run_on
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
