"""Where the databases live, and how a ``--db`` value becomes a SQLAlchemy URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombuds_desk.store import locations
from ombuds_desk.store.locations import (
    DEMO_DB_NAME,
    ENV_DB,
    REAL_DB_NAME,
    default_db_path,
    is_url,
    resolve_db,
    sqlite_path,
    to_url,
)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data directory in a temporary folder, and no database chosen by the
    environment."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_DB, raising=False)
    return tmp_path / "data"


def test_the_real_and_the_demo_database_are_two_files_in_the_data_folder(
    data_home: Path,
) -> None:
    real, demo = default_db_path(), default_db_path(demo=True)
    assert real == data_home / "ombuds-desk" / REAL_DB_NAME
    assert demo == data_home / "ombuds-desk" / DEMO_DB_NAME
    assert real != demo and real.parent.is_dir()  # the folder is made on first use


def test_a_path_becomes_an_absolute_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert to_url("офіс.sqlite3") == f"sqlite:///{tmp_path / 'офіс.sqlite3'}"
    assert to_url(tmp_path / "a" / ".." / "b.sqlite3") == f"sqlite:///{tmp_path / 'b.sqlite3'}"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert to_url("~/office.sqlite3") == f"sqlite:///{tmp_path / 'home' / 'office.sqlite3'}"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://ombuds@db.office.example/register",
        "sqlite:////var/lib/ombuds/office.sqlite3",
        "sqlite:///:memory:",
    ],
)
def test_a_url_passes_unchanged(url: str) -> None:
    assert is_url(url)
    assert to_url(url) == url


def test_only_a_value_with_a_scheme_is_a_url() -> None:
    assert not is_url("/home/o.bondar/office.sqlite3")
    assert not is_url("C:\\Users\\Олег\\office.sqlite3")


def test_db_option_first_then_the_environment_then_the_default(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_db(None) == f"sqlite:///{data_home / 'ombuds-desk' / REAL_DB_NAME}"
    monkeypatch.setenv(ENV_DB, str(tmp_path / "shared.sqlite3"))
    assert resolve_db(None) == f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    assert resolve_db(str(tmp_path / "mine.sqlite3")) == f"sqlite:///{tmp_path / 'mine.sqlite3'}"
    server = "postgresql+psycopg://ombuds@db/register"
    assert resolve_db(server) == server


def test_the_demo_never_opens_the_database_named_in_the_environment(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DB, str(tmp_path / "real-register.sqlite3"))
    assert resolve_db(None, demo=True) == (f"sqlite:///{data_home / 'ombuds-desk' / DEMO_DB_NAME}")
    assert resolve_db(str(tmp_path / "try.sqlite3"), demo=True) == (
        f"sqlite:///{tmp_path / 'try.sqlite3'}"
    )


def test_an_empty_environment_variable_is_no_choice(data_home: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_DB, "")
        assert resolve_db(None) == locations.to_url(default_db_path())


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:////srv/ombuds/office.sqlite3", Path("/srv/ombuds/office.sqlite3")),
        ("sqlite:///relative/office.sqlite3", Path("relative/office.sqlite3")),
        ("sqlite:////srv/Офіс/office.sqlite3?timeout=20", Path("/srv/Офіс/office.sqlite3")),
        ("sqlite:///:memory:", None),
        ("sqlite://", None),
        ("postgresql+psycopg://ombuds@db/register", None),
    ],
)
def test_the_file_behind_a_url(url: str, path: Path | None) -> None:
    assert sqlite_path(url) == path
