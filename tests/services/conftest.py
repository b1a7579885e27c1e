"""Every service test that uses the ``db`` fixture runs twice: on a SQLite file and on the
PostgreSQL test server (``tests/backends.py``), the ids ending ``[sqlite]`` and
``[postgresql]``. Without ``OMBUDS_DESK_TEST_PG_URL`` the PostgreSQL half is skipped.

A test about the SQLite file itself (copying, restoring, reading it with ``sqlite3``) says so
with ``@pytest.mark.sqlite_only(reason="…")`` and runs on SQLite alone; asking for
``db_path`` on PostgreSQL fails with a message saying to add that marker.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ombuds_desk.store.database import Database
from tests.backends import NO_PG_REASON, PG_URL, ServerDatabase, sqlite_from_template

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and not PG_URL:
        raise pytest.UsageError(
            "CI must run the service tests on PostgreSQL too: OMBUDS_DESK_TEST_PG_URL is not "
            "set (scripts/test.sh starts the server and sets it)"
        )
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): a service test about the SQLite file itself; not run on PostgreSQL",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None:
        if not marker.kwargs.get("reason"):
            raise pytest.UsageError(
                f'{metafunc.definition.nodeid}: sqlite_only needs reason="why not on PostgreSQL"'
            )
        metafunc.parametrize("backend", ["sqlite"], indirect=True)
        return
    no_server = [] if PG_URL else [pytest.mark.skip(reason=NO_PG_REASON)]
    metafunc.parametrize(
        "backend",
        [pytest.param("sqlite"), pytest.param("postgresql", marks=no_server)],
        indirect=True,
    )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: where this run of the test keeps its data."""
    name: str = request.param
    return name


@pytest.fixture(scope="session")
def server_database() -> Iterator[ServerDatabase]:
    """This session's (xdist worker's) own migrated database on the PostgreSQL test server."""
    assert PG_URL, NO_PG_REASON
    database = ServerDatabase(PG_URL)
    yield database
    database.drop()


@pytest.fixture
def db_path(tmp_path: Path, backend: str) -> Path:
    if backend != "sqlite":
        pytest.fail(
            "This test reads or writes the SQLite file (db_path): mark it "
            '@pytest.mark.sqlite_only(reason="…") to run it on SQLite alone.',
            pytrace=False,
        )
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(request: pytest.FixtureRequest, backend: str) -> Iterator[Database]:
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        database = sqlite_from_template(template, request.getfixturevalue("db_path"))
    else:
        database = request.getfixturevalue("server_database").fresh()
    yield database
    database.dispose()
