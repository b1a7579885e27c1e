"""The same register on SQLite and on PostgreSQL gives the same answers: search (every sort,
both directions, spellings and prefixes of any length), possible duplicates, the dashboard's
figures and the review queue. The data set is built the same way on both, so records get the
same numbers; each answer is compared whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

import pytest
from sqlmodel import Session

from ombuds_desk.domain.enums import Role
from ombuds_desk.services.cases.person_query import PersonFilter, SortColumn, person_ids
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import create_first_admin, create_user
from ombuds_desk.services.lists.duplicates import find_candidates, possible_duplicate_pairs
from ombuds_desk.services.workflow.review_queue import (
    queue_counts,
    stalled_case_ids,
    stalled_case_rows,
)
from ombuds_desk.services.workflow.statistics import office_stats
from ombuds_desk.store.database import Database
from tests.backends import (
    NO_PG_REASON,
    PG_URL,
    ServerDatabase,
    make_sqlite_template,
    sqlite_from_template,
)
from tests.conftest import PASSWORDS, TODAY
from tests.services.registers import cyrillic_register
from tests.services.work.office import register_for

# The module-scoped fixture (a register built on both back ends) is built once, on one
# xdist worker, not once on each (scripts/test.sh runs the tests with --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_backends_agree")

FAMILIES = (
    *("Іваненко", "Иваненко", "Ivanenko", "Пʼятницька", "П'ятницька", "Пятницкая", "Ґалаґан"),
    *("Галаган", "Яковенко", "Yakovenko", "Шевченко", "Шевчено", "Černý", "Cerny", "Кошова"),
)
GIVEN = ("Юрій", "Юрий", "Yurii", "Iurii", "Євгенія", "Олег", "Ірина", "Ганна")
SEARCHES = (
    *("і", "Ів", "Іван", "ivan", "ivanenko yurii", "Iurii", "yurii", "pyatnytska", "Пятн"),
    *("пʼят", "п'ятн", "Галаган", "galagan", "cerny", "Шевч", "Яко", "y", "ю"),
    *("CAP-2026-0000", "EVA-2026-0000", "Кошова Ганна", "zz"),
)


def _build(db: Database) -> None:
    """The office of ``tests/services/registers.py`` and thirty more cases, varied in name,
    spelling, category, birth year, status age and caseworker."""
    admin = create_first_admin(db, "admin", "Адміністратор", PASSWORDS["admin"])
    with unit_of_work(db, admin) as session:
        supervisor = create_user(
            session, admin, "s.melnyk", "Світлана Мельник", Role.SUPERVISOR, PASSWORDS["s.melnyk"]
        )
        caseworker = create_user(
            session, admin, "o.bondar", "Олег Бондар", Role.CASEWORKER, PASSWORDS["o.bondar"]
        )
    cyrillic_register(db, admin, caseworker, supervisor, TODAY)
    for n in range(30):
        register_for(
            db,
            admin,
            TODAY,
            caseworker if n % 3 else supervisor,
            status_since=TODAY - timedelta(days=7 * n),
            category="captive" if n % 4 else "evacuee",
            family_name=FAMILIES[n % len(FAMILIES)],
            given_name=GIVEN[(n * 3) % len(GIVEN)],
            date_of_birth=f"{1975 + n % 10}",
        )


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Database]]:
    """The data set on a SQLite file and on the PostgreSQL test server."""
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    folder = tmp_path_factory.mktemp("agree")
    sqlite = sqlite_from_template(make_sqlite_template(folder), folder / "office.sqlite3")
    server_database = ServerDatabase(PG_URL)
    server = server_database.fresh()
    try:
        for db in (sqlite, server):
            _build(db)
        yield sqlite, server
    finally:
        sqlite.dispose()
        server.dispose()
        server_database.drop()


@dataclass(frozen=True)
class Both:
    sqlite: Database
    server: Database

    def agree(self, ask: Callable[[Session], Any]) -> Any:
        """``ask`` answered on both; the answers must be equal (and are returned)."""
        with self.sqlite.reading() as session:
            on_sqlite = ask(session)
        with self.server.reading() as session:
            on_server = ask(session)
        assert on_sqlite == on_server
        return on_sqlite


@pytest.fixture
def both(registers: tuple[Database, Database]) -> Both:
    return Both(*registers)


@pytest.mark.parametrize("text", SEARCHES)
def test_search_finds_and_sorts_the_same(both: Both, text: str) -> None:
    found: list[list[int]] = []
    for sort in SortColumn:
        for descending in (False, True):
            for stalled_only in (False, True):
                ask = partial(
                    person_ids,
                    filt=PersonFilter(text=text, stalled_only=stalled_only),
                    today=TODAY,
                    threshold_days=30,
                    sort=sort,
                    descending=descending,
                )
                found.append(both.agree(ask))
    if text != "zz":
        assert any(found), "the search should find someone on both"


def test_possible_duplicates_are_the_same(both: Both) -> None:
    assert both.agree(possible_duplicate_pairs)
    for values in (
        {"family_name": "Іваненко", "given_name": "Юрій", "birth_year": 1980},
        {"family_name": "Pyatnytska", "given_name": "Yevheniia"},
        {"family_name": "Галаган", "given_name": "Ірина", "date_of_birth": "1977"},
    ):
        both.agree(partial(find_candidates, values=values))


def test_the_dashboard_figures_are_the_same(both: Both) -> None:
    for days in (7, 30, 90):
        stats = both.agree(partial(office_stats, today=TODAY, threshold_days=days))
        assert stats.total_cases > 30 and stats.stalled_cases > 0


def test_the_review_queue_is_the_same(both: Both) -> None:
    for days in (7, 30, 90):
        for queue_only in (False, True):
            ids = both.agree(
                partial(stalled_case_ids, today=TODAY, threshold_days=days, queue_only=queue_only)
            )
            both.agree(partial(stalled_case_rows, ids=ids, today=TODAY))
        both.agree(partial(queue_counts, today=TODAY, threshold_days=days))
    assert ids
