"""The audit trail as a chain: each entry's hash covers its content and the hash before it.

Changing an entry changes its hash; removing or inserting one breaks the link of the next;
entries are numbered 1, 2, 3… without gaps, so a missing number shows too. Only the newest
entries can be removed without a break, which is why each backup records the head of the
chain (its last number and hash) outside the database (``services/core/audit_verify.py``).
Pure functions, no I/O: the migrations and the verifier compute exactly what the writer did.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

GENESIS = "0" * 64  # the "hash before" the first entry
# ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` with its encoder made once
# (a bulk import hashes 100,000 entries).
_CONTENT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def moment_text(at: datetime) -> str:
    """A moment as UTC text to the microsecond, however the database returned it (SQLite
    gives naive UTC, PostgreSQL an aware value)."""
    utc = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(
    previous: str,
    entry_id: int,
    at: datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: str,
) -> str:
    """The SHA-256 of the previous hash and the entry's content, as 64 hex digits."""
    content = _CONTENT.encode(
        [entry_id, moment_text(at), user_id, action, entity, entity_id, changes]
    )
    return hashlib.sha256(f"{previous}\n{content}".encode()).hexdigest()
