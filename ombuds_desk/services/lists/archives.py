"""Password-protected archives: a ZIP whose members are AES-256 encrypted (WinZip's AES,
which 7-Zip, WinZip, Windows 11's Explorer, macOS' Archive Utility with 7-Zip and
``7z x`` open), written with pyzipper.

An export of personal data may leave the office on a memory stick or by e-mail: encrypted,
it is no danger if lost. The archive is written all or nothing (under a temporary name,
renamed at the end) and readable by its owner only; its members are built in memory, so no
plain copy ever touches the disk. The password is never stored or recorded anywhere.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.lists.plurals import ExportPlurals
from ombuds_desk.store.private_files import create_private

MIN_PASSWORD = 10
ARCHIVE_SUFFIX = ".zip"


def check_archive_password(password: str) -> None:
    """Refuse a password too short to protect personal data (``ValidationError``)."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            ExportPlurals.tr(
                "The archive's password has %n characters; use at least {least} (a few words "
                "are easy to pass on by telephone). Nothing was written.",
                "",
                len(password),
            ).format(least=MIN_PASSWORD),
            {
                "password": ExportPlurals.tr("at least %n characters", "", MIN_PASSWORD),
            },
        )


def archive_path(path: str | Path) -> Path:
    """Where an encrypted export of ``path`` goes: ``Persons.xlsx`` → ``Persons.xlsx.zip``."""
    path = Path(path)
    return path if path.suffix.lower() == ARCHIVE_SUFFIX else path.with_name(path.name + ".zip")


def write_encrypted(path: str | Path, members: Mapping[str, bytes], password: str) -> Path:
    """Write ``members`` (name → content) into the AES-encrypted ZIP ``path``; returns it."""
    import pyzipper

    check_archive_password(password)
    path = Path(path)
    # Built in memory, then written: on a full disk the archive half-written to the file
    # failed again on closing, with the reader's "Can't close the ZIP file" hiding why.
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(
        buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, content in members.items():
            archive.writestr(name, content)
    partial = path.with_name(path.name + ".part")
    try:
        with create_private(partial).open("wb") as handle:
            handle.write(buffer.getbuffer())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def read_encrypted(path: str | Path, password: str) -> dict[str, bytes]:
    """Every member of an archive :func:`write_encrypted` wrote (for checking and tests)."""
    import pyzipper

    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(password.encode("utf-8"))
        return {name: archive.read(name) for name in archive.namelist()}
