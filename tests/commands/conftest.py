"""What the command tests share: the real date, read once per test (``real_today``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.commands import helpers


@pytest.fixture
def real_today() -> Iterator[date]:
    """Today's date, read once: the day the test builds its register on and the day every
    command it runs in this process (``helpers.run``) works on. The commands print and
    count "as of today", and a test running across midnight (CI may) would otherwise see
    its register built on one day and read on the next."""
    day = date.today()
    helpers.command_day = day
    yield day
    helpers.command_day = None
