"""What a refused save clashed with, in the reader's words: the record already saved with the
same user name, case number or reference, a record it refers to that is gone, a field that
must not be empty.

The services check these before they save; a clash that still reaches the database is a save
made by someone else in between (two workstations registering the same number at once), and
the driver's own words ("UNIQUE constraint failed: user.username", "duplicate key value
violates unique constraint") mean nothing to a caseworker. They go to the log instead.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError

from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.audit_labels import field_word

# SQLite: "UNIQUE constraint failed: user.username" (several columns joined by ", ").
_SQLITE_COLUMNS = re.compile(r"constraint failed: ((?:\w+\.\w+)(?:, \w+\.\w+)*)")
# PostgreSQL's detail: "Key (username)=(o.bondar) already exists."
_PG_KEY = re.compile(r"Key \(([^)]*)\)=")


def _fields(exc: IntegrityError) -> list[str]:
    """The refused fields as the window names them, if the driver says which."""
    orig = exc.orig
    first_line = str(orig).splitlines()[0] if orig is not None else ""
    found = _SQLITE_COLUMNS.search(first_line)
    if found:
        pairs = [part.split(".", 1) for part in found.group(1).split(", ")]
        return [field_word(table, column) for table, column in pairs]
    diag = getattr(orig, "diag", None)
    table = getattr(diag, "table_name", None)
    if table:
        column = getattr(diag, "column_name", None)
        if column:
            return [field_word(table, column)]
        key = _PG_KEY.search(getattr(diag, "message_detail", None) or "")
        if key:
            return [field_word(table, c.strip()) for c in key.group(1).split(",")]
    return []


def _in_sentence(word: str) -> str:
    """ "User name" → "user name" inside a sentence; "ICRC number" stays as it is."""
    return word[:1].lower() + word[1:] if word[1:2].islower() else word


def clash_reason(exc: IntegrityError) -> str:
    """Why the database refused the save, said for the person who made it."""
    text = str(exc.orig).casefold()
    fields = ", ".join(_in_sentence(word) for word in _fields(exc))
    if "unique" in text or "duplicate key" in text:
        if fields:
            return translate("Database", "another record already has the same {fields}").format(
                fields=fields
            )
        return translate("Database", "another record already has the same details")
    if "foreign key" in text:
        return translate("Database", "a record it refers to was removed meanwhile")
    if ("not null" in text or "null value" in text) and fields:
        return translate("Database", "{fields} must not be empty").format(fields=fields)
    return translate("Database", "the database refused it as inconsistent")
