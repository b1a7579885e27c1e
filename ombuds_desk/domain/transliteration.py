"""Latin transliteration of Cyrillic names: ICAO Doc 9303 or Ukraine's KMU 2010 standard.

Two standards, an office's choice (the LATIN_FORM setting, ``services/core/office_settings``):

- ICAO Doc 9303 (machine-readable travel documents): Мельник Ярослав → Melnik Iaroslav.
  ``iuliia``'s ICAO scheme covers Russian; Ukrainian і ї є ґ it leaves as they are, so they
  are mapped first to what ICAO 9303 gives them (I, I, IE, G). The apostrophe is dropped.
- KMU 2010 (Cabinet of Ministers resolution 55, the Ukrainian passport's spelling):
  Мельник Ярослав → Melnyk Yaroslav, Згурський → Zghurskyi (``translitua``). It is written for
  Ukrainian only: a name with letters Ukrainian does not have (ы э ё ъ) is Russian and keeps
  ICAO 9303 whichever form is chosen.

Search does not depend on the choice: ``name_keys`` folds both spellings into one key.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache


class LatinForm(StrEnum):
    """The standard a Cyrillic name's Latin form follows (the LATIN_FORM setting's values)."""

    ICAO9303 = "icao9303"
    KMU2010 = "kmu2010"

    @classmethod
    def of_setting(cls, value: str | None) -> LatinForm:
        """The form a stored setting names; ICAO 9303 (the default) for anything else."""
        try:
            return cls((value or "").strip().lower())
        except ValueError:
            return cls.ICAO9303


_UKRAINIAN_FIRST = str.maketrans(
    {
        "і": "i",
        "І": "I",
        "ї": "i",
        "Ї": "I",
        "є": "ie",
        "Є": "Ie",
        "ґ": "g",
        "Ґ": "G",
        "ʼ": "",
        "’": "",
        "'": "",
        "`": "",
        "‘": "",
    }
)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Letters only Russian spells with, and a word starting with И (Ukrainian writes І: Ігор).
_RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]|\bИ")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def is_russian_only(text: str) -> bool:
    """Whether ``text`` is spelt as only Russian spells: a letter Ukrainian lacks (ы э ё ъ), or
    a word starting with И (Игорь; Ukrainian writes Ігор)."""
    return bool(_RUSSIAN_ONLY.search(text))


@lru_cache(maxsize=16384)  # names repeat: an imported list of 100,000 has a few thousand
def to_latin(text: str, form: LatinForm = LatinForm.ICAO9303) -> str:
    """The Latin form of a name after ``form``; Latin input comes back unchanged."""
    if not text or not has_cyrillic(text):
        return text
    if form is LatinForm.KMU2010 and not is_russian_only(text):
        return _kmu(text)
    return _icao(text)


def _kmu(text: str) -> str:
    # Imported at the first name written in Latin (to_latin keeps what it wrote), not at
    # the window's start.
    from translitua import UkrainianKMU, translit

    latin: str = translit(text, UkrainianKMU)
    if text.isupper():
        latin = latin.upper()  # "ЮРІЙ" → "YURII", not "YuRII"
    return latin


def _icao(text: str) -> str:
    import iuliia  # at the first name written in Latin, as in _kmu

    prepared = text.translate(_UKRAINIAN_FIRST)
    # "Є" alone became "Ie"; a word in capitals should stay in capitals.
    latin: str = iuliia.ICAO_DOC_9303.translate(prepared)
    if text.isupper():
        latin = latin.upper()
    return latin
