"""``ombuds-desk backup [FILE | --folder DIR]`` and ``ombuds-desk restore FILE``.

Both sign in like every other command (a supervisor or admin backs up, an admin restores).
``backup`` makes a consistent copy of the SQLite database while it may be in use, with its
manifest beside it, and prints the file's path. ``restore`` checks the file (whole, an
Ombuds Desk database, not from a newer version), sets the current database aside beside
itself, puts the backup in its place and upgrades it if it is older; when the current
database cannot even be opened (damaged), the admin signs in against the backup instead.
On a PostgreSQL server both say that backups are the server's job, with the pg_dump line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ombuds_desk.commands import output
from ombuds_desk.commands.registry import command, fail, open_db, say, signed_in_actor
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.backups import (
    ENCRYPTED_AGAIN,
    backup_now,
    opened_copy,
    restore_backup,
    server_backups_message,
)
from ombuds_desk.store.locations import resolve_db, sqlite_path


def _backup_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help=translate(
            "Backup", "write the backup to FILE (default: a new file in the backup folder)"
        ),
    )
    parser.add_argument(
        "--folder",
        type=Path,
        metavar="DIR",
        help=translate("Backup", "write a new backup file into DIR"),
    )


@command(
    "backup",
    "back up the database now (safe while it is in use), with a manifest beside the copy",
    _backup_args,
)
def backup(args: argparse.Namespace) -> int:
    if args.file is not None and args.folder is not None:
        return fail(translate("Backup", "Give a FILE or --folder DIR, not both."))
    url = resolve_db(args.db)
    if sqlite_path(url) is None:
        return fail(server_backups_message(url))
    db = open_db(args)
    try:
        actor = signed_in_actor(db, args)
        record = backup_now(db, actor, args.folder, file=args.file)
    finally:
        db.dispose()
    say(
        translate(
            "Backup",
            "Backed up {name}: {size} MB, audit trail of {entries} entries; manifest {path}.json",
        ).format(
            name=db.display_name,
            size=output.number(record.size_bytes / 1_048_576, 1),
            entries=output.number(record.audit_entries),
            path=record.path,
        )
    )
    print(record.path)
    return 0


def _restore_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Backup", "the backup to restore")
    )


@command(
    "restore",
    "restore a backup in place of the database (checked first; the current file is set aside)",
    _restore_args,
)
def restore(args: argparse.Namespace) -> int:
    url = resolve_db(args.db)
    database = sqlite_path(url)
    if database is None:
        return fail(server_backups_message(url))
    try:
        db = open_db(args)
    except DatabaseUnavailableError as exc:
        if not database.is_file():
            raise
        say(
            exc.message
            + " "
            + translate("Backup", "Sign in as an admin of the backup to restore it.")
        )
        actor = _signed_in_on_backup(args)
    else:
        try:
            actor = signed_in_actor(db, args)
        finally:
            db.dispose()
    result = restore_backup(url, actor, args.file)
    if result.set_aside is not None:
        say(
            translate("Backup", "The database as it was is kept as {path}").format(
                path=result.set_aside
            )
        )
    if result.encrypted_again:
        say(translate("Backup", ENCRYPTED_AGAIN))
    if result.upgraded:
        done = translate("Backup", "Restored {backup} to {database} and upgraded to this version.")
    else:
        done = translate("Backup", "Restored {backup} to {database}.")
    print(done.format(backup=result.restored_from, database=database))
    return 0


def _signed_in_on_backup(args: argparse.Namespace) -> User:
    """Sign in against the backup's own staff (in a throw-away copy, so that the backup
    stays as it is): for a database too damaged to open, whose staff cannot be asked."""
    with opened_copy(args.file) as db:
        return signed_in_actor(db, args)
