"""``ombuds-desk init``: create and migrate a database with its office and first admin, or
upgrade an existing one.

::

    ombuds-desk init --db PATH|URL --office NAME --admin USERNAME [--name "Full Name"]
                     [--password-file FILE] [--encrypt [--passphrase-file FILE]]

Opening the database creates or upgrades it (see ``registry.open_db``). ``--admin`` makes
the first admin, with the password typed twice at the terminal or read from the first line
of ``--password-file``, and records ``--office``; both only while nobody can sign in
(``users.create_first_admin``). On a database that has staff, ``init`` only upgrades: an
admin adds staff with ``ombuds-desk users add`` and renames the office with ``ombuds-desk
settings set office_name NAME``.

``--encrypt`` creates the new database file encrypted (SQLCipher) with a passphrase typed
twice at the terminal or the first line of ``--passphrase-file``; an existing plain
database is encrypted with ``ombuds-desk encrypt`` instead.
"""

from __future__ import annotations

import argparse

from ombuds_desk.commands.passwords import PasswordInputError, new_password
from ombuds_desk.commands.registry import command, fail, open_db, say
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core import auth, users
from ombuds_desk.services.core.encryption import passphrase_problem
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database
from ombuds_desk.store.locations import resolve_db, sqlite_path


def _init_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--office",
        metavar="NAME",
        help=translate("Init", "the office's name, printed on reports (with --admin)"),
    )
    parser.add_argument(
        "--admin",
        metavar="USERNAME",
        help=translate(
            "Init",
            "create the first admin, who signs in with this user name; the "
            "password is asked twice, or read from --password-file FILE",
        ),
    )
    parser.add_argument(
        "--name",
        metavar="FULL_NAME",
        help=translate("Init", "the first admin's full name (default: USERNAME)"),
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help=translate(
            "Init",
            "create the new database file encrypted with a passphrase (asked "
            "twice, or the first line of --passphrase-file FILE); it is asked "
            "again at every start",
        ),
    )


def _ready(db: Database) -> None:
    state = " (read-only)" if db.read_only else ""
    state += " (encrypted)" if db.encrypted else ""
    print(
        translate("Init", "Database ready: {display_name}{state} (schema {schema})").format(
            display_name=db.display_name, state=state, schema=migrate.head_revision()
        )
    )
    if db.backup_made is not None:
        print(
            translate("Init", "The older database was copied first to {backup_made}").format(
                backup_made=db.backup_made
            )
        )


@command(
    "init",
    "create a database with its office and first admin, or upgrade an existing one",
    _init_args,
)
def init(args: argparse.Namespace) -> int:
    if args.name is not None and args.admin is None:
        return fail(
            translate(
                "Init", "--name is the first admin's full name: give it with --admin USERNAME."
            )
        )
    new_passphrase = None
    if args.encrypt:
        path = sqlite_path(resolve_db(args.db))
        if path is None:
            return fail(translate("Init", "--encrypt is for a SQLite database file, not a server."))
        if path.exists() and path.stat().st_size > 0:
            return fail(
                translate(
                    "Init",
                    "{path} already exists: encrypt an existing database with "
                    "`ombuds-desk encrypt --db {path}`.",
                ).format(path=path)
            )
        new_passphrase = new_password(
            getattr(args, "passphrase_file", None),
            "Passphrase for the new database (at least 10 characters; a few words): ",
            "--passphrase-file",
        )
        problem = passphrase_problem(new_passphrase)
        if problem is not None:
            raise PasswordInputError(
                translate("Init", "The passphrase {problem}. Nothing was created.").format(
                    problem=problem
                )
            )
    db = open_db(args, expect_new=True, new_passphrase=new_passphrase)
    try:
        with db.reading() as session:
            demo, has_staff = auth.is_demo(session), auth.has_staff(session)
        if demo and (args.admin is not None or args.office is not None):
            return fail(
                translate(
                    "Init",
                    "{display_name} is a demo database: it signs its demo staff in by "
                    "itself and takes no admin. Create a real database in a new file.",
                ).format(display_name=db.display_name)
            )
        if has_staff and args.admin is not None:
            return fail(
                translate(
                    "Init",
                    "{display_name} already has staff who can sign in: an admin adds new "
                    "staff with `ombuds-desk users add USERNAME --name NAME --role "
                    "ROLE`. The database was only upgraded.",
                ).format(display_name=db.display_name)
            )
        if has_staff and args.office is not None:
            return fail(
                translate(
                    "Init",
                    "{display_name} already has staff: an admin or supervisor renames "
                    "the office with `ombuds-desk settings set office_name NAME`. The "
                    "database was only upgraded.",
                ).format(display_name=db.display_name)
            )
        if args.admin is None:
            if args.office is not None:
                return fail(
                    translate(
                        "Init",
                        "The office's name is recorded with the first admin: add --admin USERNAME.",
                    )
                )
            _ready(db)
            if not has_staff and not demo:
                say(
                    translate(
                        "Init",
                        "Nobody can sign in yet: create the first admin with `ombuds-desk "
                        "init --db {display_name} --office NAME --admin USERNAME`.",
                    ).format(display_name=db.display_name)
                )
            return 0
        username = args.admin.strip()
        password = new_password(
            args.password_file,
            translate("Init", "Password for the first admin, {name}: ").format(name=username),
            "--password-file",
        )
        admin = users.create_first_admin(
            db, username, args.name or username, password, office_name=args.office
        )
        _ready(db)
        print(
            translate(
                "Init",
                "First admin: {username} ({full_name}). Sign in with --user "
                "{username}; add the staff with `ombuds-desk users add`.",
            ).format(username=admin.username, full_name=admin.full_name)
        )
        return 0
    finally:
        db.dispose()
