"""Spelling-insensitive search keys for names.

A name is cut into words and each word reduced to a *key*: a coarse Latin skeleton in which
the usual transliteration variants of Russian and Ukrainian names fall together (Kharchenko,
Harchenko, Харченко; Yurii, Iurii, Yuriy, Юрій; Yevhen, Ievgen, Євген). The same function
reduces what a user types, so a prefix of a key matches however the name was spelled.
A key can match more than one spelling; ranking and the user's eye settle the rest.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC_COARSE = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip

# Applied in order to the Latin form; each folds variants that spellings of one name use.
_FOLDS: list[tuple[str, str]] = [
    ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("ck", "k"),
    ("kh", "h"), ("gh", "h"), ("g", "h"),
    ("zh", "z"), ("tz", "c"), ("ts", "c"),
    ("x", "ks"), ("w", "v"), ("q", "k"), ("ph", "f"),
    ("y", "i"), ("j", "i"),
    ("ie", "e"), ("ei", "i"),
]  # fmt: skip
_APOSTROPHES = "ʼ'’‘`\"ʹ"
_WORD_SPLIT = re.compile(r"[\s\-‐–—,.;/()]+")
_REPEATS = re.compile(r"(.)\1+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_key(word: str) -> str:
    """The search key of one word (may be empty for punctuation)."""
    text = word.lower()
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    # й and ё decompose under NFKD; map Cyrillic before stripping marks.
    text = "".join(_CYRILLIC_COARSE.get(c, c) for c in text)
    text = _strip_marks(text)
    text = "".join(c for c in text if c.isalnum())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return _REPEATS.sub(r"\1", text)


def words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(text) if w]


def name_keys(*names: str | None) -> set[str]:
    """Every distinct key of every word of the given names."""
    keys: set[str] = set()
    for name in names:
        if name:
            keys.update(k for k in (word_key(w) for w in words(name)) if k)
    return keys


def query_keys(query: str) -> list[str]:
    """Keys of what a user typed, in order, duplicates dropped."""
    seen: list[str] = []
    for key in (word_key(w) for w in words(query)):
        if key and key not in seen:
            seen.append(key)
    return seen
