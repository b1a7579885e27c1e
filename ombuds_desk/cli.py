"""The ``ombuds-desk`` command: the GUI by default, and headless commands.

Each command is a pair registered with :func:`command`: a function that adds its options
to its sub-parser, and a handler taking the parsed arguments and returning an exit code.
A new command is one decorated handler::

    def _find_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("text")

    @command("find", "search the register", _find_args)
    def find(args: argparse.Namespace) -> int: ...

Every command takes ``--db PATH|URL`` and ``--user NAME``. A database that cannot be used
ends the command with one line on stderr (``ombuds-desk: <why>``) and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

import ombuds_desk.commands
import ombuds_desk.domain.models  # noqa: F401  (every table mapped before any ORM write)
from ombuds_desk import APP_NAME, __version__
from ombuds_desk.commands.registry import COMMANDS, PROG, command, fail, open_db, say
from ombuds_desk.demo import builder as demo_data
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core import office_settings, users
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.startup import prepare_database
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import default_db_path, resolve_db, sqlite_path

DEMO_PERSONS = 2500


def _has_persons(db: Database) -> bool:
    with db.reading() as session:
        return bool(session.execute(select(func.count()).select_from(Person)).scalar_one())


def _progress_printer() -> Callable[[int, int], None]:
    interactive = sys.stderr.isatty()
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if interactive:
            end = "\n" if done >= total else ""
            print(f"\rBuilding demo data: {done:,} / {total:,} persons", end=end, file=sys.stderr)
        elif percent // 25 != last[0] // 25 or done >= total:
            say(f"Building demo data: {done:,} / {total:,} persons")
        last[0] = percent

    return show


def _rekey_printer() -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if done == total or done % 20_000 == 0:
            say(f"Updating search keys: {done:,} / {total:,} persons")

    return show


def _build(db: Database, persons: int, seed: int) -> float:
    """Build demo data into ``db``; print a summary to stdout; returns the seconds taken."""
    started = time.perf_counter()
    summary = demo_data.build_demo(db, persons=persons, seed=seed, progress=_progress_printer())
    seconds = time.perf_counter() - started
    print(
        f"Demo database {db.display_name}\n"
        f"  {summary.persons:,} persons ({summary.captives:,} captives, "
        f"{summary.evacuees:,} evacuees), {summary.users} staff users\n"
        f"  {summary.contacts:,} contacts, {summary.status_events:,} status events, "
        f"{summary.notes:,} notes\n"
        f"  {summary.blocked:,} blocked, {summary.finished:,} finished\n"
        f"  {summary.items:,} letters and other items, {summary.parcels:,} parcels, "
        f"{summary.mail_events:,} mail events\n"
        f"  {summary.shipments} shipments, {summary.acknowledgement_lines:,} acknowledged "
        f"numbers, {summary.campaigns} campaigns\n"
        f"  {summary.operations} operations ({summary.operation_members:,} persons), "
        f"{summary.reviews} case reviews\n"
        f"Built in {seconds:.1f} s"
    )
    return seconds


# --- commands ----------------------------------------------------------------------------


def _gui_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help=f"open the demo database (built with {DEMO_PERSONS:,} synthetic cases on first "
        "use), kept apart from the real one",
    )


@command("gui", "open the main window (what plain `ombuds-desk` does)", _gui_args)
def gui(args: argparse.Namespace) -> int:
    demo = bool(getattr(args, "demo", False))
    url = resolve_db(args.db, demo=demo)
    path = sqlite_path(url)
    # Demo data goes only into a new SQLite file or the default demo file; a server database
    # gets it only by the explicit `ombuds-desk demo --db URL`.
    is_new = path is not None and not path.exists()
    db = open_database(url, demo=demo)
    try:
        default_demo = path is not None and path.resolve() == default_db_path(True).resolve()
        if demo and not _has_persons(db) and (is_new or default_demo):
            say(f"Building the demo database {db.display_name} (once)…")
            _build(db, DEMO_PERSONS, seed=2026)
        if prepare_database(db, progress=_rekey_printer()):
            say("Search keys updated to the current spelling rules.")
        actor = users.acting_user(db, args.user)
        try:
            from ombuds_desk.ui.shell.app import run_gui  # Qt only when a window is wanted
        except ImportError as exc:
            return _fail(f"the window cannot be opened: {exc}")
        return run_gui(db, actor, [sys.argv[0] if sys.argv else PROG])
    finally:
        db.dispose()


def _init_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--office", metavar="NAME", help="the office's name, printed on reports")


@command("init", "create and migrate a database (empty), or upgrade an existing one", _init_args)
def init(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.office is not None:
            # Nobody is made a user by init; the change is recorded under no one's name.
            actor = User(id=None, username=args.user or users.login_name(), full_name="")
            with unit_of_work(db, actor) as session:
                office_settings.set_setting(
                    session, None, office_settings.OFFICE_NAME, args.office.strip()
                )
        state = " (read-only)" if db.read_only else ""
        print(f"Database ready: {db.display_name}{state} (schema {migrate.head_revision()})")
        if db.backup_made is not None:
            print(f"The older database was copied first to {db.backup_made}")
        return 0
    finally:
        db.dispose()


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--persons",
        type=int,
        default=DEMO_PERSONS,
        metavar="N",
        help=f"how many synthetic cases (default {DEMO_PERSONS:,})",
    )
    parser.add_argument(
        "--seed", type=int, default=2026, metavar="S", help="the same seed gives the same data"
    )


@command("demo", "build a demo database of synthetic cases (headless)", _demo_args)
def demo(args: argparse.Namespace) -> int:
    db = open_db(args, demo=True)
    try:
        _build(db, args.persons, args.seed)
        return 0
    finally:
        db.dispose()


# --- the parser ---------------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help="a SQLite file or an SQLAlchemy URL such as postgresql+psycopg://user@host/db "
        "(default: $OMBUDS_DESK_DB, else a file in your data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="act as this staff username (default: your login name)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: case management for captives and evacuees. "
        "With no command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, None)
    _gui_args(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in COMMANDS.values():
        sub = subparsers.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        # SUPPRESS: an option given before the command is not reset by the sub-parser.
        _common(sub, argparse.SUPPRESS)
        cmd.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = COMMANDS[args.command or "gui"].handler
    try:
        return handler(args)
    except DomainError as exc:
        return _fail(exc.message)
    except SQLAlchemyError as exc:
        return _fail(f"the database {args.db or ''} cannot be used: {str(exc).splitlines()[0]}")
    except OSError as exc:
        if exc.filename:
            return _fail(f"cannot use {exc.filename}: {(exc.strerror or str(exc)).lower()}")
        return _fail(str(exc))
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return _fail("interrupted; nothing more was saved", status=130)


_fail = fail
