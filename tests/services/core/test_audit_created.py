"""The entries of records inserted in bulk (``audit.record_created``), worded a field at a
time (``audit.created_fields``), are byte for byte what encoding a dictionary of the fields
wrote before, so the hash chain is the same; on both back ends the entries are stored as
that text and the trail still verifies."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import CaseStatus, Category, Sex
from ombuds_desk.services.core import audit
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database


class _Level(IntEnum):
    HIGH = 3


class _Plain(Enum):
    ONE = "один"


def _as_before(values: dict[str, Any]) -> str:
    """How ``record_created`` encoded a record's fields before: a dictionary of
    ``[None, value]`` pairs through ``json.dumps`` (the settings of ``audit._DETAILS``)."""
    skipped = audit._SKIPPED_FIELDS
    details = {
        k: [None, v if type(v) in audit._AS_IS else audit._plain(v)]
        for k, v in values.items()
        if v is not None and k not in skipped
    }
    return json.dumps(details, ensure_ascii=False, default=str)


_RECORDS: list[dict[str, Any]] = [
    {
        "id": 1,
        "family_name": "Пʼятницький-Їжакевич",
        "given_name": 'Ґаля "Є" \\ і\tї\n',
        "patronymic": None,
        "birth_year": 1985,
        "blocked": False,
        "case_seq": 0,
        "category": Category.CAPTIVE,
        "sex": Sex.FEMALE,
        "status": CaseStatus.LISTED_FOR_EXCHANGE,
        "status_since": date(2026, 11, 26),
        "created_at": datetime(2026, 11, 26, 9, 5, 1, 250, tzinfo=UTC),
        "sort_name": "skipped by the trail",
        "updated_at": datetime(2026, 11, 26),
        "weight": 0.1,
        "level": _Level.HIGH,
        "plain": _Plain.ONE,
        "receipt": b"\x00\x01",
        "amount": Decimal("12.50"),
        "control": "\x00\x1f\u2028 😀",
        "big": -(2**70),
        "true": True,
    },
    {"id": 2},
    {"id": 3, "notes": "", "family_name": "O'Brien"},
    {},
]


def test_a_created_records_fields_are_the_bytes_encoding_them_as_a_dictionary_gave() -> None:
    seen: dict[tuple[type, Any], str] = {}
    for values in _RECORDS * 2:  # the second time from what ``seen`` remembers
        assert "{" + audit.created_fields(values, seen) + "}" == _as_before(values)


def test_bulk_entries_are_stored_as_before_and_the_trail_verifies(
    db: Database, admin: User
) -> None:
    records = [
        {k: v for k, v in r.items() if k not in ("receipt", "plain", "level")} for r in _RECORDS
    ]
    with db.reading() as session:
        before = session.execute(select(col(AuditEntry.id))).scalars().all()
    with unit_of_work(db, admin) as session:
        audit.record_created(session, admin.id, "person", records)
    with db.reading() as session:
        written = session.execute(
            select(col(AuditEntry.entity_id), col(AuditEntry.changes))
            .where(col(AuditEntry.id) > max(before, default=0))
            .order_by(col(AuditEntry.id))
        ).all()
    assert [(i, c) for i, c in written] == [(r.get("id"), _as_before(r)) for r in records]
    assert verify_audit_trail(db, admin).intact
