"""``ombuds_desk/commands/registry.py``: how a command is registered, and what every command
shares: notes on stderr, opening the database, the acting user, ``--on`` dates, JSON on stdout
and the one-line error."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date, datetime
from enum import Enum, IntEnum
from pathlib import Path

import pytest

from ombuds_desk.commands import registry
from ombuds_desk.commands.registry import (
    Command,
    actor_of,
    command,
    fail,
    open_db,
    parse_day,
    print_json,
    say,
)
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, Role
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.store.database import Database
from tests.commands.helpers import query, run


def args_for(db: Path, user: str | None = None) -> argparse.Namespace:
    """What the parser hands a command given ``--db DB`` (and ``--user USER``)."""
    return argparse.Namespace(db=str(db), user=user)


# --- command -------------------------------------------------------------------------------


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch) -> dict[str, Command]:
    """An empty registry for the test, so the real commands are left as they are."""
    empty: dict[str, Command] = {}
    monkeypatch.setattr(registry, "COMMANDS", empty)
    return empty


def test_command_registers_the_handler_with_its_help_and_arguments(
    commands: dict[str, Command],
) -> None:
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("text")
        parser.add_argument("--limit", type=int, default=5)

    def find(args: argparse.Namespace) -> int:
        return 0 if args.text == "Іваненко" else 3

    registered = command("find", "search the register", add_arguments)(find)

    assert registered is find  # the module keeps its function as it wrote it
    assert list(commands) == ["find"]
    found = commands["find"]
    assert (found.name, found.help, found.add_arguments, found.handler) == (
        "find",
        "search the register",
        add_arguments,
        find,
    )
    parser = argparse.ArgumentParser()
    found.add_arguments(parser)
    parsed = parser.parse_args(["Іваненко", "--limit", "7"])
    assert (parsed.text, parsed.limit) == ("Іваненко", 7)
    assert found.handler(parsed) == 0
    assert found.handler(argparse.Namespace(text="Коваль")) == 3


def test_a_command_without_arguments_adds_none(commands: dict[str, Command]) -> None:
    @command("stats", "the office's figures")
    def stats(args: argparse.Namespace) -> int:
        return 0

    parser = argparse.ArgumentParser()
    commands["stats"].add_arguments(parser)
    assert vars(parser.parse_args([])) == {}
    assert commands["stats"].help == "the office's figures"
    assert commands["stats"].handler is stats


def test_a_name_registered_again_is_replaced(commands: dict[str, Command]) -> None:
    def first(args: argparse.Namespace) -> int:
        return 1

    def second(args: argparse.Namespace) -> int:
        return 2

    command("stats", "old help")(first)
    command("stats", "new help")(second)
    assert list(commands) == ["stats"]
    assert (commands["stats"].help, commands["stats"].handler) == ("new help", second)


# --- say -----------------------------------------------------------------------------------


def test_say_writes_to_stderr_only(capsys: pytest.CaptureFixture[str]) -> None:
    say("Wrote 2 persons to списки.xlsx")
    assert capsys.readouterr() == ("", "Wrote 2 persons to списки.xlsx\n")


# --- open_db -------------------------------------------------------------------------------


def test_open_db_announces_a_database_it_had_to_create(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "typo" / "offce.sqlite3"
    db = open_db(args_for(path))
    try:
        assert db.path == path and path.exists()
        assert not db.demo and not db.read_only
    finally:
        db.dispose()
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"Note: there was no database at {path}; a new, empty one was created.\n"
    assert query(path, "SELECT COUNT(*) FROM person") == [(0,)]


def test_open_db_reuses_an_existing_database_silently(
    db: Database, db_path: Path, caseworker: User, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    again = open_db(args_for(db_path, "o.bondar"))
    try:
        assert again.path == db_path
        assert actor_of(again, args_for(db_path, "o.bondar")).id == caseworker.id
    finally:
        again.dispose()
    assert capsys.readouterr() == ("", "")


def test_open_db_demo_opens_the_file_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    db = open_db(args_for(path), demo=True)
    try:
        assert db.demo and db.path == path
    finally:
        db.dispose()
    assert f"no database at {path}" in capsys.readouterr().err


def test_a_new_path_is_created_and_said_so(tmp_path: Path) -> None:
    """The same, as a user sees it: a command run on a mistyped ``--db``."""
    path = tmp_path / "typo" / "offce.sqlite3"
    result = run("stats", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"no database at {path}; a new, empty one was created" in result.stderr


# --- actor_of ------------------------------------------------------------------------------


def test_actor_of_is_the_user_named(
    db: Database, db_path: Path, caseworker: User, supervisor: User
) -> None:
    actor = actor_of(db, args_for(db_path, "s.melnyk"))
    assert (actor.id, actor.username, actor.role) == (supervisor.id, "s.melnyk", Role.SUPERVISOR)
    assert actor_of(db, args_for(db_path, "o.bondar")).id == caseworker.id


def test_actor_of_without_user_is_the_login_name(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def login_name() -> str:
        return "k.petrenko"

    monkeypatch.setattr("ombuds_desk.services.core.users.login_name", login_name)
    actor = actor_of(db, args_for(db_path))
    assert (actor.username, actor.role) == ("k.petrenko", Role.ADMIN)  # the first user
    assert actor_of(db, args_for(db_path)).id == actor.id  # made once, then found


def test_actor_of_an_unknown_user_is_refused(db: Database, db_path: Path, admin: User) -> None:
    with pytest.raises(NotFoundError) as refused:
        actor_of(db, args_for(db_path, "o.bondr"))
    assert refused.value.message == "No staff member “o.bondr” in this database. Known: admin."


# --- parse_day -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2025-02-03", "03.02.2025", "03/02/2025", "3.2.2025", " 2025-02-03 ", "03.02.2025\n"],
)
def test_parse_day_accepts_iso_dotted_and_slashed_dates(text: str) -> None:
    assert parse_day(text) == date(2025, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "today",
        "2025-02-30",
        "31.02.2025",
        "2025/02/03",
        "02-03-2025",
        "03.02.25",
        "2025-02-03T10:00",
        "3 February 2025",
    ],
)
def test_parse_day_refuses_anything_else(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        parse_day(text)
    assert str(refused.value) == f"{text!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)"


def test_parse_day_as_an_argparse_type(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="ombuds-desk status")
    parser.add_argument("--on", type=parse_day)
    assert parser.parse_args(["--on", "26.11.2026"]).on == date(2026, 11, 26)
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["--on", "26.11"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "ombuds-desk status: error: argument --on: '26.11' is not a date" in err


# --- print_json ----------------------------------------------------------------------------


class Colour(Enum):
    """An enum that is not text, to be written by its value."""

    RED = 1
    GREEN = "зелений"


class Priority(IntEnum):
    HIGH = 1


class Writes(io.StringIO):
    """A stdout that counts its writes."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)


