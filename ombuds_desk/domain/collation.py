"""Sort keys that put Russian and Ukrainian names in alphabetical order.

Databases compare Cyrillic by code point, which puts Ukrainian і ї є ґ after я. A name's
sort key re-codes each letter by its place in one merged alphabet (Latin, then Cyrillic:
а б в г ґ д е ё є ж з и і ї й к … ы ь э ю я), two ASCII characters a letter, so any
database and any collation order the keys the same.
"""

from __future__ import annotations

import string
import unicodedata

ALPHABET = " " + string.digits + string.ascii_lowercase + "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя"
_DIGITS = string.digits + string.ascii_uppercase
_CODES = {ch: _DIGITS[i // 36] + _DIGITS[i % 36] for i, ch in enumerate(ALPHABET)}
MAX_SORT_KEY = 240


def base_letter(ch: str) -> str:
    if ch in _CODES:
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed and decomposed[0] in _CODES else ""


def sort_key(*parts: str | None) -> str:
    """One key for the parts in order (family, given, patronymic), case-insensitive."""
    text = " ".join(p.strip() for p in parts if p and p.strip()).lower()
    key = "".join(_CODES[b] for b in (base_letter(c) for c in text) if b)
    return key[:MAX_SORT_KEY]
