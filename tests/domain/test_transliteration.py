"""Latin forms follow ICAO Doc 9303 for Russian and Ukrainian names."""

import pytest

from ombuds_desk.domain.transliteration import has_cyrillic, to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # Russian
        ("Сергей", "Sergei"),
        ("Фёдор", "Fedor"),
        ("Щербаков", "Shcherbakov"),
        ("Юрий", "Iurii"),
        ("Крылов", "Krylov"),
        ("Подъячев", "Podieiachev"),
        ("Ольга", "Olga"),
        ("Харченко", "Kharchenko"),
        # Ukrainian: і ї є ґ and the apostrophe
        ("Григорій", "Grigorii"),
        ("Їжакевич", "Izhakevich"),
        ("Євгенія", "Ievgeniia"),
        ("Ґонта", "Gonta"),
        ("Пʼятницька", "Piatnitska"),
        ("Мар'яна", "Mariana"),
        ("Олексій", "Oleksii"),
        ("ЄВГЕН", "IEVGEN"),
    ],
)
def test_icao_9303(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_latin_names_pass_unchanged() -> None:
    assert to_latin("O'Connor") == "O'Connor"
    assert not has_cyrillic("Müller")
    assert has_cyrillic("Ґонта")
