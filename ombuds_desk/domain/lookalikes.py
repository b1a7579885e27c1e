"""Letters that look the same in Latin and Cyrillic (A/А, B/В, C/С, E/Е, H/Н, K/К, M/М, O/О,
P/Р, T/Т, X/Х, Y/У).

Service numbers and document numbers are copied by hand from papers in either script, and
the two look identical on screen: ``НТ-215648`` typed on a Latin keyboard is ``HT-215648``.
Searches for numbers try every script's form.
"""

from __future__ import annotations

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
