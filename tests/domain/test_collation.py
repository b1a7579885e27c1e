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


def test_the_key_of_a_names_parts_is_the_key_of_the_name_they_make() -> None:
    # Each part is coded on its own (and once per distinct part): the parts' key must be
    # that of the whole name, a part without a letter, a sigma at a word's end, a letter
    # that lowers to two and a name cut at the key's length limit included.
    def whole(*parts: str | None) -> str:
        return sort_key(" ".join(p.strip() for p in parts if p and p.strip()))

    cases: list[tuple[str | None, ...]] = [
        ("Шевченко", "Тарас", "Григорович"),
        ("  Мар'яна ", None, "Іванівна"),
        ("Коваль", "—", "Петро"),
        ("ΟΔΥΣΣΕΥΣ", "İbrahim", "Öztürk-Łoś"),
        ("Дмитренко Бойко", "", "   "),
        ("Щ" * 100, "Ж" * 30, "Ї"),
    ]
    for parts in cases:
        assert sort_key(*parts) == whole(*parts)
    assert sort_key("Коваль", "—", "Петро") != sort_key("Коваль", "Петро")
    assert len(sort_key("Щ" * 100, "Ж" * 30, "Ї")) == 240
