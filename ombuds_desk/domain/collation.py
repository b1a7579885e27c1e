"""Sort keys that put Russian and Ukrainian names in alphabetical order.

Databases compare Cyrillic by code point, which puts Ukrainian і ї є ґ after я. A name's
sort key re-codes each letter by its place in one merged alphabet (Latin, then Cyrillic:
а б в г ґ д е ё є ж з и і ї й к … ы ь э ю я), two ASCII characters a letter, so any
database and any collation order the keys the same.
"""

from __future__ import annotations

import string
import unicodedata
from functools import lru_cache

ALPHABET = " " + string.digits + string.ascii_lowercase + "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя"
_DIGITS = string.digits + string.ascii_uppercase
_CODES = {ch: _DIGITS[i // 36] + _DIGITS[i % 36] for i, ch in enumerate(ALPHABET)}
MAX_SORT_KEY = 240


def base_letter(ch: str) -> str:
    if ch in _CODES:
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed and decomposed[0] in _CODES else ""


@lru_cache(maxsize=65536)
def _word_key(text: str) -> str:
    """The key of one part of a name: a list of 100,000 persons repeats its family, given
    names and patronymics many times over, each coded once (a pure function of the text)."""
    return "".join(_CODES[b] for b in (base_letter(c) for c in text.lower()) if b)


def sort_key(*parts: str | None) -> str:
    """One key for the parts in order (family, given, patronymic), case-insensitive.

    The key of the parts joined by spaces: each letter is lowered and coded on its own, so
    it is the parts' keys joined by the space's code."""
    key = _CODES[" "].join(_word_key(p.strip()) for p in parts if p and p.strip())
    return key[:MAX_SORT_KEY]
