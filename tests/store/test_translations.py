"""The ``.ts`` catalogues read without Qt: finished entries only, plural forms by each
language's rule, the English source where nothing is translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language, translate
from ombuds_desk.store.translations import Catalogue, catalogue, extracted, read_ts

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>Mail</name>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n лист</numerusform>
            <numerusform>%n листи</numerusform>
            <numerusform>%n листів</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished">Посилка</translation>
    </message>
    <message>
        <source>Seal</source>
        <comment>a parcel's</comment>
        <translation>Пломба</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def ukrainian_mail(tmp_path: Path) -> Catalogue:
    path = tmp_path / "mail_uk.ts"
    path.write_text(TS, encoding="utf-8")
    return Catalogue(Language.UK, read_ts(path))


def test_finished_entries_translate_and_unfinished_fall_back(ukrainian_mail: Catalogue) -> None:
    assert ukrainian_mail("Mail", "Letter", None, -1) == "Лист"
    assert ukrainian_mail("Mail", "Parcel", None, -1) == "Parcel"  # unfinished: the source
    assert ukrainian_mail("Other", "Letter", None, -1) == "Letter"  # another context
    assert ukrainian_mail("Mail", "Seal", "a parcel's", -1) == "Пломба"
    assert ukrainian_mail("Mail", "Seal", None, -1) == "Seal"  # the comment tells them apart


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 лист"),
        (2, "2 листи"),
        (4, "4 листи"),
        (5, "5 листів"),
        (11, "11 листів"),
        (12, "12 листів"),
        (21, "21 лист"),
        (22, "22 листи"),
        (25, "25 листів"),
        (111, "111 листів"),
        (0, "0 листів"),
    ],
)
def test_ukrainian_plurals_follow_the_count(
    ukrainian_mail: Catalogue, n: int, expected: str
) -> None:
    assert ukrainian_mail("Mail", "%n letters", None, n) == expected


def test_a_catalogue_serves_translate_inside_using(ukrainian_mail: Catalogue) -> None:
    with i18n.using(ukrainian_mail):
        assert translate("Mail", "%n letters", None, 3) == "3 листи"
    assert translate("Mail", "%n letters", None, 3) == "3 letters"


@pytest.mark.parametrize("language", [Language.RU, Language.UK])
def test_the_shipped_catalogues_translate_what_lupdate_found(language: Language) -> None:
    words = catalogue(language)
    found = extracted(language)
    assert len(found) > 100  # the code's texts were extracted
    translated = [key for key in found if words.lookup(key[0], key[1], key[2], 1) is not None]
    # Every extracted text has its translation (tests/test_translations.py names any missing).
    assert len(translated) == len(found)
