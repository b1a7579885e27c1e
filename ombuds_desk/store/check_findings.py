"""SQLite's integrity-check findings (``PRAGMA quick_check``), said in the reader's words.

SQLite reports damage in English ("Tree 7 page 12 cell 3: invalid page number 999", "Main
freelist: 7 but should be 0"). Put inside a Ukrainian sentence it leaves half the message
unread, and it tells a user nothing they can act on. So a message says the kind of damage in
the reader's language (:func:`in_words`) and what to do; SQLite's own words go to the log
(:func:`log_finding`) and, asked for, to ``ombuds-desk check --details``.
"""

from __future__ import annotations

import logging
import re

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

CONTEXT = "Database"

FREE_PAGES = QT_TRANSLATE_NOOP("Database", "the list of the file's free pages is wrong")
INDEX = QT_TRANSLATE_NOOP("Database", "an index does not match its table")
VALUE = QT_TRANSLATE_NOOP("Database", "a stored value breaks its table's rules")
UNUSED = QT_TRANSLATE_NOOP("Database", "some of its pages belong to nothing")
PAGES = QT_TRANSLATE_NOOP("Database", "its pages do not fit together")
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Database", "its first page is not a database's")
OTHER = QT_TRANSLATE_NOOP("Database", "part of it is not as a database file must be")
NO_ANSWER = QT_TRANSLATE_NOOP("Database", "the check gave no answer")

_HEADING = re.compile(r"^\*\*\* in database \w+ \*\*\*\s*")
# SQLite's wording of each kind (sqlite3/src/btree.c checkTreePage, checkList; pragma.c):
# the first that matches the finding, lower-cased, names it.
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"freelist"), FREE_PAGES),
    (re.compile(r"index"), INDEX),
    (re.compile(r"null value|constraint|non-text|non-numeric|non-integer"), VALUE),
    (re.compile(r"never used"), UNUSED),
    (re.compile(r"not a database"), NOT_A_DATABASE),
    (re.compile(r"malformed|corrupt"), PAGES),
    (
        re.compile(
            r"^(tree|on tree page|on page|page|multiple uses|fragmentation|rowid|child page|"
            r"2nd reference|extends off|overflow|failed to get page|btreeinitpage|cell|freeblock)"
        ),
        PAGES,
    ),
)


def plain(finding: str | None) -> str:
    """SQLite's ``finding`` without the heading it puts before the first one ("*** in
    database main ***": the database's name, nothing to a reader), on one line."""
    return " ".join(_HEADING.sub("", finding or "").split())


def in_words(finding: str | None) -> str:
    """The kind of damage SQLite's ``finding`` reports, in the reader's language."""
    lowered = plain(finding).lower()
    if not lowered:
        return translate(CONTEXT, NO_ANSWER)
    for pattern, words in _KINDS:
        if pattern.search(lowered):
            return translate(CONTEXT, words)
    return translate(CONTEXT, OTHER)


def log_finding(where: object, finding: str | None) -> None:
    """SQLite's own words for ``where``, kept in the log for an administrator (INFO: the
    command line has no log, and its one line must stay one line)."""
    log.info("SQLite's check of %s found: %s", where, finding or "no answer")
