"""The chain's hash: stable for the same content, different for any change of it."""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime, timedelta, timezone

from ombuds_desk.domain.audit_chain import GENESIS, entry_hash, moment_text

AT = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC)
ARGS = (1, AT, 2, "update", "person", 7, '{"status": ["registered", "confirmed"]}')


def test_a_moment_reads_the_same_whatever_the_database_returned() -> None:
    kyiv = timezone(timedelta(hours=2))
    assert moment_text(AT) == "2026-12-01T09:30:15.123456"
    assert moment_text(AT.replace(tzinfo=None)) == moment_text(AT)  # SQLite: naive UTC
    assert moment_text(AT.astimezone(kyiv)) == moment_text(AT)  # a server: another zone


def test_the_hash_covers_the_link_and_every_field() -> None:
    base = entry_hash(GENESIS, *ARGS)
    assert len(base) == 64 and base == entry_hash(GENESIS, *ARGS)
    assert entry_hash("f" * 64, *ARGS) != base
    for i, other in enumerate((2, AT + timedelta(microseconds=1), 3, "delete", "contact", 8, "{}")):
        changed = list(ARGS)
        changed[i] = other
        assert entry_hash(GENESIS, *changed) != base, i  # type: ignore[arg-type]


def test_the_hash_is_that_of_the_encoded_list_for_any_content() -> None:
    """The content written out piece by piece is the JSON list the chain has always hashed
    (every entry of every register written so far verifies): quotes, backslashes, control
    characters, Cyrillic and line separators in the texts; no user; no record."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    rng = random.Random(13)
    texts = ["{}", 'q"uo\\te', "Ї ʼ є\n\t\x00\x1f\u2028", '{"a": [null, "Пʼятниця"]}', "😀"]
    for _ in range(2000):
        args = [
            rng.randint(1, 10**12),
            AT + timedelta(seconds=rng.random() * 1e8),
            rng.choice((None, 1, 2**40)),
            rng.choice(texts),
            rng.choice(texts),
            rng.choice((None, 0, 7)),
            rng.choice(texts),
        ]
        content = encoder.encode([args[0], moment_text(args[1]), *args[2:]])
        listed = hashlib.sha256(f"{GENESIS}\n{content}".encode()).hexdigest()
        assert entry_hash(GENESIS, *args) == listed, args  # type: ignore[arg-type]
