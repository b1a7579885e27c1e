"""Encodings beyond UTF-8 and 1251: real Cyrillic lists written in KOI8-R, KOI8-U, DOS 866
and Mac Cyrillic are detected; text that reads as a mix of letters is refused, naming a few
of its words and offering the choice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.services.lists.text_encodings import (
    GarbledTextError,
    detect_encoding,
    encoding_name,
    plausibility,
)
from tests.services.lists.office_lists import RUSSIAN, UKRAINIAN, write_list

RUSSIAN_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r", "cp866", "mac-cyrillic"]
UKRAINIAN_ENCODINGS = ["utf-8", "utf-16", "cp1251", "koi8-u", "mac-cyrillic"]


@pytest.mark.parametrize("encoding", RUSSIAN_ENCODINGS)
def test_a_russian_list_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = write_list(tmp_path / "список.csv", RUSSIAN, encoding)
    table = read_table(path)
    assert table.encoding == encoding
    assert table.headers == RUSSIAN[0]
    assert [[c or "" for c in r.cells] for r in table.rows] == RUSSIAN[1:]


@pytest.mark.parametrize("encoding", UKRAINIAN_ENCODINGS)
def test_a_ukrainian_list_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = write_list(tmp_path / "список.csv", UKRAINIAN, encoding, "\t")
    table = read_table(path)
    assert table.encoding == encoding
    assert [[c or "" for c in r.cells] for r in table.rows] == UKRAINIAN[1:]


def test_an_all_capitals_koi8_list_is_not_taken_for_1251(tmp_path: Path) -> None:
    """Read as 1251, KOI8-R capitals are small letters: plausible in case, not in frequency."""
    rows = [["ФАМИЛИЯ", "ИМЯ"], ["ШЕВЧЕНКО", "ТАРАС"], ["ИВАНОВА", "АННА"], ["СИДОРОВ", "ОЛЕГ"]]
    assert detect_encoding(write_list(tmp_path / "a.csv", rows, "koi8-r").read_bytes()) == "koi8-r"
    assert detect_encoding(write_list(tmp_path / "b.csv", rows, "cp1251").read_bytes()) == "cp1251"


def test_the_issues_file_koi8_r_read_as_1251_is_refused(tmp_path: Path) -> None:
    """Today's bug: "Шевченко" imported as "ыЕЧЮЕОЛП" with exit 0."""
    path = write_list(tmp_path / "обмін.csv", RUSSIAN, "koi8-r")
    with pytest.raises(GarbledTextError) as caught:
        read_table(path, encoding="cp1251")
    assert "ыЕЧЮЕОЛП" in caught.value.words
    assert caught.value.encoding == "cp1251"
    assert str(caught.value).startswith(
        "обмін.csv does not read as text in the encoding chosen, Windows-1251 (Cyrillic): it "
        "gives words such as “жБНЙМЙС”"  # Фамилия
    )
    assert "Choose the encoding it was saved in (Windows-1251, KOI8-R" in str(caught.value)


@pytest.mark.parametrize(
    ("written", "read_as"),
    [("cp1251", "cp866"), ("cp866", "koi8-r"), ("mac-cyrillic", "koi8-r"), ("cp1251", "cp1252")],
)
def test_any_wrong_choice_is_refused(tmp_path: Path, written: str, read_as: str) -> None:
    path = write_list(tmp_path / "list.csv", RUSSIAN, written)
    with pytest.raises(GarbledTextError):
        read_table(path, encoding=read_as)


def test_text_no_encoding_makes_plausible_is_refused_unasked(tmp_path: Path) -> None:
    """Half the rows KOI8-R, half 1251 (two lists pasted together): no choice reads both."""
    path = tmp_path / "pasted.csv"
    head = ";".join(RUSSIAN[0]) + "\n"
    koi = "".join(";".join(r) + "\n" for r in RUSSIAN[1:3]).encode("koi8-r")
    win = "".join(";".join(r) + "\n" for r in RUSSIAN[3:]).encode("cp1251")
    path.write_bytes(head.encode("koi8-r") + koi + win * 3)
    with pytest.raises(GarbledTextError, match="in the encoding it seems to be in"):
        read_table(path)


def test_plausible_text_of_every_kind_passes() -> None:
    for text in (
        "Шевченко ШЕВЧЕНКО шевченко Купʼянськ Пʼятницька-Ґонта «лист» №5 в/ч А4751",
        "José Müller François Øster Nguyễn",
        "ТОВ «Ромашка» ЗСУ СІЗО-1",
        "Kиїв Харкiв Одеса Львів Дніпро",  # a Latin K and i typed by mistake: no encoding's
    ):
        assert not plausibility(text).implausible, plausibility(text).garbled


def test_encoding_names_for_the_dialog() -> None:
    assert encoding_name("koi8_r") == "KOI8-R (Russian)"
    assert encoding_name("cp866") == "DOS 866 (Cyrillic)"
    assert encoding_name("x-unknown") == "x-unknown"


_FAMILY = (
    "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Олійник", "Шевчук", "Поліщук",
    "Мельник", "Іваненко", "Ґонта", "Єрмоленко", "Їжакевич", "Иванов", "Кузнецов", "Попова",
    "Васильева", "Фёдоров", "Морозов", "Лебедев", "Егоров", "Щербак", "Зайцев", "Юрченко",
)  # fmt: skip
_GIVEN = (
    "Тарас", "Іван", "Олена", "Оксана", "Петро", "Юрій", "Євгенія", "Ганна", "Ілля", "Анна",
    "Елена", "Сергей", "Дмитрий", "Ольга", "Наталья", "Андрей", "Эдуард", "Яна",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_FAMILY),
            st.sampled_from(_GIVEN),
            st.sampled_from([str, str.upper]),  # names as they are typed
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["cp1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic"]),
    st.booleans(),
)
# Found by the search (a CI run could have met it): capitals alike in Mac Cyrillic and 866,
# the one name in small letters read as 866 kept its case and lost its vowels (Лхсхфхт).
@example(
    rows=[
        ("Коваленко", "Олена", str.upper),
        ("Коваленко", "Эдуард", str.upper),
        ("Коваленко", "Эдуард", str.upper),
        ("Лебедев", "Ганна", str),
    ],
    encoding="mac-cyrillic",
    cyrillic_header=False,
)
def test_any_short_list_of_names_is_read_back_as_written(
    rows: list[tuple[str, str, Callable[[str], str]]], encoding: str, cyrillic_header: bool
) -> None:
    """Even one or two rows in capitals, where the letters' frequencies alone mislead. (A
    list of one or two names typed all in small letters may be read in a wrong code page
    with no garbled word: the dialog's preview shows it, and the encoding can be chosen.)"""
    header = "Прізвище;Імя\n" if cyrillic_header else "family_name;given_name\n"
    text = header + "".join(f"{case(f)};{case(g)}\n" for f, g, case in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # Ukrainian letters in a Russian code page: no such file can exist
    assert data.decode(detect_encoding(data)) == text
    assert not plausibility(text).implausible
