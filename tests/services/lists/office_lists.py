"""Lists as other offices write them, for the import tests: a Russian and a Ukrainian list
with the words their staff type (``м``/``ж``, ``чол``, ``военнопленный``, ``звільнений``),
written in any encoding; and the same Ukrainian list saved by LibreOffice as ODS and as an
old XLS (``files/``, made with ``soffice --convert-to`` from :func:`write_ukrainian_xlsx`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from tests.services.table_files import write_csv

FILES = Path(__file__).parent / "files"

RUSSIAN = [
    ["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Категория", "Статус", "Регион"],
    ["Шевченко", "Тарас", "Григорьевич", "09.03.1984", "м", "военнопленный", "подтвержден", "Ростовская обл."],
    ["Иванова", "Анна", "Сергеевна", "12.05.1990", "Ж", "гражданская задержанная", "в списке на обмен", "Курская обл."],
    ["ПЕТРОВ", "ПЁТР", "", "1979", "муж.", "Военнопленный", "освобожден", ""],
    ["Сидорова", "Елена", "", "01.02.2001", "жен", "эвакуированная", "возвращена", "Белгородская обл."],
]  # fmt: skip
# What the Russian list imports as: name → (sex, category, status).
RUSSIAN_VALUES = {
    "Шевченко": ("male", "captive", "confirmed"),
    "Иванова": ("female", "captive", "listed_for_exchange"),
    "ПЕТРОВ": ("male", "captive", "released"),
    "Сидорова": ("female", "evacuee", "returned"),
}

UKRAINIAN = [
    ["Прізвище", "Ім'я", "По батькові", "Дата народження", "Стать", "Категорія", "Статус", "Область"],
    ["Ґонта", "Іван", "Їжакович", "09.03.1984", "ч", "військовополонений", "підтверджено", "Київська"],
    ["Коваленко", "Оксана", "Петрівна", "12.05.1990", "Жін.", "цивільна затримана", "у списку на обмін", "Харківська"],
    ["Єрмоленко", "Ілля", "", "1979", "ЧОЛ", "Військовополонений", "звільнений", ""],
    ["Бабич", "Євгенія", "", "01.02.2001", "жінка", "евакуйована", "повернуто", "Донецька"],
]  # fmt: skip
UKRAINIAN_VALUES = {
    "Ґонта": ("male", "captive", "confirmed"),
    "Коваленко": ("female", "captive", "listed_for_exchange"),
    "Єрмоленко": ("male", "captive", "released"),
    "Бабич": ("female", "evacuee", "returned"),
}


def write_list(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ";") -> Path:
    """``rows`` as an office's CSV in ``encoding`` (semicolons, as a Cyrillic Excel writes)."""
    return write_csv(path, rows, encoding, delimiter)


def write_ukrainian_xlsx(path: Path) -> Path:
    """The Ukrainian list as a workbook with real date cells (what the LibreOffice files
    in ``files/`` were converted from)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(UKRAINIAN[0])
    for row in UKRAINIAN[1:]:
        born = row[3]
        day = date(*reversed([int(p) for p in born.split(".")])) if "." in born else born
        sheet.append([*row[:3], day, *row[4:]])
    book.save(path)
    return path
