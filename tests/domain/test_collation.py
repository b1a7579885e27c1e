"""Names sort in alphabetical order, Ukrainian letters in their place."""

from ombuds_desk.domain.collation import sort_key


def test_ukrainian_and_russian_alphabet_order() -> None:
    names = [
        "Яковенко",
        "Іваненко",
        "Ґалаґан",
        "Гончар",
        "Єрмак",
        "Ежов",
        "Їжак",
        "Иванов",
        "Йосипенко",
        "Абрамов",
    ]
    assert sorted(names, key=sort_key) == [
        "Абрамов",
        "Гончар",
        "Ґалаґан",
        "Ежов",
        "Єрмак",
        "Иванов",
        "Іваненко",
        "Їжак",
        "Йосипенко",
        "Яковенко",
    ]


def test_case_insensitive_and_family_name_first() -> None:
    assert sort_key("ковальчук", "Олег") == sort_key("Ковальчук", "олег")
    assert sort_key("Коваль", "Яків") < sort_key("Ковальчук", "Андрій")


def test_latin_before_cyrillic() -> None:
    assert sort_key("Zubko") < sort_key("Абрамов")
