"""A relative's phone number must look like one: digits, spaces, + ( ) -, 7 to 15 digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombuds_desk.domain.contact_rules import (
    PHONE_CHARACTERS_PROBLEM,
    PHONE_LONG_PROBLEM,
    PHONE_SHORT_PROBLEM,
    email_problem,
    phone_problem,
)


@pytest.mark.parametrize(
    "phone",
    ["+380 67 000 11 22", "+7 (951) 757-24-71", "044 123 4567", "1234567", "  +55 11 956 713714 "],
)
def test_numbers_as_people_write_them_pass(phone: str) -> None:
    assert phone_problem(phone) is None


@pytest.mark.parametrize(
    ("phone", "problem"),
    [
        ("тел. 067 000 11 22", PHONE_CHARACTERS_PROBLEM),
        ("067 OOO 11 22", PHONE_CHARACTERS_PROBLEM),
        ("067 000 11 22 / 23", PHONE_CHARACTERS_PROBLEM),
        ("380+67 000 11 22", PHONE_CHARACTERS_PROBLEM),
        ("olha.gava@ukr.net", PHONE_CHARACTERS_PROBLEM),
        ("+380", PHONE_SHORT_PROBLEM),
        ("12-34-56", PHONE_SHORT_PROBLEM),
        ("+380 67 000 11 22 33 44 55", PHONE_LONG_PROBLEM),
    ],
)
def test_what_is_not_a_phone_number_says_what_to_type(phone: str, problem: str) -> None:
    assert phone_problem(phone) == problem


def test_a_number_still_being_typed_is_not_too_short_yet() -> None:
    assert phone_problem("+380 6", finished=False) is None
    assert phone_problem("+380 6", finished=True) == PHONE_SHORT_PROBLEM
    assert phone_problem("+380 6x", finished=False) == PHONE_CHARACTERS_PROBLEM


def test_empty_is_no_number_and_no_problem() -> None:
    assert phone_problem(None) is None and phone_problem("   ") is None
    assert email_problem("") is None
    assert email_problem("olha at ukr.net") == "is not an e-mail address"
    assert email_problem("olha.gava@ukr.net") is None


@given(st.text(alphabet="0123456789 ()-", min_size=1, max_size=40))
def test_any_digits_with_separators_pass_by_their_count(text: str) -> None:
    digits = sum(ch.isdigit() for ch in text)
    expected = (
        None
        if not text.strip() or 7 <= digits <= 15
        else PHONE_SHORT_PROBLEM
        if digits < 7
        else PHONE_LONG_PROBLEM
    )
    assert phone_problem(text) == expected
    assert phone_problem("+" + text.lstrip()) == (expected if text.strip() else PHONE_SHORT_PROBLEM)


@given(st.text(min_size=1, max_size=30).filter(lambda t: any(c.isalpha() for c in t)))
def test_a_letter_is_never_part_of_a_phone_number(text: str) -> None:
    assert phone_problem("067 " + text) == PHONE_CHARACTERS_PROBLEM
