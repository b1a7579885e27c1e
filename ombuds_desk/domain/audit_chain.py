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
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

GENESIS = "0" * 64  # the "hash before" the first entry
# ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` with its encoder made once
# (a bulk import hashes 100,000 entries).
_CONTENT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=64)  # entries written together share their moment: formatted once
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
    """The SHA-256 of the previous hash and the entry's content, as 64 hex digits.

    The content is ``_CONTENT.encode([entry_id, moment, user_id, action, entity, entity_id,
    changes])``, written out piece by piece for the usual types (the same text, so the same
    hash): a bulk import hashes 100,000 entries, and the list encoder cost twice the hash."""
    content = (
        f'[{_json(entry_id)},"{moment_text(at)}",{_json(user_id)},{_json(action)},'
        f"{_json(entity)},{_json(entity_id)},{_json(changes)}]"
    )
    return hashlib.sha256(f"{previous}\n{content}".encode()).hexdigest()


def _json(value: Any) -> str:
    """``value`` as ``_CONTENT`` encodes it (a moment's text holds nothing to escape)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    return _CONTENT.encode(value)
