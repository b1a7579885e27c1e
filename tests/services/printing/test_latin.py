"""The Latin form printed for a name: ICAO 9303 or KMU 2010 after the office's setting, a
form typed by hand as typed, a name spelt in Russian always after ICAO 9303."""

from __future__ import annotations

import pytest

from ombuds_desk.services.printing.latin import ICAO, KMU, latin, latin_name, printed_latin


@pytest.mark.parametrize(
    ("name", "kmu", "icao"),
    [
        ("Мельник Ярослав", "Melnyk Yaroslav", "Melnik Iaroslav"),
        ("Юрій", "Yurii", "Iurii"),
        ("Згурський", "Zghurskyi", "Zgurskii"),
        ("Єнакієве", "Yenakiieve", "Ienakiieve"),
        ("Їжакевич", "Yizhakevych", "Izhakevich"),
        ("Йосипенко", "Yosypenko", "Iosipenko"),
        ("Короп’ятник", "Koropiatnyk", "Koropiatnik"),
        ("Гаврилюк", "Havryliuk", "Gavriliuk"),
        ("Ґалаґан", "Galagan", "Galagan"),
        ("ШЕВЧЕНКО", "SHEVCHENKO", "SHEVCHENKO"),
    ],
)
def test_kmu_2010_and_icao_9303(name: str, kmu: str, icao: str) -> None:
    assert (latin(name, KMU), latin(name, ICAO)) == (kmu, icao)


def test_typed_by_hand_is_printed_as_typed() -> None:
    assert printed_latin("Ярослав", "Jaroslav", KMU) == "Jaroslav"
    assert printed_latin("Ярослав", "Iaroslav", KMU) == "Yaroslav"  # derived: the setting's
    assert printed_latin("Smith", "Smith", KMU) == "Smith"
    assert printed_latin(None, None, KMU) == ""


def test_a_name_spelt_in_russian_keeps_icao() -> None:
    none: tuple[None, None, None] = (None, None, None)
    assert latin_name(("Богданов", "Руслан", "Игоревич"), none, KMU) == (
        "Bogdanov Ruslan Igorevich"
    )
    assert latin_name(("Воробьёв", "Илья", None), none, KMU) == "Vorobev Ilia"
    assert latin_name(("Мельник", "Ярослав", "Олегович"), none, KMU) == (
        "Melnyk Yaroslav Olehovych"
    )
