"""The ``ombuds-desk`` command, run as a user runs it (in a process): the parser, the one-line
errors every command shares, a closed pipe, no Qt for the headless commands, and the role
table held through the command line.

Each command's own tests are in ``tests/commands/``, one file a module: what every command
shares (the registry, ``open_db``, ``fail``, …) in ``tests/commands/test_registry.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.cli import requested_command
from ombuds_desk.commands import INDEX, load_all
from ombuds_desk.commands.registry import COMMANDS
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.store.database import Database
from tests.commands.helpers import (
    environment,
    one_error_line,
    password_file,
    query,
    run,
    run_on,
    run_process,
    signed_in_as,
)
from tests.services.helpers import register


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    for word in (
        "init",
        "demo",
        "users",
        "settings",
        "audit",
        "--db",
        "--demo",
        "--user",
        "--password-file",
    ):
        assert word in result.stdout
    assert run("demo", "--help", cwd=tmp_path).returncode == 0
    for command in (["users", "add"], ["settings", "set"], ["audit", "verify"]):
        sub = run(*command, "--help", cwd=tmp_path)
        assert sub.returncode == 0 and "--password-file" in sub.stdout, command


def test_a_command_in_a_process_of_its_own_signs_in_and_saves(
    db: Database, db_path: Path, caseworker: User, tmp_path: Path
) -> None:
    """The other tests call ``cli.main`` in the test's process; this is the command as a
    script starts it, ``python -m ombuds_desk``, with its exit status and output."""
    number = register(db, caseworker, date.today()).case_number
    args = ("status", number, "confirmed", "--db", str(db_path))
    result = run_process(*args, *signed_in_as("o.bondar", tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert number in result.stdout
    assert query(db_path, f"SELECT status FROM person WHERE case_number = '{number}'") == [
        ("confirmed",)
    ]
    wrong = run_process(*args, "--user", "o.bondar", cwd=tmp_path)
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("ombuds-desk: There is no terminal to type the password on")


# The window (no command) says it in a dialog instead: tests/ui/shell/test_start.py.
@pytest.mark.parametrize("command", [["init"], ["demo", "--persons", "3"], ["stats"]])
def test_a_file_that_is_not_a_database_is_one_line_and_left_alone(
    tmp_path: Path, command: list[str]
) -> None:
    garbage = tmp_path / "x.sqlite3"
    garbage.write_text("hello\n")
    line = one_error_line(run(*command, "--db", str(garbage), cwd=tmp_path))
    assert str(garbage) in line and "not an Ombuds Desk database" in line
    assert garbage.read_text() == "hello\n"


def test_a_folder_where_a_file_should_be_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    line = one_error_line(run("init", "--db", str(tmp_path / "folder"), cwd=tmp_path))
    assert "folder" in line


def test_a_parent_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a folder")
    line = one_error_line(
        run("init", "--db", str(tmp_path / "notes.txt" / "db.sqlite3"), cwd=tmp_path)
    )
    assert "notes.txt" in line


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes read-only files"
)
def test_a_read_only_database_cannot_be_changed(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    secret = password_file(tmp_path, "admin")
    created = run(
        "init", "--db", str(path), "--admin", "admin", "--password-file", str(secret), cwd=tmp_path
    )
    assert created.returncode == 0, created.stderr
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        line = one_error_line(
            run_on(path, "settings", "set", "office_name", "X", cwd=tmp_path, user="admin")
        )
        assert "read-only" in line
    finally:
        tmp_path.chmod(0o755)


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/nothing"
    line = one_error_line(run("init", "--db", url, cwd=tmp_path))
    assert "127.0.0.1" in line


def test_an_unknown_kind_of_url_is_one_line(tmp_path: Path) -> None:
    line = one_error_line(run("init", "--db", "nosuchdb://somewhere/x", cwd=tmp_path))
    assert "nosuchdb" in line


def test_headless_commands_never_import_qt(tmp_path: Path) -> None:
    """Importing the command line and running commands that open no window loads no Qt (a
    server or a minimal install may have no PySide6 and no display)."""
    path = tmp_path / "office.sqlite3"
    script = (
        "import sys\n"
        "from ombuds_desk.cli import main\n"
        "for argv in (['init'], ['demo', '--persons', '5'], ['stats'], ['stalled', '--json']):\n"
        f"    assert main([*argv, '--db', {str(path)!r}]) == 0, argv\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'ombuds_desk.ui')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


# --- a closed pipe: `ombuds-desk stalled | head -1` ----------------------------------------

# The module-scoped fixture (a demo register of 1,500 persons) is built once, on one
# xdist worker, not once on each (scripts/test.sh runs the tests with --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_cli")

# More than a pipe holds (64 KiB on Linux and macOS) plus the writer's and the reader's
# buffers (8 KiB each): the command is still writing when the reader goes away.
MORE_THAN_A_PIPE_HOLDS = 128 * 1024


# What is piped: a table and a JSON list, each far longer than one line.
PIPED = {"table": ["stalled", "--days", "0"], "json": ["stalled", "--json"]}


@dataclass(frozen=True)
class LargeRegister:
    path: Path
    output: dict[str, bytes]  # each of PIPED's whole output, read to the end


@pytest.fixture(scope="module")
def large_register(tmp_path_factory: pytest.TempPathFactory) -> LargeRegister:
    folder = tmp_path_factory.mktemp("large")
    path = folder / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--persons", "1500", cwd=folder)
    assert result.returncode == 0, result.stderr
    output: dict[str, bytes] = {}
    for name, args in PIPED.items():
        whole = subprocess.run(
            [sys.executable, "-m", "ombuds_desk", "--db", str(path), *args],
            cwd=folder,
            env=environment(folder),
            capture_output=True,
            timeout=240,
        )
        assert whole.returncode == 0, whole.stderr
        # Else the whole output would fit in the pipe and the reader would never cut it.
        assert len(whole.stdout) > MORE_THAN_A_PIPE_HOLDS, name
        output[name] = whole.stdout
    return LargeRegister(path, output)


def console_script() -> list[str]:
    """The installed ``ombuds-desk`` next to this interpreter, as a user starts it."""
    found = shutil.which("ombuds-desk", path=str(Path(sys.executable).parent))
    assert found is not None, "the package is not installed (pip install -e .)"
    return [found]


STARTS: dict[str, Callable[[], list[str]]] = {
    "console script": console_script,
    "python -m": lambda: [sys.executable, "-m", "ombuds_desk"],
}


@pytest.fixture(params=sorted(STARTS))
def start(request: pytest.FixtureRequest) -> list[str]:
    return STARTS[request.param]()


def first_line_then_close(command: list[str], cwd: Path) -> tuple[bytes, int, str]:
    """Run ``command``, read one line of its output and close the pipe, as ``head -1`` does:
    that line, the exit status, and what the command wrote on stderr."""
    with subprocess.Popen(
        command, cwd=cwd, env=environment(cwd), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        process.stdout.close()
        _, stderr = process.communicate(timeout=240)
    return line, process.returncode, stderr.decode()


@pytest.mark.parametrize("piped", sorted(PIPED))
def test_a_closed_pipe_ends_quietly_with_status_0(
    start: list[str], piped: str, large_register: LargeRegister, tmp_path: Path
) -> None:
    command = [*start, "--db", str(large_register.path), *PIPED[piped]]
    line, status, stderr = first_line_then_close(command, tmp_path)
    assert line.endswith(b"\n") and large_register.output[piped].startswith(line)
    assert (status, stderr) == (0, "")


def test_a_pipe_closed_before_the_first_write_ends_quietly_too(
    start: list[str], large_register: LargeRegister, tmp_path: Path
) -> None:
    """A short output is written only when stdout is flushed at the end; the reader is gone
    by then. No "Exception ignored ... BrokenPipeError" from the interpreter's own flush."""
    command = [*start, "--db", str(large_register.path), "stats"]
    with subprocess.Popen(
        command,
        cwd=tmp_path,
        env=environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        process.stdout.close()  # long before the interpreter has even started
        _, stderr = process.communicate(timeout=240)
    assert (process.returncode, stderr.decode()) == (0, "")


# --- the role table, through the command line ---------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One representative command of a kind of work, and how to see that it took effect."""

    action: Action
    args: Callable[[Path, str], list[str]]  # (folder, case number) -> the command's arguments
    took_effect: Callable[[Path, Path, str], bool]  # (database, folder, case number)


def _status_is(status: str) -> Callable[[Path, Path, str], bool]:
    def check(db_path: Path, _folder: Path, number: str) -> bool:
        found = query(db_path, f"SELECT status FROM person WHERE case_number = '{number}'")
        return found == [(status,)]

    return check


def _setting_is(key: str, value: str) -> Callable[[Path, Path, str], bool]:
    def check(db_path: Path, _folder: Path, _number: str) -> bool:
        found = query(db_path, f"SELECT value FROM office_setting WHERE key = '{key}'")
        return found == [(value,)]

    return check


ATTEMPTS = {
    "status change": Attempt(
        Action.CHANGE_STATUS,
        lambda _folder, number: ["status", number, "confirmed"],
        _status_is("confirmed"),
    ),
    "correction": Attempt(
        Action.CORRECT_STATUS,
        lambda _folder, number: [
            "status", number, "repatriated", "--correct", "--reason", "Wrong case in the list",
        ],
        _status_is("repatriated"),
    ),
    "export of personal data": Attempt(
        Action.EXPORT_PERSONAL_DATA,
        lambda folder, _number: ["export", "persons", str(folder / "persons.csv")],
        lambda _db_path, folder, _number: (folder / "persons.csv").exists(),
    ),
    "settings set": Attempt(
        Action.CHANGE_SETTINGS,
        lambda _folder, _number: ["settings", "set", "stalled_after_days", "45"],
        _setting_is("stalled_after_days", "45"),
    ),
    "security setting set": Attempt(
        Action.CHANGE_SECURITY_SETTINGS,
        lambda _folder, _number: ["settings", "set", "idle_lock_minutes", "20"],
        _setting_is("idle_lock_minutes", "20"),
    ),
    "users add": Attempt(
        Action.MANAGE_STAFF,
        lambda folder, _number: [
            "users", "add", "m.jensen", "--name", "Maria Jensen", "--role", "caseworker",
            "--new-password-file", str(password_file(folder, "m.jensen", "тимчасовий-пароль")),
        ],
        lambda db_path, _folder, _number: query(
            db_path, "SELECT COUNT(*) FROM user WHERE username = 'm.jensen'"
        ) == [(1,)],
    ),
    "audit verify": Attempt(
        Action.VERIFY_AUDIT_TRAIL,
        lambda _folder, _number: ["audit", "verify"],
        lambda _db_path, _folder, _number: True,  # it changes nothing: the exit status tells
    ),
}  # fmt: skip

SIGNED_IN_AS = {Role.CASEWORKER: "o.bondar", Role.SUPERVISOR: "s.melnyk", Role.ADMIN: "admin"}


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_the_role_table_holds_on_the_command_line(
    role: Role,
    db: Database,
    db_path: Path,
    admin: User,
    supervisor: User,
    caseworker: User,
    tmp_path: Path,
) -> None:
    """Each kind of work, run as each role: allowed (exit 0, done) or refused with one line
    "Only … can …" (exit 1, nothing done), exactly as ``PERMISSIONS`` says."""
    for kind, attempt in ATTEMPTS.items():
        number = register(db, caseworker, date.today()).case_number
        result = run_on(
            db_path, *attempt.args(tmp_path, number), cwd=tmp_path, user=SIGNED_IN_AS[role]
        )
        if allowed(role, attempt.action):
            assert result.returncode == 0, (kind, result.stderr)
            assert attempt.took_effect(db_path, tmp_path, number), kind
        else:
            line = one_error_line(result)
            assert line.startswith("ombuds-desk: Only "), (kind, line)
            assert f" can {attempt.action.value}" in line, (kind, line)
            if attempt.action is not Action.VERIFY_AUDIT_TRAIL:
                assert not attempt.took_effect(db_path, tmp_path, number), kind


# --- only the command that runs is imported --------------------------------------------------


def test_the_index_of_commands_is_what_their_modules_register() -> None:
    load_all()
    registered = {name: (cmd.handler.__module__, cmd.help) for name, cmd in COMMANDS.items()}
    indexed = {
        name: (f"ombuds_desk.commands.{entry.module}", entry.help) for name, entry in INDEX.items()
    }
    assert registered == indexed


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        ([], None),
        (["--demo", "--db", "office.sqlite3"], None),
        (["--db", "find", "--user", "users"], None),  # values that look like commands
        (["--db=x.sqlite3", "find", "Шевченко"], "find"),
        (["--user", "olena", "--password-file", "pw", "stalled", "--json"], "stalled"),
        (["--", "users"], "users"),
        (["--help"], None),
    ],
)
def test_the_command_named_is_found_before_parsing(argv: list[str], named: str | None) -> None:
    assert requested_command(argv) == named


def test_help_and_the_window_import_no_reportlab_nor_openpyxl(tmp_path: Path) -> None:
    """``--help`` lists every command from the index, and the window's start imports only
    its own command's module: neither waits for the headless commands' libraries."""
    script = (
        "import sys\n"
        "from ombuds_desk.cli import build_parser, load_commands\n"
        "load_commands(['--demo'])\n"
        "help = build_parser().format_help()\n"
        "assert 'review-queue' in help and 'check' in help, help\n"
        "heavy = ('reportlab', 'openpyxl', 'alembic', 'ombuds_desk.commands.lists')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[1],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
