"""How the window writes dates, moments and day counts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ombuds_desk.ui.common.formatting import day, days_text, local_time

# Kyiv's rule written out (EET, EEST from the last Sunday of March to the last of October),
# so the test needs no time zone database.
KYIV = "EET-2EEST,M3.5.0/3,M10.5.0/4"


@pytest.fixture
def kyiv_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", KYIV)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_day_is_dd_mm_yyyy() -> None:
    assert day(date(2026, 11, 26)) == "26.11.2026"
    assert day(date(2026, 1, 5)) == "05.01.2026"


def test_no_day_is_the_empty_text() -> None:
    assert day(None) == ""
    assert day(None, "немає") == "немає"


@pytest.mark.usefixtures("kyiv_time")
def test_a_naive_moment_is_utc_shown_in_local_time() -> None:
    assert local_time(datetime(2026, 11, 26, 10, 5)) == "26.11.2026 12:05"  # winter, +2
    assert local_time(datetime(2026, 7, 1, 21, 30)) == "02.07.2026 00:30"  # summer, +3


@pytest.mark.usefixtures("kyiv_time")
def test_an_aware_moment_keeps_its_own_zone() -> None:
    assert local_time(datetime(2026, 11, 26, 10, 5, tzinfo=UTC)) == "26.11.2026 12:05"
    new_york = timezone(timedelta(hours=-5))
    assert local_time(datetime(2026, 11, 26, 10, 5, tzinfo=new_york)) == "26.11.2026 17:05"


@pytest.mark.parametrize(
    ("days", "text"),
    [(1, "1 day"), (0, "0 days"), (2, "2 days"), (12, "12 days"), (1204, "1,204 days")],
)
def test_days_text(days: int, text: str) -> None:
    assert days_text(days) == text
