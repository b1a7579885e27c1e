"""Enums stored as plain text, read back as members; timestamps in aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from ombuds_desk.domain.column_types import EnumText, utcnow
from ombuds_desk.domain.enums import CaseStatus, Relationship

DIALECTS = [sqlite.dialect(), postgresql.dialect()]


@pytest.mark.parametrize("dialect", DIALECTS, ids=["sqlite", "postgresql"])
def test_a_member_or_its_value_is_stored_as_text(dialect: Dialect) -> None:
    column = EnumText(CaseStatus)
    bind = column.process_bind_param
    assert bind(CaseStatus.AWAITING_ACCEPTANCE, dialect) == "awaiting_acceptance"
    assert bind("returned", dialect) == "returned"
    assert bind(None, dialect) is None


def test_text_that_is_no_member_is_never_stored() -> None:
    with pytest.raises(ValueError):
        EnumText(Relationship).process_bind_param("cousin", sqlite.dialect())


def test_stored_text_comes_back_as_the_member() -> None:
    column = EnumText(Relationship)
    assert column.process_result_value("mother", sqlite.dialect()) is Relationship.MOTHER
    assert column.process_result_value(None, sqlite.dialect()) is None


def test_the_column_is_forty_characters_of_text() -> None:
    assert EnumText(CaseStatus).impl.length == 40
    longest = max(len(m.value) for m in CaseStatus)
    assert longest <= 40


def test_now_is_aware_utc() -> None:
    now = utcnow()
    assert now.tzinfo is UTC
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)
