"""The password of an encrypted export on the command line: ``--encrypt`` asks for it twice
at the terminal, ``--archive-password-file FILE`` reads it from a private file (scripts).
Either writes the export as an AES-encrypted ``.zip``; the password is never stored."""

from __future__ import annotations

import argparse
from pathlib import Path

from ombuds_desk.commands.passwords import new_password
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.lists.archives import MIN_PASSWORD, check_archive_password

FILE_OPTION = "--archive-password-file"


def add_archive_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """``--encrypt`` and ``--archive-password-file`` (``required``: one must be used)."""
    if not required:
        parser.add_argument(
            "--encrypt",
            action="store_true",
            help=translate(
                "Passwords",
                "write an AES-encrypted .zip; the password is asked twice at the terminal",
            ),
        )
    parser.add_argument(
        FILE_OPTION,
        type=Path,
        metavar="FILE",
        help=translate(
            "Passwords",
            "the archive's password ({MIN_PASSWORD}+ characters) on the first "
            "line of a file only you may read (chmod 600 FILE); implies an "
            "encrypted .zip",
        ).format(MIN_PASSWORD=MIN_PASSWORD),
    )


def archive_password(args: argparse.Namespace, *, required: bool = False) -> str | None:
    """The password asked for, checked; None when the export is not to be encrypted."""
    file: Path | None = getattr(args, "archive_password_file", None)
    if file is None and not (required or getattr(args, "encrypt", False)):
        return None
    password = new_password(file, "Password for the archive: ", FILE_OPTION)
    check_archive_password(password)
    return password
