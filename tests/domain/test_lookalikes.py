"""Latin and Cyrillic letters that look the same: a number copied in either script is found
in both."""

from __future__ import annotations

import pytest

from ombuds_desk.domain.lookalikes import (
    MixedScripts,
    as_cyrillic,
    as_latin,
    mixed_scripts,
    script_forms,
)


def test_lookalike_cyrillic_becomes_latin() -> None:
    assert as_latin("НТ-215648") == "HT-215648"
    assert as_latin("АВСЕНКМОРТХУ авсеокмнортху") == "ABCEHKMOPTXY abceokmhoptxy"


def test_lookalike_latin_becomes_cyrillic() -> None:
    assert as_cyrillic("HT-215648") == "НТ-215648"
    assert as_cyrillic("ABCEHKMOPTXY") == "АВСЕНКМОРТХУ"


def test_letters_without_a_twin_stay_as_they_are() -> None:
    assert as_latin("ЖД-77 Ґ ї Z") == "ЖД-77 Ґ ї Z"
    assert as_cyrillic("ZD-77 Q") == "ZD-77 Q"


@pytest.mark.parametrize(
    ("typed", "forms"),
    [
        ("НТ-215648", ["НТ-215648", "HT-215648"]),
        ("HT-215648", ["HT-215648", "НТ-215648"]),
        ("Hт-215648", ["Hт-215648", "Ht-215648", "Нт-215648"]),  # typed in both scripts
        ("215648", ["215648"]),
        ("ЖД-1", ["ЖД-1"]),
    ],
)
def test_every_script_form_once_the_typed_one_first(typed: str, forms: list[str]) -> None:
    assert script_forms(typed) == forms


def test_the_two_ways_are_each_others_inverse_on_lookalikes() -> None:
    latin = "ABCEHKMOPTXYabcehkmoptxy"
    assert as_latin(as_cyrillic(latin)) == latin


@pytest.mark.parametrize(
    ("typed", "latin_among_cyrillic", "letters", "suggested"),
    [
        ("Шевчeнко", True, ((5, "e"),), "Шевченко"),  # a Latin e in a Cyrillic word
        ("Іваненкo", True, ((8, "o"),), "Іваненко"),  # a Latin o
        ("Iваненко", True, ((1, "I"),), "Іваненко"),  # a Latin I for the Ukrainian І
        ("Ïжакевич", True, ((1, "Ï"),), "Їжакевич"),
        ("Марʼянa Петрівнa", True, ((7, "a"), (16, "a")), "Марʼяна Петрівна"),
        ("Ivanоv", False, ((5, "о"),), "Ivanov"),  # a Cyrillic о in a Latin word
        ("Шевчgнко", True, ((5, "g"),), None),  # g has no Cyrillic twin
    ],
)
def test_a_word_mixing_scripts_names_its_odd_letters_and_is_offered_in_one(
    typed: str,
    latin_among_cyrillic: bool,
    letters: tuple[tuple[int, str], ...],
    suggested: str | None,
) -> None:
    assert mixed_scripts(typed) == MixedScripts(latin_among_cyrillic, letters, suggested)


@pytest.mark.parametrize("typed", ["Шевченко", "Ivan Шевченко", "Ґудзь-Shevchenko", "O'Neil"])
def test_a_name_in_one_script_a_word_is_as_written(typed: str) -> None:
    assert mixed_scripts(typed) is None