def test_print_json_keeps_cyrillic_dates_as_iso_and_enums_by_value(
    capsys: pytest.CaptureFixture[str],
) -> None:
    print_json(
        [
            {
                "name": "Іваненко Ґудзь Їжак",
                "category": Category.CAPTIVE,
                "status": CaseStatus.LISTED_FOR_EXCHANGE,
                "colour": Colour.GREEN,
                "number": Colour.RED,
                "priority": Priority.HIGH,
                "born": date(1985, 3, 14),
                "at": datetime(2026, 11, 26, 9, 30),
                "deadline": None,
            }
        ]
    )
    out, err = capsys.readouterr()
    assert err == ""
    assert "Іваненко Ґудзь Їжак" in out and "зелений" in out and "\\u" not in out
    assert out.endswith("]\n") and not out.endswith("\n\n")
    assert json.loads(out) == [
        {
            "name": "Іваненко Ґудзь Їжак",
            "category": "captive",
            "status": "listed_for_exchange",
            "colour": "зелений",
            "number": 1,
            "priority": 1,
            "born": "1985-03-14",
            "at": "2026-11-26T09:30:00",
            "deadline": None,
        }
    ]
    assert '"born": "1985-03-14"' in out  # one key a line (indented), not one long line


def test_print_json_is_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    stdout = Writes()
    monkeypatch.setattr("sys.stdout", stdout)
    rows = [{"case_number": f"CAP-2026-{n:05}", "since": date(2026, 1, 1)} for n in range(500)]
    print_json(rows)
    assert len(stdout.writes) == 1
    assert json.loads(stdout.writes[0]) == json.loads(stdout.getvalue())
    assert len(json.loads(stdout.getvalue())) == 500


def test_print_json_refuses_what_has_no_json_form(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(TypeError, match=r"^cannot write set as JSON$"):
        print_json([{"case_number": "CAP-2026-00001"}, {"seals": {"ПЛ-77"}}])
    assert capsys.readouterr().out == ""  # nothing half-written


# --- fail ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "No shipment with the reference “NOPE”.",
        "No shipment with the reference\n“NOPE”.\n",
        "  No shipment with\r\nthe reference \t “NOPE”.  ",
    ],
)
def test_fail_prints_one_line_and_returns_1(
    message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fail(message) == 1
    assert capsys.readouterr() == ("", "ombuds-desk: No shipment with the reference “NOPE”.\n")


def test_fail_returns_the_status_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert fail("interrupted;\nnothing more was saved", status=130) == 130
    assert capsys.readouterr().err == "ombuds-desk: interrupted; nothing more was saved\n"
