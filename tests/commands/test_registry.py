"""``ombuds_desk/commands/registry.py``: how a command is registered, and what every command
shares: notes on stderr, opening the database, signing in (in the process, and as a user sees
it: one line, exit 1, on record), ``--on`` dates, JSON on stdout and the one-line error."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
from datetime import date, datetime
from enum import Enum, IntEnum
from pathlib import Path

import pytest
from sqlmodel import select

from ombuds_desk.commands import registry
from ombuds_desk.commands.registry import (
    Command,
    command,
    fail,
    open_db,
    parse_day,
    print_json,
    say,
    sign_in,
    signed_in_actor,
)
from ombuds_desk.demo.builder import build_demo
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import as_utc
from ombuds_desk.domain.enums import CaseStatus, Category, Role
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.auth import MAX_FAILED_SIGN_INS, SignInError
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import deactivate, reset_password
from ombuds_desk.store.database import Database
from tests.commands.helpers import (
    one_error_line,
    password_file,
    query,
    run,
    run_in_terminal,
    signed_in_as,
)
from tests.conftest import PASSWORDS


def args_for(
    db: Path, user: str | None = None, password_file: Path | None = None
) -> argparse.Namespace:
    """What the parser hands a command given ``--db DB`` (and ``--user USER``,
    ``--password-file FILE``)."""
    return argparse.Namespace(db=str(db), user=user, password_file=password_file)


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
    db: Database,
    db_path: Path,
    caseworker: User,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    args = args_for(db_path, "o.bondar", password_file(tmp_path, "o.bondar"))
    again = open_db(args)
    try:
        assert again.path == db_path
        assert signed_in_actor(again, args).id == caseworker.id
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
    """The same, as a user sees it: a command run on a mistyped ``--db`` (where nobody can
    sign in, so nothing more is done)."""
    path = tmp_path / "typo" / "offce.sqlite3"
    result = run("stats", "--db", str(path), "--user", "o.bondar", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    note, line = result.stderr.splitlines()
    assert note == f"Note: there was no database at {path}; a new, empty one was created."
    assert line.startswith(f"ombuds-desk: Nobody can sign in to {path} yet")


def test_init_makes_no_note_of_the_new_database_it_was_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    result = run("init", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no database at" not in result.stderr


# --- signed_in_actor: in the process -------------------------------------------------------


def test_signed_in_actor_is_the_user_named_once_the_password_is_theirs(
    db: Database, db_path: Path, caseworker: User, supervisor: User, tmp_path: Path
) -> None:
    actor = signed_in_actor(db, args_for(db_path, "s.melnyk", password_file(tmp_path, "s.melnyk")))
    assert (actor.id, actor.username, actor.role) == (supervisor.id, "s.melnyk", Role.SUPERVISOR)
    again = signed_in_actor(db, args_for(db_path, "o.bondar", password_file(tmp_path, "o.bondar")))
    assert again.id == caseworker.id
    entries = query(
        db_path,
        "SELECT user_id, changes FROM audit_entry WHERE action = 'sign_in' ORDER BY id",
    )
    assert [(user_id, json.loads(changes)) for user_id, changes in entries] == [
        (supervisor.id, {"username": "s.melnyk", "via": "command line"}),
        (caseworker.id, {"username": "o.bondar", "via": "command line"}),
    ]


def test_a_real_database_never_signs_anyone_in_by_itself(
    db: Database, db_path: Path, caseworker: User
) -> None:
    with pytest.raises(SignInError) as refused:
        signed_in_actor(db, args_for(db_path))
    assert refused.value.message.startswith("Sign in with --user NAME")
    assert query(db_path, "SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'sign_in%'") == [(0,)]


def test_a_database_nobody_can_sign_in_to_says_how_to_make_its_first_admin(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(SignInError) as refused:
        signed_in_actor(db, args_for(db_path, "admin", password_file(tmp_path, "admin")))
    assert refused.value.message == (
        f"Nobody can sign in to {db_path} yet: create its first admin with "
        f"`ombuds-desk init --db {db_path} --office NAME --admin USERNAME`."
    )


def test_a_password_reset_by_an_admin_must_be_changed_first(
    db: Database, db_path: Path, admin: User, caseworker: User, tmp_path: Path
) -> None:
    with unit_of_work(db, admin) as session:
        assert caseworker.id is not None
        reset_password(session, admin, caseworker.id, "тимчасовий-пароль")
    args = args_for(db_path, "o.bondar", password_file(tmp_path, "o.bondar", "тимчасовий-пароль"))
    with pytest.raises(SignInError) as refused:
        signed_in_actor(db, args)
    assert refused.value.message == (
        "An admin has reset the password of o.bondar: choose a new one first with "
        "`ombuds-desk users change-password --user o.bondar`."
    )
    # `users change-password` alone lets them in, to choose it.
    assert sign_in(db, args).id == caseworker.id


@pytest.fixture
def demo_db(db: Database) -> Database:
    """A small demo office: its staff have no passwords; its first supervisor signs in."""
    build_demo(db, persons=5, seed=3)
    return db


def test_a_demo_database_signs_in_its_demo_supervisor(demo_db: Database, db_path: Path) -> None:
    actor = signed_in_actor(demo_db, args_for(db_path))
    assert (actor.username, actor.role) == ("n.rudenko", Role.SUPERVISOR)
    assert actor.id is not None and actor.password_hash is None


def test_a_demo_database_signs_in_the_demo_member_named_without_a_password(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    actor = signed_in_actor(demo_db, args_for(db_path, "o.bondar"))
    assert (actor.username, actor.role) == ("o.bondar", Role.CASEWORKER)
    with pytest.raises(SignInError) as unknown:
        signed_in_actor(demo_db, args_for(db_path, "nobody"))
    assert unknown.value.message == "Wrong user name or password."
    with unit_of_work(demo_db, actor) as session:
        session.exec(select(User).where(User.username == "o.bondar")).one().active = False
    with pytest.raises(SignInError) as deactivated:
        signed_in_actor(demo_db, args_for(db_path, "o.bondar"))
    assert "deactivated" in deactivated.value.message


# --- signing in, as a user sees it (a process) -------------------------------------------


@pytest.fixture
def staff(db: Database, admin: User, supervisor: User, caseworker: User) -> list[User]:
    return [admin, supervisor, caseworker]


def failed_sign_ins(db_path: Path) -> list[tuple[int | None, dict[str, str]]]:
    rows = query(
        db_path, "SELECT user_id, changes FROM audit_entry WHERE action = 'sign_in_failed'"
    )
    return [(user_id, json.loads(changes)) for user_id, changes in rows]


def stats_as(db_path: Path, folder: Path, *sign_in_args: str) -> subprocess.CompletedProcess[str]:
    return run("stats", "--db", str(db_path), *sign_in_args, cwd=folder)


def test_a_wrong_password_is_one_line_and_on_record(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    wrong = password_file(tmp_path, "o.bondar", "не-той-пароль-1")
    result = stats_as(db_path, tmp_path, "--user", "o.bondar", "--password-file", str(wrong))
    assert one_error_line(result) == "ombuds-desk: Wrong user name or password."
    assert result.stdout == ""
    assert failed_sign_ins(db_path) == [
        (
            staff[2].id,
            {
                "username": "o.bondar",
                "via": "command line",
                "refused": "Wrong user name or password.",
            },
        )
    ]


def test_an_unknown_user_is_told_nothing_about_the_staff(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    result = stats_as(
        db_path, tmp_path, *signed_in_as("o.bondar", tmp_path)[2:], "--user", "o.bondr"
    )
    line = one_error_line(result)
    assert line == "ombuds-desk: Wrong user name or password."
    for user in staff:
        assert user.username not in line and user.full_name not in line
    assert failed_sign_ins(db_path) == [
        (
            None,
            {
                "username": "o.bondr",
                "via": "command line",
                "refused": "Wrong user name or password.",
            },
        )
    ]


def test_a_deactivated_user_cannot_sign_in(
    db: Database, db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    admin, _supervisor, caseworker = staff
    with unit_of_work(db, admin) as session:
        assert caseworker.id is not None
        deactivate(session, admin, caseworker.id)
    line = one_error_line(stats_as(db_path, tmp_path, *signed_in_as("o.bondar", tmp_path)))
    assert line == "ombuds-desk: This account has been deactivated. Ask an admin if you need it."
    assert [user_id for user_id, _ in failed_sign_ins(db_path)] == [caseworker.id]


def test_a_locked_account_says_until_when(
    db: Database, db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            auth.sign_in(db, "o.bondar", "не-той-пароль-1")
    ((locked_until,),) = query(db_path, "SELECT locked_until FROM user WHERE username = 'o.bondar'")
    until = as_utc(datetime.fromisoformat(locked_until)).astimezone()
    # Even the right password is refused until then.
    line = one_error_line(stats_as(db_path, tmp_path, *signed_in_as("o.bondar", tmp_path)))
    assert line == (
        "ombuds-desk: Too many wrong passwords: the account is locked until "
        f"{until.strftime('%H:%M on %d.%m.%Y')}. An admin can unlock it sooner."
    )
    assert len(failed_sign_ins(db_path)) == MAX_FAILED_SIGN_INS + 1


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o620, 0o604, 0o602])
def test_a_password_file_others_can_read_or_change_is_refused(
    mode: int, db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    path = password_file(tmp_path, "o.bondar")
    path.chmod(mode)
    line = one_error_line(
        stats_as(db_path, tmp_path, "--user", "o.bondar", "--password-file", str(path))
    )
    assert line == (
        f"ombuds-desk: The password file {path} can be read or changed by other users: make it "
        f"private with chmod 600 {path} and try again."
    )
    assert failed_sign_ins(db_path) == []  # no password was even tried
    path.chmod(0o400)  # the owner's alone, read-only: fine
    assert (
        stats_as(db_path, tmp_path, "--user", "o.bondar", "--password-file", str(path)).returncode
        == 0
    )


def test_a_missing_password_file_is_named(db_path: Path, staff: list[User], tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "password.txt"
    line = one_error_line(
        stats_as(db_path, tmp_path, "--user", "o.bondar", "--password-file", str(path))
    )
    assert line.startswith(f"ombuds-desk: The password file {path} does not exist")
    assert f"chmod 600 {path}" in line


def test_the_password_is_the_first_line_of_the_file(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    path = password_file(tmp_path, "o.bondar")
    path.write_text(f"{PASSWORDS['o.bondar']}\r\nthe second line is not read\n")
    assert (
        stats_as(db_path, tmp_path, "--user", "o.bondar", "--password-file", str(path)).returncode
        == 0
    )
    path.write_text("\n" + PASSWORDS["o.bondar"])
    assert "is empty" in one_error_line(
        stats_as(db_path, tmp_path, "--user", "o.bondar", "--password-file", str(path))
    )


def test_without_a_terminal_the_password_must_come_from_a_file(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    line = one_error_line(stats_as(db_path, tmp_path, "--user", "o.bondar"))
    assert line == (
        "ombuds-desk: There is no terminal to type the password on: give it on the first line "
        "of a file only you can read, with --password-file FILE."
    )
    assert failed_sign_ins(db_path) == []


def test_the_password_typed_at_the_terminal_is_not_echoed(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    typed = run_in_terminal(
        "stats",
        "--json",
        "--db",
        str(db_path),
        "--user",
        "o.bondar",
        cwd=tmp_path,
        answers=[PASSWORDS["o.bondar"]],
    )
    assert typed.status == 0, typed.screen
    assert typed.screen.startswith("Password for o.bondar: ")
    assert PASSWORDS["o.bondar"] not in typed.screen
    assert '"total_cases": 0' in typed.screen
    wrong = run_in_terminal(
        "stats",
        "--db",
        str(db_path),
        "--user",
        "o.bondar",
        cwd=tmp_path,
        answers=["не-той-пароль-1"],
    )
    assert wrong.status == 1
    assert "ombuds-desk: Wrong user name or password." in wrong.screen
    assert "не-той-пароль-1" not in wrong.screen
    assert len(failed_sign_ins(db_path)) == 1


def test_a_real_database_asks_who_signs_in(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    line = one_error_line(stats_as(db_path, tmp_path))
    assert line.startswith("ombuds-desk: Sign in with --user NAME")


def test_the_demo_signs_in_by_itself_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--persons", "5", cwd=tmp_path).returncode == 0
    as_demo = run("settings", "set", "stalled_after_days", "40", "--db", str(path), cwd=tmp_path)
    assert as_demo.returncode == 0, as_demo.stderr
    assert query(
        path,
        "SELECT u.username FROM audit_entry a JOIN user u ON u.id = a.user_id "
        "WHERE a.changes LIKE '%stalled_after_days%'",
    ) == [("n.rudenko",)]
    # --user names another demo member of staff, signed in without a password.
    line = one_error_line(
        run(
            "settings",
            "set",
            "stalled_after_days",
            "41",
            "--db",
            str(path),
            "--user",
            "o.bondar",
            cwd=tmp_path,
        )
    )
    assert line.startswith("ombuds-desk: Only a supervisor or admin can change the office")
    assert line.endswith("you are signed in as a caseworker.")


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
