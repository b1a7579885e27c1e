"""Partial dates: what users type, what is stored, what is refused."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombuds_desk.domain.partial_dates import PartialDate, display_iso


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("1985", "1985"),
        ("03.1985", "1985-03"),
        ("1985-03", "1985-03"),
        ("14.03.1985", "1985-03-14"),
        ("14/03/1985", "1985-03-14"),
        ("1985-03-14", "1985-03-14"),
        (" 4.3.1985 ", "1985-03-04"),
    ],
)
def test_parse_forms(typed: str, iso: str) -> None:
    assert PartialDate.parse(typed).iso() == iso


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31.02.1990", "31.02.1990 does not exist"),
        ("13.1990", "month 13 does not exist"),
        ("yesterday", "use YYYY"),
        ("1700", "out of range"),
    ],
)
def test_refused(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(typed)


def test_future_means_every_possible_day_is_future() -> None:
    today = date(2026, 11, 26)
    assert not PartialDate.parse("2026").is_after(today)
    assert not PartialDate.parse("11.2026").is_after(today)
    assert PartialDate.parse("12.2026").is_after(today)
    assert PartialDate.parse("27.11.2026").is_after(today)


def test_display() -> None:
    assert display_iso("1985-03-14") == "14.03.1985"
    assert display_iso("1985-03") == "03.1985"
    assert display_iso(None) == ""


@given(st.dates(min_value=date(1850, 1, 1), max_value=date(2200, 12, 31)))
def test_round_trip_any_real_date(day: date) -> None:
    parsed = PartialDate.parse(day.strftime("%d.%m.%Y"))
    assert PartialDate.parse(parsed.iso()) == parsed
    assert parsed.earliest() == day
    # ISO text order is date order
    assert PartialDate.parse(parsed.display()).iso() == day.isoformat()
