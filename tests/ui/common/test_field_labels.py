"""Labels of a person's fields: the form's mnemonics, the same words without them elsewhere,
and a field's problem worded as a sentence."""

from __future__ import annotations

import pytest

from ombuds_desk.domain.person_rules import CAPTIVE_FIELDS, EVACUEE_FIELDS
from ombuds_desk.ui.common.field_labels import (
    FIELD_LABELS,
    FIELDS_BY_CATEGORY,
    IDENTITY_FIELDS,
    label,
    problem_text,
)


def test_a_label_drops_its_mnemonic_unless_asked() -> None:
    assert label("date_of_birth") == "Date of birth"
    assert label("date_of_birth", mnemonic=True) == "Date of &birth"
    assert label("captured_at") == "Captured at (where)"
    assert label("icrc_number", mnemonic=True) == "ICRC n&o."


def test_a_field_without_a_label_is_shown_by_its_name() -> None:
    assert label("позивний") == "позивний"
    assert label("call_sign", mnemonic=True) == "call_sign"


def test_every_field_of_either_category_has_a_label() -> None:
    assert FIELDS_BY_CATEGORY == {"captive": CAPTIVE_FIELDS, "evacuee": EVACUEE_FIELDS}
    for field in (*CAPTIVE_FIELDS, *EVACUEE_FIELDS, *IDENTITY_FIELDS):
        assert field in FIELD_LABELS, field
        assert label(field) != field


def _mnemonic(field: str) -> str:
    text = label(field, mnemonic=True)
    assert text.count("&") == 1, text
    return text[text.index("&") + 1].casefold()


@pytest.mark.parametrize("category", ["captive", "evacuee"])
def test_mnemonics_are_unique_on_one_form(category: str) -> None:
    """Captive and evacuee fields never show together; each with the common fields must not
    share a letter, or Alt+letter would not reach the field."""
    other = FIELDS_BY_CATEGORY["evacuee" if category == "captive" else "captive"]
    shown = [f for f in FIELD_LABELS if f not in other]
    letters = [_mnemonic(f) for f in shown]
    assert len(set(letters)) == len(letters), sorted(letters)


@pytest.mark.parametrize(
    ("field", "problem", "expected"),
    [
        ("date_of_birth", "is in the future", "Date of birth is in the future"),
        ("family_name", "must not be empty", "Family name must not be empty"),
        (
            "date_of_birth",
            "use YYYY, MM.YYYY or DD.MM.YYYY",
            "Date of birth: use YYYY, MM.YYYY or DD.MM.YYYY",
        ),
        (
            "home_region",
            "невідома область «Київщинаʼ»",
            "Home region: невідома область «Київщинаʼ»",
        ),
        ("rank", "island", "Rank: island"),  # "is" only as a word of its own
    ],
)
def test_problem_text_reads_as_a_sentence(field: str, problem: str, expected: str) -> None:
    assert problem_text(field, problem) == expected
