"""A database URL's password is never echoed: not by the command line, not in a message."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.store.database import open_database
from ombuds_desk.store.url_redaction import RedactingFormatter, redact
from tests.commands.helpers import run

SECRET = "s3cr3t-Пароль"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "postgresql+psycopg://ombuds:pw@db.local/desk",
            "postgresql+psycopg://ombuds:***@db.local/desk",
        ),
        ("“postgresql://u:p@ss:w@h:5432/d” failed", "“postgresql://u:***@h:5432/d” failed"),
        ("postgresql://ombuds@db.local/desk", "postgresql://ombuds@db.local/desk"),
        ("/home/o/office.sqlite3", "/home/o/office.sqlite3"),
        ("sqlite:////tmp/a:b@c.sqlite3", "sqlite:////tmp/a:b@c.sqlite3"),
    ],
)
def test_the_password_of_a_url_is_hidden(text: str, shown: str) -> None:
    assert redact(text) == shown


def test_a_url_that_cannot_be_parsed_is_said_without_its_password() -> None:
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(f"postgresql+psycopg://ombuds:{SECRET}@db.local:notaport/desk")
    assert SECRET not in refused.value.message
    assert "ombuds:***@db.local" in refused.value.message


@pytest.mark.parametrize(
    ("url", "said"),
    [
        # nothing listens there: the server is named without the user or password
        (f"postgresql+psycopg://ombuds:{SECRET}@127.0.0.1:1/desk", "127.0.0.1:1/desk"),
        (f"postgresql+psycopg://ombuds:{SECRET}@127.0.0.1:notaport/desk", "ombuds:***@"),
        (f"nosuchdialect://ombuds:{SECRET}@host/desk", "ombuds:***@"),
    ],
)
def test_the_command_line_never_echoes_the_password(url: str, said: str, tmp_path: Path) -> None:
    result = run("stats", "--db", url, cwd=tmp_path)
    assert result.returncode == 1
    assert SECRET not in result.stderr + result.stdout
    assert said in result.stderr


def test_a_logged_error_carries_no_password() -> None:
    formatter = RedactingFormatter("%(levelname)s %(message)s")
    try:
        raise ValueError(f"cannot open postgresql://ombuds:{SECRET}@db.local/desk")
    except ValueError:
        record = logging.LogRecord("ombuds_desk", logging.ERROR, __file__, 1, "failed", (), None)
        record.exc_info = sys.exc_info()
    line = formatter.format(record)
    assert "ValueError" in line and SECRET not in line and "ombuds:***@db.local" in line
