"""The domain's words: stored as text, shown with a label, read back from what people type."""

from __future__ import annotations

import pytest

from ombuds_desk.domain import enums
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Channel,
    LabelledEnum,
    ReviewDecision,
    Role,
)


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (CaseStatus.AWAITING_ACCEPTANCE, "Awaiting acceptance"),
        (CaseStatus.LISTED_FOR_EXCHANGE, "Listed for exchange"),
        (Category.CAPTIVE, "Captive"),
        (ReviewDecision.KEEP_WAITING, "Keep waiting"),
        (Channel.COUNTERPART_OMBUDSMAN, "Counterpart ombudsman"),
        (Channel.ICRC, "ICRC"),  # an acronym keeps its capitals
        (Channel.OTHER, "Other"),
    ],
)
def test_a_label_is_the_value_in_words(member: LabelledEnum, label: str) -> None:
    assert member.label == label


@pytest.mark.parametrize(
    "typed",
    [
        "awaiting_acceptance",
        "Awaiting acceptance",
        "  AWAITING-ACCEPTANCE ",
        "awaiting Acceptance",
    ],
)
def test_the_value_or_its_label_is_read_back_however_typed(typed: str) -> None:
    assert CaseStatus.parse(typed) is CaseStatus.AWAITING_ACCEPTANCE


DOMAIN_ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
]


def test_every_member_reads_back_from_its_own_label() -> None:
    assert len(DOMAIN_ENUMS) >= 15
    for enum in DOMAIN_ENUMS:
        for member in enum:
            assert enum.parse(member.label) is member, member


def test_an_unknown_word_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError) as raised:
        Category.parse("турист")
    assert str(raised.value) == "unknown Category: 'турист' (expected one of captive, evacuee)"


def test_values_are_plain_text() -> None:
    assert CaseStatus.RETURN_REQUESTED == "return_requested"
    assert f"{Role.SUPERVISOR}" == "supervisor"


def test_case_numbers_are_prefixed_by_category() -> None:
    assert [c.prefix for c in Category] == ["CAP", "EVA"]


def test_roles_rank_caseworker_supervisor_admin() -> None:
    assert sorted(Role, key=lambda r: r.rank) == [Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN]
    assert len({r.rank for r in Role}) == len(Role)
