"""Latin forms follow ICAO Doc 9303 for Russian and Ukrainian names."""

import pytest

from ombuds_desk.domain.name_keys import name_keys
from ombuds_desk.domain.transliteration import LatinForm, has_cyrillic, to_latin


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


@pytest.mark.parametrize(
    ("cyrillic", "kmu", "icao"),
    [
        ("Ярослав Мельник", "Yaroslav Melnyk", "Iaroslav Melnik"),
        ("Згурський", "Zghurskyi", "Zgurskii"),
        ("Юрій", "Yurii", "Iurii"),
        ("Їжакевич", "Yizhakevych", "Izhakevich"),
        ("Євгенія", "Yevheniia", "Ievgeniia"),
        ("Григорій", "Hryhorii", "Grigorii"),
        ("Пʼятницька", "Piatnytska", "Piatnitska"),
        ("Щербина", "Shcherbyna", "Shcherbina"),
        ("ЮРІЙ", "YURII", "IURII"),
    ],
)
def test_kmu_2010_beside_icao_9303(cyrillic: str, kmu: str, icao: str) -> None:
    assert to_latin(cyrillic, LatinForm.KMU2010) == kmu
    assert to_latin(cyrillic, LatinForm.ICAO9303) == icao == to_latin(cyrillic)
    # Search folds both standards' spellings (and the Cyrillic) into the same keys.
    assert name_keys(kmu) == name_keys(icao) == name_keys(cyrillic)


def test_a_russian_name_keeps_icao_under_kmu() -> None:
    assert to_latin("Фёдоров", LatinForm.KMU2010) == "Fedorov"
    assert to_latin("Подъячев", LatinForm.KMU2010) == "Podieiachev"


def test_the_setting_names_the_form() -> None:
    assert LatinForm.of_setting("kmu2010") is LatinForm.KMU2010
    assert LatinForm.of_setting(" KMU2010 ") is LatinForm.KMU2010
    assert LatinForm.of_setting("") is LatinForm.ICAO9303
    assert LatinForm.of_setting("passport") is LatinForm.ICAO9303
