"""An import's problems are said in the reader's language: planned once (as in the worker
process, where no translator is installed), read in Ukrainian or Russian under
``i18n.using`` as the window and the command line read them, and in English without one."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.duplicates import reason_text
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from tests.services.helpers import register
from tests.services.table_files import write_csv

ROWS = [
    ["Прізвище", "Імʼя", "Категорія", "Номер справи", "Статус", "Стовпець-загадка"],
    ["Шевчук", "Марко", "полонений", "АБВ", "невідомо-що", ""],
    ["Іваненко", "Петро", "полонений", "", "", ""],
]


def _plan(db: Database, actor: User, tmp_path: Path, today: date) -> ImportPlan:
    path = write_csv(tmp_path / "список.csv", ROWS, "utf-8", ";")
    with db.reading() as session:
        plan = plan_import(session, actor, read_table(path), today=today)
    # The plan crosses from the worker process to the window as the pickle it is.
    travelled = pickle.loads(pickle.dumps(plan))
    assert isinstance(travelled, ImportPlan)
    return travelled


def test_an_import_problem_reads_in_ukrainian(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    register(db, supervisor, today)  # Іваненко Петро: a possible duplicate
    plan = _plan(db, supervisor, tmp_path, today)
    with i18n.using(catalogue(Language.UK)):
        said = [str(problem) for problem in plan.problems]
        reasons = [
            reason_text(r) for row in plan.valid_rows for d in row.duplicates for r in d.reasons
        ]
    assert said == [
        "рядок 1: Стовпець-загадка: невідомий стовпець",
        "рядок 2: Номер справи: справи з номером АБВ немає; для нової справи залиште поле порожнім",
        "рядок 2: Статус: «невідомо-що» — не статус",
    ]
    assert reasons == ["те саме ім’я, рік народження невідомий"]


def test_the_same_problems_read_in_russian_and_in_english(
    db: Database, supervisor: User, tmp_path: Path, today: date
) -> None:
    plan = _plan(db, supervisor, tmp_path, today)
    with i18n.using(catalogue(Language.RU)):
        russian = [problem.text for problem in plan.problems]
    assert russian == [
        "неизвестный столбец",
        "дела с номером АБВ нет; для нового дела оставьте поле пустым",
        "«невідомо-що» — не статус",
    ]
    # No translator: the English the services always wrote (logs, older callers, tests).
    assert [str(problem) for problem in plan.problems] == [
        "line 1: Стовпець-загадка: unknown column",
        "line 2: Номер справи: no case numbered АБВ; leave it empty for a new case",
        "line 2: Статус: “невідомо-що” is not a status",
    ]
