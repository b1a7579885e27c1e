"""The registry of ``ombuds-desk`` sub-commands and what every command shares.

A feature adds its commands in its own module under ``ombuds_desk/commands/``::

    def _find_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("text")

    @command("find", "search the register", _find_args)
    def find(args: argparse.Namespace) -> int: ...

and lists the module in ``ombuds_desk/commands/__init__.py``. Every command gets ``--db``
and ``--user``; errors raised as ``DomainError`` end it with one line on stderr, status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core import users
from ombuds_desk.services.startup import prepare_database
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import resolve_db, sqlite_path

PROG = "ombuds-desk"

Handler = Callable[[argparse.Namespace], int]
AddArguments = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: AddArguments
    handler: Handler


COMMANDS: dict[str, Command] = {}


def command(
    name: str, help: str, add_arguments: AddArguments | None = None
) -> Callable[[Handler], Handler]:
    """Register a handler as the sub-command ``name``."""

    def register(handler: Handler) -> Handler:
        COMMANDS[name] = Command(name, help, add_arguments or (lambda _parser: None), handler)
        return handler

    return register


def say(message: str) -> None:
    """Progress and notes for a person at a terminal: stderr, so stdout stays data."""
    print(message, file=sys.stderr, flush=True)


def open_db(args: argparse.Namespace, *, demo: bool = False) -> Database:
    """The database named by ``--db`` (or the environment, or the default), opened."""
    url = resolve_db(args.db, demo=demo)
    path = sqlite_path(url)
    is_new = path is not None and not path.exists()
    db = open_database(url, demo=demo)
    if is_new:
        # A mistyped --db would otherwise answer with the zeros of an empty register.
        say(f"Note: there was no database at {path}; a new, empty one was created.")
    prepare_database(db)
    return db


def actor_of(db: Database, args: argparse.Namespace) -> User:
    """The staff member the command acts as (``--user``, else the login name)."""
    return users.acting_user(db, args.user)


def parse_day(text: str) -> date:
    """An argparse type for ``--on`` dates: YYYY-MM-DD or DD.MM.YYYY."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)")


def print_json(value: Any) -> None:
    """JSON on stdout, Cyrillic as it is, dates as ISO text."""
    # One write: json.dump to a text stream writes every token separately (seconds at 50k).
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=_plain) + "\n")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def fail(message: str, status: int = 1) -> int:
    text = " ".join(message.split())  # one line, always
    print(f"{PROG}: {text}", file=sys.stderr)
    return status
