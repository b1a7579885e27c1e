"""The newest schema revision, read from the migration files' own lines, without Alembic.

Importing Alembic (and SQLAlchemy under it) costs a quarter of the window's start; the usual
start only asks whether a database is at the newest revision (``store/migrate.py``), and the
window's first look at a demo file asks it before SQLAlchemy is imported at all
(``store/start_peek.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# `revision: str = "0004"` and `down_revision: str | None = "0003"` in a migration's file.
REVISION_LINE = re.compile(
    r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|\'([^\']*)\'|None)\s*$', re.M
)


def quick_head(migrations: Path = MIGRATIONS_DIR) -> str | None:
    """The newest migration's revision in ``migrations``; None when the files do not make
    one plain chain (then Alembic answers, ``migrate.head_revision``)."""
    parents: dict[str, str | None] = {}
    for path in sorted((migrations / "versions").glob("*.py")):
        found = {m[1]: m[2] or m[3] or None for m in REVISION_LINE.finditer(path.read_text())}
        if "revision" not in found or not found["revision"]:
            return None
        parents[found["revision"]] = found.get("down_revision")
    heads = set(parents) - {parent for parent in parents.values() if parent}
    return heads.pop() if len(heads) == 1 else None
