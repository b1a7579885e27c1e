"""Spelling-insensitive search keys for names.

A name is cut into words and each word reduced to a *key*: a coarse Latin skeleton in which
the usual transliteration variants of Russian and Ukrainian names fall together (Kharchenko,
Harchenko, Харченко; Yurii, Iurii, Yuriy, Юрій; Yevhen, Ievgen, Євген). The same function
reduces what a user types, so a prefix of a key matches however the name was spelled.
A key can match more than one spelling; ranking and the user's eye settle the rest.

Some names differ between Ukrainian and Russian beyond spelling (Олександр / Александр,
Дмитро / Дмитрий, Пʼятницька / Пятницкая): a stored name also gets the keys of its other
form (:func:`variant_keys`), so either form typed finds it. Changing any table here makes
the keys already stored stale: bump :data:`KEYS_VERSION`, and existing databases are
re-keyed by ``services/search_index.py``.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC_COARSE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}

# Applied in order to the Latin form; each folds variants that spellings of one name use.
_FOLDS: list[tuple[str, str]] = [
    ("shch", "sh"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ck", "k"),
    ("kh", "h"),
    ("gh", "h"),
    ("g", "h"),
    ("zh", "z"),
    ("tz", "c"),
    ("ts", "c"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ph", "f"),
    ("y", "i"),
    ("j", "i"),
    # Russian ё is written e (ICAO, passports) or yo/io (informally: Fyodorov, Semyonov).
    ("io", "e"),
    ("ie", "e"),
    ("ei", "i"),
    # Alexander / Aleksandr / Олександр: the Western spelling keeps a vowel before the r.
    ("ander", "andr"),
]
# Bump on any change that alters the keys a name gets (services/search_index.py re-keys).
KEYS_VERSION = 3

# Ukrainian and Russian forms of one name, as keys. Stems match at the start of a word
# (so patronymics and feminine forms follow: Олександрович, Олександра); whole keys only
# the key itself (Василь / Василий, but not the surname Василенко).
_STEM_VARIANTS: list[tuple[str, str]] = [
    ("oleks", "aleks"),
    ("volodimir", "vladimir"),
    ("tetian", "tatian"),
    ("svitlan", "svetlan"),
    ("katerin", "ekaterin"),
    ("mikit", "nikit"),
]
_WHOLE_VARIANTS: list[tuple[str, ...]] = [
    ("evhen", "evheni"),
    ("dmitro", "dmitri"),
    ("petro", "petr"),
    ("mihailo", "mihail"),
    ("vasil", "vasili"),
    ("olena", "elena"),
    ("pavlo", "pavel"),
    ("fedir", "fedor"),
    ("iakiv", "iakov"),
    ("kirilo", "kiril"),
    ("danilo", "danil"),
    ("nadia", "nadezda"),
    ("mikola", "nikolai"),
]
# Feminine surnames: Ukrainian -ська / -цька, Russian -ская / -цкая.
_ENDING_VARIANTS: list[tuple[str, str]] = [("ska", "skaia"), ("cka", "ckaia")]
# A word typed so far may stop inside a pair of letters that folds (the "t" of "ts", the
# "k" of "kh"): its key then also tries what the pair becomes once completed.
_UNFINISHED: list[tuple[str, str]] = [
    ("shc", "sh"),
    ("sc", "sh"),
    ("tc", "c"),
    ("t", "c"),
    ("k", "h"),
]

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


def variant_keys(key: str) -> set[str]:
    """Keys of the other language's form of the same name (empty when there is none)."""
    found: set[str] = set()
    for one, other in _STEM_VARIANTS:
        for a, b in ((one, other), (other, one)):
            if key.startswith(a):
                found.add(b + key[len(a) :])
    for group in _WHOLE_VARIANTS:
        if key in group:
            found.update(group)
    for one, other in _ENDING_VARIANTS:
        if key.endswith(other):
            found.add(key[: -len(other)] + one)
        elif key.endswith(one):
            found.add(key[: -len(one)] + other)
    found.discard(key)
    return found


def unfinished_keys(key: str) -> list[str]:
    """Keys a prefix typed so far may grow into when its last letters are half a pair."""
    for tail, becomes in _UNFINISHED:
        if key.endswith(tail):
            return [key[: -len(tail)] + becomes]
    return []


def words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(text) if w]


def name_keys(*names: str | None) -> set[str]:
    """Every distinct key of every word of the given names."""
    keys: set[str] = set()
    for name in names:
        if name:
            for key in (word_key(w) for w in words(name)):
                if key:
                    keys.add(key)
                    keys.update(variant_keys(key))
    return keys


def query_keys(query: str) -> list[str]:
    """Keys of what a user typed, in order, duplicates dropped; each word's key is followed
    by what it becomes if its last letters are half a pair (``pyatnyt`` also as ``piatnic``).
    Any key of a word may match: they are alternatives, not further words."""
    seen: list[str] = []
    for key in (word_key(w) for w in words(query)):
        for option in (key, *unfinished_keys(key)) if key else ():
            if option not in seen:
                seen.append(option)
    return seen
