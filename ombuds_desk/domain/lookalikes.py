"""Letters that look the same in Latin and Cyrillic (A/А, B/В, C/С, E/Е, H/Н, K/К, M/М, O/О,
P/Р, T/Т, X/Х, Y/У).

Service numbers and document numbers are copied by hand from papers in either script, and
the two look identical on screen: ``НТ-215648`` typed on a Latin keyboard is ``HT-215648``.
Searches for numbers try every script's form.

Names suffer the same: ``Шевчeнко`` typed with a Latin ``e`` looks right and sorts, prints
and exports wrong. :func:`one_script` finds a word that mixes the scripts and offers it in
the script most of its letters are in (the Ukrainian ``і`` and the Latin ``i`` alike too).
"""

from __future__ import annotations

import re
from functools import lru_cache

_LATIN = "ABCEHKMOPTXY"
_CYRILLIC = "АВСЕНКМОРТХУ"
_TO_CYRILLIC = str.maketrans(_LATIN + _LATIN.lower(), _CYRILLIC + _CYRILLIC.lower())
_TO_LATIN = str.maketrans(_CYRILLIC + _CYRILLIC.lower(), _LATIN + _LATIN.lower())


def as_latin(text: str) -> str:
    return text.translate(_TO_LATIN)


def as_cyrillic(text: str) -> str:
    return text.translate(_TO_CYRILLIC)


def script_forms(text: str) -> list[str]:
    """The text as typed, in look-alike Latin and in look-alike Cyrillic, without repeats."""
    return list(dict.fromkeys((text, as_latin(text), as_cyrillic(text))))


# For names, besides the letters above: the Ukrainian and Belarusian і, which Latin i
# imitates exactly.
_NAME_LATIN = _LATIN + _LATIN.lower() + "IiÏï"
_NAME_CYRILLIC = _CYRILLIC + _CYRILLIC.lower() + "ІіЇї"
_NAME_TO_CYRILLIC = str.maketrans(_NAME_LATIN, _NAME_CYRILLIC)
_NAME_TO_LATIN = str.maketrans(_NAME_CYRILLIC, _NAME_LATIN)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")


def _mixes(word: str) -> bool:
    return bool(_LATIN_LETTER.search(word)) and bool(_CYRILLIC_LETTER.search(word))


@lru_cache(maxsize=65536)
def mixed_scripts(text: str) -> tuple[bool, str | None]:
    """Whether a word of ``text`` mixes Latin and Cyrillic letters, and ``text`` with each
    such word in one script (the one most of its letters are in; Cyrillic when as many are
    in each), or None when a mixed word has a letter with no look-alike in that script.
    ``(False, None)`` for a text in one script per word (``Ivan Шевченко`` is fine)."""
    if not _mixes(text):  # the common case, at the cost of two searches
        return False, None
    mixed = False
    fixable = True

    def one(found: re.Match[str]) -> str:
        nonlocal mixed, fixable
        word = found.group()
        if not _mixes(word):
            return word
        mixed = True
        latin = len(_LATIN_LETTER.findall(word))
        cyrillic = len(_CYRILLIC_LETTER.findall(word))
        fixed = word.translate(_NAME_TO_LATIN if latin > cyrillic else _NAME_TO_CYRILLIC)
        fixable = fixable and not _mixes(fixed)
        return fixed

    suggested = _WORD.sub(one, text)
    return mixed, (suggested if mixed and fixable else None)
