"""The ``ombuds-desk`` command: builds the parser and hands the parsed arguments to a command.

Every command, the window's ``gui`` included, is a module of ``ombuds_desk.commands`` (see
``commands/registry.py`` for how one is added); with no command, ``gui`` runs. Every command
takes ``--db PATH|URL``, ``--user NAME`` and ``--password-file FILE``: on a database with staff
a command signs in first (``registry.signed_in_actor``). What a command cannot do ends it with
one line on stderr (``ombuds-desk: <why>``) and exit status 1; output cut short by a closed
pipe (``ombuds-desk stalled | head``) ends it quietly with status 0.
"""

from __future__ import annotations

# ruff: noqa: E402 (the collector is paused, asyncio deferred, before the imports below)
import gc
import os

from ombuds_desk import collector, pyside_sources, unused_modules

# Paused through the start (collector.py); importing this module alone leaves it as it was.
_COLLECTING = collector.pause()
# Where Qt was imported before this module (a wrapper that times the start): PySide's check
# of every module imported from here on made cheap (pyside_sources.py).
pyside_sources.install()
# Before SQLAlchemy imports asyncio, which no engine of the app uses, and importlib.metadata,
# which the app reads no entry point of (unused_modules.py).
unused_modules.defer_unused()
# pydantic looks for plugins among every installed package's entry points when its first
# model is made (importlib.metadata read and every package's metadata scanned); the app
# has none, and no foreign code is to hook into its validation. One set by the user stays.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from ombuds_desk import APP_NAME, __version__
from ombuds_desk.commands import INDEX, argparse_words, load, output
from ombuds_desk.commands.registry import COMMANDS, PROG, Command, add_common_arguments, fail
from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import Language, translate

DEFAULT_COMMAND = "gui"
# The options before a command that take a value (the next word is not a command).
VALUED_OPTIONS = frozenset({"--db", "--user", "--password-file", "--passphrase-file", "--lang"})

collector.resume(_COLLECTING)


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
        description=translate(
            "CommandLine",
            "{app}: case management for captives and evacuees. With no command, opens the "
            "main window.",
        ).format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    add_common_arguments(parser, None)
    # Plain `ombuds-desk --demo` runs the default command, so its options are also top-level.
    COMMANDS[DEFAULT_COMMAND].add_arguments(parser)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=translate("CommandLine", "commands")
    )
    listed = [
        COMMANDS.get(name) or Command(name, entry.help, lambda _parser: None, _not_loaded)
        for name, entry in INDEX.items()
    ]
    listed += [cmd for name, cmd in COMMANDS.items() if name not in INDEX]
    for cmd in listed:
        # The help lines are declared in English (commands.INDEX); read in the language of
        # the command line, installed before the parser is built.
        said = translate("Commands", cmd.help)
        sub = subparsers.add_parser(cmd.name, help=said, description=said)
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


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` (``--lang uk`` or ``--lang=uk``), read before the
    parser is built so that its help is in that language; None when not given."""
    words = list(argv)
    for i, word in enumerate(words):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
    return None


def install_language(explicit: str | None) -> Language:
    """The command line's messages and printouts in ``--lang``, else the language of the
    environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them); argparse's
    own words (``usage:``) follow. Returns the language installed."""
    name = explicit or next(
        (os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), None
    )
    language = Language.from_locale(name)
    output.set_language(language)
    argparse_words.install(language is not Language.EN)
    from ombuds_desk.store.translations import catalogue

    # English too: its catalogue holds the plural forms of the %n texts (1 page, 2 pages);
    # every other text is the English source as written.
    i18n.install(catalogue(language))
    return language


def main(argv: Sequence[str] | None = None, *, today: date | None = None) -> int:
    """Run ``ombuds-desk ARGV``. ``today`` is the office's day the command works on
    (``registry.office_today``): a test's fixed day, never an option a user could set."""
    words = sys.argv[1:] if argv is None else list(argv)
    load_commands(words)
    wanted = requested_language(words)
    # A mistyped --lang is argparse's to refuse (in English: no language was chosen).
    install_language(wanted if wanted in {lang.value for lang in Language} else None)
    args = build_parser().parse_args(words)
    args.office_day = today
    name = args.command or DEFAULT_COMMAND
    if name != DEFAULT_COMMAND:
        return _handle(name, args)
    # The window's start: the collector paused until the window shows (collector.py), or
    # until the start ends without it.
    running = collector.pause()
    try:
        return _handle(name, args)
    finally:
        if not gc.isenabled():
            collector.resume(running)


def _handle(name: str, args: argparse.Namespace) -> int:
    """Run the command ``name``; what it cannot do is one line (see the module's doc)."""
    handler = COMMANDS[name].handler
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
    except OSError as exc:
        if exc.filename:
            return fail(
                translate("CommandLine", "cannot use {path}: {why}").format(
                    path=exc.filename, why=(exc.strerror or str(exc)).lower()
                )
            )
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail(translate("CommandLine", "interrupted; nothing more was saved"), status=130)
    except Exception as exc:
        # SQLAlchemy is imported only once a command opens a database (the window's frame
        # shows before it): an error that is not its own goes on as before.
        errors = sys.modules.get("sqlalchemy.exc")
        if errors is None or not isinstance(exc, errors.SQLAlchemyError):
            raise
        return fail(
            translate("CommandLine", "the database {name} cannot be used: {why}").format(
                name=args.db or "", why=str(exc).splitlines()[0]
            )
        )
