"""The registry of ``ombuds-desk`` sub-commands and what every command shares.

A feature adds its commands in its own module under ``ombuds_desk/commands/``::

    def _find_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("text")

    @command("find", "search the register", _find_args)
    def find(args: argparse.Namespace) -> int: ...

and lists the module in ``ombuds_desk/commands/__init__.py``. Every command gets ``--db``,
``--user`` and ``--password-file``; errors raised as ``DomainError`` end it with one line on
stderr, status 1.

Signing in (:func:`signed_in_actor`): on a database with staff, every command acts as the
member of staff named by ``--user``, once their password (typed at the terminal, or the first
line of ``--password-file``, a file only they can read) is theirs; ``auth.sign_in`` records
each attempt. A demo database signs in its demo supervisor by itself, or the demo member of
staff named by ``--user``, without a password; a real database never does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ombuds_desk.commands.passwords import ask_password, read_password_file
from ombuds_desk.domain.i18n import Language, translate
from ombuds_desk.store.locations import resolve_db, sqlite_path
from ombuds_desk.store.url_redaction import redact

if TYPE_CHECKING:
    from ombuds_desk.domain.accounts import User
    from ombuds_desk.store.database import Database

# The database's modules (SQLAlchemy, the tables, the services) are imported where a command
# opens one or signs in, not with the registry: the window's command registers here too, and
# its frame shows before they are imported (ui/shell/app.py).

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


def add_common_arguments(parser: argparse.ArgumentParser, default: object) -> None:
    """``--db``, ``--user`` and ``--password-file``, which every command takes.

    Sub-parsers pass ``argparse.SUPPRESS``, so that an option given before the command is
    not reset by the sub-parser's default.
    """
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help=translate(
            "CommandLine",
            "a SQLite file or an SQLAlchemy URL such as postgresql+psycopg://user@host/db "
            "(default: $OMBUDS_DESK_DB, else a file in your data folder)",
        ),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help=translate(
            "CommandLine",
            "sign in as this member of staff (the password is asked on the terminal)",
        ),
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        default=default,
        help=translate(
            "CommandLine",
            "for scripts: read the password from the first line of FILE, which only you "
            "may read (chmod 600 FILE)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=default,
        help=translate(
            "CommandLine",
            "the language of messages, printouts and the window: en, ru or uk "
            "(default: the window's as chosen in Settings, else $LANG)",
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=default,
        help=translate(
            "CommandLine",
            "for scripts: an encrypted database's passphrase, the first line of FILE, which "
            "only you may read (chmod 600 FILE); without it, it is asked on the terminal",
        ),
    )


def say(message: str) -> None:
    """Progress and notes for a person at a terminal: stderr, so stdout stays data (a
    database URL's password never shown)."""
    print(redact(message), file=sys.stderr, flush=True)


def open_db(
    args: argparse.Namespace,
    *,
    demo: bool = False,
    expect_new: bool = False,
    new_passphrase: str | None = None,
) -> Database:
    """The database named by ``--db`` (or the environment, or the default), opened; a new
    file is announced unless the command is there to make one (``expect_new``), and made
    encrypted with ``new_passphrase`` when one is given. An encrypted file is opened with
    the passphrase of ``--passphrase-file``, or typed at the terminal."""
    from ombuds_desk.services.startup import prepare_database
    from ombuds_desk.store import encryption
    from ombuds_desk.store.database import open_database

    url = resolve_db(args.db, demo=demo)
    path = sqlite_path(url)
    is_new = path is not None and not path.exists()
    passphrase = new_passphrase if is_new else None
    if path is not None and encryption.looks_encrypted(path):
        passphrase = encryption.known_passphrase(path) or passphrase_of(args, path)
    db = open_database(url, demo=demo, passphrase=passphrase)
    if is_new and not expect_new:
        # A mistyped --db would otherwise answer with the zeros of an empty register.
        say(
            translate(
                "CommandLine",
                "Note: there was no database at {path}; a new, empty one was created.",
            ).format(path=path)
        )
    prepare_database(db)
    return db


VIA = "command line"


def passphrase_of(args: argparse.Namespace, path: Path) -> str | None:
    """The passphrase of the encrypted database ``path``: the first line of
    ``--passphrase-file``, or typed at the terminal (never an argument: ``ps`` shows those).
    None without either: opening then says the database needs its passphrase (and a file
    that only looks encrypted, being damaged, can still be restored over)."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_password_file(file)
    if not sys.stdin.isatty():
        return None
    return ask_password(
        translate("CommandLine", "Passphrase of the encrypted database {path}: ").format(path=path),
        "--passphrase-file",
    )


def signed_in_actor(db: Database, args: argparse.Namespace) -> User:
    """The member of staff a command acts for, signed in; ``DomainError`` when refused.

    Reads ``args.user`` and ``args.password_file`` (``None`` or absent: not given). On a
    database with staff: ``--user`` is required and the password is read from the file or
    asked on the terminal; ``auth.sign_in`` checks it and records the attempt (``via`` "command
    line"); a user whose password an admin reset must choose a new one first. On a demo
    database: the demo supervisor, or the demo member of staff ``--user`` names, without a
    password. On a database nobody can sign in to yet: refused, saying how to make its first
    admin.
    """
    from ombuds_desk.services.core import auth

    user = sign_in(db, args)
    if user.must_change_password:
        raise auth.SignInError(
            translate(
                "CommandLine",
                "An admin has reset the password of {name}: choose a new one first with "
                "`ombuds-desk users change-password --user {name}`.",
            ).format(name=user.username)
        )
    return user


def sign_in(db: Database, args: argparse.Namespace) -> User:
    """As :func:`signed_in_actor`, but a user who must change their password is let in
    (for ``users change-password``)."""
    return sign_in_with_password(db, args)[0]


def sign_in_with_password(db: Database, args: argparse.Namespace) -> tuple[User, str | None]:
    """:func:`sign_in`, and the password it took (None on a demo database, which asks none)."""
    from ombuds_desk.services.core import auth

    username = (getattr(args, "user", None) or "").strip()
    with db.reading() as session:
        demo = auth.is_demo(session)
        staff = auth.has_staff(session)
    if demo:
        return auth.demo_sign_in(db, username, via=VIA), None
    if not staff:
        raise auth.SignInError(
            translate(
                "CommandLine",
                "Nobody can sign in to {db} yet: create its first admin with "
                "`ombuds-desk init --db {db} --office NAME --admin USERNAME`.",
            ).format(db=db.display_name)
        )
    if not username:
        raise auth.SignInError(
            translate(
                "CommandLine",
                "Sign in with --user NAME: the password is then asked on the terminal, or read "
                "from --password-file FILE.",
            )
        )
    file: Path | None = getattr(args, "password_file", None)
    if file is not None:
        password = read_password_file(file)
    else:
        password = ask_password(
            translate("CommandLine", "Password for {name}: ").format(name=username)
        )
    return auth.sign_in(db, username, password, via=VIA), password


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[tuple[Database, User]]:
    """The database of ``--db``, opened, and the member of staff signed in to it; the
    database is closed at the end."""
    db = open_db(args)
    try:
        yield db, signed_in_actor(db, args)
    finally:
        db.dispose()


def office_today(args: argparse.Namespace) -> date:
    """The office's local date this command works on, read once: a command running across
    midnight dates everything it does on one day (not a change yesterday and the next one
    today). ``cli.main`` may have been given the day (a test's)."""
    day = getattr(args, "office_day", None)
    if day is None:
        day = args.office_day = date.today()
    return day


def parse_day(text: str) -> date:
    """An argparse type for ``--on`` dates: YYYY-MM-DD or DD.MM.YYYY."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        translate("CommandLine", "{text} is not a date (use YYYY-MM-DD or DD.MM.YYYY)").format(
            text=repr(text)
        )
    )


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
    text = redact(" ".join(message.split()))  # one line, always; no URL's password
    print(f"{PROG}: {text}", file=sys.stderr)
    return status
