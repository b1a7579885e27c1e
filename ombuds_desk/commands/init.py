"""``ombuds-desk init``: create and migrate a database (empty), or upgrade an existing one.

``--office NAME`` also records the office's name, printed on reports. Opening the database
does the work (see ``registry.open_db``); the command says where it is and at which schema.
"""

from __future__ import annotations

import argparse

from ombuds_desk.commands.registry import command, open_db
from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core import office_settings, users
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store import migrate


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
                office_settings.store_setting(
                    session, office_settings.OFFICE_NAME, args.office.strip()
                )
        state = " (read-only)" if db.read_only else ""
        print(f"Database ready: {db.display_name}{state} (schema {migrate.head_revision()})")
        if db.backup_made is not None:
            print(f"The older database was copied first to {db.backup_made}")
        return 0
    finally:
        db.dispose()
