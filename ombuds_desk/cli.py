"""The ``ombuds-desk`` command: builds the parser and hands the parsed arguments to a command.

Every command, the window's ``gui`` included, is a module of ``ombuds_desk.commands`` (see
``commands/registry.py`` for how one is added); with no command, ``gui`` runs. Every command
takes ``--db PATH|URL``, ``--user NAME`` and ``--password-file FILE``: on a database with staff
a command signs in first (``registry.signed_in_actor``). What a command cannot do ends it with
one line on stderr (``ombuds-desk: <why>``) and exit status 1; output cut short by a closed
pipe (``ombuds-desk stalled | head``) ends it quietly with status 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

import ombuds_desk.commands  # noqa: F401  (importing the package registers every command)
from ombuds_desk import APP_NAME, __version__
from ombuds_desk.commands.registry import COMMANDS, PROG, add_common_arguments, fail
from ombuds_desk.domain.errors import DomainError

DEFAULT_COMMAND = "gui"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: case management for captives and evacuees. "
        "With no command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common_arguments(parser, None)
    # Plain `ombuds-desk --demo` runs the default command, so its options are also top-level.
    COMMANDS[DEFAULT_COMMAND].add_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in COMMANDS.values():
        sub = subparsers.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        # SUPPRESS: an option given before the command is not reset by the sub-parser.
        add_common_arguments(sub, argparse.SUPPRESS)
        cmd.add_arguments(sub)
    return parser


def _silence_stdout() -> None:
    # The reader is gone: point stdout at devnull, so that the interpreter's last flush at
    # exit does not fail again and print "Exception ignored ... BrokenPipeError".
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = COMMANDS[args.command or DEFAULT_COMMAND].handler
    try:
        status = handler(args)
        # Output still buffered would meet a closed pipe only at exit, past the handler below.
        # A windowed build (pythonw) has no stdout at all.
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except BrokenPipeError:
        # Before OSError, its base class. Output piped into `head` and the like: stop
        # quietly, as other tools do.
        _silence_stdout()
        return 0
    except DomainError as exc:
        return fail(exc.message)
    except SQLAlchemyError as exc:
        return fail(f"the database {args.db or ''} cannot be used: {str(exc).splitlines()[0]}")
    except OSError as exc:
        if exc.filename:
            return fail(f"cannot use {exc.filename}: {(exc.strerror or str(exc)).lower()}")
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted; nothing more was saved", status=130)
