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

from ombuds_desk import APP_NAME, __version__
from ombuds_desk.commands import INDEX, load
from ombuds_desk.commands.registry import COMMANDS, PROG, Command, add_common_arguments, fail
from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import Language

DEFAULT_COMMAND = "gui"
# The options before a command that take a value (the next word is not a command).
VALUED_OPTIONS = frozenset({"--db", "--user", "--password-file", "--passphrase-file", "--lang"})


def requested_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (its first word that is not an option or an option's
    value), or None when none is named (the window)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word in VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def load_commands(argv: Sequence[str]) -> None:
    """Import the window's command module (its options are the top level's too) and that of
    the command ``argv`` runs, no other: ``--help`` lists every command from
    ``commands.INDEX``, and argparse names the choices of a mistyped one from it."""
    load(DEFAULT_COMMAND)
    name = requested_command(argv)
    if name in INDEX:
        load(name)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; a command whose module is not loaded has its name and help
    (from ``commands.INDEX``) and no options of its own."""
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
    listed = [
        COMMANDS.get(name) or Command(name, entry.help, lambda _parser: None, _not_loaded)
        for name, entry in INDEX.items()
    ]
    listed += [cmd for name, cmd in COMMANDS.items() if name not in INDEX]
    for cmd in listed:
        sub = subparsers.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        # SUPPRESS: an option given before the command is not reset by the sub-parser.
        add_common_arguments(sub, argparse.SUPPRESS)
        cmd.add_arguments(sub)
    return parser


def _not_loaded(_args: argparse.Namespace) -> int:
    raise AssertionError("load_commands loads the module of the command that runs")


def _silence_stdout() -> None:
    # The reader is gone: point stdout at devnull, so that the interpreter's last flush at
    # exit does not fail again and print "Exception ignored ... BrokenPipeError".
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def install_language(explicit: str | None) -> None:
    """The command line's messages and printouts in ``--lang``, else the language of the
    environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them)."""
    name = explicit or next(
        (os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), None
    )
    language = Language.from_locale(name)
    if language is Language.EN:
        i18n.install(None)  # the source text is English
        return
    from ombuds_desk.store.translations import catalogue  # reads the .ts files: only if needed

    i18n.install(catalogue(language))


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    load_commands(words)
    args = build_parser().parse_args(words)
    install_language(getattr(args, "lang", None))
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
