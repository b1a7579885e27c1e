"""Latin transliteration of Cyrillic names after ICAO Doc 9303 (the passport standard).

``iuliia``'s ICAO scheme covers Russian; Ukrainian і ї є ґ it leaves as they are, so they
are mapped first to what ICAO 9303 gives them (I, I, IE, G). The apostrophe is dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia

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


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@lru_cache(maxsize=16384)  # names repeat: an imported list of 100,000 has a few thousand
def to_latin(text: str) -> str:
    """ICAO 9303 Latin form of a name; Latin input comes back unchanged."""
    if not text or not has_cyrillic(text):
        return text
    prepared = text.translate(_UKRAINIAN_FIRST)
    # "Є" alone became "Ie"; a word in capitals should stay in capitals.
    latin: str = iuliia.ICAO_DOC_9303.translate(prepared)
    if text.isupper():
        latin = latin.upper()
    return latin
