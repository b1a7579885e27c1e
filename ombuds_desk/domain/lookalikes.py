"""Letters that look the same in Latin and Cyrillic (A/А, B/В, C/С, E/Е, H/Н, K/К, M/М, O/О,
P/Р, T/Т, X/Х, Y/У).

Service numbers and document numbers are copied by hand from papers in either script, and
the two look identical on screen: ``НТ-215648`` typed on a Latin keyboard is ``HT-215648``.
Searches for numbers try every script's form.

Names suffer the same: ``Шевчeнко`` typed with a Latin ``e`` looks right and sorts, prints
and exports wrong. :func:`mixed_scripts` finds a word that mixes the scripts, names its odd letters
(on screen they look right: only their place can show them) and offers the word in the
script most of its letters are in (the Ukrainian ``і`` and the Latin ``i`` alike too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class MixedScripts:
    """Words of a text that mix the scripts: which letters are the odd ones out (their
    1-based place in the text, and the letter), and the text in one script a word."""

    latin_among_cyrillic: bool  # of the first such word; else Cyrillic among Latin
    letters: tuple[tuple[int, str], ...]
    suggested: str | None  # None: an odd letter has no look-alike in the other script


@lru_cache(maxsize=65536)
def mixed_scripts(text: str) -> MixedScripts | None:
    """Whether a word of ``text`` mixes Latin and Cyrillic letters: its letters in the
    script fewer of its letters are in (Cyrillic wins a tie), and ``text`` with each such
    word in the other script. None for a text in one script a word (``Ivan Шевченко``)."""
    if not _mixes(text):  # the common case, at the cost of two searches
        return None
    odd: list[tuple[int, str]] = []
    directions: list[bool] = []
    parts: list[str] = []
    end = 0
    fixable = True
    for found in _WORD.finditer(text):
        word = found.group()
        parts.append(text[end : found.start()])
        end = found.end()
        if not _mixes(word):
            parts.append(word)
            continue
        to_latin = len(_LATIN_LETTER.findall(word)) > len(_CYRILLIC_LETTER.findall(word))
        directions.append(not to_latin)
        stray = _CYRILLIC_LETTER if to_latin else _LATIN_LETTER
        odd.extend(
            (found.start() + at + 1, letter)
            for at, letter in enumerate(word)
            if stray.fullmatch(letter)
        )
        fixed = word.translate(_NAME_TO_LATIN if to_latin else _NAME_TO_CYRILLIC)
        fixable = fixable and not _mixes(fixed)
        parts.append(fixed)
    if not odd:
        return None  # the scripts meet only across words
    parts.append(text[end:])
    return MixedScripts(directions[0], tuple(odd), "".join(parts) if fixable else None)
