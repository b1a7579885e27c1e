"""What goes wrong with a database, in words a user can act on, in the reader's language.

The store words each fault once here (``QT_TRANSLATE_NOOP``, read through ``translate`` when
raised, as every error is); a Ukrainian or Russian window and command line read them in their
language, not in English. The window's fault dialog offers the ways out that fit the kind of
fault: :func:`kind_of` tells it from the message in English or in the reader's language.
"""

from __future__ import annotations

import re
from functools import cache

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Database"

DISK_FULL = QT_TRANSLATE_NOOP(
    "Database", "The disk is full: nothing was saved. Free some space and try again."
)
LOCKED = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} is locked by another program or user. Wait a moment and try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Database", "The database {name} is read-only. Nothing was saved; open a writable copy."
)
READ_ONLY_PLACE = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} is on a read-only medium or in a folder you cannot write to: it is "
    "open for looking and printing only. To change it, copy it to a writable folder and open "
    "the copy.",
)
READ_ONLY_LOG = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} is on a read-only medium or in a folder you cannot write to, and its "
    "latest changes are still in {log}, which cannot be read there. Copy both files to a "
    "writable folder and open the copy.",
)
READ_ONLY_OLDER = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} is read-only and was made by an older version: it needs an upgrade "
    "first. Copy it to a writable folder and open the copy.",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Database",
    "The file {name} is not an Ombuds Desk database or is damaged. Restore it from a backup or "
    "choose another file.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Database", "The database {name} is damaged ({problem}). Restore it from a backup."
)
EMPTY = QT_TRANSLATE_NOOP(
    "Database",
    "The database file {name} is empty (0 bytes): the register it held is not in it. Another "
    "program may have cut it short (a copy or a sync that failed): restore it from a backup. "
    "If it never held a register, delete the empty file and start again to create a new one.",
)
# store/damaged_log.py: said once, with the log kept aside; opened again, the database goes
# on without those changes.
DAMAGED_LOG = QT_TRANSLATE_NOOP(
    "Database",
    "The log beside the database {name} ({log}) is damaged: %n saved changes in it cannot be "
    "read, and the database would open without them. A copy of the log was kept as {kept}. "
    "Restore the newest backup, or open the database again to go on without those changes.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} cannot be opened: its folder is missing or not writable. Check the "
    "folder, or choose another database.",
)
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Database", "Cannot create the database {name}: {why}. Choose another place."
)
NOT_A_URL = QT_TRANSLATE_NOOP(
    "Database",
    "“{url}” is not a database this app can open: {why}. Give a file path or a URL such as "
    "postgresql+psycopg://user@host/dbname.",
)
A_FOLDER = QT_TRANSLATE_NOOP("Database", "{name} is a folder, not a database file.")
SERVER = QT_TRANSLATE_NOOP("Database", "Cannot reach the database server {name}: {why}")
CANNOT_USE = QT_TRANSLATE_NOOP("Database", "The database {name} cannot be used: {why}")
# SQLite's "disk I/O error": the operating system refused a read or a write. Said in words,
# never as SQLite's English inside a translated sentence.
DISK_IO = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} could not be read or written: the disk or its file system refused "
    "(a disk that failed or was removed, a network folder out of reach, or a file that "
    "reached the largest size allowed there). Check the disk and try again; if it happens "
    "again, copy the database to another disk and open the copy.",
)
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} has reached the largest file size allowed there (a limit of the "
    "file system, such as FAT32's 4 GB, or of your account). Move it to a disk that takes "
    "larger files, or ask your administrator to raise the limit, then try again.",
)
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Database",
    "This database was made by a newer Ombuds Desk (schema {revision}). Install the newer "
    "version to open it.",
)
FOREIGN_TABLES = QT_TRANSLATE_NOOP(
    "Database",
    "This database holds tables that are not Ombuds Desk's. Choose another file or an empty "
    "database.",
)
# A server's workstations sign in with a role that may not change the tables (README,
# "Office server"): its owner upgrades them once.
OWNER_UPGRADES = QT_TRANSLATE_NOOP(
    "Database",
    "This database needs an upgrade (schema {old} to {new}) that only the owner of its tables "
    "may make: nothing was changed. Its administrator runs `ombuds-desk init --db` with the "
    "owner's URL once; then open it here again.",
)
DANGLING = QT_TRANSLATE_NOOP(
    "Database",
    "The upgrade would leave %n records pointing at nothing (the first: {table} row {row}, to "
    "{parent}). Nothing was changed; keep using the older version and report this.",
)
PASSPHRASE_NEEDED = QT_TRANSLATE_NOOP(
    "Database",
    "The database {name} is encrypted: give its passphrase (in the window, the dialog asks it; "
    "from the command line, --passphrase-file FILE or type it when asked).",
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Database",
    "The passphrase does not open the database {name}. Check it (capital letters, the "
    "keyboard's language) and try again. If this file is not an encrypted Ombuds Desk "
    "database, no passphrase will open it: choose another file.",
)
COPY_FAILED_CHECK = QT_TRANSLATE_NOOP("Database", "the copy failed its check ({problem})")
NO_ANSWER = QT_TRANSLATE_NOOP("Database", "no answer")
NO_TEMPORARY_NAME = QT_TRANSLATE_NOOP("Database", "no free temporary name beside {name}")

# The kinds of fault the window tells apart, and the words that say each.
KINDS: dict[str, tuple[str, ...]] = {
    "disk_full": (DISK_FULL,),
    "locked": (LOCKED,),
    "read_only": (READ_ONLY, READ_ONLY_PLACE, READ_ONLY_LOG, READ_ONLY_OLDER),
    "damaged": (NOT_A_DATABASE, DAMAGED, EMPTY, DAMAGED_LOG),
    "server": (SERVER,),
    "newer": (NEWER_SCHEMA,),
}


def said(template: str, n: int = -1, **values: object) -> str:
    """``template`` in the reader's language, with ``values`` in its places (and ``n`` in
    ``%n``, in the plural form it takes)."""
    return translate(CONTEXT, template, None, n).format(**values)


def kind_of(message: str) -> str | None:
    """Which of :data:`KINDS` ``message`` says (in English or in the reader's language), or
    None when it is none of these words."""
    for kind, templates in KINDS.items():
        for template in templates:
            for words in _forms(template):
                if _pattern(words).match(message):
                    return kind
    return None


# Counts whose plural forms cover English, Ukrainian and Russian (one, few, many): each is
# taken back out of its form, to stand for any count.
_COUNTS = (1, 21, 22, 25)


def _forms(template: str) -> set[str]:
    """``template`` in English and in the reader's language: each plural form of a ``%n``
    message, with ``%n`` where its count is."""
    if "%n" not in template:
        return {template, translate(CONTEXT, template)}
    return {template} | {
        re.sub(rf"(?<!\d){n}(?!\d)", "%n", translate(CONTEXT, template, None, n), count=1)
        for n in _COUNTS
    }


@cache
def _pattern(words: str) -> re.Pattern[str]:
    """``words`` with any text in each ``{place}``; what follows them is allowed (a message
    may add "Nothing was saved.")."""
    parts = re.split(r"\{\w+\}|%n", words)
    return re.compile("(?s:.*?)".join(re.escape(part) for part in parts))
