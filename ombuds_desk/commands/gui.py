"""``ombuds-desk gui`` (and plain ``ombuds-desk``): open the main window.

The window opens the database itself, so that a database that cannot be used is explained
in a dialog (with its ways out) and not only on a terminal that a desktop start does not
have; this module gives it the opener: open and migrate, build the demo office on first use,
bring the search keys up to date. Who uses the window signs in inside it (``--user`` fills
in the user name); a demo database signs its demo supervisor in by itself.

``--demo`` opens the demo database, kept apart from the real one and built with
``DEMO_PERSONS`` synthetic cases on first use. Qt is imported only here and only when a
window is wanted, so that every headless command runs without it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ombuds_desk import collector
from ombuds_desk.commands import output
from ombuds_desk.commands.demo import DEMO_PERSONS, DEMO_SEED, build_demo_database
from ombuds_desk.commands.registry import PROG, command, fail, say
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.store.locations import default_db_path, resolve_db, sqlite_path

if TYPE_CHECKING:
    # Imported when the opener runs: the window's frame shows before SQLAlchemy and the
    # tables are imported (ui/shell/app.py).
    from ombuds_desk.store.database import Database


def _has_persons(db: Database) -> bool:
    from sqlalchemy import select
    from sqlmodel import col

    from ombuds_desk.domain.people import Person

    # One row is enough: a count walked an index of the whole register (100,000 persons).
    with db.reading() as session:
        return session.execute(select(col(Person.id)).limit(1)).first() is not None


def _rekey_printer() -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if done == total or done % 20_000 == 0:
            say(
                translate("Window", "Updating search keys: {done} / {total} persons").format(
                    done=output.number(done), total=output.number(total)
                )
            )

    return show


def window_opener(demo: bool) -> Callable[[str], Database]:
    """What the window calls to open a database (again, or another one the user chose):
    open and migrate it, fill a new demo database, update its search keys.

    Raises ``DatabaseUnavailableError`` with a message fit for the user.
    """

    def open_for_window(url: str) -> Database:
        from ombuds_desk.services.startup import prepare_database
        from ombuds_desk.store.database import open_database

        path = sqlite_path(url)
        # Demo data goes only into a new SQLite file or the default demo file; a server
        # database gets it only by the explicit `ombuds-desk demo --db URL`.
        is_new = path is not None and not path.exists()
        db = open_database(url, demo=demo)
        try:
            default_demo = path is not None and path.resolve() == default_db_path(True).resolve()
            # Asked last: a demo file named with --db that existed is never filled.
            if demo and (is_new or default_demo) and not _has_persons(db):
                say(
                    translate("Window", "Building the demo database {display_name} (once)…").format(
                        display_name=db.display_name
                    )
                )
                with collector.collecting():
                    build_demo_database(db, DEMO_PERSONS, seed=DEMO_SEED)
            with collector.collecting():
                rekeyed = prepare_database(db, progress=_rekey_printer())
            if rekeyed:
                say(translate("Window", "Search keys updated to the current spelling rules."))
        except BaseException:
            db.dispose()
            raise
        return db

    return open_for_window


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    """The window's options; the top-level parser has them too, for plain ``ombuds-desk``."""
    parser.add_argument(
        "--demo",
        action="store_true",
        # SUPPRESS: `ombuds-desk --demo gui` keeps the --demo given before the command.
        default=argparse.SUPPRESS,
        help=translate(
            "Window",
            "open the demo database (built with {DEMO_PERSONS} synthetic cases "
            "on first use), kept apart from the real one",
        ).format(DEMO_PERSONS=output.number(DEMO_PERSONS)),
    )


@command("gui", "open the main window (what plain `ombuds-desk` does)", add_gui_arguments)
def gui(args: argparse.Namespace) -> int:
    demo = bool(getattr(args, "demo", False))
    url = resolve_db(args.db, demo=demo)
    try:
        from ombuds_desk.ui.shell.app import run_gui  # Qt only when a window is wanted
    except ImportError as exc:
        return fail(translate("Window", "the window cannot be opened: {exc}").format(exc=exc))
    problem = _take_passphrase_file(args, url)
    if problem:
        return fail(problem)
    username = getattr(args, "user", None) or ""
    return run_gui(
        url,
        window_opener(demo),
        username,
        [sys.argv[0] if sys.argv else PROG],
        getattr(args, "lang", None),
    )


def _take_passphrase_file(args: argparse.Namespace, url: str) -> str | None:
    """An encrypted database's ``--passphrase-file`` checked and kept in memory, so the
    window does not ask for it; the message when it cannot be used."""
    file = getattr(args, "passphrase_file", None)
    path = sqlite_path(url)
    if file is None or path is None:
        return None
    from ombuds_desk.commands.passwords import read_password_file
    from ombuds_desk.store import encryption

    if not encryption.looks_encrypted(path):
        return None
    try:
        encryption.check_passphrase(path, read_password_file(file))
    except DomainError as exc:
        return str(exc)
    return None
