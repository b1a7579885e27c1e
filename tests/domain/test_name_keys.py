"""Search keys make spelling variants of one name meet, and keep different names apart."""

import pytest

from ombuds_desk.domain.name_keys import name_keys, query_keys, word_key

SAME = [
    ("Харченко", ["Kharchenko", "Harchenko", "kharchenko"]),
    ("Юрій", ["Yurii", "Iurii", "Yuriy", "Юрий", "Jurij"]),
    ("Євгенія", ["Yevheniia", "Ievgeniia", "Evgenia", "Евгения"]),
    ("Григорій", ["Hryhorii", "Grigorii", "Grigoriy", "Григорий"]),
    ("Пʼятницька", ["P'yatnytska", "Piatnitska", "Пятницька", "П'ятницька"]),
    ("Іваненко", ["Ivanenko", "IVANENKO", "Иваненко"]),
    ("Андрій", ["Andriy", "Andrii", "Андрей", "Andrei", "Andrey"]),
    ("Щербак", ["Shcherbak", "Scherbak"]),
    ("Їжакевич", ["Yizhakevych", "Izhakevich"]),
    ("Ґонта", ["Gonta", "Honta"]),
]


@pytest.mark.parametrize(("name", "variants"), SAME)
def test_variants_share_a_key(name: str, variants: list[str]) -> None:
    for variant in variants:
        assert word_key(variant) == word_key(name), variant


@pytest.mark.parametrize(
    ("one", "other"),
    [("Іваненко", "Петренко"), ("Марія", "Мирон"), ("Коваль", "Ковальчук"), ("Oleh", "Olena")],
)
def test_different_names_differ(one: str, other: str) -> None:
    assert word_key(one) != word_key(other)


def test_keys_split_words_and_ignore_punctuation() -> None:
    assert name_keys("Анна-Марія  Ковальчук", None) == {
        word_key("Анна"),
        word_key("Марія"),
        word_key("Ковальчук"),
    }
    assert query_keys("  ivan  IVAN ") == [word_key("ivan")]
    assert word_key("…") == ""
