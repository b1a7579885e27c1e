"""The office of ``office.py``, built for each test."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.services.work.office import Office, build_office


@pytest.fixture
def office(db: Database, admin: User, caseworker: User, supervisor: User, today: date) -> Office:
    return build_office(db, admin, caseworker, supervisor, today)
