"""The chain's hash: stable for the same content, different for any change of it."""

from __future__ import annotations

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
