"""Why a workbook cannot be read, in words a user can act on: a password on it, or no bytes.

The readers say it in English and in their own terms ("File is not a zip file" for an empty
.xlsx, "Workbook is password protected" or "Cfb error: Cannot find Workbook stream" for one
saved with a password), which a caseworker reading Ukrainian or Russian cannot act on. A
workbook saved with a password in Excel or LibreOffice Calc is no ZIP archive but an OLE
container holding an ``EncryptedPackage`` stream (whatever its extension); an old .xls with a
password says so through its reader.
"""

from __future__ import annotations

from pathlib import Path

from ombuds_desk.domain.i18n import translate

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream's name as the container's directory holds it (UTF-16, little-endian).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def unreadable_workbook(path: Path, error: BaseException) -> str | None:
    """What to tell the user of the workbook ``path`` its reader refused with ``error``,
    when the reason is one they can act on; None otherwise (the reader's own words then)."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size == 0:
        return translate(
            "ImportProblems",
            "{name} is empty (0 bytes): it holds no list. Save the list again from the program "
            "that made it, or ask for the file again.",
        ).format(name=path.name)
    if "password" in str(error).lower() or is_protected(path):
        return translate(
            "ImportProblems",
            "{name} is protected with a password. Open it in Excel or LibreOffice Calc, save a "
            "copy without the password, and import the copy.",
        ).format(name=path.name)
    return None


def is_protected(path: Path) -> bool:
    """True for an Office file saved with a password (its encrypted package inside an OLE
    container). Read whole: the container's directory may sit anywhere in it."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data
