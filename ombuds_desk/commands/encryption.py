"""``ombuds-desk encrypt`` and ``ombuds-desk decrypt``: the database file encrypted with a
passphrase (SQLCipher), or made plain again.

::

    ombuds-desk encrypt --db FILE --user ADMIN [--new-passphrase-file FILE]
    ombuds-desk decrypt --db FILE --user ADMIN [--passphrase-file FILE]

An admin signs in first. ``encrypt`` takes the new passphrase typed twice at the terminal,
or the first line of ``--new-passphrase-file`` (a file only its owner may read); ``decrypt``
opens the database with its passphrase like every command (``--passphrase-file`` or the
terminal). The file is written anew, every table checked (rows and content hash) against
the old one, and renamed over it only then: an interruption leaves the old file whole.
Close the window (and every other program using the database) first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ombuds_desk.commands import output
from ombuds_desk.commands.passwords import PasswordInputError, new_password
from ombuds_desk.commands.registry import command, fail, open_db, say, signed_in_actor
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.encryption import (
    decrypt_database,
    encrypt_database,
    passphrase_problem,
    plain_backups,
)
from ombuds_desk.services.core.messages import tr
from ombuds_desk.store.conversion import Conversion
from ombuds_desk.store.locations import resolve_db, sqlite_path


def _encrypt_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "Encryption",
            "for scripts: the new passphrase, the first line of FILE, which only "
            "you may read (chmod 600 FILE); without it, it is asked twice on the "
            "terminal",
        ),
    )


def _summary(done: Conversion, what: str) -> str:
    return translate(
        "Encryption",
        "{what} {path}: {tables} tables, {rows} rows, each table's rows and content hash "
        "checked against the old file.",
    ).format(
        what=what,
        path=done.path,
        tables=len(done.tables) + len(done.other_tables),
        rows=output.number(done.rows),
    )


@command(
    "encrypt",
    "encrypt the SQLite database file with a passphrase (SQLCipher), checked table by "
    "table (admins)",
    _encrypt_args,
)
def encrypt(args: argparse.Namespace) -> int:
    url = resolve_db(args.db)
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return fail(
            translate("Encryption", "There is no database file {path} to encrypt.").format(
                path=path or url
            )
        )
    db = open_db(args)
    try:
        actor = signed_in_actor(db, args)
        if db.encrypted:
            return fail(
                translate(
                    "Encryption", "The database {path} is already encrypted. Nothing was changed."
                ).format(path=path)
            )
        left_plain = plain_backups(db)
    finally:
        db.dispose()
    passphrase = new_password(
        args.new_passphrase_file,
        "New passphrase for the database (at least 10 characters; a few words): ",
        "--new-passphrase-file",
    )
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise PasswordInputError(
            translate("Encryption", "The passphrase {problem}. Nothing was changed.").format(
                problem=problem
            )
        )
    done = encrypt_database(url, actor, passphrase)
    print(_summary(done, translate("Encryption", "Encrypted")))
    say(
        translate(
            "Encryption",
            "Keep the passphrase safe: without it nobody, not even an admin, can "
            "open the database or its backups. It is not stored anywhere; the "
            "window asks it at start, commands take --passphrase-file FILE.",
        )
    )
    if left_plain:
        folder = left_plain[0].parent
        say(
            tr(
                "%n backup(s) made before, in {folder}, are NOT encrypted: "
                "delete them, or keep them somewhere as safe. New backups are "
                "encrypted.",
                "",
                len(left_plain),
            ).format(folder=folder)
        )
    return 0


@command(
    "decrypt",
    "turn an encrypted database file back into a plain one, checked table by table (admins)",
)
def decrypt(args: argparse.Namespace) -> int:
    url = resolve_db(args.db)
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return fail(
            translate("Encryption", "There is no database file {path} to decrypt.").format(
                path=path or url
            )
        )
    db = open_db(args)
    try:
        actor = signed_in_actor(db, args)
        if not db.encrypted:
            return fail(
                translate(
                    "Encryption", "The database {path} is not encrypted. Nothing was changed."
                ).format(path=path)
            )
    finally:
        db.dispose()
    done = decrypt_database(url, actor)
    print(_summary(done, translate("Encryption", "Decrypted")))
    say(
        translate(
            "Encryption",
            "The database file is plain again: anyone who can read the file can "
            "read the register. Backups made while it was encrypted stay "
            "encrypted (with the old passphrase).",
        )
    )
    return 0
