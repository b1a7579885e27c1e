"""Who a demo database will sign in by itself, read with plain SQL before it is opened.

The window shows its frame (title, menus, who is signed in, the DEMO banner, "Loading…")
before SQLAlchemy, the tables and the services are imported (``ui/shell/app.py``); for that
it needs to know, cheaply and changing nothing in it, that the start will go the usual way, and
who signs in. :func:`demo_start` answers for a plain SQLite file that this process can
write, at the newest schema, marked a demo, with persons and search keys of the current
rules: opening it migrates nothing, builds nothing and asks nothing. Anything else (an
encrypted, older, newer, damaged, read-only or real database, a server) answers None, and
the start goes as it always did.

It is only a forecast: the real start opens the database and signs in right after the frame
has painted, and decides (a database changed in between is what the start finds then).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.name_keys import KEYS_VERSION
from ombuds_desk.store import file_header
from ombuds_desk.store.locations import sqlite_path
from ombuds_desk.store.migration_files import quick_head

SQLITE_HEADER = b"SQLite format 3\x00"  # a plain file's; an encrypted one's is random
# The office settings read here, as the services name them (a test checks they agree):
# services/core/office_settings.DEMO_DATABASE and services/cases/search_index.VERSION_SETTING.
DEMO_SETTING = "demo_database"
KEYS_SETTING = "search_keys_version"


@dataclass(frozen=True)
class DemoMember:
    """The member of staff a demo database signs in, as its ``user`` row says."""

    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class DemoStart:
    """A demo database the start will open without a question, and who it signs in."""

    display_name: str  # as ``Database.display_name`` says it
    member: DemoMember
    demo: bool = True
    read_only: bool = False


def demo_start(url: str, username: str = "") -> DemoStart | None:
    """The demo start ahead at ``url``, signing in ``username`` when that is an active
    member of its staff, else its first active supervisor (as ``ui/shell/start.situation``
    chooses); None when the start may go any other way."""
    path = sqlite_path(url)
    if path is None or not _plain_file(path):
        return None
    try:
        head = quick_head()
        if head is None:
            return None
        # Read-only: nothing in the file changes (SQLite may make its log and the log's index
        # beside it, as for any reader; the start uses them right after). The connection is
        # closed before the start opens the file: this process then holds no lock on it.
        uri = path.resolve().as_uri() + "?mode=ro"
        # A writer holding the file a moment: not the usual start, the start waits for it.
        with closing(sqlite3.connect(uri, uri=True, timeout=0.2)) as connection:
            return _read(connection, str(path), head, username.strip())
    except (sqlite3.Error, OSError, ValueError):
        return None  # damaged, locked, a foreign schema: the start says what it is


def _plain_file(path: Path) -> bool:
    """A plain SQLite file, not empty, that this process can write, in a folder it can
    write. (Its write-ahead log, if any, is SQLite's to read: a damaged one is found by the
    start, ``store/damaged_log.py``.)"""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        return writable and file_header.header(path) == SQLITE_HEADER
    except OSError:
        return False


def _read(
    connection: sqlite3.Connection, display_name: str, head: str, username: str
) -> DemoStart | None:
    versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if versions != [(head,)]:
        return None
    settings = dict(
        connection.execute(
            "SELECT key, value FROM office_setting WHERE key IN (?, ?)",
            (DEMO_SETTING, KEYS_SETTING),
        ).fetchall()
    )
    if settings.get(DEMO_SETTING) != "yes" or settings.get(KEYS_SETTING) != str(KEYS_VERSION):
        return None
    if connection.execute("SELECT 1 FROM person LIMIT 1").fetchone() is None:
        return None  # the default demo file, empty: the start builds the demo office in it
    columns = 'SELECT username, full_name, role FROM "user"'
    row = None
    if username:
        row = connection.execute(f"{columns} WHERE username = ? AND active", (username,)).fetchone()
    if row is None:
        row = connection.execute(
            f"{columns} WHERE role = ? AND active ORDER BY id LIMIT 1", (Role.SUPERVISOR.value,)
        ).fetchone()
    if row is None:
        return None  # no demo staff: the start says so
    name, full_name, role = row
    return DemoStart(display_name, DemoMember(str(name), str(full_name), Role(role)))
