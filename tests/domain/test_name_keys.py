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
    # ё: e in passports, yo / io informally
    ("Фёдоров", ["Fedorov", "Fyodorov", "Fiodorov", "Федоров"]),
    ("Семёнов", ["Semenov", "Semyonov", "Semionov"]),
    ("Соловьёва", ["Solovyova", "Solovieva", "Solovyeva", "Соловйова"]),
    ("Александр", ["Aleksandr", "Alexander", "Aleksander"]),
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


@pytest.mark.parametrize(
    ("name", "other_form"),
    [
        ("Олександр", "Александр"),
        ("Олександрович", "Александрович"),
        ("Євген", "Евгений"),
        ("Дмитро", "Дмитрий"),
        ("Микола", "Николай"),
        ("Володимир", "Владимир"),
        ("Тетяна", "Татьяна"),
        ("Петро", "Pyotr"),
        ("Пʼятницька", "Пятницкая"),
        ("Світлана", "Светлана"),
        ("Катерина", "Екатерина"),
        ("Федір", "Fyodor"),
    ],
)
def test_ukrainian_and_russian_forms_share_a_stored_key(name: str, other_form: str) -> None:
    assert name_keys(name) & name_keys(other_form)
    assert word_key(other_form) in name_keys(name)
    assert word_key(name) in name_keys(other_form)


def test_variant_tables_hold_keys_and_leave_other_names_alone() -> None:
    from ombuds_desk.domain import name_keys as module

    for group in [*module._STEM_VARIANTS, *module._WHOLE_VARIANTS]:
        for key in group:
            assert word_key(key) == key, key
    assert name_keys("Василенко") == {"vasilenko"}
    assert name_keys("Олег") == {"oleh"}


def test_a_word_cut_inside_a_letter_pair_also_tries_the_pair() -> None:
    assert query_keys("Pyatnyt") == ["piatnit", "piatnic"]
    assert query_keys("Kh") == ["h"] and query_keys("K") == ["k", "h"]
    assert query_keys("Shc") == ["shc", "sh"]
    assert query_keys("Ivan") == ["ivan"]
