"""Fixtures of the document tests: a small register with Cyrillic names, parcels, a shipment."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.reports.builders import CaseFile, build_case_file


@pytest.fixture
def case_file(db: Database, caseworker: User, today: date) -> CaseFile:
    return build_case_file(db, caseworker, today)
