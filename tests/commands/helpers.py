"""Running ``ombuds-desk`` as a user runs it, signed in with a password file or at a real
pseudo-terminal, and reading what it wrote, for the tests of the command line and of each
command.

:func:`run` calls the command line's own ``main`` in this process, as the console script
does, with the environment, the working folder, stdin and stdout of a command started from a
script (no terminal: ``getpass`` falls back as it does without one, and is refused). Starting
a Python process per command costs seconds on a busy two-core machine; what only a process
shows (its exit at a closed pipe, a terminal, the modules it imports, a kill) is run in one:
:func:`run_process` and :func:`run_in_terminal`."""

from __future__ import annotations

import getpass
import io
import os
import pty
import select
import sqlite3
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ombuds_desk import cli
from tests.conftest import PASSWORDS

# The day every command :func:`run` starts works on (``cli.main``'s ``today``), set by the
# ``real_today`` fixture (tests/commands/conftest.py) for the test that asks for it; else
# the command reads the clock itself.
command_day: date | None = None


def environment(folder: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment, with every default location inside ``folder``."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("OMBUDS_DESK_DB", "PYTEST_ADDOPTS")
    }
    environment |= {"HOME": str(folder), "XDG_DATA_HOME": str(folder / "data")}
    return environment | (env or {})


def _getpass_without_a_terminal(prompt: str = "Password: ", stream: TextIO | None = None) -> str:
    """What ``getpass`` does with no controlling terminal (its ``fallback_getpass``): warn
    that the password would be echoed, then read stdin; the command refuses on the warning."""
    warnings.warn("Can not control echo on the terminal.", getpass.GetPassWarning, stacklevel=2)
    print(prompt, end="", file=stream or sys.stderr)
    return sys.stdin.readline().rstrip("\n")


@contextmanager
def _as_a_script(cwd: Path, env: dict[str, str]) -> Iterator[None]:
    """This process's environment, folder, stdin and terminal as a script's, then back."""
    saved_environ, saved_cwd = dict(os.environ), Path.cwd()
    saved_stdin, saved_getpass = sys.stdin, getpass.getpass
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.stdin = io.StringIO("")
    getpass.getpass = _getpass_without_a_terminal
    try:
        yield
    finally:
        getpass.getpass = saved_getpass
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_environ)


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``ombuds-desk ARGS`` through ``cli.main`` in this process, from a script's seat: no
    terminal and nothing on stdin, so a password can only come from a file."""
    out, err = io.StringIO(), io.StringIO()
    with _as_a_script(cwd, environment(cwd, env)), redirect_stdout(out), redirect_stderr(err):
        try:
            status = cli.main(list(args), today=command_day)
        except SystemExit as exc:  # argparse: --help (0), a usage error (2)
            status = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    return subprocess.CompletedProcess(
        ["ombuds-desk", *args], status, out.getvalue(), err.getvalue()
    )


def run_process(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command in a process and a session of its own, with no terminal and nothing on
    stdin."""
    return subprocess.run(
        [sys.executable, "-m", "ombuds_desk", *args],
        cwd=cwd,
        env=environment(cwd, env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=240,
        start_new_session=True,
    )


def password_file(folder: Path, username: str, password: str | None = None) -> Path:
    """A file holding ``password`` (the fixture user's own by default), readable by its owner
    only, as ``--password-file`` wants it."""
    path = folder / "passwords" / f"{username}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text((PASSWORDS[username] if password is None else password) + "\n")
    path.chmod(0o600)
    return path


def signed_in_as(username: str, folder: Path) -> tuple[str, ...]:
    """``--user USERNAME --password-file FILE`` with the fixture user's password."""
    return ("--user", username, "--password-file", str(password_file(folder, username)))


def run_on(
    db_path: Path, *args: str, cwd: Path, user: str = "o.bondar"
) -> subprocess.CompletedProcess[str]:
    """``ombuds-desk ARGS --db DB_PATH`` signed in as ``user`` (the caseworker of
    ``tests/conftest.py`` unless another is named) with a password file."""
    return run(*args, "--db", str(db_path), *signed_in_as(user, cwd), cwd=cwd)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ombuds-desk: ")
    return lines[0]


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# --- a real terminal ----------------------------------------------------------------------

# Started in a session of its own, the command takes the pseudo-terminal on its stdin as its
# controlling terminal (TIOCSCTTY), so that getpass opens /dev/tty as it does for a person.
_TERMINAL_LAUNCHER = (
    "import fcntl, os, sys, termios\n"
    "fcntl.ioctl(0, termios.TIOCSCTTY, 0)\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'ombuds_desk', *sys.argv[1:]])\n"
)


@dataclass(frozen=True)
class TerminalRun:
    status: int
    screen: str  # everything the terminal showed: prompts, what was echoed, the output


def run_in_terminal(*args: str, cwd: Path, answers: list[str], timeout: float = 120) -> TerminalRun:
    """Run ``ombuds-desk ARGS`` at a pseudo-terminal and type each of ``answers`` (then
    Enter) when the terminal shows a prompt (a line ending in ": ")."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", _TERMINAL_LAUNCHER, *args],
        cwd=cwd,
        env=environment(cwd),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
    )
    os.close(slave)
    screen, pending, deadline = b"", list(answers), time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the command has ended and closed the terminal
                    break
                if not chunk:
                    break
                screen += chunk
            if pending and screen.rstrip(b" ").endswith(b":") and screen.endswith(b": "):
                os.write(master, pending.pop(0).encode() + b"\n")
                screen += b"\n"  # where the typed line would have been echoed
        status = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    assert not pending, f"the command asked for fewer answers than given: {screen!r}"
    return TerminalRun(status, screen.decode(errors="replace").replace("\r\n", "\n"))
