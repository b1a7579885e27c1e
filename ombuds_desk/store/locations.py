"""Where the databases live, and how a ``--db`` value becomes a SQLAlchemy URL.

The real database and the demo database are two different files in the user's data
directory, so demo data can never be mixed into real records.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_DB = "OMBUDS_DESK_DB"
REAL_DB_NAME = "ombuds-desk.sqlite3"
DEMO_DB_NAME = "ombuds-desk-DEMO.sqlite3"


def data_dir() -> Path:
    return user_data_path("ombuds-desk", appauthor=False, ensure_exists=True)


def default_db_path(demo: bool = False) -> Path:
    return data_dir() / (DEMO_DB_NAME if demo else REAL_DB_NAME)


def is_url(value: str) -> bool:
    return "://" in value


def to_url(value: str | Path) -> str:
    """A path becomes a SQLite URL; a URL (``postgresql+psycopg://…``) passes unchanged."""
    text = str(value)
    if is_url(text):
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def resolve_db(explicit: str | None, demo: bool = False) -> str:
    """``--db`` first, then ``$OMBUDS_DESK_DB``, then the default file (demo or real)."""
    if explicit:
        return to_url(explicit)
    if not demo and os.environ.get(ENV_DB):
        return to_url(os.environ[ENV_DB])
    return to_url(default_db_path(demo))


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or memory."""
    if not url.startswith("sqlite"):
        return None
    tail = url.split(":///", 1)[1] if ":///" in url else ""
    if not tail or tail == ":memory:":
        return None
    return Path(tail.split("?", 1)[0])
